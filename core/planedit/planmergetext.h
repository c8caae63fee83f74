// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planmerge.h"

#include <QCoreApplication>
#include <QString>

namespace milepost {

// The lines a merge report shows (the command line's and the import dialog's), one per thing
// the merge does: "Objective — Milestone: Planned end 6/30/22 → 9/30/22".
class PlanMergeText final
{
    Q_DECLARE_TR_FUNCTIONS(PlanMergeText)

public:
    // "Objective — Milestone" (the edition's title when there is one).
    static QString milestoneName(const PlanMerge::Milestone &milestone);
    // Each change between the editions, "Planned end 6/30/22 → 9/30/22", joined by "; ".
    static QString editionChanges(const PlanMerge::Milestone &milestone);
    // "Planned end: kept 10/31/22 (a person's edit); the new edition has 9/30/22 (was 6/30/22)"
    static QString clash(const PlanMerge::Clash &clash);
    // "“Old” → “New” in Objective (alike 78%)"
    static QString candidate(const PlanMerge::Candidate &candidate);
    // The option that confirms a candidate: --match "Old=New"
    static QString matchOption(const PlanMerge::Candidate &candidate);
    // "Milestones in the new edition: 160 = 150 unchanged + 5 changed + 3 new + 2 back"
    static QString editionSum(const PlanMerge &merge);
    // "Milestones in the stored edition: 159 = 150 unchanged + 5 changed + 4 removed"
    static QString storedSum(const PlanMerge &merge);
};

} // namespace milepost
