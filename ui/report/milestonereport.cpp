// SPDX-License-Identifier: GPL-3.0-or-later
#include "milestonereport.h"

#include "reportchangessection.h"
#include "reporttablesection.h"
#include "reporttext.h"
#include "reporttimelinesection.h"

#include "common/counttext.h"
#include "common/datetext.h"
#include "plan/planname.h"
#include "time/quartercalendar.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace milepost {

namespace {

constexpr int wrapFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

qreal wrappedHeight(const QFont &font, const QString &text, qreal width)
{
    return std::ceil(QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), wrapFlags, text).height());
}

QString dayText(const QDate &date)
{
    return DateText::longDate(date);
}

QString quarterLabel(const QDate &date)
{
    return QuarterCalendar::calendar().label(QuarterCalendar::calendar().quarterOf(date));
}

// The milestone states in the order a board reads them: what needs attention first. Deferred
// and Cancelled (recorded only) are listed when some milestone is.
constexpr std::array attentionOrder{MilestoneStatus::State::Overdue,  MilestoneStatus::State::DueSoon,
                                    MilestoneStatus::State::OnTrack,  MilestoneStatus::State::NotStarted,
                                    MilestoneStatus::State::Done,     MilestoneStatus::State::Deferred,
                                    MilestoneStatus::State::Cancelled, MilestoneStatus::State::Unknown};

bool listed(const ReportKeyFigures &figures, MilestoneStatus::State state)
{
    return (state != MilestoneStatus::State::Deferred && state != MilestoneStatus::State::Cancelled)
        || figures.milestonesIn(state) > 0;
}

} // namespace

MilestoneReport::MilestoneReport(const Input &input)
    : m_input(input)
    , m_style(input.options.greyscale ? Palette::Mode::Greyscale : Palette::Mode::Colour)
    , m_figures(ReportKeyFigures::compute(m_input.plan, m_input.asOf, MilestoneStatus::Options{}, &m_input.progress))
    , m_tables(std::make_unique<ReportTableSection>(m_input.plan, m_input.asOf, m_style, &m_input.progress))
    , m_timeline(std::make_unique<ReportTimelineSection>(m_input.plan, m_input.asOf, &m_input.progress,
                                                       ReportDateRange::choose(m_figures, m_input.options),
                                                       m_input.options, m_style))
{
    m_tables->setBaseline(m_input.baseline);
    const QDate since = m_input.options.changesSince;
    if (!since.isValid())
        return;
    const bool withHistory = !m_input.planHistory.isEmpty();
    PlanHistory history = m_input.planHistory;
    if (!withHistory) {
        history.imported = m_input.plan;
        history.importedIds = m_input.progress.milestoneIds();
    }
    PlanChanges changes = PlanChanges::between(history, m_input.progress, since, m_input.asOf);
    // Only the changes of milestones the filters kept; a milestone removed in between (which no
    // filter can see) and an objective's own changes when their objective is kept.
    if (!m_input.filters.isEmpty() || !withHistory || m_input.plan.milestoneCount() == 0) {
        QSet<qint64> kept;
        QSet<QString> objectives;
        for (const QList<qint64> &ids : m_input.progress.milestoneIds()) {
            for (qint64 id : ids)
                kept.insert(id);
        }
        for (const Objective &objective : std::as_const(m_input.plan.objectives)) {
            if (!objective.milestones.isEmpty())
                objectives.insert(objective.title);
        }
        changes = changes.filtered([&](const ChangeItem &item) {
            if (item.milestoneId != 0 && kept.contains(item.milestoneId))
                return true;
            return (item.milestoneId == 0 || item.kind == ChangeItem::Kind::Removed) && objectives.contains(item.objectiveTitle);
        });
    }
    m_changes = std::make_unique<ReportChangesSection>(changes, m_style);
}

MilestoneReport::~MilestoneReport() = default;

QString MilestoneReport::title() const
{
    return m_input.plan.title.trimmed().isEmpty() ? tr("Milestone report")
                                                  : tr("Milestone report: %1").arg(PlanName::of(m_input.plan));
}

void MilestoneReport::layout(const QSizeF &pageArea)
{
    const QRectF body = ReportPageFrame::bodyOf(QRectF(QPointF(0, 0), pageArea));
    m_tables->layout(body.size());
    if (m_changes)
        m_changes->layout(body.size());
    m_timeline->layout(body.size());
}

