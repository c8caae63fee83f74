// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalbulkwriter.h"

#include "connection.h"
#include "importtablelayout.h"
#include "pgconnection.h"
#include "pgcopy.h"
#include "rowbyrowretry.h"

#include <QStringList>

#include <algorithm>
#include <tuple>

namespace milepost {

namespace {

// The parameters ImportTableLayout leaves to the statements (1 to 5); a row's own are offset by
// its position, the run is shared by all rows. The projects' are KeyedRows'.
enum PhaseParameter { Project = 1, Line = 3, Run = 4, Occurrence = 5 };

QString parameter(int number)
{
    return QStringLiteral("?%1").arg(number);
}

} // namespace

CapitalBulkWriter::CapitalBulkWriter(Connection *db, ImportTableLayout &projects, ImportTableLayout &phases,
                                     qint64 sourceId, qint64 runId)
    : m_db(db)
    , m_projects(projects)
    , m_phases(phases)
    , m_sourceId(sourceId)
    , m_runId(runId)
    , m_server(db->engine() == Connection::Engine::PostgreSQL)
    , m_heldLimit(m_server ? rowsPerCopy : rowsPerInsert)
    , m_copy(m_server ? std::make_unique<PgCopy>() : nullptr)
    , m_phaseField(phases.fieldOf(QStringLiteral("phase")))
{
}

CapitalBulkWriter::~CapitalBulkWriter()
{
    m_tuning.secureDeleteOn();
    // Nothing of a statement may stay in progress when the session rolls back or commits.
    for (std::vector<Statement> *statements : {&m_insertProjects, &m_insertPhases}) {
        for (Statement &statement : *statements) {
            if (statement.isValid())
                statement.reset();
        }
    }
}

bool CapitalBulkWriter::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
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
    return QStringLiteral("INSERT OR FAIL INTO capital_phases (project_id, occurrence, %1, source_line, created_run, "
                          "changed_run, seen_run) VALUES %2")
        .arg(m_phases.names(), values.join(QStringLiteral(", ")));
}

bool CapitalBulkWriter::prepare()
{
    // Debian builds SQLite to zero freed space in a page (secure_delete), which bulk inserts
    // need not pay for; back on in finish(), before the import deletes anything.
    m_tuning.secureDeleteOff();

    Statement count(m_db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM capital_projects LIMIT ?1) AS first"));
    count.bindInt64(1, maxProjectsToReindex + 1);
    if (count.step() != Statement::Result::Row)
        return fail(count.error());
    m_holdsProjects = count.columnInt64(0) <= maxProjectsToReindex;
    count.reset();

    if (m_holdsProjects) {
        // Not on a server: DROP INDEX would lock capital_projects against every reader until
        // the import commits. The index is kept there, and filled as the COPYs go.
        if (!m_server && !dropProjectIndexes())
            return false;
        if (!m_projectRows.prepare(m_heldLimit))
            return fail(m_projectRows.error());
        m_projects.setSlots(rowsPerInsert);
        m_insertProjects.resize(rowsPerInsert + 1);
        // On a server the one-row INSERT finds a row the COPY refused.
        if ((!m_server && !insertProjects(rowsPerInsert)) || !insertProjects(1))
            return false;
    }
    m_phases.setSlots(rowsPerInsert);
    m_heldPhases.reserve(m_heldLimit);
    m_insertPhases.resize(rowsPerInsert + 1);
    return (m_server || insertPhases(rowsPerInsert)) && insertPhases(1);
}

bool CapitalBulkWriter::dropProjectIndexes()
{
    // Every index of the table, as the schema wrote it (the key, and the region's of schema
    // version 7): an index filled row by row in file order costs more than one built after.
    Statement indexes(m_db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                           "AND tbl_name = 'capital_projects' AND sql IS NOT NULL ORDER BY name"));
    QStringList names;
    while (indexes.step() == Statement::Result::Row) {
        names.append(indexes.columnText(0));
        m_droppedIndexes.append(indexes.columnText(1));
    }
    if (!indexes.error().isEmpty())
        return fail(indexes.error());
    indexes.reset();
    QString error;
    for (const QString &name : std::as_const(names)) {
        if (!Statement::execute(m_db, QStringLiteral("DROP INDEX \"%1\"").arg(name), &error))
            return fail(error);
    }
    return true;
}

Statement *CapitalBulkWriter::prepared(Statement &statement, const QString &sql, bool projects)
{
    if (!statement.isValid()) {
        if (!statement.prepare(m_db, sql)) {
            fail(statement.error());
            return nullptr;
        }
        // Bound once: the statements are rewound, which keeps bindings, never reset.
        if (projects)
            m_projectRows.bindShared(statement);
        else
            statement.bindInt64(Run, m_runId);
    }
    return &statement;
}

Statement *CapitalBulkWriter::insertProjects(int rows)
{
    Statement &statement = m_insertProjects[std::size_t(rows)];
    return statement.isValid() ? &statement : prepared(statement, m_projectRows.insertSql(rows), true);
}

Statement *CapitalBulkWriter::insertPhases(int rows)
{
    Statement &statement = m_insertPhases[std::size_t(rows)];
    return statement.isValid() ? &statement : prepared(statement, phaseValues(rows), false);
}

CapitalBulkWriter::Lookup CapitalBulkWriter::lookUp(std::string_view key, std::size_t hash)
{
    Lookup lookup = m_projectRows.lookUp(key, hash);
    if (!lookup.ok)
        fail(m_projectRows.error());
    lookup.ok = m_error.isEmpty();
    return lookup;
}

