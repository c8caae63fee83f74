// SPDX-License-Identifier: GPL-3.0-or-later
#include "planpage.h"

#include "charts/chartspec.h"
#include "common/datetext.h"
#include "common/exportrole.h"
#include "dashboard/dashboarddata.h"
#include "dashboard/dashboardfilter.h"
#include "drilldownpanel.h"
#include "keyfiguretile.h"
#include "plan/phasenames.h"
#include "recordtablemodel.h"
#include "time/quartercalendar.h"

#include <QLocale>
#include <QToolButton>

#include <tuple>

namespace milepost {

namespace {

using State = MilestoneStatus::State;

QVariant dateSort(const PlanDate &date)
{
    return date.isDated() ? QVariant(date.firstDay().toJulianDay()) : QVariant(date.displayText());
}

} // namespace

PlanPage::PlanPage(QWidget *parent)
    : DashboardPage(tr("All milestones"), parent)
    , m_milestones(new RecordTableModel(this))
    , m_objectives(new RecordTableModel(this))
{
    setObjectName(QStringLiteral("planPage"));
    m_objectivesTile = addTile(QStringLiteral("objectivesTile"), tr("Objectives"));
    const std::tuple<State, QString, const char *> states[] = {{State::Done, tr("Done"), "doneTile"},
                                                               {State::OnTrack, tr("On track"), "onTrackTile"},
                                                               {State::Overdue, tr("Overdue"), "overdueTile"},
                                                               {State::NotStarted, tr("Not started"), "notStartedTile"}};
    for (const auto &[state, caption, name] : states) {
        KeyFigureTile *tile = addTile(QLatin1String(name), caption);
        tile->setAccent(ChartStyle::status(state));
        m_stateTiles.append({state, tile});
        if (state == State::OnTrack) {
            m_dueTile = addTile(QStringLiteral("dueThisQuarterTile"), tr("Due this quarter"));
            m_dueTile->setAccent(ChartStyle::status(State::DueSoon));
        }
    }
    m_donut = addChart(QStringLiteral("planStatusChart"), 0, 0);
    m_byPhase = addChart(QStringLiteral("milestonesByPhaseChart"), 0, 1);
    m_byQuarter = addChart(QStringLiteral("milestonesByQuarterChart"), 1, 0);
    m_objectivesChart = addChart(QStringLiteral("objectivesByStatusChart"), 1, 1);
    setUpModels();
    setBaseModel(m_milestones, tr("All milestones"));

    auto *showOnTimeline = new QToolButton(this);
    showOnTimeline->setText(tr("Show on the timeli&ne"));
    showOnTimeline->setObjectName(QStringLiteral("showOnTimeline"));
    showOnTimeline->setToolTip(tr("Show the rows of the table below in the outline and on the timeline, and only those"));
    drillDown()->addButton(showOnTimeline);
    connect(showOnTimeline, &QToolButton::clicked, this, &PlanPage::requestShownRows);

    connect(drillDown(), &DrillDownPanel::rowActivated, this, [this](QAbstractItemModel *model, int row) {
        if (model == m_milestones && row >= 0 && row < m_figures.milestoneRows.size()) {
            const PlanFigures::MilestoneRef ref = m_figures.milestoneRows.at(row);
            Q_EMIT sourceLineRequested(m_plan.objectives.at(ref.objective).milestones.at(ref.milestone).sourceLine);
        } else if (model == m_objectives && row >= 0 && row < m_plan.objectives.size()) {
            Q_EMIT sourceLineRequested(m_plan.objectives.at(row).sourceLine);
        }
    });
}

void PlanPage::requestShownRows()
{
    QList<int> objectives;
    QList<std::pair<int, int>> milestones;
    const QList<int> rows = drillDown()->shownRows();
    if (drillDown()->shownModel() == m_objectives) {
        for (int row : rows) {
            if (row >= 0 && row < m_plan.objectives.size())
                objectives.append(row);
        }
    } else {
        for (int row : rows) {
            if (row >= 0 && row < m_figures.milestoneRows.size())
                milestones.append({m_figures.milestoneRows.at(row).objective, m_figures.milestoneRows.at(row).milestone});
        }
    }
    Q_EMIT rowsRequested(drillDown()->breadcrumbText(), objectives, milestones);
}

void PlanPage::setUpModels()
{
    const auto milestone = [this](int row) -> const Milestone & {
        const PlanFigures::MilestoneRef ref = m_figures.milestoneRows.at(row);
        return m_plan.objectives.at(ref.objective).milestones.at(ref.milestone);
    };
    const auto objectiveOf = [this](int row) -> const Objective & {
        return m_plan.objectives.at(m_figures.milestoneRows.at(row).objective);
    };
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    m_milestones->setColumns({
        {tr("Milestone"), [=](int row) { return QVariant(milestone(row).title); }, {}, Qt::AlignLeft | Qt::AlignVCenter,
         [=](int row) { return QVariant(milestone(row).title); }, true},
        {tr("Status"), [this](int row) { return QVariant(MilestoneStatus::stateName(m_figures.milestoneStates.at(row))); },
         [this](int row) { return QVariant(PlanFigures::stateOrder().indexOf(m_figures.milestoneStates.at(row))); }},
        RecordTableModel::exportedAs({tr("Start"), [=](int row) { return QVariant(milestone(row).start.displayText()); },
                                      [=](int row) { return dateSort(milestone(row).start); }, right},
                                     [=](int row) { return exportValue(milestone(row).start); }),
        RecordTableModel::exportedAs({tr("End"), [=](int row) { return QVariant(milestone(row).end.displayText()); },
                                      [=](int row) { return dateSort(milestone(row).end); }, right},
                                     [=](int row) { return exportValue(milestone(row).end); }),
        {tr("Phase"), [=](int row) { return QVariant(PhaseNames::display(objectiveOf(row).phase)); },
         [=](int row) { return QVariant(int(objectiveOf(row).phase)); }},
        {tr("Objective"), [=](int row) { return QVariant(objectiveOf(row).title); }, {}, Qt::AlignLeft | Qt::AlignVCenter,
         [=](int row) { return QVariant(objectiveOf(row).subtitle.isEmpty() ? objectiveOf(row).title
                                                                             : objectiveOf(row).title + QLatin1Char('\n')
                                                                                   + objectiveOf(row).subtitle); }},
        {tr("Objective status"), [=](int row) { return QVariant(objectiveOf(row).status.text()); }},
        {tr("Line"), [=](int row) { return QVariant(milestone(row).sourceLine); }, {}, right},
    });
    m_objectives->setColumns({
        {tr("Objective"), [this](int row) { return QVariant(m_plan.objectives.at(row).title); }, {},
         Qt::AlignLeft | Qt::AlignVCenter, [this](int row) { return QVariant(m_plan.objectives.at(row).title); }, true},
        {tr("Status"), [this](int row) { return QVariant(ObjectiveStatus::stateName(m_plan.objectives.at(row).status.state())); }},
        {tr("Status line"), [this](int row) { return QVariant(m_plan.objectives.at(row).status.text()); }},
        {tr("Phase"), [this](int row) { return QVariant(PhaseNames::display(m_plan.objectives.at(row).phase)); },
         [this](int row) { return QVariant(int(m_plan.objectives.at(row).phase)); }},
        {tr("Milestones"), [this](int row) { return QVariant(int(m_plan.objectives.at(row).milestones.size())); }, {}, right},
        {tr("Line"), [this](int row) { return QVariant(m_plan.objectives.at(row).sourceLine); }, {}, right},
    });
}

void PlanPage::refresh(const DashboardData &snapshot, const DashboardFilter &filter)
{
    // The plan as it stood on the as-of date, with the plan edits dated by then.
    RecordedProgress progress;
    m_plan = snapshot.planAsOf(filter.asOf, &progress);
    m_figures = PlanFigures::compute(m_plan, filter.asOf, MilestoneStatus::Options{}, &progress);
    m_milestones->reset(m_figures.milestoneCount());
    m_objectives->reset(int(m_plan.objectives.size()));
    setTrailRoot(tr("Plan as of %1").arg(DateText::date(filter.asOf)));

    QStringList notes = filter.notApplied(DashboardFilter::Source::Plan);
    if (!snapshot.hasPlan)
        notes.prepend(tr("No plan yet: import a plan report with File › Import Plan…"));
    setNotes(notes);

    const int total = m_figures.milestoneCount();
    const QString ofAll = total == 1 ? tr("of 1 milestone") : tr("of %1 milestones").arg(number(total));
    const Figure allObjectives = m_figures.objectivesByStatus.total();
    showTile(m_objectivesTile, number(allObjectives.value),
             tr("%1 completed · %2 in progress", "counts")
                 .arg(number(m_figures.objectivesIn(ObjectiveStatus::State::Completed).value),
                      number(m_figures.objectivesIn(ObjectiveStatus::State::InProgress).value)),
             allObjectives, m_objectives, tr("All objectives"));
    for (const auto &[state, tile] : std::as_const(m_stateTiles)) {
        const Figure &figure = m_figures.milestonesIn(state);
        QString detail = ofAll;
        if (state == State::OnTrack) {
            const qint64 dueSoon = m_figures.milestonesIn(State::DueSoon).value;
            detail = tr("and %1 due within %2 days", "due soon count, days")
                         .arg(number(dueSoon))
                         .arg(MilestoneStatus::defaultDueSoonDays);
        }
        // Put off or dropped: recorded, and said beside the finished ones (the charts count them too).
        const qint64 deferred = m_figures.milestonesIn(State::Deferred).value;
        const qint64 cancelled = m_figures.milestonesIn(State::Cancelled).value;
        if (state == State::Done && deferred + cancelled > 0)
            detail = tr("%1 deferred · %2 cancelled", "counts").arg(number(deferred), number(cancelled));
        showTile(tile, number(figure.value), detail, figure);
    }
    showTile(m_dueTile, number(m_figures.dueThisQuarter.value),
             tr("not done, ending in %1").arg(QuarterCalendar::calendar().label(m_figures.quarter)),
             m_figures.dueThisQuarter);

    showChart(m_donut, DashboardCharts::planStatusDonut(m_figures));
    showChart(m_byPhase, DashboardCharts::milestonesByPhase(m_figures));
    showChart(m_byQuarter, DashboardCharts::milestonesByQuarter(m_figures));
    showChart(m_objectivesChart, DashboardCharts::objectivesByStatus(m_figures), m_objectives, tr("All objectives"));
    setBaseModel(m_milestones, tr("All milestones"));
}

} // namespace milepost
