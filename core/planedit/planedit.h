// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "objectivekey.h"
#include "planeditfield.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace milepost {

// What a person asks to change in the plan (PlanEditRepository::record): one milestone
// (milestoneId), a new milestone in an objective (addsMilestone, objective), or one objective
// (objective). Only the fields in values change; each is the text as typed
// (PlanEditField::normalise reads it). A removal sets Removed to "yes"; putting a milestone
// back sets it to "no".
struct PlanEdit final
{
    qint64 milestoneId = 0;
    bool addsMilestone = false;
    ObjectiveKey objective;
    // The version of the plan values the person read (PlanEditRepository::milestoneVersion or
    // objectiveVersion): the edit is refused when someone else edited them since. 0 for an add.
    int expectedVersion = 0;
    QDate asOf; // the reporting date the edit speaks for
    QString enteredBy;
    QString note;
    QMap<PlanEditField::Id, QString> values;

    void set(PlanEditField::Id field, const QString &text) { values.insert(field, text); }
    bool isObjectiveEdit() const { return milestoneId == 0 && !addsMilestone; }
};

} // namespace milepost
