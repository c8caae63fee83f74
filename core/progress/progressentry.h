// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progressfield.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace milepost {

// One recorded update, as the journal keeps it: when it speaks for, who entered it and when,
// why, and each field it changed with the value before (as of its date) and after.
struct ProgressEntry final
{
    struct Change
    {
        ProgressField::Id field = ProgressField::Id::Status;
        QString oldValue; // canonical text; null when nothing was recorded
        QString newValue; // null when the update cleared the field

        friend bool operator==(const Change &, const Change &) = default;
    };

    qint64 id = 0;
    qint64 milestoneId = 0;
    QString milestoneTitle;
    QString objectiveTitle;
    QDate asOf;
    QString enteredBy;
    QDateTime enteredAt;
    QString note;
    int version = 0; // the milestone's version after this update
    QList<Change> changes; // in ProgressField order

    friend bool operator==(const ProgressEntry &, const ProgressEntry &) = default;
};

} // namespace milepost
