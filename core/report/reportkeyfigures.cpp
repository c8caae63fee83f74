// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportkeyfigures.h"

#include "time/quartercalendar.h"

namespace milepost {

ReportKeyFigures ReportKeyFigures::compute(const Plan &plan, const QDate &asOf, const MilestoneStatus::Options &options)
{
    ReportKeyFigures figures;
    figures.asOf = asOf;
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
        ++figures.objectives;
        ++figures.objectivesByState.at(std::size_t(objective.status.state()));
        for (const Milestone &milestone : objective.milestones) {
            ++figures.milestones;
            ++figures.milestonesByState.at(
                std::size_t(MilestoneStatus::compute(milestone, objective.status, asOf, options).state()));
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
