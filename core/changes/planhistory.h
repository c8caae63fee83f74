// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"
#include "planedit/planeditentry.h"
#include "planedit/planeditreplay.h"

#include <QDate>
#include <QList>

namespace milepost {

// A plan with everything needed to tell how it stood on any date: the plan as imported, its
// milestones' stable ids, and the journal of plan edits laid over it (PlanRepository::StoredPlan
// gives all three).
struct PlanHistory final
{
    Plan imported;
    QList<QList<qint64>> importedIds; // importedIds[o][m]: the id of imported.objectives[o].milestones[m]
    QList<PlanEditEntry> edits;

    // The plan at the end of date (every edit when date is invalid).
    PlanEditReplay::Result asOf(const QDate &date) const { return PlanEditReplay::apply(imported, importedIds, edits, date); }
    bool isEmpty() const { return imported.objectives.isEmpty() && edits.isEmpty(); }
};

} // namespace milepost