int MilestoneReport::tablePageCount() const
{
    return m_tables->pageCount();
}

int MilestoneReport::changesPageCount() const
{
    return m_changes ? m_changes->pageCount() : 0;
}

int MilestoneReport::pageCount() const
{
    return 1 + tablePageCount() + changesPageCount() + m_timeline->pageCount();
}

int MilestoneReport::firstTimelinePage() const
{
    return firstChangesPage() + changesPageCount();
}

MilestoneReport::PageKind MilestoneReport::pageKind(int page) const
{
    if (page <= 0)
        return PageKind::Title;
    if (page < firstChangesPage())
        return PageKind::Tables;
    return page < firstTimelinePage() ? PageKind::Changes : PageKind::Timeline;
}

QString MilestoneReport::pageCaption(int page) const
{
    switch (pageKind(page)) {
    case PageKind::Title:
        return tr("Summary");
    case PageKind::Tables:
        return tr("Milestones by objective");
    case PageKind::Changes:
        return m_changes->title();
    case PageKind::Timeline:
        return tr("Timeline · %1").arg(m_timeline->pageCaption(page - firstTimelinePage()));
    }
    return {};
}

qreal MilestoneReport::paintFacts(QPainter *painter, const QRectF &rect) const
{
    const int objectives = int(m_input.plan.objectives.size());
    const qsizetype milestones = m_input.plan.milestoneCount();
    QString showing = tr("%1, %2").arg(CountText::objectives(objectives), CountText::milestones(milestones));
    if (m_input.planMilestones >= 0 && m_input.planMilestones != milestones)
        showing = tr("%1 (of %2 in the plan)").arg(showing).arg(m_input.planMilestones);

    QString timeline;
    if (m_timeline->isEmpty()) {
        timeline = tr("Nothing to draw: no milestone shown has a date");
    } else {
        const bool fit = m_input.options.timelineScale == ReportPageOptions::TimelineScale::FitToPageWidth;
        timeline = tr("%1 – %2, %3").arg(quarterLabel(m_timeline->first()), quarterLabel(m_timeline->last()),
                                         fit ? tr("fitted to the page width") : tr("at a readable scale"));
        if (m_timeline->tileCount() > 1)
            timeline += tr(", %1 pages across").arg(m_timeline->tileCount());
        timeline += m_input.options.greyscale ? tr(", greyscale") : tr(", colour");
    }
    QString source = m_input.plan.source;
    if (m_input.importedAt.isValid())
        source = tr("%1, imported %2").arg(source, DateText::dateTime(m_input.importedAt));

    const QList<std::pair<QString, QString>> facts{
        {tr("Status as of"), m_input.asOf.isValid() ? dayText(m_input.asOf) : tr("not set")},
        {tr("Filters"), m_input.filters.isEmpty() ? tr("None: the whole plan") : m_input.filters.join(QLatin1Char('\n'))},
        {tr("Showing"), showing},
        {tr("Timeline"), timeline},
        {tr("Plan source"), source},
        {tr("Printed"), DateText::longDate(m_input.printedAt.date()) + QLatin1Char(' ')
                              + QLocale().toString(m_input.printedAt.time(), QLocale::ShortFormat)},
    };
    return ReportText::paintFacts(painter, m_style, rect, facts);
}

