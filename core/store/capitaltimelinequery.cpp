// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitaltimelinequery.h"

#include "capitalprojectrows.h"
#include "database.h"
#include "statement.h"
#include "transaction.h"

#include "timeline/capitaltimelineindex.h"

#include <QHash>
#include <QScopeGuard>

#include <memory>

namespace milepost {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// A date column read for the bar: known or not (a code draws no bar side either).
Applicable<QDate> dateAt(const Statement &statement, int column)
{
    if (statement.columnIsNull(column))
        return {};
    return Applicable<QDate>::known(QDate::fromJulianDay(statement.columnInt64(column)));
}

} // namespace

CapitalTimelineQuery::CapitalTimelineQuery(Database &database)
    : m_database(database)
    , m_connectionString(database.connectionString())
{
}

CapitalTimelineQuery::~CapitalTimelineQuery() = default;

bool CapitalTimelineQuery::readsInBackground() const
{
    return m_connectionString != QLatin1String(":memory:");
}

std::optional<QList<CapitalTimelineDistrict>> CapitalTimelineQuery::districts(const CapitalTimelineMatch &match,
                                                                              QString *error,
                                                                              const std::atomic_bool *cancelled) const
{
    if (!readsInBackground())
        return districtsOf(m_database, match, error, cancelled);
    const std::lock_guard lock(m_workerLock);
    if (!m_workerDatabase)
        m_workerDatabase = Database::open(m_connectionString, error, Database::Purpose::Reading);
    if (!m_workerDatabase)
        return std::nullopt;
    return districtsOf(*m_workerDatabase, match, error, cancelled);
}

std::optional<QList<CapitalTimelineDistrict>> CapitalTimelineQuery::districtsOf(Database &database,
                                                                                const CapitalTimelineMatch &match,
                                                                                QString *error,
                                                                                const std::atomic_bool *cancelled) const
{
    // A cancelled pass stops within a few steps of the store.
    database.setCancelFlag(cancelled);
    const auto forget = qScopeGuard([&database] { database.setCancelFlag(nullptr); });
    Connection *db = database.handle();
    Transaction snapshot(db, Transaction::Mode::Read);
    // The texts a search looks in only when there is one.
    const bool searching = !match.isEmpty();
    Statement projects(db, QStringLiteral("SELECT id, source_id, source_line, region%1 FROM capital_projects ORDER BY id")
                               .arg(searching ? QStringLiteral(", school_name, description, project_type, site_code, record_key")
                                              : QString()));
    Statement phases(db, QStringLiteral("SELECT project_id, status, planned_start, planned_end, actual_start, actual_end, "
                                        "planned_start_precision, planned_end_precision, actual_start_precision, "
                                        "actual_end_precision%1 FROM capital_phases ORDER BY project_id")
                             .arg(searching ? QStringLiteral(", phase") : QString()));
    CapitalTimelineIndex index(match);
    Statement::Result phaseRow = phases.step();
    Statement::Result projectRow = Statement::Result::Done;
    qint64 read = 0;
    while ((projectRow = projects.step()) == Statement::Result::Row) {
        // A server's pass is not stopped by the flag: look at it now and then.
        if (cancelled && (++read & 4095) == 0 && cancelled->load())
            break;
        const qint64 id = projects.columnInt64(0);
        CapitalProject project;
        project.region = projects.columnText(3);
        if (searching) {
            project.schoolName = projects.columnText(4);
            project.description = projects.columnText(5);
            project.projectType = projects.columnText(6);
            project.siteCode = projects.columnText(7);
            project.key = projects.columnText(8).replace(QLatin1Char('\x1F'), QStringLiteral(" | "));
        }
        // The store's order (DatasetRepository::capitalProjects): by source, then line.
        index.addProject(id, (projects.columnInt64(1) << 32) | projects.columnInt64(2), project);
        // Phases of projects before this one have none: skip them (a phase's project always exists).
        while (phaseRow == Statement::Result::Row && phases.columnInt64(0) <= id) {
            if (phases.columnInt64(0) == id) {
                CapitalPhase phase;
                phase.status = phases.columnText(1);
                phase.plannedStart = dateAt(phases, 2);
                phase.plannedEnd = dateAt(phases, 3);
                phase.actualStart = dateAt(phases, 4);
                phase.actualEnd = dateAt(phases, 5);
                phase.plannedStartPrecision = DatePrecisions::fromStorageKey(phases.columnUtf8(6));
                phase.plannedEndPrecision = DatePrecisions::fromStorageKey(phases.columnUtf8(7));
                phase.actualStartPrecision = DatePrecisions::fromStorageKey(phases.columnUtf8(8));
                phase.actualEndPrecision = DatePrecisions::fromStorageKey(phases.columnUtf8(9));
                if (searching)
                    phase.name = phases.columnText(10);
                index.addPhase(phase);
            }
            phaseRow = phases.step();
        }
    }
    if (cancelled && cancelled->load()) {
        fail(error, tr("The reading of the capital projects was cancelled."));
        return std::nullopt;
    }
    if (projectRow == Statement::Result::Error || phaseRow == Statement::Result::Error) {
        fail(error, tr("Could not read the capital projects: %1")
                        .arg(projectRow == Statement::Result::Error ? projects.error() : phases.error()));
        return std::nullopt;
    }
    return index.finish();
}

