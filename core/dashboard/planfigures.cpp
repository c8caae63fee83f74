// SPDX-License-Identifier: GPL-3.0-or-later
#include "planfigures.h"

#include "progress/shownstatus.h"

#include "plan/phasenames.h"
#include "time/quartercalendar.h"

#include <algorithm>

namespace milepost {

namespace {

using State = MilestoneStatus::State;

QList<Breakdown::Label> stateLabels()
{
    QList<Breakdown::Label> labels;
    for (State state : PlanFigures::stateOrder())
        labels.append({MilestoneStatus::stateKey(state), MilestoneStatus::stateName(state)});
    return labels;
}

// Done, Deferred or Cancelled: nothing left to finish.
bool isClosed(State state)
{
    return state == State::Done || state == State::Deferred || state == State::Cancelled;
}

QList<Breakdown::Label> one(const QString &key, const QString &text)
{
    return {{key, text}};
}

} // namespace

QList<MilestoneStatus::State> PlanFigures::stateOrder()
{
    return {State::Done,     State::OnTrack,   State::DueSoon, State::Overdue, State::NotStarted,
            State::Deferred, State::Cancelled, State::Unknown};
}

QList<ObjectiveStatus::State> PlanFigures::objectiveStateOrder()
{
    return {ObjectiveStatus::State::Completed, ObjectiveStatus::State::InProgress, ObjectiveStatus::State::NotStarted,
            ObjectiveStatus::State::Unknown};
}

QString PlanFigures::quarterKey(YearQuarter quarter)
{
    return QStringLiteral("%1-Q%2").arg(quarter.year).arg(quarter.quarter);
}

const Figure &PlanFigures::milestonesIn(MilestoneStatus::State state) const
{
    return milestonesByStatus.at(0, milestonesByStatus.categoryIndex(MilestoneStatus::stateKey(state)));
}

const Figure &PlanFigures::objectivesIn(ObjectiveStatus::State state) const
{
    return objectivesByStatus.at(0, objectivesByStatus.categoryIndex(ObjectiveStatus::stateKey(state)));
}

PlanFigures PlanFigures::compute(const Plan &plan, const QDate &asOf, const MilestoneStatus::Options &options,
                                 const RecordedProgress *progress)
{
    const QHash<qint64, ProgressState> recorded = progress ? progress->statesAsOf(asOf) : QHash<qint64, ProgressState>();
    const QuarterCalendar calendar = QuarterCalendar::calendar();
    PlanFigures figures;
    figures.asOf = asOf;
    figures.quarter = calendar.quarterOf(asOf);
    const QDate quarterEnd = calendar.lastDay(figures.quarter);

    QList<Breakdown::Label> objectiveStates;
    for (ObjectiveStatus::State state : objectiveStateOrder())
        objectiveStates.append({ObjectiveStatus::stateKey(state), ObjectiveStatus::stateName(state)});
    const QString all = QStringLiteral("all");
    figures.objectivesByStatus = Breakdown(objectiveStates, one(all, tr("Objectives")));
    figures.milestonesByStatus = Breakdown(stateLabels(), one(all, tr("Milestones")));
    QList<Breakdown::Label> phases;
    for (Phase phase : allPhases)
        phases.append({PhaseNames::key(phase), PhaseNames::display(phase)});
    figures.milestonesByPhase = Breakdown(phases, stateLabels());

    // Milestones by the quarter of their end, collected first so that the categories can run
    // without gaps from the first quarter to the last.
    struct Ended
    {
        YearQuarter quarter;
        State state;
        int row;
    };
    QList<Ended> ended;

    for (int o = 0; o < plan.objectives.size(); ++o) {
        const Objective &objective = plan.objectives.at(o);
        figures.objectivesByStatus.at(0, figures.objectivesByStatus.categoryIndex(
                                             ObjectiveStatus::stateKey(objective.status.state())))
            .add(1, o, false);
        const int phase = figures.milestonesByPhase.categoryIndex(PhaseNames::key(objective.phase));
        for (int m = 0; m < objective.milestones.size(); ++m) {
            const Milestone &milestone = objective.milestones.at(m);
            const int row = int(figures.milestoneRows.size());
            State state;
            const auto found = progress ? recorded.constFind(progress->milestoneId(o, m)) : recorded.cend();
            if (found != recorded.cend() && found->status()) {
                state = ShownStatus::of(milestone, objective.status, &*found, asOf, options).scheduleState();
                ++figures.recordedMilestones;
            } else {
                state = MilestoneStatus::stateOf(milestone, objective.status, asOf, options);
            }
            figures.milestoneRows.append({o, m});
            figures.milestoneStates.append(state);
            const QString key = MilestoneStatus::stateKey(state);
            figures.milestonesByStatus.at(0, figures.milestonesByStatus.categoryIndex(key)).add(1, row, false);
            figures.milestonesByPhase.at(figures.milestonesByPhase.seriesIndex(key), phase).add(1, row, false);

            if (!milestone.end.isDated()) {
                figures.withoutDatedEnd.add(1, row, false);
                continue;
            }
            const QDate last = milestone.end.lastDay();
            ended.append({calendar.quarterOf(last), state, row});
            if (!isClosed(state) && asOf.isValid() && last >= asOf && last <= quarterEnd)
                figures.dueThisQuarter.add(1, row, false);
        }
    }

    figures.milestonesByQuarter = Breakdown({}, stateLabels());
    if (!ended.isEmpty()) {
        const auto [first, last] = std::minmax_element(ended.cbegin(), ended.cend(),
                                                       [](const Ended &a, const Ended &b) { return a.quarter < b.quarter; });
        for (int q = first->quarter.ordinal(); q <= last->quarter.ordinal(); ++q) {
            const YearQuarter quarter = YearQuarter::fromOrdinal(q);
            figures.milestonesByQuarter.addCategory({quarterKey(quarter), calendar.label(quarter)});
        }
        for (const Ended &entry : ended) {
            figures.milestonesByQuarter
                .at(figures.milestonesByQuarter.seriesIndex(MilestoneStatus::stateKey(entry.state)),
                    figures.milestonesByQuarter.categoryIndex(quarterKey(entry.quarter)))
                .add(1, entry.row, false);
        }
    }
    return figures;
}

} // namespace milepost
