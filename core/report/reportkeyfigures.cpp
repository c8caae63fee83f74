// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportkeyfigures.h"

#include "dashboard/planfigures.h"
#include "time/quartercalendar.h"

namespace milepost {

ReportKeyFigures ReportKeyFigures::compute(const Plan &plan, const QDate &asOf, const MilestoneStatus::Options &options,
                                           const RecordedProgress *progress)
{
    ReportKeyFigures figures;
    figures.asOf = asOf;
    // The counts by state are the dashboard's own (PlanFigures), so that a printed report and
    // the screen never disagree.
    const PlanFigures counted = PlanFigures::compute(plan, asOf, options, progress);
    figures.objectives = int(plan.objectives.size());
    figures.milestones = counted.milestoneCount();
    figures.recordedMilestones = counted.recordedMilestones;
    for (const ObjectiveStatus::State state : PlanFigures::objectiveStateOrder())
        figures.objectivesByState.at(std::size_t(state)) = int(counted.objectivesIn(state).value);
    for (const MilestoneStatus::State state : PlanFigures::stateOrder())
        figures.milestonesByState.at(std::size_t(state)) = int(counted.milestonesIn(state).value);

    auto widen = [&figures](const PlanDate &date) {
        if (!date.isDated())
            return;
        if (!figures.firstDay.isValid() || date.firstDay() < figures.firstDay)
            figures.firstDay = date.firstDay();
        if (!figures.lastDay.isValid() || date.lastDay() > figures.lastDay)
            figures.lastDay = date.lastDay();
    };
    const QuarterCalendar calendar = QuarterCalendar::calendar();
    for (const Objective &objective : plan.objectives) {
        for (const Milestone &milestone : objective.milestones) {
            const bool startPlaced = milestone.start.isDated() || milestone.start.kind() == PlanDate::Kind::Ongoing;
            const bool endPlaced = milestone.end.isDated() || milestone.end.kind() == PlanDate::Kind::Ongoing;
            if (!startPlaced || !endPlaced)
                ++figures.undatedMilestones;
            widen(milestone.start);
            widen(milestone.end);
            for (const YearQuarter &quarter : milestone.quarters) {
                if (!quarter.isValid())
                    continue;
                const QDate first = calendar.firstDay(quarter);
                const QDate last = calendar.lastDay(quarter);
                if (!figures.firstMarkedDay.isValid() || first < figures.firstMarkedDay)
                    figures.firstMarkedDay = first;
                if (!figures.lastMarkedDay.isValid() || last > figures.lastMarkedDay)
                    figures.lastMarkedDay = last;
            }
        }
    }
    return figures;
}

} // namespace milepost
