// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetimportsession.h"

#include "connection.h"
#include "database.h"
#include "datasets/datasetschema.h"
#include "datasets/importreport.h"
#include "supersededrows.h"

#include <QFileInfo>


namespace milepost {

namespace {

using Level = DatasetField::Level;
// The page cache while importing: the unique index of a large import no longer fits SQLite's
// default 2 MiB and would be read back from disk over and over.

// Parameters shared by the generated statements; the columns follow (ImportTableLayout).
enum Parameter { Owner = 1, Key = 2, Line = 3, RunId = 4, Occurrence = 5 };

QString tableOf(Dataset::Id dataset)
{
    switch (dataset) {
    case Dataset::Staffing:
        return QStringLiteral("staffing");
    case Dataset::Enrollment:
        return QStringLiteral("enrollment");
    case Dataset::CapitalProjects:
        break;
    }
    return QStringLiteral("capital_phases");
}

QString textOf(const ParsedCell &cell)
{
    return QString::fromUtf8(cell.text.data(), qsizetype(cell.text.size()));
}

} // namespace

DatasetImportSession::DatasetImportSession(Database &database, const Run &run)
    : m_database(database)
    , m_run(run)
    , m_lock(database.handle(), tr("import of %1").arg(QFileInfo(run.file.isEmpty() ? run.source : run.file).fileName()))
    , m_log(database)
    , m_tuning(database.handle())
{
    Connection *db = m_database.handle();
    if (!m_lock.isHeld()) {
        fail(m_lock.error());
        return;
    }
    m_tuning.beforeTransaction();
    m_transaction = std::make_unique<Transaction>(db);
    if (!m_transaction->isActive()) {
        fail(m_transaction->error());
        return;
    }
    m_tuning.afterBegin();
    if (QString problem; !db->deferForeignKeys(true, &problem)) {
        fail(problem);
        return;
    }

    if (!m_log.start(run)) {
        fail(m_log.error());
        return;
    }
    m_sourceId = m_log.sourceId();
    m_runId = m_log.runId();

    m_fields = &DatasetSchema::fields(run.dataset);
    if (!prepareStatements())
        return;
    m_active = true;
}

DatasetImportSession::~DatasetImportSession()
{
    // A statement left on a row holds a read lock that would keep the journal mode as it is.
    for (Statement *statement : {&m_rows.insert, &m_rows.find, &m_rows.update, &m_rows.seen, &m_rows.copy,
                                 &m_projectRows.insert, &m_projectRows.find, &m_projectRows.update,
                                 &m_projectRows.seen, &m_projectRows.copy, &m_keep, &m_sameProject,
                                 &m_countOccurrences}) {
        if (statement->isValid())
            statement->reset();
    }
    m_bulk.reset();
    m_recordBulk.reset();
    m_transaction.reset(); // rolls back unless committed
    m_tuning.restore();
}

bool DatasetImportSession::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_active = false;
    return false;
}

