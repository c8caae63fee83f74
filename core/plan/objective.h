// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "milestone.h"
#include "objectivestatus.h"
#include "phase.h"

#include <QList>
#include <QString>

#include <optional>

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
    // What people recorded through plan edits (PlanEditRepository); the imported status text
    // and its parsed state above stay as imported. A ProgressStatus key, empty when none.
    QString recordedStatus;
    // The estimated completion a person set, replacing the one the status text gives; an
    // invalid date with empty raw text when they cleared it. nullopt when never set.
    std::optional<PlanDate> editedEstimate;
    QString narrative;
    QList<Milestone> milestones;
    int sourceLine = 0;

    friend bool operator==(const Objective &, const Objective &) = default;
};

} // namespace milepost
