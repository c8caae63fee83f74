// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportchangessection.h"

#include "common/datetext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace milepost {

namespace {

constexpr int textFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

} // namespace

ReportChangesSection::ReportChangesSection(const PlanChanges &changes, const ReportStyle &style)
    : m_changes(changes)
    , m_style(style)
{
    const QList<ChangeItem> &items = m_changes.items();
    for (int i = 0; i < items.size(); ++i) {
        if (m_groups.isEmpty() || m_groups.constLast() != items.at(i).kind) {
            m_groups.append(items.at(i).kind);
            m_rows.append({int(m_groups.size()) - 1, -1, 0});
        }
        m_rows.append({int(m_groups.size()) - 1, i, 0});
    }
}

QString ReportChangesSection::title() const
{
    return tr("Changes since %1 up to %2").arg(DateText::date(m_changes.since()), DateText::date(m_changes.until()));
}

QString ReportChangesSection::summary() const
{
    return m_changes.summary();
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

QString ReportChangesSection::cellText(const ChangeItem &item, int column) const
{
    switch (column) {
    case DateColumn:
        return item.latestAsOf.isValid() ? DateText::date(item.latestAsOf) : QString();
    case MilestoneColumn:
        if (item.milestoneId == 0)
            return item.objectiveTitle;
        return item.objectiveTitle.isEmpty() ? item.milestoneTitle
                                             : tr("%1\n%2", "milestone, objective").arg(item.milestoneTitle, item.objectiveTitle);
    case ChangesColumn:
        return PlanChanges::describe(item).join(QLatin1Char('\n'));
    case NoteColumn: {
        QStringList notes;
        for (const ChangeItem::Note &note : item.notes)
            notes << (note.by.isEmpty() ? note.text : tr("%1 (%2)", "note (who)").arg(note.text, note.by));
        return notes.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QString ReportChangesSection::groupText(int group, bool continued) const
{
    const ChangeItem::Kind kind = m_groups.at(group);
    const QString text = tr("%1 (%2)", "group, count").arg(PlanChanges::kindLabel(kind)).arg(m_changes.count(kind));
    return continued ? tr("%1 (continued)").arg(text) : text;
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
    m_columnWidths = {date, rest * 0.32, rest * 0.40, rest * 0.28};
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
    const QFont groupFont = m_style.groupFont();
    const qreal inner = body.width() - 2 * m_padding;
    m_continuationHeights.clear();
    for (int group = 0; group < m_groups.size(); ++group)
        m_continuationHeights.append(textHeight(groupFont, groupText(group, true), inner) + 2 * m_padding);
    input.continuationHeights = m_continuationHeights;
    const QFont cellFont = m_style.tableFont();
    for (Row &row : m_rows) {
        if (row.item < 0) {
            row.height = textHeight(groupFont, groupText(row.group, false), inner) + 2 * m_padding;
            input.rows.append({row.height, row.group, true});
            continue;
        }
        qreal height = 0;
        for (int column = 0; column < ColumnCount; ++column)
            height = std::max(height, textHeight(cellFont, cellText(m_changes.items().at(row.item), column),
                                                 m_columnWidths[column] - 2 * m_padding));
        row.height = height + 2 * m_padding;
        input.rows.append({row.height, row.group, false});
    }
    m_pages = RowPagination::paginate(input);
    if (m_pages.isEmpty())
        m_pages.append(RowPagination::Page{}); // the title and "nothing changed" still get a page
}

void ReportChangesSection::paintHeading(QPainter *painter, int group, const QRectF &rect, bool continued) const
{
    painter->fillRect(rect, m_style.alternateFill());
    painter->setFont(m_style.groupFont());
    painter->setPen(m_style.text());
    painter->drawText(rect.adjusted(m_padding, m_padding, -m_padding, -m_padding), textFlags, groupText(group, continued));
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
    if (m_rows.isEmpty()) {
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
    if (page.continuedGroup >= 0) {
        const qreal height = m_continuationHeights.value(page.continuedGroup);
        paintHeading(painter, page.continuedGroup, QRectF(body.left(), y, body.width(), height), true);
        y += height;
    }

    for (int r = page.firstRow; r < page.firstRow + page.rowCount; ++r) {
        const Row &row = m_rows.at(r);
        const QRectF rect(body.left(), y, body.width(), row.height);
        if (row.item < 0) {
            paintHeading(painter, row.group, rect, false);
            y += rect.height();
            continue;
        }
        const ChangeItem &item = m_changes.items().at(row.item);
        painter->setFont(m_style.tableFont());
        painter->setPen(m_style.text());
        for (int column = 0; column < ColumnCount; ++column)
            painter->drawText(cellRect(column, y, rect.height(), body), textFlags, cellText(item, column));
        painter->setPen(QPen(m_style.alternateFill().darker(112), ReportStyle::fromPoints(0.4)));
        painter->drawLine(rect.bottomLeft(), rect.bottomRight());
        y += rect.height();
    }
    painter->restore();
}

} // namespace milepost
