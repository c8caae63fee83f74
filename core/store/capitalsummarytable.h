// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capitaldashboardcells.h"
#include "capitalplaces.h"

#include "dashboard/dashboardfilter.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace milepost {

class Connection;
class Database;

// The temporary tables the Capital Projects page is counted from (CapitalDashboardQuery).
//
// capital_summary holds one row per stored project: CapitalProjectSummary's amounts, stage and
// current phase worked out by SQL from its phases, and what its schedule needs that does not
// depend on the as-of day (the most days an ended phase was late, the first and last planned
// end of its open phases); a filter's column is indexed when a filter first uses it (select()).
// Building it reads every project and phase once; it is built once per version of the data, so
// a new filter or as-of day costs a pass over the projects it selects, not over their phases.
// On a SQLite file it is kept between sessions (CapitalSummaryCache): the next session of the
// same data reads it instead of building it. Elsewhere, or when the cache cannot be used, it is a
// temporary table of the session.
//
// dashboard_capital is a view of the projects that pass a filter, as of its day: the summary's
// row with its slip (days late, ended or open as of the day), open_slip and due_later; ord is
// the summary's, the order the store lists the projects in (DatasetRepository::capitalProjects).
// The spellings a filter matched are the rows of dashboard_capital_spellings (field, value).
class CapitalSummaryTable final
{
public:
    explicit CapitalSummaryTable(Database &database);
    CapitalSummaryTable(const CapitalSummaryTable &) = delete;
    CapitalSummaryTable &operator=(const CapitalSummaryTable &) = delete;

    // Attaches the summary kept for the database's file when there is one to keep (outside a
    // transaction: ensure() runs in the count's snapshot, where SQLite cannot attach).
    void attachKept();

    // Builds capital_summary unless it is built for the data stored now (the import runs stored:
    // an import or its removal changes them); false with error set when that fails.
    bool ensure(QString *error);
    // Makes dashboard_capital the projects that pass filter, as of its day.
    bool select(const DashboardFilter &filter, QString *error);
    bool isBuilt() const { return m_built; }
    // Whether the last ensure() that had to look found a summary kept by an earlier session
    // rather than building it.
    bool wasKept() const { return m_wasKept; }
    // Whether the last ensure() wrote a summary into the cache (in the transaction it ran in).
    bool wroteKept() const { return m_wroteKept; }
    // The version of the data the summary was built from (empty before it is).
    const QString &version() const { return m_version; }
    // Told true when ensure() starts building the summary (a pass over every phase: seconds at
    // a million), false when it is done; not told when the summary is there already. Called on
    // the thread that counts.
    void setBuildNotice(std::function<void(bool building)> notice) { m_buildNotice = std::move(notice); }
    // Builds the summary again next time: a failed transaction may have taken it back.
    void invalidate() { m_built = false; }
    // The phases' positions (PhasePositions) read with the phases by the last build, once.
    std::optional<QHash<QString, double>> takePhasePositions() { return std::exchange(m_positions, std::nullopt); }
    // The projects grouped into the Capital Projects page's cells as of the filter's day, by a
    // build in the last select() of a filter that passes every project (CapitalDashboardCounts
    // then reads none back); once.
    std::optional<CapitalDashboardCells> takeCells() { return std::exchange(m_cells, std::nullopt); }
    // The places the projects name (the filter's), found by the last build, once.
    std::optional<CapitalPlaces::Lists> takePlaces() { return std::exchange(m_places, std::nullopt); }

    // The version of the capital projects stored now: the capital imports' runs (an import or
    // its removal changes them, the only changes to capital projects), the greatest project id,
    // the schema's version and the summary's own format (formatVersion).
    std::optional<QString> dataVersion(QString *error) const;

    // Changed whenever what the summary holds changes, so that no session reads a summary kept
    // in another format.
    static constexpr int formatVersion = 1;

    // Fills table (empty, with capital_summary's columns) by SQL, as PostgreSQL does, from the
    // statuses that say a phase has ended and that it has started without having ended. On
    // SQLite, CapitalSummaryPass gives the same rows faster; this is its definition, and it
    // takes over where the pass's 64-bit arithmetic would differ from SQL's.
    static bool fillBySql(Connection *db, const QString &table, const QStringList &endedStatuses,
                          const QStringList &startedStatuses, QString *error);

private:
    // Builds the summary of the data of this version (dataVersion()).
    bool build(const QString &version, QString *error);
    // The summary table's name, with the schema it is in ("summary_cache." kept, "temp." for
    // SQLite's temporary one; PostgreSQL's temporary tables take no schema).
    QString table() const { return m_schema + QStringLiteral("capital_summary"); }

    Database &m_database;
    bool m_built = false;
    bool m_kept = false; // the cache is attached
    bool m_wasKept = false;
    bool m_wroteKept = false;
    QString m_schema;
    QString m_version; // of the data the summary was built from
    std::function<void(bool)> m_buildNotice;
    std::optional<QHash<QString, double>> m_positions;
    std::optional<qint64> m_cellsAsOf; // while select() ensures: the day to group cells as of
    std::optional<CapitalDashboardCells> m_cells;
    std::optional<CapitalPlaces::Lists> m_places;
};

} // namespace milepost
