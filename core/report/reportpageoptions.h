// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSizeF>
#include <QString>

namespace milepost {

// How a report is laid out on paper: a value type, so the dialog that edits it, the command
// line and the tests all build the same thing. Lengths are in points (1/72 inch), the unit of
// PDF and of QPageLayout, so core can compute pages without QtGui.
struct ReportPageOptions final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPageOptions)

public:
    enum class PaperSize { Letter, Legal, Tabloid, A4, A3 };
    enum class Orientation { Portrait, Landscape };
    enum class TimelineScale {
        FitToPageWidth, // the whole date range on one page width, however narrow a quarter gets
        Readable,       // readablePointsPerDay, tiled across as many pages as the range needs
    };

    // US districts print on Letter; the timeline reads best across the long side.
    PaperSize paperSize = PaperSize::Letter;
    Orientation orientation = Orientation::Landscape;
    TimelineScale timelineScale = TimelineScale::Readable;
    enum class TimelineSpan {
        PlanQuarters, // the quarters the plan's tables mark
        AllDates,     // from the first date any milestone names to the last
    };

    // The timeline's date range (see ReportDateRange): an exact range when set, otherwise
    // the span; an invalid date leaves that end to the span.
    TimelineSpan timelineSpan = TimelineSpan::PlanQuarters;
    QDate rangeFirst;
    QDate rangeLast;
    bool greyscale = false;
    // When valid, a "Changes since" section lists the progress recorded after this day up to
    // the as-of date.
    QDate changesSince;
    // The report's language ("en", "es"); empty: the program's. A bilingual office prints both.
    QString language;
    double marginPoints = 36.0; // half an inch
    // About 91 points (1.3 inches) a quarter: room for month ticks and a readable bar.
    double readablePointsPerDay = 1.0;

    // The paper in points, orientation applied.
    QSizeF pageSizePoints() const;
    // The printable area inside the margins, in points.
    QSizeF contentSizePoints() const;

    static QSizeF paperSizePoints(PaperSize size); // portrait
    static QList<PaperSize> allPaperSizes();
    static QString paperSizeName(PaperSize size);  // "Letter (8.5 × 11 in)"
    static QString paperSizeKey(PaperSize size);   // "letter", "a4": command line, settings
    static bool paperSizeFromKey(const QString &key, PaperSize *size);

    friend bool operator==(const ReportPageOptions &, const ReportPageOptions &) = default;
};

} // namespace milepost
