// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalkeyfigures.h"

#include "capitalfigures.h"

namespace milepost {

CapitalKeyFigures CapitalKeyFigures::of(const CapitalFigures &figures)
{
    CapitalKeyFigures key;
    key.asOf = figures.asOf;
    key.projects = Tally::of(figures.projects);
    key.budget = Tally::of(figures.budget);
    key.estimate = Tally::of(figures.estimate);
    key.spent = Tally::of(figures.spent);
    key.overBudget = Tally::of(figures.overBudget);
    key.overBudgetAmount = Tally::of(figures.overBudgetAmount);
    key.late = Tally::of(figures.late);
    key.openLate = Tally::of(figures.openLate);
    key.maximumSlipDays = figures.maximumSlipDays;
    return key;
}

} // namespace milepost
