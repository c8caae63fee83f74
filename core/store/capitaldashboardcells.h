// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace milepost {

class Connection;

// Groups the judged projects of the Capital Projects page into the cells of
// dashboard_capital_cells in this process, in one pass and a hash table, where SQLite's GROUP BY
// sorts every project first: at 700,000 projects and 1,300 cells the sort was most of a count.
// PostgreSQL groups by hash on the server and is not read this way (CapitalDashboardCounts).
//
// A project is told by group() from a SELECT, or by CapitalSummaryPass as it writes the summary
// (the first count after a build, when it counts every project). The table must exist with the
// columns of CapitalDashboardCounts::groupCells; each cell becomes one row with what its
// aggregate gives: SQL's NULL for a sum, minimum or maximum over no value, and a sum that
// overflows 64 bits fails as SQLite's sum() does. Amounts and days are the integers the store
// writes (cents, day numbers).
class CapitalDashboardCells final
{
public:
    static constexpr int textKeys = 6; // region, project_type, stage, current_phase, schedule, bucket

    // One project: its cell's key (source, sample and the texts, NULL kept apart from ''), then
    // what the cell adds up.
    struct Project
    {
        qint64 source = 0;
        qint64 sample = 0;
        std::array<std::optional<std::string_view>, textKeys> texts;
        qint64 ord = 0;
        std::optional<qint64> budget;
        std::optional<qint64> estimate;
        std::optional<qint64> spent;
        std::optional<qint64> over;
        std::optional<qint64> slip;
    };

    void add(const Project &project);
    // Inserts the cells into dashboard_capital_cells.
    bool write(Connection *db, QString *error) const;

    // judged is a SELECT of the cell's key (source, sample, region, project_type, stage,
    // current_phase, schedule, bucket), then ord, budget, estimate, spent, over_amount and slip,
    // one row per project: each is added, and the cells written.
    static bool group(Connection *db, const QString &judged, QString *error);

private:
    struct Total // the values that are not NULL: their count and sum
    {
        qint64 rows = 0;
        qint64 sum = 0;
    };
    struct Cell
    {
        qint64 source = 0;
        qint64 sample = 0;
        std::array<std::optional<std::string>, textKeys> texts;
        qint64 projects = 0;
        qint64 first = 0;
        std::optional<qint64> firstAmount;
        Total budget;
        Total estimate;
        Total spent;
        Total over;
        std::optional<qint64> mostSlip;
    };

    void addTo(Cell &cell, const Project &project);

    std::vector<Cell> m_cells;
    std::unordered_map<std::string, std::size_t> m_index;
    std::string m_key; // the key's bytes, reused: a lookup allocates nothing
    std::string m_lastKey; // of the cell found last, m_last
    std::size_t m_last = 0;
    bool m_overflow = false;
};

} // namespace milepost
