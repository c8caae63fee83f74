// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/rowpagination.h"
#include "reportstyle.h"

#include "plan/plan.h"
#include "planedit/baseline.h"
#include "progress/recordedprogress.h"
#include "progress/shownstatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace milepost {

// The report's tables: one per objective (milestone, start, end, status, quarters) under the
// objective's heading, run together over as many pages as they need. Rows are measured with
// their wrapped text and never cut at a page break; the column header repeats on every page and
// an objective continued from the page before repeats its heading.
class ReportTableSection final
{
    Q_DECLARE_TR_FUNCTIONS(ReportTableSection)

public:
    // progress: what is recorded on plan's milestones; a recorded status is printed plainly, a
    // computed one in italics with "(computed)".
    ReportTableSection(const Plan &plan, const QDate &asOf, const ReportStyle &style, const RecordedProgress *progress = nullptr);
    // A baseline's dates by milestone id (the ids of progress): the end column says how many
    // days each milestone slipped against it. Set before layout().
    void setBaseline(const QHash<qint64, BaselineDates> &baseline) { m_baseline = baseline; }

    // Measures and paginates for a page body of this size (in report units); the first page
    // may have less height (firstPageHeight >= 0).
    void layout(const QSizeF &body, qreal firstPageHeight = -1);
    int pageCount() const { return int(m_pages.size()); }
    const QList<RowPagination::Page> &pages() const { return m_pages; }
    int rowCount() const { return int(m_rows.size()); }

    // Paints page (0-based) into body; body.top() is where the table starts.
    void paintPage(QPainter *painter, int page, const QRectF &body) const;

private:
    enum Column { TitleColumn, StartColumn, EndColumn, StatusColumn, QuartersColumn, ColumnCount };

    struct Row
    {
        int objective = 0;
        int milestone = -1; // -1: the objective's heading
        qreal height = 0;
    };

    QString headerText(int column) const;
    ShownStatus shownStatus(int objective, int milestone) const;
    QString statusText(const ShownStatus &shown) const;
    QString cellText(int objective, int milestone, int column) const;
    QString groupTitle(const Objective &objective) const;
    QString groupDetail(const Objective &objective) const;
    qreal textHeight(const QFont &font, const QString &text, qreal width) const;
    QRectF cellRect(int column, qreal top, qreal height, const QRectF &body) const;

    void paintHeader(QPainter *painter, const QRectF &rect) const;
    void paintGroup(QPainter *painter, const Row &row, const QRectF &rect, bool continued) const;
    void paintMilestone(QPainter *painter, const Row &row, const QRectF &rect, bool alternate) const;

    const Plan &m_plan;
    QDate m_asOf;
    QHash<qint64, BaselineDates> m_baseline;
    const RecordedProgress *m_progress = nullptr;
    QHash<qint64, ProgressState> m_states;
    const ReportStyle &m_style;
    QList<qreal> m_columnWidths;
    qreal m_headerHeight = 0;
    qreal m_padding = 0;
    QList<Row> m_rows;
    QList<qreal> m_continuationHeights;
    QList<RowPagination::Page> m_pages;
};

} // namespace milepost