bool DatasetImportSession::prepareStatements()
{
    Connection *db = m_database.handle();
    const bool capital = m_run.dataset == Dataset::CapitalProjects;
    m_records = std::make_unique<ImportTableLayout>(*m_fields, tableOf(m_run.dataset),
                                                    capital ? std::initializer_list<Level>{Level::Phase}
                                                            : std::initializer_list<Level>{Level::Record});
    const QString table = m_records->table();
    const QString names = m_records->names();
    const QString parameters = m_records->parameters();
    // Only a row whose values differ is updated and counted as changed; the others are
    // marked seen, so that what is not seen at the end is what the source no longer has.
    const QString changed = QStringLiteral("UPDATE %1 SET %2, source_line = ?3, changed_run = ?4, seen_run = ?4 "
                                           "WHERE id = ?1 AND (%3) IS NOT (%4)");
    const QString seen = QStringLiteral("UPDATE %1 SET source_line = ?3, seen_run = ?4 WHERE id = ?1");
    // What find tells besides the row: whether the values or the line differ from the row's
    // being stored, so that an unchanged row is only marked seen.
    const QString differs = QStringLiteral("((%1) IS NOT (%2) OR source_line IS NOT ?3)");
    const SupersededRows superseded(db, m_run.dataset);

    if (capital) {
        m_phaseField = DatasetSchema::indexOf(m_run.dataset, QStringLiteral("phase"));
        m_phaseParameter = m_records->parameterOf(m_phaseField);
        m_rows.insert.prepare(db, QStringLiteral("INSERT INTO capital_phases (project_id, occurrence, %1, source_line, "
                                                 "created_run, changed_run, seen_run) "
                                                 "VALUES (?1, ?5, %2, ?3, ?4, ?4, ?4) "
                                                 "ON CONFLICT (project_id, phase, occurrence) DO NOTHING")
                                      .arg(names, parameters));
        const QString phaseRow = QStringLiteral("project_id = ?1 AND occurrence = ?5 AND phase = ?%1").arg(m_phaseParameter);
        m_rows.find.prepare(db, QStringLiteral("SELECT project_id, seen_run, source_line, %2 FROM capital_phases WHERE %1")
                                    .arg(phaseRow, differs.arg(names, parameters)));
        m_rows.update.prepare(db, QStringLiteral("UPDATE capital_phases SET %1, source_line = ?3, changed_run = ?4, "
                                                 "seen_run = ?4 WHERE %2 AND (%3) IS NOT (%4)")
                                      .arg(m_records->assignments(), phaseRow, names, parameters));
        m_rows.seen.prepare(db, QStringLiteral("UPDATE capital_phases SET source_line = ?3, seen_run = ?4 WHERE %1")
                                    .arg(phaseRow));
        if (m_log.sourceHadRows())
            m_rows.copy.prepare(db, superseded.copyBeforeUpdate(QStringLiteral("capital_phases"), phaseRow,
                                                                QStringLiteral("(%1) IS NOT (%2)").arg(names, parameters)));
        m_keep.prepare(db, QStringLiteral("UPDATE capital_phases SET seen_run = ?4 "
                                          "WHERE project_id = ?1 AND occurrence = ?5 AND phase = ?%1")
                               .arg(m_phaseParameter));
        m_countOccurrences.prepare(db, QStringLiteral("SELECT count(*) FROM capital_phases "
                                                      "WHERE project_id = ?1 AND seen_run = ?4 AND phase = ?%1")
                                           .arg(m_phaseParameter));

        m_projects = std::make_unique<ImportTableLayout>(*m_fields, QStringLiteral("capital_projects"),
                                                         std::initializer_list<Level>{Level::Project});
        if (!m_log.sourceHadRows()) {
            m_bulk = std::make_unique<CapitalBulkWriter>(db, *m_projects, *m_records, m_sourceId, m_runId);
            if (!m_bulk->prepare())
                return fail(m_bulk->error());
            if (m_bulk->holdsProjects())
                m_tuning.useBulkCache();
        }
        const QString projectNames = m_projects->names();
        const QString projectParameters = m_projects->parameters();
        m_sameProject.prepare(db, QStringLiteral("SELECT 1 FROM capital_projects WHERE id = ?1 AND (%1) IS (%2)")
                                      .arg(projectNames, projectParameters));
        QList<const Statement *> statements{&m_sameProject, &m_countOccurrences};
        // Without the key index (dropped by the bulk writer) these could not be prepared.
        if (!m_bulk || !m_bulk->holdsProjects()) {
            m_projectRows.insert.prepare(db, QStringLiteral("INSERT INTO capital_projects (source_id, record_key, %1, "
                                                            "source_line, created_run, changed_run, seen_run) "
                                                            "VALUES (?1, ?2, %2, ?3, ?4, ?4, ?4) "
                                                            "ON CONFLICT (source_id, record_key) DO NOTHING")
                                                 .arg(projectNames, projectParameters));
            m_projectRows.find.prepare(db, QStringLiteral("SELECT id, seen_run, source_line, %1 FROM capital_projects "
                                                          "WHERE source_id = ?1 AND record_key = ?2")
                                               .arg(differs.arg(projectNames, projectParameters)));
            m_projectRows.update.prepare(db, changed.arg(QStringLiteral("capital_projects"), m_projects->assignments(),
                                                         projectNames, projectParameters));
            m_projectRows.seen.prepare(db, seen.arg(QStringLiteral("capital_projects")));
            statements << &m_projectRows.insert << &m_projectRows.find << &m_projectRows.update << &m_projectRows.seen;
            if (m_log.sourceHadRows()) {
                m_projectRows.copy.prepare(
                    db, superseded.copyBeforeUpdate(QStringLiteral("capital_projects"), QStringLiteral("id = ?1"),
                                                    QStringLiteral("(%1) IS NOT (%2)").arg(projectNames, projectParameters)));
                statements << &m_projectRows.copy;
            }
        }
        for (const Statement *statement : std::as_const(statements)) {
            if (!statement->isValid())
                return fail(statement->error());
        }
    } else {
        m_rows.insert.prepare(db, QStringLiteral("INSERT INTO %1 (source_id, record_key, %2, source_line, "
                                                 "created_run, changed_run, seen_run) "
                                                 "VALUES (?1, ?2, %3, ?3, ?4, ?4, ?4) "
                                                 "ON CONFLICT (source_id, record_key) DO NOTHING")
                                      .arg(table, names, parameters));
        m_rows.find.prepare(db, QStringLiteral("SELECT id, seen_run, source_line, %2 FROM %1 "
                                               "WHERE source_id = ?1 AND record_key = ?2")
                                    .arg(table, differs.arg(names, parameters)));
        m_keep.prepare(db, QStringLiteral("UPDATE %1 SET seen_run = ?4 WHERE source_id = ?1 AND record_key = ?2")
                               .arg(table));
        // A first import on a server goes in COPYs; SQLite's inserts cost no round trip, and a
        // refresh must compare with the rows stored before.
        if (m_database.isServer() && !m_log.sourceHadRows()) {
            m_recordBulk = std::make_unique<RecordBulkWriter>(db, *m_records, m_sourceId, m_runId);
            if (!m_recordBulk->prepare())
                return fail(m_recordBulk->error());
        }
    }
    if (!capital) {
        m_rows.update.prepare(db, changed.arg(table, m_records->assignments(), names, parameters));
        m_rows.seen.prepare(db, seen.arg(table));
        if (m_log.sourceHadRows())
            m_rows.copy.prepare(db, superseded.copyBeforeUpdate(table, QStringLiteral("id = ?1"),
                                                                QStringLiteral("(%1) IS NOT (%2)").arg(names, parameters)));
    }
    for (const Statement *statement :
         {&m_rows.insert, &m_rows.find, &m_rows.update, &m_rows.seen, &m_keep}) {
        if (!statement->isValid())
            return fail(statement->error());
    }
    if (m_log.sourceHadRows() && !m_rows.copy.isValid())
        return fail(m_rows.copy.error());
    return true;
}