qreal MilestoneReport::paintKeyFigures(QPainter *painter, const QRectF &rect) const
{
    const qreal gap = ReportStyle::fromPoints(12);
    const qreal padding = ReportStyle::fromPoints(8);
    // The frames' pens are centred on their edges: keep them inside the clipped body.
    const qreal pen = ReportStyle::fromPoints(0.75);
    const qreal boxWidth = (rect.width() - pen - 2 * gap) / 3;
    const QFont heading = m_style.headingFont();
    const QFont figure = m_style.figureFont();
    const QFont line = m_style.bodyFont();
    const qreal lineHeight = QFontMetricsF(line).height() + ReportStyle::fromPoints(2);
    const qreal swatch = ReportStyle::fromPoints(14);
    const qreal top = QFontMetricsF(heading).height() + QFontMetricsF(figure).height() + padding * 2;
    const int states = int(std::count_if(attentionOrder.cbegin(), attentionOrder.cend(),
                                         [this](MilestoneStatus::State state) { return listed(m_figures, state); }));
    const qreal height = top + std::max(6, states) * lineHeight + padding;
    if (!painter)
        return height;

    auto box = [&](int index, const QString &name, const QString &figureText, const QList<std::pair<QString, int>> &lines,
                   const QList<MilestoneStatus::State> &swatches) {
        const QRectF frame(rect.left() + pen / 2 + index * (boxWidth + gap), rect.top() + pen / 2, boxWidth, height);
        painter->setPen(QPen(m_style.rule(), pen));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(frame);
        const QRectF inner = frame.adjusted(padding, padding, -padding, -padding);
        painter->setPen(m_style.text());
        painter->setFont(heading);
        painter->drawText(inner, Qt::AlignLeft | Qt::AlignTop, name);
        painter->setFont(figure);
        const qreal figureTop = inner.top() + QFontMetricsF(heading).height();
        painter->drawText(QRectF(inner.left(), figureTop, inner.width(), QFontMetricsF(figure).height()),
                          Qt::AlignLeft | Qt::AlignTop, QFontMetricsF(figure).elidedText(figureText, Qt::ElideRight, inner.width()));
        painter->setFont(line);
        qreal y = frame.top() + top;
        for (int i = 0; i < lines.size(); ++i) {
            qreal x = inner.left();
            if (i < swatches.size()) {
                Palette::paintSwatch(painter, QRectF(x, y + lineHeight * 0.2, swatch, lineHeight * 0.6), swatches[i], m_style.mode());
                x += swatch + ReportStyle::fromPoints(5);
            }
            painter->setPen(m_style.text());
            const QRectF text(x, y, inner.right() - x, lineHeight);
            painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetricsF(line).elidedText(lines[i].first, Qt::ElideRight, text.width() - ReportStyle::fromPoints(30)));
            if (lines[i].second >= 0)
                painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(lines[i].second));
            y += lineHeight;
        }
    };

    QList<std::pair<QString, int>> objectiveLines;
    for (auto state : {ObjectiveStatus::State::Completed, ObjectiveStatus::State::InProgress,
                       ObjectiveStatus::State::NotStarted, ObjectiveStatus::State::Unknown})
        objectiveLines.append({ObjectiveStatus::stateName(state), m_figures.objectivesIn(state)});
    box(0, tr("Objectives"), QLocale().toString(m_figures.objectives), objectiveLines, {});

    QList<std::pair<QString, int>> milestoneLines;
    QList<MilestoneStatus::State> swatches;
    for (auto state : attentionOrder) {
        if (!listed(m_figures, state))
            continue;
        milestoneLines.append({MilestoneStatus::stateName(state), m_figures.milestonesIn(state)});
        swatches.append(state);
    }
    box(1, tr("Milestones"), QLocale().toString(m_figures.milestones), milestoneLines, swatches);

    const bool dated = m_figures.firstDay.isValid();
    const QList<std::pair<QString, int>> dateLines{
        {dated ? tr("First: %1").arg(PlanDate::exact(m_figures.firstDay).displayText()) : tr("No dated milestone"), -1},
        {dated ? tr("Last: %1").arg(PlanDate::exact(m_figures.lastDay).displayText()) : QString(), -1},
        {tr("Without a usable start or end"), m_figures.undatedMilestones},
        {tr("Ending within %1 days").arg(MilestoneStatus::defaultDueSoonDays), m_figures.milestonesIn(MilestoneStatus::State::DueSoon)},
    };
    const QString span = !dated ? tr("—")
        : m_figures.firstDay.year() == m_figures.lastDay.year()
        ? QString::number(m_figures.firstDay.year())
        : tr("%1 – %2", "first and last year").arg(m_figures.firstDay.year()).arg(m_figures.lastDay.year());
    box(2, tr("Dates"), span, dateLines, {});
    return height;
}

