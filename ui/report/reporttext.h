// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportstyle.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <utility>

class QPainter;

namespace milepost {

// Text on report pages: the height of a wrapped text, and the "label  value" lines a title page
// begins with (Status as of, Filters, ...), so that every part of a report sets them alike.
class ReportText final
{
public:
    static constexpr int wrapFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

    // The height text takes in font at width, wrapped at its spaces; 0 for no text.
    static qreal wrappedHeight(const QFont &font, const QString &text, qreal width);

    // Paints each (label, value) as a line, the value wrapped beside its label, from rect's top;
    // returns the height taken. painter null: only measures.
    static qreal paintFacts(QPainter *painter, const ReportStyle &style, const QRectF &rect,
                            const QList<std::pair<QString, QString>> &facts);
};

} // namespace milepost