QString CapitalTimelineQuery::dataVersion() const
{
    // A removal then an import may give the new run the removed one's id: its time tells them apart.
    Statement statement(m_database.handle(),
                        QStringLiteral("SELECT count(*), coalesce(max(id), 0), coalesce(max(imported_at), '') FROM import_runs"));
    if (statement.step() != Statement::Result::Row)
        return {};
    return QStringLiteral("%1/%2/%3").arg(statement.columnInt64(0)).arg(statement.columnInt64(1)).arg(statement.columnText(2));
}

std::optional<QList<CapitalProject>> CapitalTimelineQuery::projects(const QList<qint64> &keys, QString *error) const
{
    if (keys.isEmpty())
        return QList<CapitalProject>();
    Connection *db = m_database.handle();
    Transaction snapshot(db, Transaction::Mode::Read);
    QStringList slots;
    for (int i = 0; i < keys.size(); ++i)
        slots.append(QStringLiteral("?%1").arg(i + 1));
    const QString ids = slots.join(QStringLiteral(", "));
    const auto bindKeys = [&keys](Statement &statement) {
        for (int i = 0; i < keys.size(); ++i)
            statement.bindInt64(i + 1, keys.at(i));
    };
    Statement projects(db, QStringLiteral("SELECT %1 FROM capital_projects WHERE id IN (%2)")
                               .arg(CapitalProjectRows::projectColumns(), ids));
    bindKeys(projects);
    QHash<qint64, CapitalProject> byId;
    Statement::Result row = Statement::Result::Done;
    while ((row = projects.step()) == Statement::Result::Row)
        byId.insert(CapitalProjectRows::projectId(projects), CapitalProjectRows::project(projects));
    if (row == Statement::Result::Error) {
        fail(error, tr("Could not read the capital projects: %1").arg(projects.error()));
        return std::nullopt;
    }
    Statement phases(db, QStringLiteral("SELECT %1 FROM capital_phases WHERE project_id IN (%2) ORDER BY project_id, source_line")
                             .arg(CapitalProjectRows::phaseColumns(), ids));
    bindKeys(phases);
    while ((row = phases.step()) == Statement::Result::Row) {
        const auto project = byId.find(CapitalProjectRows::phaseProjectId(phases));
        if (project != byId.end())
            project->phases.append(CapitalProjectRows::phase(phases));
    }
    if (row == Statement::Result::Error) {
        fail(error, tr("Could not read the capital project phases: %1").arg(phases.error()));
        return std::nullopt;
    }
    QList<CapitalProject> found;
    found.reserve(keys.size());
    for (qint64 key : keys) {
        if (const auto project = byId.constFind(key); project != byId.constEnd())
            found.append(*project);
    }
    return found;
}

} // namespace milepost
