// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/rowpagination.h"
#include "reportstyle.h"

#include "progress/progressentry.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

class QPainter;

namespace milepost {

// The report's "Changes since" pages: every update recorded between two dates (as
// ProgressRepository::entries gives them, newest first) with its day, milestone, what changed
// (status changes, completions, actual dates moved, with the days they slipped) and its note,
// under a line that counts them. Rows are measured with their wrapped text and never cut at a
// page break; the column header repeats on every page.
class ReportChangesSection final
{
    Q_DECLARE_TR_FUNCTIONS(ReportChangesSection)

public:
    ReportChangesSection(const QList<ProgressEntry> &entries, const QDate &since, const QDate &until, const ReportStyle &style);

    // "Changes since 3/31/2025 up to 6/30/2025"
    QString title() const;
    // "12 updates on 7 milestones: 5 status changes, 2 completed"
    QString summary() const;
    // The text of an entry's "What changed" cell, one line a field.
    static QString changesText(const ProgressEntry &entry);

    void layout(const QSizeF &body);
    int pageCount() const { return int(m_pages.size()); }
    int rowCount() const { return int(m_entries.size()); }

    // Paints page (0-based) into body; the first page starts with the title and the summary.
    void paintPage(QPainter *painter, int page, const QRectF &body) const;

private:
    enum Column { DateColumn, MilestoneColumn, ChangesColumn, NoteColumn, ColumnCount };

    QString headerText(int column) const;
    QString cellText(const ProgressEntry &entry, int column) const;
    qreal textHeight(const QFont &font, const QString &text, qreal width) const;
    qreal introHeight(qreal width) const;

    QList<ProgressEntry> m_entries;
    QDate m_since;
    QDate m_until;
    const ReportStyle &m_style;
    QList<qreal> m_columnWidths;
    QList<qreal> m_rowHeights;
    qreal m_headerHeight = 0;
    qreal m_introHeight = 0;
    qreal m_padding = 0;
    QList<RowPagination::Page> m_pages;
};

} // namespace milepost