QString DatasetImportSession::displayKey(std::string_view recordKey)
{
    return ImportRunLog::displayKey(recordKey);
}

DatasetImportSession::Result DatasetImportSession::upsert(Upsert &statements, ImportTableLayout &layout,
                                                          std::span<const ParsedCell> cells, qint64 line, qint64 *id)
{
    // insert and find come bound by the caller (insert rewound, every parameter bound again;
    // find by its key); find's line and values, update and seen are bound here, when needed.
    Result result;
    if (!statements.insert.run()) {
        fail(statements.insert.error());
        return result;
    }
    if (statements.insert.changes() == 1) {
        // A phase has no id of its own (see capital_phases); the others are rowid tables.
        if (&statements == &m_projectRows || m_run.dataset != Dataset::CapitalProjects)
            *id = statements.insert.lastInsertRowId();
        result.outcome = Outcome::New;
        return result;
    }
    statements.find.bindInt64(Line, line);
    layout.bind(statements.find, cells);
    if (statements.find.step() != Statement::Result::Row) {
        fail(statements.find.error().isEmpty() ? tr("a stored row vanished during the import") : statements.find.error());
        return result;
    }
    *id = statements.find.columnInt64(0);
    const bool seenInThisRun = statements.find.columnInt64(1) == m_runId;
    result.otherLine = statements.find.columnInt64(2);
    const bool differs = statements.find.columnInt64(3) != 0;
    // A project that keep() marked seen has had no stored row yet: this is its first visit.
    const bool kept = &statements == &m_projectRows && m_keptProjects.remove(*id);
    if (seenInThisRun && !kept) {
        result.outcome = Outcome::Duplicate;
        return result;
    }

    // Rows are identified by their id, phases by project, occurrence and name (bound with the
    // columns); *id is the project's id for phases.
    const bool phase = &statements == &m_rows && m_run.dataset == Dataset::CapitalProjects;
    const auto bindUpdate = [&](Statement &statement) {
        statement.reset();
        statement.bindInt64(Owner, *id);
        if (phase)
            statement.bindInt64(Occurrence, m_occurrence);
        statement.bindInt64(Line, line);
        statement.bindInt64(RunId, m_runId);
        layout.bind(statement, cells);
    };
    if (differs) {
        // A refresh keeps the row as it is before changing its values or line.
        if (statements.copy.isValid()) {
            bindUpdate(statements.copy);
            if (!statements.copy.run()) {
                fail(statements.copy.error());
                return result;
            }
        }
        bindUpdate(statements.update);
        if (!statements.update.run()) {
            fail(statements.update.error());
            return result;
        }
        if (statements.update.changes() == 1) {
            result.outcome = Outcome::Changed;
            return result;
        }
    }
    statements.seen.reset();
    statements.seen.bindInt64(Owner, *id);
    if (phase) {
        statements.seen.bindInt64(Occurrence, m_occurrence);
        statements.seen.bindUtf8(m_phaseParameter, cells[std::size_t(m_phaseField)].text);
    }
    statements.seen.bindInt64(Line, line);
    statements.seen.bindInt64(RunId, m_runId);
    if (!statements.seen.run()) {
        fail(statements.seen.error());
        return result;
    }
    result.outcome = Outcome::Unchanged;
    return result;
}

