// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"
#include "plan.h"

#include <QList>
#include <QString>

namespace milepost {

// What reading a plan gives: the plan, everything noticed on the way, or why nothing could be read.
struct PlanImportResult final
{
    bool ok = false;
    QString error; // set when ok is false: the file could not be read at all
    Plan plan;
    QList<Finding> findings;
};

} // namespace milepost
