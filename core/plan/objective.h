// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "milestone.h"
#include "objectivestatus.h"
#include "phase.h"

#include <QList>
#include <QString>

namespace milepost {

struct Objective final
{
    Phase phase = Phase::Learn;
    QString title;
    // The line under the heading, e.g. "Certificated Employees: Teachers, Counselors, etc.";
    // it is what tells apart the two "Staffing Plan to Support Schools" objectives.
    QString subtitle;
    QString objectiveText;
    ObjectiveStatus status;
    QString narrative;
    QList<Milestone> milestones;
    int sourceLine = 0;

    friend bool operator==(const Objective &, const Objective &) = default;
};

} // namespace milepost
