// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planeditentry.h"

#include "plan/plan.h"

#include <QDate>
#include <QList>

namespace milepost {

// The plan as it stood on a date: the plan as imported with the plan edits dated up to then
// laid over it (PlanEditRepository's journal). A field takes the new value of the latest edit
// that set it (by as-of date, a later entry winning on the same date); a field no edit set by
// then has the old value of its first later edit (a new edition of the plan journals its
// changes, PlanMerge, so the earlier edition's value shows before them), else the imported
// value. Milestones removed by then are left out, and objectives whose every milestone a new
// edition removed; milestones added by then follow their objective's imported ones, oldest
// first. The store keeps its current values by the same rule.
class PlanEditReplay final
{
public:
    struct Result
    {
        Plan plan;
        QList<QList<qint64>> milestoneIds; // milestoneIds[o][m]: the id of plan.objectives[o].milestones[m]
    };

    // importedIds[o][m] is the id of imported.objectives[o].milestones[m]; an invalid asOf
    // replays every edit.
    static Result apply(const Plan &imported, const QList<QList<qint64>> &importedIds,
                        const QList<PlanEditEntry> &journal, const QDate &asOf);

    // The canonical value of a field of an imported milestone or objective: what the first
    // edit of it finds.
    static QString importedValue(const Milestone &milestone, PlanEditField::Id field);
    static QString importedValue(const Objective &objective, PlanEditField::Id field);
};

} // namespace milepost
