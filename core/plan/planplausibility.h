// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planimportresult.h"

#include <QCoreApplication>
#include <QString>

namespace milepost {

// Whether a plan that was read looks like the file was understood. A report saved with line
// ends the reader did not know read as one objective, one milestone and 854 findings: such a
// result must not replace a good stored plan unless the person agrees.
class PlanPlausibility final
{
    Q_DECLARE_TR_FUNCTIONS(PlanPlausibility)

public:
    // Findings beyond twice the milestones and this many more mean the reading went wrong.
    static constexpr qsizetype findingsAllowance = 20;

    // Why result looks implausible, in one sentence; empty when it looks like a plan.
    static QString concern(const PlanImportResult &result);
};

} // namespace milepost
