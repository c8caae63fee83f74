// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QList>
#include <QString>

namespace milepost {

// An objective's identity across re-imports of its plan, as milestone_keys spells it: the
// plan's source, the objective's title and subtitle, and which of the objectives with that
// title and subtitle it is (from 1, in plan order). Texts compare exactly.
struct ObjectiveKey final
{
    QString planSource;
    QString title;
    QString subtitle;
    int occurrence = 0; // 0: no objective

    bool isValid() const { return occurrence >= 1; }

    // The keys of plan.objectives, in order.
    static QList<ObjectiveKey> ofPlan(const Plan &plan)
    {
        QList<ObjectiveKey> keys;
        for (const Objective &objective : plan.objectives) {
            int occurrence = 1;
            for (const ObjectiveKey &earlier : std::as_const(keys))
                occurrence += earlier.title == objective.title && earlier.subtitle == objective.subtitle ? 1 : 0;
            keys.append({plan.source, objective.title, objective.subtitle, occurrence});
        }
        return keys;
    }

    friend bool operator==(const ObjectiveKey &, const ObjectiveKey &) = default;
};

} // namespace milepost
