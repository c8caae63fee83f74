// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/rowpagination.h"
#include "reportstyle.h"

#include "changes/planchanges.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

class QPainter;

namespace milepost {

// The report's "Changes since" pages: what changed between two dates (PlanChanges, from the
// plan edits and the progress updates), grouped the way a board reads it (new and removed
// milestones, completions, dates moved, status changes, ...), each group under its heading,
// each item with the day it was recorded, its milestone, what changed and the notes given,
// under a line that counts them. Rows are measured with their wrapped text and never cut at a
// page break; the column header repeats on every page, and a group continued on a new page
// repeats its heading.
class ReportChangesSection final
{
    Q_DECLARE_TR_FUNCTIONS(ReportChangesSection)

public:
    ReportChangesSection(const PlanChanges &changes, const ReportStyle &style);

    // "Changes since 3/31/2025 up to 6/30/2025"
    QString title() const;
    // PlanChanges::summary().
    QString summary() const;
    const PlanChanges &changes() const { return m_changes; }

    void layout(const QSizeF &body);
    int pageCount() const { return int(m_pages.size()); }
    // The changes listed (headings not counted).
    int rowCount() const { return int(m_changes.items().size()); }

    // Paints page (0-based) into body; the first page starts with the title and the summary.
    void paintPage(QPainter *painter, int page, const QRectF &body) const;

private:
    enum Column { DateColumn, MilestoneColumn, ChangesColumn, NoteColumn, ColumnCount };
    struct Row
    {
        int group = 0; // the group's index in m_groups
        int item = -1; // the change, or -1 for the group's heading
        qreal height = 0;
    };

    QString headerText(int column) const;
    QString cellText(const ChangeItem &item, int column) const;
    QString groupText(int group, bool continued) const;
    qreal textHeight(const QFont &font, const QString &text, qreal width) const;
    qreal introHeight(qreal width) const;
    void paintHeading(QPainter *painter, int group, const QRectF &rect, bool continued) const;

    PlanChanges m_changes;
    const ReportStyle &m_style;
    QList<ChangeItem::Kind> m_groups; // the kinds with items, in order
    QList<Row> m_rows;
    QList<qreal> m_columnWidths;
    QList<qreal> m_continuationHeights;
    qreal m_headerHeight = 0;
    qreal m_introHeight = 0;
    qreal m_padding = 0;
    QList<RowPagination::Page> m_pages;
};

} // namespace milepost
