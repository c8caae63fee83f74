// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "time/plandate.h"
#include "time/yearquarter.h"

#include <QList>
#include <QString>

namespace milepost {

// One row of an implementation plan table.
struct Milestone final
{
    QString title;
    PlanDate start;
    PlanDate end;
    // The quarters the plan marks with ●, as calendar quarters, in order.
    QList<YearQuarter> quarters;
    // The table's caption when it has one, e.g. "Data Dashboard Related".
    QString section;
    int sourceLine = 0;

    friend bool operator==(const Milestone &, const Milestone &) = default;
};

} // namespace milepost
