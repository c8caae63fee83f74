// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "time/plandate.h"

#include <optional>

namespace milepost {

class Statement;

// A PlanDate in six columns of the plans' tables: raw, kind, first day, last day (ISO text),
// problem and reason, as schema version 1 lays them out.
class PlanDateColumns final
{
public:
    // Binds the six values to parameters index to index + 5.
    static void bind(Statement &statement, int index, const PlanDate &date);
    // Rebuilds a date from the six columns from column. Built from the stored day rather than
    // by parsing raw again: raw such as "3/5/22" depends on the two-digit-year rule of the
    // import. nullopt when the columns do not make a date.
    static std::optional<PlanDate> read(const Statement &statement, int column);
};

} // namespace milepost