DatasetImportSession::Result DatasetImportSession::store(std::span<const ParsedCell> cells, qint64 line,
                                                         std::string_view key, std::size_t keyHash)
{
    if (!m_active)
        return {};
    m_key = key;
    m_keyHash = keyHash;
    return m_run.dataset == Dataset::CapitalProjects ? storeCapital(cells, line) : storeRecord(cells, line);
}

DatasetImportSession::Result DatasetImportSession::storeRecord(std::span<const ParsedCell> cells, qint64 line)
{
    if (m_recordBulk)
        return holdRecord(cells, line);
    m_rows.insert.rewind();
    m_rows.insert.bindInt64(Owner, m_sourceId);
    m_rows.insert.bindUtf8(Key, m_key);
    m_rows.insert.bindInt64(Line, line);
    m_rows.insert.bindInt64(RunId, m_runId);
    m_records->bind(m_rows.insert, cells);
    m_rows.find.reset();
    m_rows.find.bindInt64(Owner, m_sourceId);
    m_rows.find.bindUtf8(Key, m_key);
    qint64 id = 0;
    const Result result = upsert(m_rows, *m_records, cells, line, &id);
    switch (result.outcome) {
    case Outcome::New:
        ++m_newRecords;
        break;
    case Outcome::Changed:
        ++m_changedRecords;
        addEvent({ImportEvent::Outcome::Changed, line, 0, {}, displayKey(m_key), {},
                  tr("changed since the last import of this source")});
        break;
    case Outcome::Unchanged:
        ++m_unchangedRecords;
        break;
    case Outcome::Duplicate:
    case Outcome::Conflict:
    case Outcome::Failed:
        break;
    }
    return result;
}

