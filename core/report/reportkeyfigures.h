// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/milestonestatus.h"
#include "plan/objectivestatus.h"
#include "plan/plan.h"
#include "progress/recordedprogress.h"

#include <QDate>

#include <array>

namespace milepost {

// The numbers on a report's title page, computed against the as-of date with the same rule
// the timeline colours its bars by (MilestoneStatus).
struct ReportKeyFigures final
{
    QDate asOf;
    int objectives = 0;
    int milestones = 0;
    // By int(ObjectiveStatus::State) and int(MilestoneStatus::State).
    std::array<int, 4> objectivesByState{};
    std::array<int, MilestoneStatus::stateCount> milestonesByState{};
    // Milestones with a start or end that is N/A, unreadable or missing.
    int undatedMilestones = 0;
    // The first and last day any milestone names; invalid when none is dated.
    QDate firstDay;
    QDate lastDay;
    // The first day of the first quarter the plan's tables mark (●) and the last day of the
    // last; invalid when nothing is marked.
    QDate firstMarkedDay;
    QDate lastMarkedDay;

    int objectivesIn(ObjectiveStatus::State state) const { return objectivesByState.at(std::size_t(state)); }
    int milestonesIn(MilestoneStatus::State state) const { return milestonesByState.at(std::size_t(state)); }

    // With progress, recorded statuses count as PlanFigures counts them.
    static ReportKeyFigures compute(const Plan &plan, const QDate &asOf,
                                    const MilestoneStatus::Options &options = MilestoneStatus::Options{},
                                    const RecordedProgress *progress = nullptr);
    // How many milestones have a status recorded as of the as-of date.
    int recordedMilestones = 0;
};

} // namespace milepost
