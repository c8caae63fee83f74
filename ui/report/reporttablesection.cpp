// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttablesection.h"

#include "progress/progressdisplay.h"

#include "plan/milestonestatus.h"
#include "plan/phasenames.h"
#include "plantree/plantreemodel.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace milepost {

namespace {

constexpr int textFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

} // namespace

ReportTableSection::ReportTableSection(const Plan &plan, const QDate &asOf, const ReportStyle &style,
                                       const RecordedProgress *progress)
    : m_plan(plan)
    , m_asOf(asOf)
    , m_progress(progress)
    , m_states(progress ? progress->statesAsOf(asOf) : QHash<qint64, ProgressState>())
    , m_style(style)
{
}

ShownStatus ReportTableSection::shownStatus(int objective, int milestone) const
{
    const Objective &o = m_plan.objectives.at(objective);
    const auto found = m_progress ? m_states.constFind(m_progress->milestoneId(objective, milestone)) : m_states.cend();
    return ShownStatus::of(o.milestones.at(milestone), o.status, found != m_states.cend() ? &*found : nullptr, m_asOf);
}

QString ReportTableSection::statusText(const ShownStatus &shown) const
{
    if (shown.isComputed())
        return tr("%1 (computed)", "date rule's state").arg(MilestoneStatus::stateName(shown.computed()));
    return ProgressDisplay::shortText(shown);
}

QString ReportTableSection::headerText(int column) const
{
    switch (column) {
    case TitleColumn:
        return tr("Milestone");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case StatusColumn:
        return tr("Status");
    case QuartersColumn:
        return tr("Quarters marked");
    default:
        return {};
    }
}

QString ReportTableSection::cellText(int objective, int milestoneIndex, int column) const
{
    const Milestone &milestone = m_plan.objectives.at(objective).milestones.at(milestoneIndex);
    auto dateText = [](const PlanDate &date) {
        if (date.kind() == PlanDate::Kind::Invalid && date.raw().isEmpty())
            return tr("(none)");
        return date.displayText();
    };
    switch (column) {
    case TitleColumn:
        return milestone.section.isEmpty() ? milestone.title : tr("%1 (%2)").arg(milestone.title, milestone.section);
    case StartColumn:
        return dateText(milestone.start);
    case EndColumn: {
        const auto baseline = m_progress ? m_baseline.constFind(m_progress->milestoneId(objective, milestoneIndex))
                                         : m_baseline.cend();
        const auto slip = baseline != m_baseline.cend() ? baseline->slipDays(milestone) : std::nullopt;
        if (!slip || *slip == 0)
            return dateText(milestone.end);
        return *slip > 0 ? tr("%1\nslipped %n day(s)", "against the baseline", int(*slip)).arg(dateText(milestone.end))
                         : tr("%1\n%n day(s) earlier", "than the baseline", int(-*slip)).arg(dateText(milestone.end));
    }
    case StatusColumn:
        return {}; // painted with its swatch
    case QuartersColumn:
        return PlanTreeModel::quartersText(milestone.quarters);
    default:
        return {};
    }
}

QString ReportTableSection::groupTitle(const Objective &objective) const
{
    return tr("%1 · %2").arg(PhaseNames::display(objective.phase), objective.title);
}

QString ReportTableSection::groupDetail(const Objective &objective) const
{
    QStringList parts;
    if (!objective.subtitle.isEmpty())
        parts.append(objective.subtitle);
    parts.append(objective.status.text().isEmpty() ? tr("Objective status: not stated")
                                                   : tr("Objective status: %1").arg(objective.status.text()));
    if (objective.milestones.isEmpty())
        parts.append(tr("no milestones"));
    return parts.join(QStringLiteral("  ·  "));
}

qreal ReportTableSection::textHeight(const QFont &font, const QString &text, qreal width) const
{
    if (text.isEmpty())
        return QFontMetricsF(font).height();
    const QRectF bounds = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), textFlags, text);
    return std::ceil(bounds.height());
}

void ReportTableSection::layout(const QSizeF &body, qreal firstPageHeight)
{
    m_padding = ReportStyle::fromPoints(3.5);
    const qreal start = ReportStyle::fromPoints(76);
    const qreal status = ReportStyle::fromPoints(82);
    const qreal quarters = ReportStyle::fromPoints(118);
    const qreal title = std::max(body.width() - 2 * start - status - quarters, body.width() * 0.3);
    m_columnWidths = {title, start, start, status, quarters};
    // Narrow paper: shrink the fixed columns proportionally rather than run off the page.
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

    m_rows.clear();
    m_continuationHeights.clear();
    RowPagination::Input input;
    input.pageHeight = body.height();
    input.firstPageHeight = firstPageHeight;
    input.headerHeight = m_headerHeight;
    const QFont groupFont = m_style.groupFont();
    const QFont detailFont = m_style.smallFont();
    const QFont cellFont = m_style.tableFont();
    for (int o = 0; o < m_plan.objectives.size(); ++o) {
        const Objective &objective = m_plan.objectives.at(o);
        const qreal inner = body.width() - 2 * m_padding;
        Row heading{o, -1, textHeight(groupFont, groupTitle(objective), inner) + textHeight(detailFont, groupDetail(objective), inner)
                               + 2 * m_padding + ReportStyle::fromPoints(1)};
        m_rows.append(heading);
        input.rows.append({heading.height, o, !objective.milestones.isEmpty()});
        m_continuationHeights.append(textHeight(groupFont, groupTitle(objective), inner) + 2 * m_padding);
        for (int m = 0; m < objective.milestones.size(); ++m) {
            qreal height = 0;
            for (int column = 0; column < ColumnCount; ++column) {
                const QString text = column == StatusColumn ? statusText(shownStatus(o, m)) : cellText(o, m, column);
                const qreal room = m_columnWidths[column] - 2 * m_padding
                    - (column == StatusColumn ? ReportStyle::fromPoints(16) : 0);
                height = std::max(height, textHeight(cellFont, text, room));
            }
            m_rows.append({o, m, height + 2 * m_padding});
            input.rows.append({height + 2 * m_padding, o, false});
        }
    }
    input.continuationHeights = m_continuationHeights;
    m_pages = RowPagination::paginate(input);
}

