// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "objectivekey.h"
#include "planeditfield.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace milepost {

// One plan edit as the journal keeps it: what it is on (a milestone, or an objective), the
// date it speaks for, who entered it and when, why, and each field it changed with the value
// before (as of its date) and after.
struct PlanEditEntry final
{
    struct Change
    {
        PlanEditField::Id field = PlanEditField::Id::Title;
        QString oldValue; // null when the field had no value (a milestone not yet added)
        QString newValue;

        friend bool operator==(const Change &, const Change &) = default;
    };

    qint64 id = 0;
    qint64 milestoneId = 0; // 0 for an objective's edit
    qint64 objectiveId = 0; // objective_keys.id; 0 for a milestone's edit
    ObjectiveKey objective; // the objective edited, or the milestone's
    QString milestoneTitle; // the title the milestone was first known by
    QDate asOf;
    QString enteredBy;
    QDateTime enteredAt;
    QString note;
    int version = 0; // the milestone's or objective's plan version after this edit
    // The plan file whose new edition made this change (PlanMerge); empty for a person's edit.
    QString edition;
    QList<Change> changes; // in PlanEditField order

    bool isEdition() const { return !edition.isEmpty(); }

    friend bool operator==(const PlanEditEntry &, const PlanEditEntry &) = default;
};

} // namespace milepost