DatasetImportSession::Result DatasetImportSession::holdRecord(std::span<const ParsedCell> cells, qint64 line)
{
    // What the upsert tells of a first import: new, or the same key as an earlier row.
    Result result;
    if (!m_recordBulk->add(cells, m_key, m_keyHash, line, &result.otherLine)) {
        fail(m_recordBulk->error());
        return result;
    }
    if (result.otherLine != 0) {
        result.outcome = Outcome::Duplicate;
        return result;
    }
    ++m_newRecords;
    result.outcome = Outcome::New;
    return result;
}

void DatasetImportSession::resetGroup(qint64 line)
{
    m_group.key.assign(m_key); // reuses the string's memory
    m_group.keyHash = m_keyHash;
    m_group.projectId = 0;
    m_group.existingId = 0;
    m_group.revisit = false;
    m_group.firstLine = line;
    m_group.phaseCountSize = 0;
    m_group.lookedUp = false;
}

void DatasetImportSession::rememberProject(std::span<const ParsedCell> cells)
{
    std::size_t i = 0;
    for (const ImportTableLayout::Column &column : m_projects->columns()) {
        if (column.part != ImportTableLayout::Part::Value)
            continue;
        if (i == m_group.cells.size())
            m_group.cells.emplace_back();
        const ParsedCell &cell = cells[std::size_t(column.field)];
        OwnedCell &owned = m_group.cells[i++];
        owned.state = cell.state;
        owned.text.assign(cell.text); // reuses the string's memory from the last project
        owned.number = cell.number;
    }
}

int DatasetImportSession::differingField(std::span<const ParsedCell> cells, QString *other) const
{
    std::size_t i = 0;
    for (const ImportTableLayout::Column &column : m_projects->columns()) {
        if (column.part != ImportTableLayout::Part::Value)
            continue;
        const ParsedCell &cell = cells[std::size_t(column.field)];
        const OwnedCell &owned = m_group.cells[i++];
        if (cell.state != owned.state || cell.text != owned.text || cell.number != owned.number) {
            *other = owned.state == ParsedCell::State::Value && owned.text.empty()
                ? QString::number(owned.number)
                : QString::fromStdString(owned.text);
            return column.field;
        }
    }
    return -1;
}

int DatasetImportSession::storedDifference(std::span<const ParsedCell> cells, qint64 id, QString *other)
{
    // Only when a row conflicts, which is rare: the statement is made here.
    const std::vector<ImportTableLayout::Column> &columns = m_projects->columns();
    Statement stored(m_database.handle(),
                     QStringLiteral("SELECT %1 FROM capital_projects WHERE id = ?1").arg(m_projects->names()));
    stored.bindInt64(1, id);
    if (stored.step() != Statement::Result::Row)
        return -1;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const ImportTableLayout::Column &column = columns[i];
        const ParsedCell &cell = cells[std::size_t(column.field)];
        const bool present = column.part == ImportTableLayout::Part::Code ? cell.state == ParsedCell::State::NotApplicable
                                                                          : cell.state == ParsedCell::State::Value;
        if (column.part != ImportTableLayout::Part::Value && column.part != ImportTableLayout::Part::Code)
            continue;
        const int at = int(i);
        bool same = present != stored.columnIsNull(at);
        if (same && present)
            same = cell.text.empty() && column.part == ImportTableLayout::Part::Value
                ? stored.columnInt64(at) == cell.number
                : stored.columnUtf8(at) == cell.text;
        if (!same) {
            *other = stored.columnText(at);
            return column.field;
        }
    }
    return -1;
}

