// SPDX-License-Identifier: GPL-3.0-or-later
#include "planplausibility.h"

#include <QLocale>

namespace milepost {

QString PlanPlausibility::concern(const PlanImportResult &result)
{
    if (!result.ok)
        return {};
    const qsizetype milestones = result.plan.milestoneCount();
    if (milestones == 0)
        return tr("no milestones were found in it");
    const qsizetype findings = result.findings.size();
    if (findings > 2 * milestones + findingsAllowance)
        return tr("it gave %1 findings for %2 milestones, which suggests it was not read as intended")
            .arg(QLocale().toString(findings), QLocale().toString(milestones));
    return {};
}

} // namespace milepost
