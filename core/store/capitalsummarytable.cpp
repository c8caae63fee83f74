// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalsummarytable.h"

#include "capitaldashboardquery.h"
#include "capitaldashboardsql.h"
#include "capitaldashboardcells.h"
#include "capitalplaces.h"
#include "capitalsummarycache.h"
#include "capitalsummarypass.h"
#include "capitalsummaryrows.h"
#include "database.h"
#include "enginesql.h"
#include "figuresources.h"
#include "phasepositions.h"
#include "queryparameters.h"
#include "statement.h"
#include "storedspellings.h"
#include "transaction.h"

#include "dashboard/capitalprojectsummary.h"
#include "datasets/capitalphase.h"

namespace milepost {

namespace {

using CapitalDashboardSql::inList;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The statuses stored, judged by CapitalProjectSummary: those that say a phase has ended, and
// those that say it has started without having ended.
struct Statuses
{
    QStringList ended;
    QStringList started;
};

// A phase's planned end as one number that orders by the day, then by precision: the greatest
// gives the latest planned end, and of those written on the same day, the least precise ("May
// 2009" over May 31, 2009). The remainder by 4 is the precision (0 a day, 1 a month, 2 a year).
QString plannedEndRank()
{
    return QStringLiteral("planned_end * 4 + CASE planned_end_precision WHEN 'month' THEN 1 WHEN 'year' THEN 2 ELSE 0 END");
}

std::optional<Statuses> judgeStatuses(Connection *db, QString *error)
{
    Statement statement(db, QStringLiteral("SELECT DISTINCT status FROM capital_phases WHERE status IS NOT NULL"));
    Statuses statuses;
    Statement::Result row = Statement::Result::Done;
    while ((row = statement.step()) == Statement::Result::Row) {
        CapitalPhase phase;
        phase.status = statement.columnText(0);
        if (CapitalProjectSummary::hasEnded(phase))
            statuses.ended.append(phase.status);
        else if (CapitalProjectSummary::hasStarted(phase))
            statuses.started.append(phase.status);
    }
    if (row == Statement::Result::Error) {
        fail(error, CapitalDashboardQuery::tr("Could not read the capital project phases: %1").arg(statement.error()));
        return std::nullopt;
    }
    return statuses;
}

// Whether the capital projects probably follow their sources and lines in id order: when no
// source was imported more than once, as a source's first import stores its projects in the
// order of their lines, after those of the sources imported before it. (A refresh gives a new
// project of the file's middle the next id.) CapitalSummaryPass checks every project anyway.
bool projectsProbablyInLineOrder(Connection *db)
{
    Statement statement(db, QStringLiteral("SELECT count(*) = count(DISTINCT r.source_id) FROM import_runs r "
                                           "JOIN dataset_sources s ON s.id = r.source_id WHERE s.dataset = 'projects'"));
    return statement.step() == Statement::Result::Row && statement.columnInt64(0) != 0;
}

// Whether filter passes every project (it chooses no place or source; its day judges them).
bool passesEveryProject(const DashboardFilter &filter)
{
    return filter.localDistrict.trimmed().isEmpty() && filter.boardDistrict.trimmed().isEmpty()
        && filter.school.trimmed().isEmpty() && filter.source.trimmed().isEmpty();
}

// Another connection to database's file, in a snapshot of the data of this version, for
// CapitalSummaryPass to read on while database's connection writes: none for a database in
// memory, when no other connection opens, or when the data changed in between.
struct ReadingConnection
{
    std::unique_ptr<Database> database;
    std::unique_ptr<Transaction> snapshot; // ended before the connection closes