bool DatasetImportSession::storeProject(std::span<const ParsedCell> cells, qint64 line, Result *result)
{
    Upsert &statements = m_projectRows;
    statements.insert.rewind();
    statements.insert.bindInt64(Owner, m_sourceId);
    statements.insert.bindUtf8(Key, m_key);
    statements.insert.bindInt64(Line, line);
    statements.insert.bindInt64(RunId, m_runId);
    m_projects->bind(statements.insert, cells);
    statements.find.reset();
    statements.find.bindInt64(Owner, m_sourceId);
    statements.find.bindUtf8(Key, m_key);
    qint64 id = 0;
    const Result project = upsert(statements, *m_projects, cells, line, &id);
    switch (project.outcome) {
    case Outcome::Failed:
    case Outcome::Conflict:
        *result = project;
        return false;
    case Outcome::New:
        ++m_newProjects;
        break;
    case Outcome::Changed:
        ++m_changedProjects;
        addEvent({ImportEvent::Outcome::Changed, line, 0, {}, displayKey(m_key), {},
                  tr("the project's details changed since the last import of this source")});
        break;
    case Outcome::Unchanged:
        ++m_unchangedProjects;
        break;
    case Outcome::Duplicate:
        return revisitProject(cells, id, project.otherLine, result);
    }
    m_group.projectId = id;
    rememberProject(cells);
    return true;
}

bool DatasetImportSession::storeHeldProject(std::span<const ParsedCell> cells, qint64 line, Result *result)
{
    const CapitalBulkWriter::Lookup found = m_bulk->lookUp(m_key, m_keyHash);
    if (!found.ok)
        return fail(m_bulk->error());
    if (found.id != 0) // nothing but this import can have stored it: the source is new
        return revisitProject(cells, found.id, found.line, result);
    const qint64 id = m_bulk->addProject(found, cells, m_key, line);
    if (id == 0)
        return fail(m_bulk->error());
    ++m_newProjects;
    m_group.projectId = id;
    rememberProject(cells);
    return true;
}

bool DatasetImportSession::revisitProject(std::span<const ParsedCell> cells, qint64 id, qint64 otherLine,
                                          Result *result)
{
    // The project's rows are not all together: an earlier group of this file stored it, and
    // this row must agree with what that group stored.
    if (!flush())
        return false;
    m_sameProject.reset();
    m_sameProject.bindInt64(Owner, id);
    m_projects->bind(m_sameProject, cells);
    const Statement::Result same = m_sameProject.step();
    if (same == Statement::Result::Error)
        return fail(m_sameProject.error());
    if (same != Statement::Result::Row) {
        result->outcome = Outcome::Conflict;
        result->otherLine = otherLine;
        result->field = storedDifference(cells, id, &result->otherValue);
        return false;
    }
    m_group.revisit = true;
    m_group.firstLine = otherLine;
    m_group.projectId = id;
    rememberProject(cells);
    return true;
}

int DatasetImportSession::nextOccurrence(std::span<const ParsedCell> cells)
{
    const std::string_view name = cells[std::size_t(m_phaseField)].text;
    for (std::size_t i = 0; i < m_group.phaseCountSize; ++i) {
        PhaseCount &entry = m_group.phaseCounts[i];
        if (entry.name == name)
            return ++entry.count;
    }
    int already = 0;
    const qint64 projectId = m_group.projectId ? m_group.projectId : m_group.existingId;
    if (m_group.revisit && projectId && flush()) {
        // Rows of this project earlier in the file already took some occurrences.
        m_countOccurrences.reset();
        m_countOccurrences.bindInt64(Owner, projectId);
        m_countOccurrences.bindInt64(RunId, m_runId);
        m_countOccurrences.bindUtf8(m_phaseParameter, name);
        if (m_countOccurrences.step() == Statement::Result::Row)
            already = int(m_countOccurrences.columnInt64(0));
    }
    if (m_group.phaseCountSize == m_group.phaseCounts.size())
        m_group.phaseCounts.emplace_back();
    PhaseCount &entry = m_group.phaseCounts[m_group.phaseCountSize++];
    entry.name.assign(name);
    entry.count = already + 1;
    return entry.count;
}

