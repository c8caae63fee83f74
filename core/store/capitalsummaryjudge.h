// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capitaldashboardcells.h"
#include "capitalsummaryrows.h"

namespace milepost {

// A project of the summary as the Capital Projects page counts it as of a day: its cell's key and
// amounts, as CapitalSummaryTable's dashboard_capital view and CapitalDashboardSql's stage(),
// schedule() and bucket() give them in SQL (CapitalDashboardCounts::groupCells). It serves the
// first count after a build, which counts every project: CapitalSummaryPass groups the rows as it
// writes them rather than the count reading them back. A test compares the cells both ways.
class CapitalSummaryJudge final
{
public:
    // asOf is a day number; 0 when the filter has no day (no stored day is before it). The texts
    // point into row and into static strings.
    static CapitalDashboardCells::Project judge(const CapitalSummaryRows::Row &row, qint64 asOf);
};

} // namespace milepost
