// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "objectivekey.h"

#include "plan/plan.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace milepost {

// Finds an objective of a plan from what a person types on the command line: its number in
// plan order (1 for the first, as `milepost plan objectives` lists them) or its title, ignoring
// case and spacing. A title that several objectives share ("Staffing Plan to Support Schools")
// is refused with their numbers, so the person can give one.
class ObjectiveLookup final
{
    Q_DECLARE_TR_FUNCTIONS(ObjectiveLookup)

public:
    // The objective's index in plan.objectives and its key; nullopt with error set.
    struct Found
    {
        int index = 0;
        ObjectiveKey key;
    };
    static std::optional<Found> find(const Plan &plan, const QString &text, QString *error);
};

} // namespace milepost
