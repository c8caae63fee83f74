// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportchangessection.h"

#include "common/datetext.h"
#include "progress/progresshtml.h"

#include "progress/progressstatus.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace milepost {

namespace {

constexpr int textFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

QString shown(ProgressField::Id field, const QString &canonical)
{
    if (canonical.isNull())
        return ReportChangesSection::tr("(none)");
    if (field == ProgressField::Id::ActualStart || field == ProgressField::Id::ActualEnd)
        return DateText::date(QDate::fromString(canonical, Qt::ISODate));
    return ProgressField::displayValue(field, canonical);
}

} // namespace

ReportChangesSection::ReportChangesSection(const QList<ProgressEntry> &entries, const QDate &since, const QDate &until,
                                           const ReportStyle &style)
    : m_entries(entries)
    , m_since(since)
    , m_until(until)
    , m_style(style)
{
}

QString ReportChangesSection::title() const
{
    return tr("Changes since %1 up to %2").arg(DateText::date(m_since), DateText::date(m_until));
}

QString ReportChangesSection::summary() const
{
    if (m_entries.isEmpty())
        return tr("No progress was recorded between these dates.");
    return ProgressHtml::summary(m_entries);
}

QString ReportChangesSection::changesText(const ProgressEntry &entry)
{
    using Field = ProgressField::Id;
    QStringList lines;
    for (const ProgressEntry::Change &change : entry.changes) {
        const QString label = ProgressField::label(change.field);
        if (change.field == Field::Status && change.newValue == ProgressStatus::key(ProgressStatus::Value::Done)) {
            lines.append(change.oldValue.isNull() ? tr("Completed")
                                                  : tr("Completed (status was %1)").arg(shown(change.field, change.oldValue)));
            continue;
        }
        QString line = tr("%1: %2 → %3", "field: old → new").arg(label, shown(change.field, change.oldValue),
                                                              shown(change.field, change.newValue));
        if (change.field == Field::ActualStart || change.field == Field::ActualEnd) {
            const QDate before = QDate::fromString(change.oldValue, Qt::ISODate);
            const QDate after = QDate::fromString(change.newValue, Qt::ISODate);
            if (before.isValid() && after.isValid() && after > before) {
                const qint64 days = before.daysTo(after);
                line += days == 1 ? tr(" (slipped 1 day)") : tr(" (slipped %1 days)").arg(days);
            }
        }
        lines.append(line);
    }
    if (lines.isEmpty())
        lines.append(tr("Note only"));
    return lines.join(QLatin1Char('\n'));
}

QString ReportChangesSection::headerText(int column) const
{
    switch (column) {
    case DateColumn:
        return tr("As of");
    case MilestoneColumn:
        return tr("Milestone");
    case ChangesColumn:
        return tr("What changed");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

QString ReportChangesSection::cellText(const ProgressEntry &entry, int column) const
{
    switch (column) {
    case DateColumn:
        return DateText::date(entry.asOf);
    case MilestoneColumn:
        return entry.objectiveTitle.isEmpty() ? entry.milestoneTitle
                                              : tr("%1\n%2", "milestone, objective").arg(entry.milestoneTitle, entry.objectiveTitle);
    case ChangesColumn:
        return changesText(entry);
    case NoteColumn:
        return entry.enteredBy.isEmpty() ? entry.note : tr("%1 (%2)", "note (who)").arg(entry.note, entry.enteredBy).trimmed();
    default:
        return {};
    }
}

qreal ReportChangesSection::textHeight(const QFont &font, const QString &text, qreal width) const
{
    if (text.isEmpty())
        return QFontMetricsF(font).height();
    const QRectF bounds = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), textFlags, text);
    return std::ceil(bounds.height());
}

qreal ReportChangesSection::introHeight(qreal width) const
{
    return textHeight(m_style.headingFont(), title(), width) + textHeight(m_style.bodyFont(), summary(), width)
        + ReportStyle::fromPoints(10);
}

