// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applicable.h"
#include "dateprecision.h"
#include "money.h"

#include <QDate>
#include <QString>

namespace milepost {

// One phase of a capital project (scope, design, construction, ...). Dates and amounts may be
// missing or "not applicable" with the source's own code.
struct CapitalPhase final
{
    QString name;
    int occurrence = 1; // the second "Scope" row of the same project is occurrence 2
    QString status;
    Applicable<QDate> plannedStart;
    Applicable<QDate> plannedEnd;
    Applicable<QDate> actualStart;
    Applicable<QDate> actualEnd;
    // How precisely the source wrote each date: a month or a year is stored as the day that
    // stands for it (DatePrecisions), its first for a start, its last for an end.
    DatePrecision plannedStartPrecision = DatePrecision::Day;
    DatePrecision plannedEndPrecision = DatePrecision::Day;
    DatePrecision actualStartPrecision = DatePrecision::Day;
    DatePrecision actualEndPrecision = DatePrecision::Day;
    Applicable<Money> budget;
    Applicable<Money> estimateAtCompletion;
    Applicable<Money> spent;
    Applicable<qint64> percentComplete; // hundredths of a percent: 6250 is 62.5%
    bool illustrative = false;
    QString note;
    qint64 sourceLine = 0;

    friend bool operator==(const CapitalPhase &, const CapitalPhase &) = default;
};

} // namespace milepost