qint64 CapitalBulkWriter::addProject(const Lookup &lookup, std::span<const ParsedCell> cells, std::string_view key,
                                     qint64 line)
{
    if (!m_error.isEmpty())
        return 0;
    const qint64 id = m_projectRows.add(lookup, cells, key, line);
    if (id == 0)
        return fail(tr("more capital projects than one import can hold")), 0;
    if (m_projectRows.isFull() && !flushProjects())
        return 0;
    return id;
}

bool CapitalBulkWriter::addPhase(std::span<const ParsedCell> cells, qint64 projectId, qint64 line, int occurrence)
{
    if (!m_error.isEmpty())
        return false;
    m_heldPhases.push_back({cells, projectId, line, occurrence});
    // Their projects first: a foreign key is met at every step.
    return m_heldPhases.size() < m_heldLimit || (flushProjects() && flushPhases());
}

void CapitalBulkWriter::bindProject(Statement &statement, const HeldProject &project, int row)
{
    m_projectRows.bind(statement, project, row);
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
    const std::span<const HeldProject> held = m_projectRows.take();
    return held.empty() || storeRows(held, &CapitalBulkWriter::insertProjects, &CapitalBulkWriter::bindProject);
}

bool CapitalBulkWriter::flushPhases()
{
    // In the order of the table's key (WITHOUT ROWID): a project's phases come in the file's
    // order (Scope, Design, Construction), each before the one stored last, and SQLite then
    // splits pages where it could append to the last one.
    if (m_phaseField >= 0) {
        const std::size_t phase = std::size_t(m_phaseField);
        std::sort(m_heldPhases.begin(), m_heldPhases.end(), [phase](const HeldPhase &a, const HeldPhase &b) {
            return std::tie(a.projectId, a.cells[phase].text, a.occurrence)
                 < std::tie(b.projectId, b.cells[phase].text, b.occurrence);
        });
    }
    const bool stored = m_heldPhases.empty()
                     || storeRows(std::span<const HeldPhase>(m_heldPhases), &CapitalBulkWriter::insertPhases,
                                  &CapitalBulkWriter::bindPhase);
    m_heldPhases.clear();
    return stored;
}

template<typename Row>
bool CapitalBulkWriter::storeRows(std::span<const Row> rows, Statement *(CapitalBulkWriter::*insert)(int),
                                  void (CapitalBulkWriter::*bind)(Statement &, const Row &, int))
{
    if (m_server) {
        QString problem;
        return RowByRowRetry::copyOrRetry(
                   m_db, [&](QString *error) { return copyRows(rows, error); },
                   [&] { return storeOneByOne(rows, insert, bind); }, &problem)
            || fail(problem);
    }
    Statement *all = (this->*insert)(int(rows.size()));
    if (!all)
        return false;
    all->rewind();
    for (std::size_t i = 0; i < rows.size(); ++i)
        (this->*bind)(*all, rows[i], int(i));
    if (all->run())
        return true;
    // OR FAIL keeps the rows before the one refused, so SQLite needs no statement journal to undo
    // them (that journal took 4 % of the storing thread); the import fails and its transaction
    // takes them back. When nothing stayed (the first row, or a trigger's ABORT undid the
    // statement), one row at a time finds the row the database refuses.
    if (const qint64 kept = all->changes(); kept > 0 && std::size_t(kept) < rows.size()) {
        m_stoppedLine = rows[std::size_t(kept)].line;
        return fail(all->error());
    }
    return storeOneByOne(rows, insert, bind);
}

template<typename Row>
bool CapitalBulkWriter::storeOneByOne(std::span<const Row> rows, Statement *(CapitalBulkWriter::*insert)(int),
                                      void (CapitalBulkWriter::*bind)(Statement &, const Row &, int))
{
    Statement *one = (this->*insert)(1);
    if (!one)
        return false;
    QString problem;
    return RowByRowRetry::insertEach(
               *one, rows, [&](Statement &statement, const Row &row) { (this->*bind)(statement, row, 0); },
               &m_stoppedLine, &problem)
        || fail(problem);
}

bool CapitalBulkWriter::copyRows(std::span<const HeldProject> rows, QString *error)
{
    return m_projectRows.copy(*m_copy, rows, error);
}

bool CapitalBulkWriter::copyRows(std::span<const HeldPhase> rows, QString *error)
{
    for (const HeldPhase &phase : rows) {
        m_copy->bindInt64(0, phase.projectId);
        m_copy->bindInt64(0, phase.occurrence);
        m_phases.bind(*m_copy, phase.cells);
        m_copy->bindInt64(0, phase.line);
        for (int i = 0; i < 3; ++i)
            m_copy->bindInt64(0, m_runId);
        m_copy->endRow();
    }
    return m_copy->send(*static_cast<PgConnection *>(m_db), QStringLiteral("capital_phases"),
                        QStringLiteral("project_id, occurrence, %1, source_line, created_run, changed_run, seen_run")
                            .arg(m_phases.names()),
                        error);
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
    m_tuning.secureDeleteOn();
    // The projects' ids were chosen here (KeyedRows).
    QString error;
    if (!m_db->generatedIdsFollow(QStringLiteral("capital_projects"), &error))
        return fail(error);
    if (!m_holdsProjects || m_server) {
        m_holdsProjects = false;
        return true;
    }
    // PostgreSQL builds no index while checks of deferred foreign keys are pending: they are
    // made now, every row being stored.
    if (!m_db->deferForeignKeys(false, &error))
        return fail(error);
    m_tuning.sortWithHelperThread();
    for (const QString &sql : std::as_const(m_droppedIndexes)) {
        if (!Statement::execute(m_db, sql, &error)) {
            m_tuning.sortAlone();
            return fail(error);
        }
    }
    m_tuning.sortAlone();
    m_droppedIndexes.clear();
    m_holdsProjects = false;
    return true;
}

} // namespace milepost
