// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace milepost {

// Which capital projects a dashboard figure counts, named by the figure rather than listed:
// the database selects them (CapitalDashboardQuery::rows) when a click drills into a figure
// it counted. Keys are those of CapitalFigures' breakdowns (a stage key, a type or district
// key, a slip bucket); series are its series keys (budget, estimate, spent; ended, open).
struct CapitalSelection final
{
    enum class Kind {
        All,             // every project that passes the filter
        Budget,          // projects with a budget
        Estimate,        // with an estimate at completion
        Spent,           // with an amount spent
        OverBudget,      // estimate above budget
        Late,            // later than planned
        Stage,           // byStage: key
        Type,            // byType: key
        TypeAmounts,     // amountsByType: key, series
        DistrictAmounts, // amountsByDistrict: key, series
        Slip,            // slipDistribution: key (bucket), series
    };

    Kind kind = Kind::All;
    QString key;
    QString series;

    friend bool operator==(const CapitalSelection &, const CapitalSelection &) = default;
};

} // namespace milepost
