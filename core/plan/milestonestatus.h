// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "milestone.h"
#include "objectivestatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace milepost {

// Where a milestone stands on an as-of date. The timeline colours its bars with it and the
// dashboard counts it, so both use this one rule.
//
// A plan report records no completion per milestone, only its objective's STATUS line, so the
// state is read from the dates and that line, in this order:
//   1. Unknown     - the start or the end is N/A, unreadable or missing, or the end falls
//                    before the start: there is nothing sound to compare with.
//   2. NotStarted  - the start's first day is after the as-of date (an Ongoing start has
//                    always begun).
//   3. OnTrack     - the end is Ongoing: begun and open-ended.
//   4. Done        - the end's last day is before the as-of date and the objective's status
//                    is Completed: the report says the work is finished.
//   5. Overdue     - the end's last day is before the as-of date and the objective is not
//                    Completed (in progress, not started or unknown): nothing says it was done.
//   6. DueSoon     - the end's last day is within dueSoonDays of the as-of date.
//   7. OnTrack     - otherwise: begun, and its end is further away.
// A quarter or month end counts to its last day ("Q1-23" ends on March 31, 2023). A Completed
// objective's milestones that end after the as-of date keep their state from the dates: the
// status line speaks for the day the report was written, not for work scheduled after it.
//
// Two states never come from the dates: Deferred and Cancelled are what a person recorded
// (ShownStatus::scheduleState), and the figures count them on their own rather than as
// Unknown: a milestone put off or dropped has no schedule left to compare with, but it is known.
class MilestoneStatus final
{
    Q_DECLARE_TR_FUNCTIONS(MilestoneStatus)

public:
    enum class State { Unknown, NotStarted, OnTrack, DueSoon, Overdue, Done, Deferred, Cancelled };
    static constexpr int stateCount = 8;
    static constexpr int defaultDueSoonDays = 30;

    struct Options
    {
        int dueSoonDays = defaultDueSoonDays;
    };

    MilestoneStatus() = default;

    static MilestoneStatus compute(const Milestone &milestone, const ObjectiveStatus &objective, const QDate &asOf,
                                   const Options &options);
    static MilestoneStatus compute(const Milestone &milestone, const ObjectiveStatus &objective, const QDate &asOf)
    {
        return compute(milestone, objective, asOf, Options{});
    }

    // The state alone, without building the reason: what painting a chart needs per row.
    static State stateOf(const Milestone &milestone, const ObjectiveStatus &objective, const QDate &asOf,
                         const Options &options);

    State state() const { return m_state; }
    // Why, in a sentence a person can check against the dates: "Ended Aug 30, 2022, 138 days
    // before the as-of date; the objective is In progress."
    const QString &reason() const { return m_reason; }

    // Stable keys for storage and the command line ("not_started", "due_soon", ...).
    static QString stateKey(State state);
    static State stateFromKey(const QString &key, bool *ok = nullptr);
    static QString stateName(State state);

private:
    static QString reasonFor(State state, const Milestone &milestone, const ObjectiveStatus &objective, const QDate &asOf);

    MilestoneStatus(State state, const QString &reason)
        : m_state(state)
        , m_reason(reason)
    {
    }

    State m_state = State::Unknown;
    QString m_reason;
};

} // namespace milepost
