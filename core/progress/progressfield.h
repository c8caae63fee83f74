// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace milepost {

// The values a progress update records for a milestone, each kept as canonical text: the
// journal stores every old and new value in that form, and the current-values row in typed
// columns of the same names. A null string is "not recorded".
//   status        a ProgressStatus key
//   percent       a whole number from 0 to 100, typed by a person (never derived)
//   actual_start  the day work began, YYYY-MM-DD
//   actual_end    the day it was completed, YYYY-MM-DD
//   owner         the person responsible
//   office        the office responsible
// The note is not among them: it belongs to the update (why), and the latest one is shown.
class ProgressField final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressField)

public:
    enum class Id { Status, Percent, ActualStart, ActualEnd, Owner, Office };
    static constexpr int count = 6;
    static constexpr std::array<Id, count> all{Id::Status, Id::Percent, Id::ActualStart,
                                               Id::ActualEnd, Id::Owner, Id::Office};

    static QString key(Id field); // the column and journal name, "actual_start"
    static QString label(Id field); // "Actual start"
    static std::optional<Id> fromKey(const QString &key);

    // Reads a value as a person typed it into its canonical text: a status word into its key,
    // "40%" into "40", a day in any form PlanDate reads as a single day into YYYY-MM-DD, a name
    // with its spaces tidied. Blank input clears the value (a null canonical). False, with a
    // reason a person can act on, when the value cannot be read.
    static bool normalise(Id field, const QString &input, QString *canonical, QString *reason);
    // The canonical value as a person reads it: the status's label, "40%", the day, the name;
    // empty when not recorded.
    static QString displayValue(Id field, const QString &canonical);
};

} // namespace milepost
