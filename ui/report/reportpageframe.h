// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportstyle.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRectF>
#include <QString>

class QPainter;

namespace milepost {

// The header and footer every printed page has: the document's title and its as-of date above
// a rule; below a rule, what the page shows, when it was printed, and "Page N of M". The plan's
// report and a board pack paint them alike, so their pages look alike.
class ReportPageFrame final
{
public:
    struct Page
    {
        QString title;   // the document's
        QDate asOf;      // invalid: "No as-of date"
        QString caption; // what this page shows
        QDateTime printedAt;
        int page = 0; // 0-based
        int pageCount = 1;
    };

    static qreal headerHeight() { return ReportStyle::fromPoints(24); }
    static qreal footerHeight() { return ReportStyle::fromPoints(22); }
    // The page area between header and footer.
    static QRectF bodyOf(const QRectF &pageArea) { return pageArea.adjusted(0, headerHeight(), 0, -footerHeight()); }

    static void paint(QPainter *painter, const ReportStyle &style, const QRectF &pageArea, const Page &page);
};

} // namespace milepost
