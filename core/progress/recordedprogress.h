// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progressentry.h"
#include "progressstate.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace milepost {

// What is recorded on a plan's milestones, for figures that are worked out for many as-of
// dates (the dashboard, the report, `milepost figures`): the milestones' stable ids in plan
// order and the journal (ProgressRepository::entries), replayed in memory with the store's
// rule: by as-of date, a later entry for the same date winning, field by field; the latest
// non-empty note.
class RecordedProgress final
{
public:
    RecordedProgress() = default;
    // milestoneIds[o][m]: the id of plan.objectives[o].milestones[m] (PlanRepository::StoredPlan).
    RecordedProgress(const QList<QList<qint64>> &milestoneIds, const QList<ProgressEntry> &journal);

    qint64 milestoneId(int objective, int milestone) const { return m_ids.value(objective).value(milestone, 0); }
    const QList<QList<qint64>> &milestoneIds() const { return m_ids; }
    bool isEmpty() const { return m_journal.isEmpty(); }

    // What was recorded as of the end of asOf (invalid: everything), by milestone id; only
    // milestones with an update by then.
    QHash<qint64, ProgressState> statesAsOf(const QDate &asOf) const;

    // The updates after since up to and including until (ProgressRepository::Filter's bounds),
    // newest first: by as-of date, then the later entry first.
    QList<ProgressEntry> changesBetween(const QDate &since, const QDate &until) const;

    // The same journal for the same plan with other milestones (the plan as of another date).
    RecordedProgress withMilestoneIds(const QList<QList<qint64>> &milestoneIds) const
    {
        RecordedProgress result = *this;
        result.m_ids = milestoneIds;
        return result;
    }

    // The same progress for a plan that keeps only some milestones (a report's filter):
    // kept[o] lists the original objective and milestone indexes of the new objective o.
    RecordedProgress filtered(const QList<std::pair<int, QList<int>>> &kept) const;

private:
    QList<QList<qint64>> m_ids;
    QList<ProgressEntry> m_journal; // oldest first: by as-of date, then entry id
};

} // namespace milepost