DatasetImportSession::Result DatasetImportSession::storeCapital(std::span<const ParsedCell> cells, qint64 line)
{
    Result result;
    if (m_group.keyHash != m_keyHash || m_group.key != m_key)
        resetGroup(line);
    if (m_group.projectId == 0) {
        const bool stored = m_bulk && m_bulk->holdsProjects() ? storeHeldProject(cells, line, &result)
                                                              : storeProject(cells, line, &result);
        if (!stored)
            return result;
    } else if (const int field = differingField(cells, &result.otherValue); field >= 0) {
        result.outcome = Outcome::Conflict;
        result.otherLine = m_group.firstLine;
        result.field = field;
        return result;
    }

    const int occurrence = nextOccurrence(cells);
    if (!m_active)
        return result; // a held-back phase was refused
    m_occurrence = occurrence;
    if (m_bulk) {
        if (!m_bulk->addPhase(cells, m_group.projectId, line, occurrence)) {
            fail(m_bulk->error());
            return result;
        }
        ++m_newRecords;
        result.outcome = Outcome::New;
        return result;
    }
    m_rows.insert.rewind();
    m_rows.insert.bindInt64(Owner, m_group.projectId);
    m_rows.insert.bindInt64(Line, line);
    m_rows.insert.bindInt64(RunId, m_runId);
    m_rows.insert.bindInt64(Occurrence, occurrence);
    m_records->bind(m_rows.insert, cells);
    m_rows.find.reset();
    m_rows.find.bindInt64(Owner, m_group.projectId);
    m_rows.find.bindInt64(Occurrence, occurrence);
    m_rows.find.bindUtf8(m_phaseParameter, cells[std::size_t(m_phaseField)].text);
    qint64 id = 0;
    result = upsert(m_rows, *m_records, cells, line, &id);
    switch (result.outcome) {
    case Outcome::New:
        ++m_newRecords;
        break;
    case Outcome::Changed:
        ++m_changedRecords;
        addEvent({ImportEvent::Outcome::Changed, line, 0, {}, phaseKey(cells, occurrence), {},
                  tr("the phase changed since the last import of this source")});
        break;
    case Outcome::Unchanged:
        ++m_unchangedRecords;
        break;
    case Outcome::Duplicate: // cannot happen: occurrences are counted
    case Outcome::Conflict:
    case Outcome::Failed:
        break;
    }
    return result;
}

QString DatasetImportSession::phaseKey(std::span<const ParsedCell> cells, int occurrence) const
{
    QString key = displayKey(m_group.key) + QStringLiteral(" | ") + textOf(cells[std::size_t(m_phaseField)]);
    if (occurrence > 1)
        key += QStringLiteral(" #%1").arg(occurrence);
    return key;
}

bool DatasetImportSession::findKeptProject()
{
    // The rows of this project so far were rejected: keep the project stored before, if any.
    m_group.lookedUp = true;
    if (m_bulk && m_bulk->holdsProjects()) {
        // The source is new: only this import can have stored the project.
        const CapitalBulkWriter::Lookup found = m_bulk->lookUp(m_key, m_keyHash);
        if (!found.ok)
            return fail(m_bulk->error());
        m_group.existingId = found.id;
        m_group.revisit = found.id != 0;
        return true;
    }
    Statement &find = m_projectRows.find;
    find.reset();
    find.bindInt64(Owner, m_sourceId);
    find.bindUtf8(Key, m_key);
    const Statement::Result found = find.step();
    if (found == Statement::Result::Error)
        return fail(find.error());
    if (found != Statement::Result::Row)
        return true;
    m_group.existingId = find.columnInt64(0);
    if (find.columnInt64(1) == m_runId) {
        m_group.revisit = true;
        return true;
    }
    const qint64 line = find.columnInt64(2);
    m_keptProjects.insert(m_group.existingId);
    Statement &seen = m_projectRows.seen;
    seen.reset();
    seen.bindInt64(Owner, m_group.existingId);
    seen.bindInt64(Line, line);
    seen.bindInt64(RunId, m_runId);
    return seen.run() || fail(seen.error());
}

