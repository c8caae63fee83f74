// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tally.h"

#include <QDate>

namespace milepost {

struct CapitalFigures;

// The capital key figures the command line and the dashboard's tiles show: what CapitalFigures
// holds, as tallies, without the breakdowns. CapitalFiguresQuery computes them in the database;
// of() takes them from figures computed in memory, and both must agree.
struct CapitalKeyFigures final
{
    QDate asOf;
    Tally projects; // the projects that pass the filter
    Tally budget;
    Tally estimate;
    Tally spent;
    Tally overBudget;
    Tally overBudgetAmount;
    Tally late;
    Tally openLate;
    qint64 maximumSlipDays = 0;

    static CapitalKeyFigures of(const CapitalFigures &figures);

    friend bool operator==(const CapitalKeyFigures &, const CapitalKeyFigures &) = default;
};

} // namespace milepost
