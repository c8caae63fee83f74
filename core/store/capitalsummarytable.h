// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboardfilter.h"

#include <QString>

#include <optional>

namespace milepost {

class Database;

// The temporary tables the Capital Projects page is counted from (CapitalDashboardQuery).
//
// capital_summary holds one row per stored project: CapitalProjectSummary's amounts, stage and
// current phase worked out by SQL from its phases, and what its schedule needs that does not
// depend on the as-of day (the most days an ended phase was late, the first and last planned
// end of its open phases); a filter's column is indexed when a filter first uses it (select()).
// Building it reads every project and phase once; it is built once per version of the data, so
// a new filter or as-of day costs a pass over the projects it selects, not over their phases.
//
// dashboard_capital holds the projects that pass a filter, as of its day: the summary's row
// with its slip (days late, ended or open as of the day), open_slip and due_later; ord is the
// summary's, the order the store lists the projects in (DatasetRepository::capitalProjects).
class CapitalSummaryTable final
{
public:
    explicit CapitalSummaryTable(Database &database);

    // Builds capital_summary unless it is built for the data stored now (the import runs stored:
    // an import or its removal changes them); false with error set when that fails.
    bool ensure(QString *error);
    // Fills dashboard_capital with the projects that pass filter, as of its day.
    bool select(const DashboardFilter &filter, QString *error);
    bool isBuilt() const { return m_built; }
    // The version of the data the summary was built from (empty before it is).
    const QString &version() const { return m_version; }
    // Builds the summary again next time: a failed transaction may have taken it back.
    void invalidate() { m_built = false; }

    // The version of the data stored now: the import runs (an import or its removal changes
    // them, the only changes to capital projects).
    std::optional<QString> dataVersion(QString *error) const;

private:
    bool build(QString *error);

    Database &m_database;
    bool m_built = false;
    QString m_version; // of the data the summary was built from
};

} // namespace milepost