bool DatasetImportSession::flush()
{
    if (!m_active)
        return false;
    if (m_recordBulk)
        return m_recordBulk->flush() || fail(m_recordBulk->error());
    return !m_bulk || m_bulk->flush() || fail(m_bulk->error());
}

qint64 DatasetImportSession::stoppedLine() const
{
    if (m_recordBulk)
        return m_recordBulk->stoppedLine();
    return m_bulk ? m_bulk->stoppedLine() : 0;
}

bool DatasetImportSession::keep(std::span<const ParsedCell> cells, std::string_view key, std::size_t keyHash)
{
    // A first import has nothing stored before to keep, and what it stored is seen already:
    // the rows held back need not go to the server before their batch ends.
    if (m_recordBulk)
        return m_active;
    if (!flush())
        return false;
    m_key = key;
    m_keyHash = keyHash;
    if (m_run.dataset != Dataset::CapitalProjects) {
        m_keep.reset();
        m_keep.bindInt64(Owner, m_sourceId);
        m_keep.bindUtf8(Key, m_key);
        m_keep.bindInt64(RunId, m_runId);
        return m_keep.run() || fail(m_keep.error());
    }
    if (m_group.keyHash != m_keyHash || m_group.key != m_key)
        resetGroup(0);
    if (m_group.projectId == 0 && !m_group.lookedUp && !findKeptProject())
        return false;
    const int occurrence = nextOccurrence(cells);
    const qint64 projectId = m_group.projectId ? m_group.projectId : m_group.existingId;
    if (projectId == 0)
        return true; // nothing stored under this key before
    m_keep.reset();
    m_keep.bindInt64(Owner, projectId);
    m_keep.bindInt64(Occurrence, occurrence);
    m_keep.bindInt64(RunId, m_runId);
    m_keep.bindUtf8(m_phaseParameter, cells[std::size_t(m_phaseField)].text);
    return m_keep.run() || fail(m_keep.error());
}

bool DatasetImportSession::addEvent(const ImportEvent &event)
{
    return m_active && (m_log.add(event) || fail(m_log.error()));
}

bool DatasetImportSession::finish(ImportReport *report, Ending ending)
{
    if (!m_active)
        return false;
    if (m_bulk && !m_bulk->finish())
        return fail(m_bulk->error());
    if (m_recordBulk && !m_recordBulk->finish())
        return fail(m_recordBulk->error());
    report->newRecords = m_newRecords;
    report->changedRecords = m_changedRecords;
    report->unchangedRecords = m_unchangedRecords;
    report->newProjects = m_newProjects;
    report->changedProjects = m_changedProjects;
    report->unchangedProjects = m_unchangedProjects;
    if (!m_log.removeGone(report) || !m_log.save(*report))
        return fail(m_log.error());
    if (!checkForeignKeys())
        return false;
    if (ending == Ending::RollBack)
        m_transaction->rollback();
    else if (!m_transaction->commit())
        return fail(m_transaction->error());
    report->runId = ending == Ending::Commit ? m_runId : 0;
    report->events = m_log.events();
    report->eventCount = m_log.eventCount();
    m_active = false;
    return true;
}

bool DatasetImportSession::checkForeignKeys()
{
    // Every table an import writes to that has a foreign key.
    QStringList tables{QStringLiteral("import_runs"), QStringLiteral("import_events"), tableOf(m_run.dataset)};
    if (m_run.dataset == Dataset::CapitalProjects)
        tables.append(QStringLiteral("capital_projects"));
    QString problem;
    return m_tuning.checkForeignKeys(tables, &problem) || fail(problem);
}

} // namespace milepost
