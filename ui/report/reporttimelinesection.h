// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdaterange.h"
#include "report/reportpageoptions.h"
#include "report/rowpagination.h"
#include "report/timetiling.h"
#include "reportstyle.h"
#include "timeline/timelinepaintoptions.h"

#include "plan/plan.h"
#include "progress/recordedprogress.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QSizeF>

#include <memory>

class QPainter;

namespace milepost {

class FlatRowGeometry;
class PlanTimelineModel;
class PrintedRowGeometry;
class PlanTreeModel;
class QuarterTimeScale;
class TimelinePainter;

// The report's timeline: the plan's rows (phase, objective, milestone) drawn by the one
// TimelinePainter the screen uses, printed across as many pages as it needs in both
// directions. Rows are never cut; the time header and the row labels repeat on every page;
// the legend sits above the rows of the first timeline page. Pages go across first: all the
// time tiles of the first rows, then the same tiles for the next rows. A long name wraps (paper
// has no tooltip); pages are filled, the last two sharing their rows when the last is short; a
// readable scale is widened until the widest page across is filled.
class ReportTimelineSection final
{
    Q_DECLARE_TR_FUNCTIONS(ReportTimelineSection)

public:
    ReportTimelineSection(const Plan &plan, const QDate &asOf, const RecordedProgress *progress, const ReportDateRange &range,
                          const ReportPageOptions &options, const ReportStyle &style);
    ~ReportTimelineSection();
    ReportTimelineSection(const ReportTimelineSection &) = delete;
    ReportTimelineSection &operator=(const ReportTimelineSection &) = delete;

    // The printed date range as ReportDateRange chose it; invalid when nothing is dated.
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    bool isEmpty() const;

    void layout(const QSizeF &body);
    int pageCount() const { return int(m_bands.size() * m_tiles.size()); }
    int bandCount() const { return int(m_bands.size()); }
    int tileCount() const { return int(m_tiles.size()); }
    const QList<RowPagination::Page> &bands() const { return m_bands; }
    const QList<TimeTiling::Tile> &tiles() const { return m_tiles; }
    int rowCount() const;
    // After layout: the width of the names' column, a row's height, and its name as printed:
    // wrapped to that column, at most three lines, the last one elided when the name needs more.
    qreal labelWidth() const { return m_labelWidth; }
    qreal rowHeight(int row) const;
    QStringList labelLines(int row) const;
    // "Rows 1–34 of 205 · 2022 Q2 – 2023 Q2 · part 1 of 2 across"
    QString pageCaption(int page) const;

    void paintPage(QPainter *painter, int page, const QRectF &body) const;
    // The legend as the first page shows it; returns its height (painter null: only measures).
    qreal paintLegend(QPainter *painter, const QRectF &rect) const;

private:
    TimelinePaintOptions paintOptions() const;
    QFont labelFont(int depth) const;
    void paintLabels(QPainter *painter, const RowPagination::Page &band, const QRectF &rect) const;

    const ReportStyle &m_style;
    ReportPageOptions m_options;
    QDate m_asOf;
    QDate m_first;
    QDate m_last;
    std::unique_ptr<PlanTreeModel> m_treeModel;
    std::unique_ptr<PlanTimelineModel> m_timelineModel;
    std::unique_ptr<FlatRowGeometry> m_rows;
    std::unique_ptr<PrintedRowGeometry> m_printed; // m_rows with each row as tall as its name needs
    std::unique_ptr<QuarterTimeScale> m_scale;
    std::unique_ptr<TimelinePainter> m_painter;
    qreal m_labelWidth = 0;
    qreal m_headerHeight = 0;
    qreal m_legendHeight = 0;
    QList<RowPagination::Page> m_bands;
    QList<TimeTiling::Tile> m_tiles;
};

} // namespace milepost
