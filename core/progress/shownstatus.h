// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progressstate.h"
#include "progressstatus.h"

#include "plan/milestone.h"
#include "plan/milestonestatus.h"
#include "plan/objectivestatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace milepost {

// The status a milestone is shown with on an as-of date, and its schedule health beside it.
//
// A recorded status (the state as of that date) wins. Without one, the date rule of
// MilestoneStatus applies and isComputed() says so: label() then ends in "(computed from
// dates)", so the two are never confused.
//
// Schedule health compares the plan's dates with the as-of date and what was recorded:
//   Unknown       the planned end is Ongoing, N/A or unreadable: nothing to compare with
//   OnSchedule    nothing is late
//   LateStart     recorded Not started, and the planned start passed days() ago
//   PastDue       still open (recorded Not started, On track, At risk or Off track, or computed
//                 and not Done), and the planned end passed days() ago: "On track" with an end
//                 three weeks past is worth seeing
//   FinishedLate  recorded Done with an actual end days() after the planned end
//   Closed        Done without an actual end to compare, Deferred or Cancelled: no schedule to keep
// PastDue wins over LateStart: the end is the date a board asks about.
class ShownStatus final
{
    Q_DECLARE_TR_FUNCTIONS(ShownStatus)

public:
    enum class Health { Unknown, OnSchedule, LateStart, PastDue, FinishedLate, Closed };

    // recorded: what is recorded as of asOf (nullptr or an empty state when nothing is).
    static ShownStatus of(const Milestone &milestone, const ObjectiveStatus &objective, const ProgressState *recorded,
                          const QDate &asOf, const MilestoneStatus::Options &options = {});

    bool isComputed() const { return !m_recorded; }
    std::optional<ProgressStatus::Value> recorded() const { return m_recorded; }
    // The date rule's answer, always worked out: what is shown when nothing is recorded.
    MilestoneStatus::State computed() const { return m_computed.state(); }
    // Where the milestone stands on the date rule's scale once what is recorded is known: the
    // scale the plan's figures count on (PlanFigures). Nothing recorded: the date rule's state.
    // Recorded Done: Done. Recorded Deferred or Cancelled: Deferred or Cancelled (no schedule
    // left to compare with, and counted on their own). Recorded open (Not started, On track,
    // At risk, Off track): the date rule's state, except that it is never Done (the record says the work is not finished: Overdue once the
    // end has passed) and that work recorded as begun before its planned start is On track.
    MilestoneStatus::State scheduleState() const;
    // "At risk", or "Overdue (computed from dates)".
    QString label() const;
    // "at_risk", or the date rule's key prefixed "computed:" ("computed:overdue").
    QString key() const;
    // Why: the recorded update's date, or the date rule's reason.
    QString reason() const { return m_reason; }

    Health health() const { return m_health; }
    qint64 healthDays() const { return m_healthDays; }
    // "Planned end passed 21 days ago"; empty for OnSchedule, Unknown and Closed.
    QString healthText() const;
    static QString healthKey(Health health);

private:
    std::optional<ProgressStatus::Value> m_recorded;
    MilestoneStatus m_computed;
    QString m_reason;
    Health m_health = Health::Unknown;
    qint64 m_healthDays = 0;
};

} // namespace milepost