qreal MilestoneReport::paintContents(QPainter *painter, const QRectF &rect) const
{
    const QFont font = m_style.bodyFont();
    const qreal lineHeight = QFontMetricsF(font).height() + ReportStyle::fromPoints(3);
    QList<std::pair<QString, QString>> lines;
    auto pages = [](int first, int count) {
        return count == 1 ? tr("page %1").arg(first + 1) : tr("pages %1–%2").arg(first + 1).arg(first + count);
    };
    if (m_tables->pageCount() > 0)
        lines.append({tr("Milestones by objective"), pages(firstTablePage(), m_tables->pageCount())});
    if (changesPageCount() > 0)
        lines.append({m_changes->title(), pages(firstChangesPage(), changesPageCount())});
    if (m_timeline->pageCount() > 0) {
        QString what = tr("Timeline");
        if (m_timeline->tileCount() > 1)
            what = tr("Timeline (%1 rows of pages, %2 pages across each)").arg(m_timeline->bandCount()).arg(m_timeline->tileCount());
        lines.append({what, pages(firstTimelinePage(), m_timeline->pageCount())});
    }
    if (lines.isEmpty())
        lines.append({tr("No objective or milestone matches the filters."), QString()});
    if (painter) {
        painter->setFont(font);
        painter->setPen(m_style.text());
        qreal y = rect.top();
        for (const auto &[what, where] : lines) {
            const QRectF line(rect.left(), y, rect.width(), lineHeight);
            painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, what);
            painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, where);
            painter->setPen(QPen(m_style.alternateFill().darker(115), ReportStyle::fromPoints(0.5), Qt::DotLine));
            painter->drawLine(line.bottomLeft(), line.bottomRight());
            painter->setPen(m_style.text());
            y += lineHeight;
        }
    }
    return lines.size() * lineHeight;
}

void MilestoneReport::paintTitlePage(QPainter *painter, const QRectF &body, bool contents) const
{
    const qreal section = ReportStyle::fromPoints(16);
    qreal y = body.top() + ReportStyle::fromPoints(6);
    painter->setPen(m_style.text());
    const QString planTitle = PlanName::of(m_input.plan);
    const qreal titleHeight = wrappedHeight(m_style.titleFont(), planTitle, body.width());
    painter->setFont(m_style.titleFont());
    painter->drawText(QRectF(body.left(), y, body.width(), titleHeight), wrapFlags, planTitle);
    y += titleHeight;
    painter->setFont(m_style.subtitleFont());
    painter->setPen(m_style.mutedText());
    painter->drawText(QRectF(body.left(), y, body.width(), body.height()), wrapFlags, tr("Milestone report"));
    y += QFontMetricsF(m_style.subtitleFont()).height() + section;

    y += paintFacts(painter, QRectF(body.left(), y, body.width(), body.bottom() - y)) + section;

    auto heading = [&](const QString &text) {
        painter->setFont(m_style.headingFont());
        painter->setPen(m_style.text());
        painter->drawText(QRectF(body.left(), y, body.width(), body.height()), Qt::AlignLeft | Qt::AlignTop, text);
        y += QFontMetricsF(m_style.headingFont()).height() + ReportStyle::fromPoints(4);
    };
    heading(tr("Key figures"));
    y += paintKeyFigures(painter, QRectF(body.left(), y, body.width(), body.bottom() - y)) + section;

    heading(tr("Legend"));
    y += m_timeline->paintLegend(painter, QRectF(body.left(), y, body.width(), body.bottom() - y)) + section;

    if (!contents)
        return;
    heading(tr("Contents"));
    paintContents(painter, QRectF(body.left(), y, body.width(), body.bottom() - y));
}

void MilestoneReport::paintPage(QPainter *painter, int page, const QRectF &pageArea) const
{
    if (page < 0 || page >= pageCount())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    ReportPageFrame::paint(painter, m_style, pageArea,
                           {title(), m_input.asOf, pageCaption(page), m_input.printedAt, page, pageCount()});
    painter->restore();
    paintBody(painter, page, ReportPageFrame::bodyOf(pageArea));
}

void MilestoneReport::paintBody(QPainter *painter, int page, const QRectF &body, bool contents) const
{
    if (page < 0 || page >= pageCount())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    switch (pageKind(page)) {
    case PageKind::Title:
        painter->setClipRect(body);
        paintTitlePage(painter, body, contents);
        break;
    case PageKind::Tables:
        m_tables->paintPage(painter, page - firstTablePage(), body);
        break;
    case PageKind::Changes:
        m_changes->paintPage(painter, page - firstChangesPage(), body);
        break;
    case PageKind::Timeline:
        m_timeline->paintPage(painter, page - firstTimelinePage(), body);
        break;
    }
    painter->restore();
}

} // namespace milepost
