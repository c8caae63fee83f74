// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/capitalkeyfigures.h"
#include "dashboard/dashboardfilter.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace milepost {

class Database;

// The capital key figures computed in the database: one aggregate over the projects that pass
// the filter and their phases, with the rules of CapitalProjectSummary and CapitalFigures, so
// that the answers are those of CapitalFigures::compute() without a project loaded into memory.
// Memory stays flat; time grows with the projects the filter selects (a Local District through
// the region index of schema version 7; the other filters read the projects table).
//
// Texts are judged where SQL reads them as the rest of Milepost does: statuses in ASCII by the
// query itself; statuses with other characters (rare) by CapitalProjectSummary::hasEnded, and
// the figures counted again with them. The filter's texts become the stored spellings they
// match (StoredSpellings), so that the query compares exact values only.
class CapitalFiguresQuery final
{
    Q_DECLARE_TR_FUNCTIONS(CapitalFiguresQuery)

public:
    explicit CapitalFiguresQuery(Database &database);

    // nullopt with error set when the database cannot be read.
    std::optional<CapitalKeyFigures> compute(const DashboardFilter &filter, QString *error = nullptr) const;

private:
    Database &m_database;
};

} // namespace milepost
