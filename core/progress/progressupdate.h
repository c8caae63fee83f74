// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progressfield.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace milepost {

// What a person asks to record for one milestone (ProgressRepository::record). Only the fields
// in values change; each is the text as typed (ProgressField::normalise reads it), and blank
// text clears the field. A note alone is an update too.
struct ProgressUpdate final
{
    qint64 milestoneId = 0;
    // The version of the state the person read (ProgressState::version): the update is refused
    // when someone else has recorded one since.
    int expectedVersion = 0;
    // The reporting date the update speaks for; it may be earlier than the day it is entered.
    QDate asOf;
    QString enteredBy;
    QString note;
    QMap<ProgressField::Id, QString> values;

    void set(ProgressField::Id field, const QString &text) { values.insert(field, text); }
};

} // namespace milepost
