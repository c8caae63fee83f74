// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace milepost {

class Connection;

// Groups the judged projects of the Capital Projects page into the cells of
// dashboard_capital_cells in this process, in one pass and a hash table, where SQLite's GROUP BY
// sorts every project first: at 700,000 projects and 1,300 cells the sort was most of a count.
// PostgreSQL groups by hash on the server and is not read this way (CapitalDashboardCounts).
//
// judged is a SELECT of the cell's key (source, sample, region, project_type, stage,
// current_phase, schedule, bucket), then ord, budget, estimate, spent, over_amount and slip, one
// row per project. The table must exist with the columns of CapitalDashboardCounts::groupCells;
// each cell becomes one row with what its aggregate gives: SQL's NULL for a sum, minimum or
// maximum over no value, and a sum that overflows 64 bits fails as SQLite's sum() does. Amounts
// and days are the integers the store writes (cents, day numbers).
class CapitalDashboardCells final
{
public:
    static bool group(Connection *db, const QString &judged, QString *error);
};

} // namespace milepost
