// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalbulkwriter.h"

#include "importtablelayout.h"

#include <QStringList>

namespace milepost {

namespace {

// The parameters ImportTableLayout leaves to the statements (1 to 5); a row's own are offset by
// its position, the source and the run are shared by all rows.
enum Parameter { Source = 1, Key = 2, Line = 3, Run = 4, Id = 5 };
enum PhaseParameter { Project = 1, Occurrence = 5 };

QString parameter(int number)
{
    return QStringLiteral("?%1").arg(number);
}

} // namespace

CapitalBulkWriter::CapitalBulkWriter(sqlite3 *db, ImportTableLayout &projects, ImportTableLayout &phases,
                                     qint64 sourceId, qint64 runId)
    : m_db(db)
    , m_projects(projects)
    , m_phases(phases)
    , m_sourceId(sourceId)
    , m_runId(runId)
{
}

CapitalBulkWriter::~CapitalBulkWriter()
{
    // Nothing of a statement may stay in progress when the session rolls back or commits.
    for (Statement *statement : {&m_insertProjects, &m_insertProject, &m_insertPhases, &m_insertPhase, &m_storedKey}) {
        if (statement->isValid())
            statement->reset();
    }
}

bool CapitalBulkWriter::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

QString CapitalBulkWriter::projectValues(int rows) const
{
    QStringList values;
    for (int row = 0; row < rows; ++row) {
        const int o = row * m_projects.lastParameter();
        values.append(QStringLiteral("(%1, ?%2, %3, %4, %5, ?%6, ?%6, ?%6)")
                          .arg(parameter(Id + o))
                          .arg(Source)
                          .arg(parameter(Key + o), m_projects.parameters(o), parameter(Line + o))
                          .arg(Run));
    }
    return QStringLiteral("INSERT INTO capital_projects (id, source_id, record_key, %1, source_line, created_run, "
                          "changed_run, seen_run) VALUES %2")
        .arg(m_projects.names(), values.join(QStringLiteral(", ")));
}

QString CapitalBulkWriter::phaseValues(int rows) const
{
    QStringList values;
    for (int row = 0; row < rows; ++row) {
        const int o = row * m_phases.lastParameter();
        values.append(QStringLiteral("(%1, %2, %3, %4, ?%5, ?%5, ?%5)")
                          .arg(parameter(Project + o), parameter(Occurrence + o), m_phases.parameters(o),
                               parameter(Line + o))
                          .arg(Run));
    }
    return QStringLiteral("INSERT INTO capital_phases (project_id, occurrence, %1, source_line, created_run, "
                          "changed_run, seen_run) VALUES %2")
        .arg(m_phases.names(), values.join(QStringLiteral(", ")));
}

bool CapitalBulkWriter::prepare()
{
    Statement count(m_db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM capital_projects LIMIT ?1)"));
    count.bindInt64(1, maxProjectsToReindex + 1);
    if (count.step() != Statement::Result::Row)
        return fail(count.error());
    m_holdsProjects = count.columnInt64(0) <= maxProjectsToReindex;
    count.reset();

    if (m_holdsProjects) {
        Statement next(m_db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM capital_projects"));
        if (next.step() != Statement::Result::Row)
            return fail(next.error());
        m_nextProjectId = next.columnInt64(0);
        next.reset();
        QString error;
        if (!Statement::execute(m_db, QStringLiteral("DROP INDEX capital_projects_key"), &error))
            return fail(error);
        m_insertProjects.prepare(m_db, projectValues(rowsPerInsert));
        m_insertProject.prepare(m_db, projectValues(1));
        m_storedKey.prepare(m_db, QStringLiteral("SELECT record_key = ?2, source_line FROM capital_projects WHERE id = ?1"));
        for (Statement *statement : {&m_insertProjects, &m_insertProject}) {
            statement->bindInt64(Source, m_sourceId);
            statement->bindInt64(Run, m_runId);
        }
        m_projects.setSlots(rowsPerInsert);
        m_heldProjects.resize(rowsPerInsert);
    }
    m_insertPhases.prepare(m_db, phaseValues(rowsPerInsert));
    m_insertPhase.prepare(m_db, phaseValues(1));
    for (Statement *statement : {&m_insertPhases, &m_insertPhase})
        statement->bindInt64(Run, m_runId);
    m_phases.setSlots(rowsPerInsert);
    m_heldPhases.reserve(rowsPerInsert);

    for (const Statement *statement : {&m_insertPhases, &m_insertPhase}) {
        if (!statement->isValid())
            return fail(statement->error());
    }
    if (m_holdsProjects) {
        for (const Statement *statement : {&m_insertProjects, &m_insertProject, &m_storedKey}) {
            if (!statement->isValid())
                return fail(statement->error());
        }
    }
    return true;
}

bool CapitalBulkWriter::isStoredKey(qint64 id, std::string_view key, qint64 *line)
{
    for (std::size_t i = 0; i < m_heldProjectCount; ++i) {
        const HeldProject &held = m_heldProjects[i];
        if (held.id == id) {
            *line = held.line;
            return held.key == key;
        }
    }
    m_storedKey.reset();
    m_storedKey.bindInt64(1, id);
    m_storedKey.bindUtf8(2, key);
    const Statement::Result row = m_storedKey.step();
    if (row == Statement::Result::Error)
        fail(m_storedKey.error());
    if (row != Statement::Result::Row || m_storedKey.columnInt64(0) != 1)
        return false;
    *line = m_storedKey.columnInt64(1);
    return true;
}

CapitalBulkWriter::Lookup CapitalBulkWriter::lookUp(std::string_view key)
{
    Lookup lookup;
    lookup.hash = ProjectIdsByKey::hashOf(key);
    lookup.id = m_ids.find(lookup.hash, [&](qint64 id) { return isStoredKey(id, key, &lookup.line); });
    lookup.ok = m_error.isEmpty();
    return lookup;
}

qint64 CapitalBulkWriter::addProject(const Lookup &lookup, std::span<const ParsedCell> cells, std::string_view key,
                                     qint64 line)
{
    if (!m_error.isEmpty())
        return 0;
    HeldProject &held = m_heldProjects[m_heldProjectCount++];
    held.cells = cells;
    held.key.assign(key); // reuses the string's memory
    held.id = m_nextProjectId++;
    held.line = line;
    const qint64 id = held.id;
    if (!m_ids.insert(lookup.hash, id))
        return fail(tr("more capital projects than one import can hold")), 0;
    if (m_heldProjectCount == std::size_t(rowsPerInsert) && !flushProjects())
        return 0;
    return id;
}

bool CapitalBulkWriter::addPhase(std::span<const ParsedCell> cells, qint64 projectId, qint64 line, int occurrence)
{
    if (!m_error.isEmpty())
        return false;
    m_heldPhases.push_back({cells, projectId, line, occurrence});
    return m_heldPhases.size() < std::size_t(rowsPerInsert) || flushPhases();
}

void CapitalBulkWriter::bindProject(Statement &statement, const HeldProject &project, int row)
{
    const int o = row * m_projects.lastParameter();
    statement.bindInt64(Id + o, project.id);
    statement.bindUtf8(Key + o, project.key);
    statement.bindInt64(Line + o, project.line);
    m_projects.bind(statement, project.cells, o, row);
}

void CapitalBulkWriter::bindPhase(Statement &statement, const HeldPhase &phase, int row)
{
    const int o = row * m_phases.lastParameter();
    statement.bindInt64(Project + o, phase.projectId);
    statement.bindInt64(Occurrence + o, phase.occurrence);
    statement.bindInt64(Line + o, phase.line);
    m_phases.bind(statement, phase.cells, o, row);
}

bool CapitalBulkWriter::flushProjects()
{
    const std::span<const HeldProject> held(m_heldProjects.data(), m_heldProjectCount);
    m_heldProjectCount = 0;
    if (held.size() == std::size_t(rowsPerInsert)) {
        m_insertProjects.rewind();
        for (int row = 0; row < rowsPerInsert; ++row)
            bindProject(m_insertProjects, held[std::size_t(row)], row);
        if (m_insertProjects.run())
            return true;
        // SQLite undid the whole statement; one row at a time finds the row it refuses.
    }
    for (const HeldProject &project : held) {
        m_insertProject.rewind();
        bindProject(m_insertProject, project, 0);
        if (!m_insertProject.run()) {
            m_stoppedLine = project.line;
            return fail(m_insertProject.error());
        }
    }
    return true;
}

bool CapitalBulkWriter::flushPhases()
{
    if (m_heldPhases.size() == std::size_t(rowsPerInsert)) {
        m_insertPhases.rewind();
        for (int row = 0; row < rowsPerInsert; ++row)
            bindPhase(m_insertPhases, m_heldPhases[std::size_t(row)], row);
        if (m_insertPhases.run()) {
            m_heldPhases.clear();
            return true;
        }
    }
    for (const HeldPhase &phase : m_heldPhases) {
        m_insertPhase.rewind();
        bindPhase(m_insertPhase, phase, 0);
        if (!m_insertPhase.run()) {
            m_stoppedLine = phase.line;
            m_heldPhases.clear();
            return fail(m_insertPhase.error());
        }
    }
    m_heldPhases.clear();
    return true;
}

bool CapitalBulkWriter::flush()
{
    if (!m_error.isEmpty())
        return false;
    // Projects first, so that the phases' foreign keys are met at every step.
    return flushProjects() && flushPhases();
}

bool CapitalBulkWriter::finish()
{
    if (!flush())
        return false;
    if (!m_holdsProjects)
        return true;
    QString error;
    if (!Statement::execute(m_db,
                            QStringLiteral("CREATE UNIQUE INDEX capital_projects_key ON capital_projects (source_id, "
                                           "record_key)"),
                            &error))
        return fail(error);
    m_holdsProjects = false;
    return true;
}

} // namespace milepost