    static ReadingConnection open(const Database &database, const QString &version)
    {
        ReadingConnection reading;
        const QString &target = database.connectionString();
        if (database.isServer() || target.isEmpty() || target == QLatin1String(":memory:"))
            return reading;
        reading.database = Database::open(target, nullptr, Database::Purpose::Reading);
        if (!reading.database)
            return reading;
        reading.database->setCancelFlag(database.cancelFlag());
        reading.snapshot = std::make_unique<Transaction>(reading.database->handle(), Transaction::Mode::Read);
        if (!reading.snapshot->isActive() || CapitalSummaryTable(*reading.database).dataVersion(nullptr) != version) {
            reading.snapshot.reset();
            reading.database.reset();
        }
        return reading;
    }
};

} // namespace

CapitalSummaryTable::CapitalSummaryTable(Database &database)
    : m_database(database)
{
}

void CapitalSummaryTable::attachKept()
{
    m_kept = CapitalSummaryCache::attach(m_database);
}

std::optional<QString> CapitalSummaryTable::dataVersion(QString *error) const
{
    // The capital imports' runs alone: a staffing or enrollment import leaves the capital
    // projects, and so the summary kept, as they were. A removal then an import may give the new
    // run the removed one's id: its time tells them apart.
    Statement statement(m_database.handle(),
                        QStringLiteral("SELECT count(*), coalesce(max(r.id), 0), coalesce(max(r.imported_at), ''), "
                                       "  (SELECT coalesce(max(id), 0) FROM capital_projects) "
                                       "FROM import_runs r JOIN dataset_sources s ON s.id = r.source_id "
                                       "WHERE s.dataset = 'projects'"));
    if (statement.step() != Statement::Result::Row) {
        fail(error, CapitalDashboardQuery::tr("Could not count the capital projects: %1").arg(statement.error()));
        return std::nullopt;
    }
    return QStringLiteral("%1/%2/%3/%4/schema %5/summary %6")
        .arg(statement.columnInt64(0))
        .arg(statement.columnInt64(1))
        .arg(statement.columnText(2))
        .arg(statement.columnInt64(3))
        .arg(m_database.schemaVersion())
        .arg(formatVersion);
}

bool CapitalSummaryTable::ensure(QString *error)
{
    const std::optional<QString> version = dataVersion(error);
    if (!version)
        return false;
    const QString schema = m_kept ? QLatin1String(CapitalSummaryCache::schema) + QLatin1Char('.')
        : m_database.isServer()   ? QString()
                                  : QStringLiteral("temp.");
    if (schema != m_schema) {
        m_schema = schema;
        m_built = false;
    }
    m_wroteKept = false;
    if (m_built && *version == m_version)
        return true;
    m_built = false;
    m_positions.reset();
    m_cells.reset();
    m_places.reset();
    m_wasKept = m_kept && CapitalSummaryCache::stamp(m_database) == *version;
    if (!m_wasKept) {
        struct Notice
        {
            const std::function<void(bool)> &notice;
            explicit Notice(const std::function<void(bool)> &told)
                : notice(told)
            {
                if (notice)
                    notice(true);
            }
            ~Notice()
            {
                if (notice)
                    notice(false);
            }
        } building(m_buildNotice);
        // The kept stamp is cleared first: a build that fails half-way never leaves a summary
        // stamped with a version the data could have again (a backup restored).
        QString failure;
        const bool built = (!m_kept || CapitalSummaryCache::setStamp(m_database, QString(), &failure)) && build(*version, &failure)
            && (!m_kept || CapitalSummaryCache::setStamp(m_database, *version, &failure));
        if (!built && m_kept) {
            // The kept summary cannot be written (another session writes it, the disk is full):
            // a temporary one serves this count, and the cache is tried again next time.
            m_kept = false;
            m_schema = QStringLiteral("temp.");
            if (!build(*version, error))
                return false;
        } else if (!built) {
            return fail(error, failure);
        } else {
            m_wroteKept = m_kept;
        }
    }
    m_built = true;
    m_version = *version;
    return true;
}

bool CapitalSummaryTable::build(const QString &version, QString *error)
{
    Connection *db = m_database.handle();
    QString message;
    // Amounts are cents: BIGINT, which a PostgreSQL INTEGER is not (a sum of budgets passes
    // $21 million); SQLite reads both as integers.
    if (!Statement::execute(db,
                            QStringLiteral("DROP TABLE IF EXISTS %2; "
                                           "CREATE %3 TABLE %2 (%1, id INTEGER NOT NULL, "
                                           "source INTEGER NOT NULL, region TEXT, board_district TEXT, school_name TEXT, site_code TEXT, "
                                           "project_type TEXT, sample INTEGER NOT NULL, budget BIGINT, estimate BIGINT, "
                                           "spent BIGINT, over_amount BIGINT, planned_end INTEGER, planned_end_precision INTEGER, "
                                           "ended_slip INTEGER, open_first_end INTEGER, open_last_end INTEGER, phases INTEGER NOT NULL, "
                                           "ended INTEGER NOT NULL, started INTEGER NOT NULL, current_phase TEXT)")
                                .arg(EngineSql::insertionNumberedKey(db->engine(), QStringLiteral("ord")), table(),
                                     m_kept ? QString() : QStringLiteral("TEMP")),
                            &message))
        return fail(error, CapitalDashboardQuery::tr("Could not count the capital projects: %1").arg(message));

    if (db->engine() == Connection::Engine::SQLite) {
        PhasePositions positions;
        const ReadingConnection reading = ReadingConnection::open(m_database, version);
        CapitalDashboardCells cells;
        CapitalPlaces places;
        CapitalSummaryPass::Also also;
        also.positions = &positions;
        if (m_cellsAsOf) {
            also.cells = &cells;
            also.asOf = *m_cellsAsOf;
        }
        also.places = &places;
        also.inLineOrder = projectsProbablyInLineOrder(db);
        // The pass judges each status as it comes (CapitalSummaryRows).
        switch (CapitalSummaryPass::fill(db, table(), CapitalSummaryRows(), also, error,
                                         reading.database ? reading.database->handle() : nullptr)) {
        case CapitalSummaryPass::Outcome::Filled:
            m_positions = positions.positions();
            if (m_cellsAsOf)
                m_cells = std::move(cells);
            m_places = places.lists();
            m_built = true;
            return true;
        case CapitalSummaryPass::Outcome::Failed:
            return false;
        case CapitalSummaryPass::Outcome::TooLarge: // SQL's arithmetic decides: emptied, filled below
            if (!Statement::execute(db, QStringLiteral("DELETE FROM %1").arg(table()), &message))
                return fail(error, CapitalDashboardQuery::tr("Could not count the capital projects: %1").arg(message));
            break;
        }
    }
    // On a server, SQL works the summary out where the phases are.
    const std::optional<Statuses> statuses = judgeStatuses(db, error);
    m_built = statuses && fillBySql(db, table(), statuses->ended, statuses->started, error);
    return m_built;
}

bool CapitalSummaryTable::fillBySql(Connection *db, const QString &table, const QStringList &endedStatuses,
                                    const QStringList &startedStatuses, QString *error)
{
    QueryParameters parameters;
    const QString ended = inList(QStringLiteral("status"), endedStatuses, parameters);
    const QString started = inList(QStringLiteral("status"), startedStatuses, parameters);
    // Per project, as CapitalProjectSummary::of: amounts summed over the phases that give them
    // (SUM of no value is NULL: no amount); over_amount, the estimate less the budget over the
    // phases that give both; planned_end and its precision (plannedEndRank); ended_slip, the most
    // days an ended phase with a known end was late (actual less planned end); open_first_end and
    // open_last_end, the first and last planned end of the phases still open
    // (CapitalSummaryTable::select turns them into days late as of a day); current_phase, the
    // name of the last phase under way, started and not ended (on the same source line, the
    // greatest name): the greatest of line and name as one text, the line zero-padded to order as
    // a number (EngineSql::zeroPadded). Day numbers are Julian days, so their difference is days.
    // Each test or difference is worked out once per phase, so the fewer the better: an
    // aggregate skips the NULL a missing day gives, so a difference needs no test of its own;
    // an UPDATE that looked up each project's current phase afterwards cost a sixth more.
    // ord numbers the projects in the order the store lists them
    // (DatasetRepository::capitalProjects): the key left out of the INSERT is numbered in the
    // order the rows come (EngineSql::insertionNumberedKey; row_number() OVER (ORDER BY ...) cost
    // 1.6 times as much here). Grouped by the project's key alone (its other columns depend on
    // it), SQLite reads the projects in key order and each one's phases with it; grouped by every
    // column, it read them through an index in district order, a sixth slower.
    Statement insert(
        db, QStringLiteral(
                "INSERT INTO %5 (id, source, region, board_district, school_name, site_code, project_type, "
                "  sample, budget, estimate, spent, over_amount, planned_end, planned_end_precision, ended_slip, open_first_end, "
                "  open_last_end, phases, ended, started, current_phase) "
                "WITH phase AS (SELECT project_id, phase, source_line, planned_end, %3 AS planned_end_rank, actual_end, budget, estimate, spent, "
                "    illustrative, CASE WHEN actual_end IS NOT NULL OR %1 THEN 1 ELSE 0 END AS ended, "
                "    CASE WHEN actual_end IS NOT NULL OR actual_start IS NOT NULL OR %1 OR %2 THEN 1 ELSE 0 END AS started "
                "  FROM capital_phases) "
                "SELECT p.id, p.source_id, p.region, p.board_district, p.school_name, p.site_code, p.project_type, "
                "  coalesce(max(ph.illustrative), 0), sum(ph.budget), sum(ph.estimate), sum(ph.spent), "
                "  sum(ph.estimate - ph.budget), max(ph.planned_end), max(ph.planned_end_rank) % 4, "
                "  max(ph.actual_end - ph.planned_end), "
                "  min(CASE WHEN ph.ended = 0 THEN ph.planned_end END), max(CASE WHEN ph.ended = 0 THEN ph.planned_end END), "
                "  count(ph.project_id), coalesce(sum(ph.ended), 0), coalesce(sum(ph.started), 0), "
                "  substr(max(CASE WHEN ph.started = 1 AND ph.ended = 0 THEN %4 || ph.phase END), 20) "
                "FROM capital_projects p LEFT JOIN phase ph ON ph.project_id = p.id "
                "GROUP BY p.id "
                "ORDER BY p.source_id, p.source_line, p.id")
                .arg(ended, started, plannedEndRank(), EngineSql::zeroPadded(db->engine(), QStringLiteral("ph.source_line")),
                     table));
    parameters.bind(insert);
    return insert.run() || fail(error, CapitalDashboardQuery::tr("Could not count the capital projects: %1").arg(insert.error()));
}

bool CapitalSummaryTable::select(const DashboardFilter &filter, QString *error)
{
    // A build for a count of every project groups them into its cells on the way.
    const qint64 asOfDay = filter.asOf.isValid() ? filter.asOf.toJulianDay() : 0;
    m_cellsAsOf = passesEveryProject(filter) ? std::optional<qint64>(asOfDay) : std::nullopt;
    const bool ensured = ensure(error);
    m_cellsAsOf.reset();
    if (!ensured)
        return false;
    Connection *db = m_database.handle();
    // dashboard_capital is a view of the summary, not a copy: copying 700,000 projects into a
    // temporary table was half of a count that found the summary kept (0.5 of 1 second), and
    // reading them through the view costs a tenth more than reading the copy. A view holds no
    // parameter: the spellings a filter matched are rows of dashboard_capital_spellings, the
    // as-of day and the source ids (numbers) are written into it.
    QString message;
    if (!Statement::execute(db,
                            QStringLiteral("DROP VIEW IF EXISTS dashboard_capital; "
                                           "CREATE TEMP TABLE IF NOT EXISTS dashboard_capital_spellings "
                                           "(field TEXT NOT NULL, value TEXT NOT NULL); "
                                           "DELETE FROM dashboard_capital_spellings"),
                            &message))
        return fail(error, CapitalDashboardQuery::tr("Could not count the capital projects: %1").arg(message));

    Statement spelled(db, QStringLiteral("INSERT INTO dashboard_capital_spellings (field, value) VALUES (?1, ?2)"));
    QStringList conditions;
    const auto spellings = [&](const QString &column, const QString &text) -> bool {
        // A filter's column is indexed when a filter first uses it, not with the summary: an
        // index costs a third of a second at 700,000 projects, which only the columns filtered
        // on pay, once (a rolled-back count takes the index with it: hence IF NOT EXISTS). With
        // it, a filter reads the column's distinct values a seek each (the least value past the
        // last, a recursive query StoredSpellings reads as its table), not every project's, and
        // selects its projects without reading the others.
        QString failure;
        if (!Statement::execute(db,
                                QStringLiteral("CREATE INDEX IF NOT EXISTS %2capital_summary_%1 ON capital_summary (%1)")
                                    .arg(column, m_schema),
                                &failure))
            return fail(error, CapitalDashboardQuery::tr("Could not count the capital projects: %1").arg(failure));
        const QString distinctValues
            = QStringLiteral("(WITH RECURSIVE distinct_values (%1) AS (SELECT min(%1) FROM %2 UNION ALL "
                             "SELECT (SELECT min(%1) FROM %2 WHERE %1 > distinct_values.%1) FROM distinct_values "
                             "WHERE distinct_values.%1 IS NOT NULL) SELECT %1 FROM distinct_values) AS stored")
                  .arg(column, table());
        const std::optional<QStringList> values = StoredSpellings::matching(db, distinctValues, column, text, error);
        if (!values)
            return false;
        for (const QString &value : *values) {
            spelled.reset();
            spelled.bindText(1, column);
            spelled.bindText(2, value);
            if (!spelled.run())
                return fail(error, CapitalDashboardQuery::tr("Could not count the capital projects: %1").arg(spelled.error()));
        }
        conditions.append(QStringLiteral("s.%1 IN (SELECT value FROM dashboard_capital_spellings WHERE field = '%1')")
                              .arg(column));
        return true;
    };
    if (!filter.localDistrict.trimmed().isEmpty() && !spellings(QStringLiteral("region"), filter.localDistrict))
        return false;
    if (!filter.boardDistrict.trimmed().isEmpty() && !spellings(QStringLiteral("board_district"), filter.boardDistrict))
        return false;
    if (!filter.school.trimmed().isEmpty()) {
        if (!spellings(QStringLiteral("school_name"), filter.school) || !spellings(QStringLiteral("site_code"), filter.school))
            return false;
        const QString site = conditions.takeLast();
        conditions.last() = QStringLiteral("(%1 OR %2)").arg(conditions.last(), site);
    }
    if (!filter.source.trimmed().isEmpty()) {
        const std::optional<FigureSources> sources = FigureSources::read(db, Dataset::CapitalProjects, error);
        if (!sources)
            return false;
        conditions.append(sources->condition(QStringLiteral("s.source"), filter.source));
    }
    // As of the day: an open phase past its planned end is late by the days since (open_slip,
    // the most of them); slip is the most days late of an ended or an open phase; due_later, an
    // open phase whose planned end is still ahead. An invalid as-of day (0) leaves every open
    // phase not yet due: no stored day is before day 0.
    const QString asOf = QString::number(asOfDay);
    const QString view = QStringLiteral(
        "CREATE TEMP VIEW dashboard_capital AS "
        "SELECT ord, id, source, region, project_type, sample, budget, estimate, spent, over_amount, planned_end, "
        "  planned_end_precision, "
        "  CASE WHEN ended_slip IS NULL THEN open_slip WHEN open_slip IS NULL OR ended_slip > open_slip "
        "    THEN ended_slip ELSE open_slip END AS slip, "
        "  open_slip, CASE WHEN open_last_end >= %3 THEN 1 ELSE 0 END AS due_later, phases, ended, started, current_phase "
        "FROM (SELECT s.ord, s.id, s.source, s.region, s.project_type, s.sample, s.budget, s.estimate, s.spent, "
        "    s.over_amount, s.planned_end, s.planned_end_precision, s.ended_slip, s.open_last_end, s.phases, s.ended, s.started, "
        "    s.current_phase, CASE WHEN s.open_first_end < %3 THEN %3 - s.open_first_end END AS open_slip "
        "  FROM %2 s %1) x")
        .arg(conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")),
             table(), asOf);
    return Statement::execute(db, view, &message)
        || fail(error, CapitalDashboardQuery::tr("Could not count the capital projects: %1").arg(message));
}

} // namespace milepost