QRectF ReportTableSection::cellRect(int column, qreal top, qreal height, const QRectF &body) const
{
    qreal left = body.left();
    for (int c = 0; c < column; ++c)
        left += m_columnWidths[c];
    return QRectF(left, top, m_columnWidths[column], height);
}

void ReportTableSection::paintHeader(QPainter *painter, const QRectF &rect) const
{
    painter->fillRect(rect, m_style.headerFill());
    painter->setFont(m_style.tableHeaderFont());
    painter->setPen(m_style.text());
    for (int column = 0; column < ColumnCount; ++column) {
        const QRectF cell = cellRect(column, rect.top(), rect.height(), rect);
        painter->drawText(cell.adjusted(m_padding, m_padding, -m_padding, -m_padding), textFlags, headerText(column));
    }
    painter->setPen(QPen(m_style.rule(), ReportStyle::fromPoints(0.75)));
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
}

void ReportTableSection::paintGroup(QPainter *painter, const Row &row, const QRectF &rect, bool continued) const
{
    const Objective &objective = m_plan.objectives.at(row.objective);
    painter->fillRect(rect, m_style.groupFill());
    const QRectF inner = rect.adjusted(m_padding, m_padding, -m_padding, -m_padding);
    painter->setPen(m_style.text());
    painter->setFont(m_style.groupFont());
    const QString title = continued ? tr("%1 (continued)").arg(groupTitle(objective)) : groupTitle(objective);
    const qreal titleHeight = textHeight(m_style.groupFont(), title, inner.width());
    painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), titleHeight), textFlags, title);
    if (!continued) {
        painter->setFont(m_style.smallFont());
        painter->setPen(m_style.mutedText());
        painter->drawText(QRectF(inner.left(), inner.top() + titleHeight, inner.width(), inner.height() - titleHeight),
                          textFlags, groupDetail(objective));
    }
    painter->setPen(QPen(m_style.rule(), ReportStyle::fromPoints(0.5)));
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
}

void ReportTableSection::paintMilestone(QPainter *painter, const Row &row, const QRectF &rect, bool alternate) const
{
    const Objective &objective = m_plan.objectives.at(row.objective);
    const Milestone &milestone = objective.milestones.at(row.milestone);
    if (alternate)
        painter->fillRect(rect, m_style.alternateFill());
    const QFont font = m_style.tableFont();
    QFont italic = font;
    italic.setItalic(true);
    for (int column = 0; column < ColumnCount; ++column) {
        const QRectF cell = cellRect(column, rect.top(), rect.height(), rect).adjusted(m_padding, m_padding, -m_padding, -m_padding);
        painter->setPen(m_style.text());
        if (column == StatusColumn) {
            const ShownStatus shown = shownStatus(row.objective, row.milestone);
            const auto state = ProgressDisplay::colourState(shown);
            const qreal swatch = ReportStyle::fromPoints(12);
            const qreal height = QFontMetricsF(font).height();
            Palette::paintSwatch(painter, QRectF(cell.left(), cell.top() + height * 0.15, swatch, height * 0.7), state, m_style.mode());
            painter->setFont(shown.isComputed() ? italic : font);
            painter->setPen(m_style.text());
            painter->drawText(cell.adjusted(swatch + ReportStyle::fromPoints(4), 0, 0, 0), textFlags, statusText(shown));
            continue;
        }
        const bool unreadable = (column == StartColumn && !milestone.start.isValid())
            || (column == EndColumn && !milestone.end.isValid());
        painter->setFont(unreadable ? italic : font);
        painter->drawText(cell, textFlags, cellText(row.objective, row.milestone, column));
    }
    painter->setPen(QPen(m_style.alternateFill().darker(112), ReportStyle::fromPoints(0.4)));
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
}

void ReportTableSection::paintPage(QPainter *painter, int pageIndex, const QRectF &body) const
{
    if (pageIndex < 0 || pageIndex >= m_pages.size())
        return;
    const RowPagination::Page &page = m_pages.at(pageIndex);
    painter->save();
    // A row taller than a page (RowPagination marks it oversized) is cut here, not in the footer.
    painter->setClipRect(body);
    qreal y = body.top();
    paintHeader(painter, QRectF(body.left(), y, body.width(), m_headerHeight));
    y += m_headerHeight;
    if (page.continuedGroup >= 0) {
        const qreal height = m_continuationHeights.value(page.continuedGroup);
        paintGroup(painter, Row{page.continuedGroup, -1, height}, QRectF(body.left(), y, body.width(), height), true);
        y += height;
    }
    for (int r = page.firstRow; r < page.firstRow + page.rowCount; ++r) {
        const Row &row = m_rows.at(r);
        const QRectF rect(body.left(), y, body.width(), row.height);
        if (row.milestone < 0)
            paintGroup(painter, row, rect, false);
        else
            paintMilestone(painter, row, rect, row.milestone % 2 == 1);
        y += row.height;
    }
    painter->restore();
}

} // namespace milepost
