// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "breakdown.h"
#include "figure.h"
#include "plan/milestonestatus.h"
#include "plan/plan.h"
#include "progress/recordedprogress.h"
#include "time/yearquarter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace milepost {

// The plan's key figures on an as-of date. Milestone states come from MilestoneStatus, the
// rule the timeline colours its bars by, so the dashboard and the timeline never disagree;
// with recorded progress, a milestone's recorded status as of that date takes precedence
// (ShownStatus::scheduleState): one recorded Done is done, not overdue.
//
// Milestone figures list milestones by their position in the plan, objective by objective in
// the report's order (see milestoneRows); objective figures list objectives by their index.
// The plan has no Local District, Board District or school: only the as-of date applies.
struct PlanFigures final
{
    Q_DECLARE_TR_FUNCTIONS(PlanFigures)

public:
    struct MilestoneRef
    {
        int objective = 0;
        int milestone = 0;

        friend bool operator==(const MilestoneRef &, const MilestoneRef &) = default;
    };

    QDate asOf;
    // The calendar quarter of the as-of date.
    YearQuarter quarter;
    // Every milestone of the plan in order, and its state on the as-of date.
    QList<MilestoneRef> milestoneRows;
    QList<MilestoneStatus::State> milestoneStates;
    // How many of them have a status recorded as of the as-of date (the others are computed).
    int recordedMilestones = 0;

    // Categories: objective states (completed, in_progress, not_started, unknown); one series.
    Breakdown objectivesByStatus;
    // Categories: milestone states (done, on_track, due_soon, overdue, not_started, deferred,
    // cancelled, unknown); one series. Deferred and cancelled are recorded, never computed.
    Breakdown milestonesByStatus;
    // Categories: phases (LEARN, ...); series: milestone states.
    Breakdown milestonesByPhase;
    // Categories: the calendar quarters in which milestones end ("2022-Q3"), in order, with
    // every quarter between the first and the last; series: milestone states. Milestones
    // without a dated end are in withoutDatedEnd instead.
    Breakdown milestonesByQuarter;
    // Milestones still to finish in the as-of date's quarter: not Done, Deferred or Cancelled,
    // with a dated end from the as-of date to the quarter's last day. It cuts across the states
    // (On track, Due soon).
    Figure dueThisQuarter;
    // Milestones whose end is Ongoing, N/A, missing or unreadable.
    Figure withoutDatedEnd;

    int milestoneCount() const { return int(milestoneRows.size()); }
    const Figure &milestonesIn(MilestoneStatus::State state) const;
    const Figure &objectivesIn(ObjectiveStatus::State state) const;

    // The order in which states are listed: the finished first, the unknown last.
    static QList<MilestoneStatus::State> stateOrder();
    static QList<ObjectiveStatus::State> objectiveStateOrder();
    // "2022-Q3": the key of a quarter category.
    static QString quarterKey(YearQuarter quarter);

    static PlanFigures compute(const Plan &plan, const QDate &asOf,
                               const MilestoneStatus::Options &options = MilestoneStatus::Options{},
                               const RecordedProgress *progress = nullptr);
};

} // namespace milepost