void ReportChangesSection::layout(const QSizeF &body)
{
    m_padding = ReportStyle::fromPoints(3.5);
    const qreal date = ReportStyle::fromPoints(70);
    const qreal rest = std::max(body.width() - date, body.width() * 0.5);
    m_columnWidths = {date, rest * 0.34, rest * 0.36, rest * 0.30};
    const qreal total = std::accumulate(m_columnWidths.cbegin(), m_columnWidths.cend(), 0.0);
    if (total > body.width()) {
        for (qreal &width : m_columnWidths)
            width *= body.width() / total;
    }

    const QFont headerFont = m_style.tableHeaderFont();
    m_headerHeight = 0;
    for (int column = 0; column < ColumnCount; ++column)
        m_headerHeight = std::max(m_headerHeight, textHeight(headerFont, headerText(column), m_columnWidths[column] - 2 * m_padding));
    m_headerHeight += 2 * m_padding;
    m_introHeight = introHeight(body.width());

    RowPagination::Input input;
    input.pageHeight = body.height();
    input.firstPageHeight = body.height() - m_introHeight;
    input.headerHeight = m_headerHeight;
    m_rowHeights.clear();
    const QFont cellFont = m_style.tableFont();
    for (const ProgressEntry &entry : m_entries) {
        qreal height = 0;
        for (int column = 0; column < ColumnCount; ++column)
            height = std::max(height, textHeight(cellFont, cellText(entry, column), m_columnWidths[column] - 2 * m_padding));
        m_rowHeights.append(height + 2 * m_padding);
        input.rows.append({height + 2 * m_padding, -1, false});
    }
    m_pages = RowPagination::paginate(input);
    if (m_pages.isEmpty())
        m_pages.append(RowPagination::Page{}); // the title and "nothing recorded" still get a page
}

void ReportChangesSection::paintPage(QPainter *painter, int pageIndex, const QRectF &body) const
{
    if (pageIndex < 0 || pageIndex >= m_pages.size())
        return;
    const RowPagination::Page &page = m_pages.at(pageIndex);
    painter->save();
    painter->setClipRect(body);
    qreal y = body.top();
    if (pageIndex == 0) {
        painter->setPen(m_style.text());
        painter->setFont(m_style.headingFont());
        const qreal titleHeight = textHeight(m_style.headingFont(), title(), body.width());
        painter->drawText(QRectF(body.left(), y, body.width(), titleHeight), textFlags, title());
        y += titleHeight + ReportStyle::fromPoints(4);
        painter->setFont(m_style.bodyFont());
        const qreal summaryHeight = textHeight(m_style.bodyFont(), summary(), body.width());
        painter->drawText(QRectF(body.left(), y, body.width(), summaryHeight), textFlags, summary());
        y = body.top() + m_introHeight;
    }
    if (m_entries.isEmpty()) {
        painter->restore();
        return;
    }
    auto cellRect = [this](int column, qreal top, qreal height, const QRectF &rect) {
        qreal left = rect.left();
        for (int c = 0; c < column; ++c)
            left += m_columnWidths[c];
        return QRectF(left, top, m_columnWidths[column], height).adjusted(m_padding, m_padding, -m_padding, -m_padding);
    };
    const QRectF header(body.left(), y, body.width(), m_headerHeight);
    painter->fillRect(header, m_style.headerFill());
    painter->setFont(m_style.tableHeaderFont());
    painter->setPen(m_style.text());
    for (int column = 0; column < ColumnCount; ++column)
        painter->drawText(cellRect(column, y, m_headerHeight, body), textFlags, headerText(column));
    painter->setPen(QPen(m_style.rule(), ReportStyle::fromPoints(0.75)));
    painter->drawLine(header.bottomLeft(), header.bottomRight());
    y += m_headerHeight;

    for (int r = page.firstRow; r < page.firstRow + page.rowCount; ++r) {
        const ProgressEntry &entry = m_entries.at(r);
        const QRectF rect(body.left(), y, body.width(), m_rowHeights.at(r));
        if (r % 2 == 1)
            painter->fillRect(rect, m_style.alternateFill());
        painter->setFont(m_style.tableFont());
        painter->setPen(m_style.text());
        for (int column = 0; column < ColumnCount; ++column)
            painter->drawText(cellRect(column, y, rect.height(), body), textFlags, cellText(entry, column));
        painter->setPen(QPen(m_style.alternateFill().darker(112), ReportStyle::fromPoints(0.4)));
        painter->drawLine(rect.bottomLeft(), rect.bottomRight());
        y += rect.height();
    }
    painter->restore();
}

} // namespace milepost
