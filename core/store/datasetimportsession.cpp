// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetimportsession.h"

#include "database.h"
#include "datasets/datasetschema.h"
#include "datasets/importreport.h"

#include <QDate>
#include <QDateTime>
#include <QSet>

#include <sqlite3.h>

#include <cstdio>

namespace milepost {

namespace {

using Kind = DatasetField::Kind;
using Level = DatasetField::Level;
constexpr char keySeparator = '\x1F';

// Parameters shared by the generated statements.
enum Parameter { Owner = 1, Key = 2, Line = 3, RunId = 4, Occurrence = 5, FirstColumn = 6 };

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

// "YYYY-MM-DD" without going through QString.
std::string_view isoDate(qint64 julianDay, char (&buffer)[16])
{
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(julianDay).getDate(&year, &month, &day);
    const int length = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return std::string_view(buffer, std::size_t(length));
}

} // namespace

// The columns of one table and the parameters they are bound to.
class DatasetImportSession::Layout
{
public:
    enum class Part { Value, First, Last, Code };
    struct Column
    {
        QString name;
        int field = 0;
        Part part = Part::Value;
        int parameter = 0;
    };

    Layout(const QList<DatasetField> &fields, QString table, std::initializer_list<Level> levels)
        : m_table(std::move(table))
    {
        int parameter = FirstColumn;
        for (int i = 0; i < fields.size(); ++i) {
            const DatasetField &field = fields.at(i);
            if (std::find(levels.begin(), levels.end(), field.level) == levels.end())
                continue;
            const QString key = QString::fromLatin1(field.key);
            m_columns.push_back({key, i, Part::Value, parameter++});
            if (field.kind == Kind::Period || field.kind == Kind::SchoolYear) {
                m_columns.push_back({key + QStringLiteral("_first"), i, Part::First, parameter++});
                m_columns.push_back({key + QStringLiteral("_last"), i, Part::Last, parameter++});
            }
            if (field.codes && !field.required)
                m_columns.push_back({key + QStringLiteral("_code"), i, Part::Code, parameter++});
        }
    }

    const QString &table() const { return m_table; }
    const std::vector<Column> &columns() const { return m_columns; }
    int parameterOf(int field) const
    {
        for (const Column &column : m_columns) {
            if (column.field == field && column.part == Part::Value)
                return column.parameter;
        }
        return 0;
    }
    QString names() const { return join([](const Column &c) { return QLatin1Char('"') + c.name + QLatin1Char('"'); }); }
    QString parameters() const { return join([](const Column &c) { return QStringLiteral("?%1").arg(c.parameter); }); }
    QString assignments() const
    {
        return join([](const Column &c) { return QStringLiteral("\"%1\" = ?%2").arg(c.name).arg(c.parameter); });
    }

private:
    template<typename Format>
    QString join(Format format) const
    {
        QStringList parts;
        for (const Column &column : m_columns)
            parts.append(format(column));
        return parts.join(QStringLiteral(", "));
    }

    QString m_table;
    std::vector<Column> m_columns;
};

DatasetImportSession::DatasetImportSession(Database &database, const Run &run)
    : m_database(database)
    , m_run(run)
    , m_transaction(std::make_unique<Transaction>(database.handle()))
{
    if (!m_transaction->isActive()) {
        fail(m_transaction->error());
        return;
    }
    sqlite3 *db = m_database.handle();
    const QString dataset = Dataset::key(run.dataset);
    Statement addSource(db, QStringLiteral("INSERT INTO dataset_sources (dataset, name) VALUES (?1, ?2) "
                                           "ON CONFLICT (dataset, name) DO NOTHING"));
    Statement findSource(db, QStringLiteral("SELECT id FROM dataset_sources WHERE dataset = ?1 AND name = ?2"));
    for (Statement *statement : {&addSource, &findSource}) {
        statement->bindText(1, dataset);
        statement->bindText(2, run.source);
    }
    if (!addSource.run()) {
        fail(addSource.error());
        return;
    }
    if (findSource.step() != Statement::Result::Row) {
        fail(findSource.error());
        return;
    }
    m_sourceId = findSource.columnInt64(0);

    Statement addRun(db, QStringLiteral("INSERT INTO import_runs (source_id, file, profile, encoding, delimiter, "
                                        "imported_at, rows_read, stored, rejected, blank, new_records, "
                                        "changed_records, unchanged_records, gone_records, new_projects, "
                                        "changed_projects, unchanged_projects, gone_projects) "
                                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)"));
    addRun.bindInt64(1, m_sourceId);
    addRun.bindText(2, run.file);
    addRun.bindText(3, run.profile);
    addRun.bindText(4, run.encoding);
    addRun.bindText(5, run.delimiter);
    addRun.bindText(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!addRun.run()) {
        fail(addRun.error());
        return;
    }
    m_runId = addRun.lastInsertRowId();

    m_fields = &DatasetSchema::fields(run.dataset);
    if (!prepareStatements())
        return;
    m_active = true;
}

DatasetImportSession::~DatasetImportSession() = default; // the transaction rolls back unless committed

bool DatasetImportSession::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_active = false;
    return false;
}

bool DatasetImportSession::prepareStatements()
{
    sqlite3 *db = m_database.handle();
    const bool capital = m_run.dataset == Dataset::CapitalProjects;
    m_records = std::make_unique<Layout>(*m_fields, tableOf(m_run.dataset),
                                         capital ? std::initializer_list<Level>{Level::Phase}
                                                 : std::initializer_list<Level>{Level::Record});
    const QString table = m_records->table();
    const QString names = m_records->names();
    const QString parameters = m_records->parameters();
    const QString changed = QStringLiteral("UPDATE %1 SET %2, source_line = ?3, changed_run = ?4, seen_run = ?4 "
                                           "WHERE id = ?1 AND (%3) IS NOT (%4)");
    const QString seen = QStringLiteral("UPDATE %1 SET source_line = ?3, seen_run = ?4 WHERE id = ?1");

    if (capital) {
        m_phaseField = DatasetSchema::indexOf(m_run.dataset, QStringLiteral("phase"));
        m_projectKeyField = DatasetSchema::indexOf(m_run.dataset, QStringLiteral("project_key"));
        for (const char *key : {"site_code", "project_type", "description", "funding"})
            m_compositeKeyFields.push_back(DatasetSchema::indexOf(m_run.dataset, QString::fromLatin1(key)));
        const int phaseParameter = m_records->parameterOf(m_phaseField);
        m_insert.prepare(db, QStringLiteral("INSERT INTO capital_phases (project_id, occurrence, %1, source_line, "
                                            "created_run, changed_run, seen_run) VALUES (?1, ?5, %2, ?3, ?4, ?4, ?4) "
                                            "ON CONFLICT (project_id, phase, occurrence) DO NOTHING")
                                 .arg(names, parameters));
        m_find.prepare(db, QStringLiteral("SELECT id, seen_run, source_line FROM capital_phases "
                                          "WHERE project_id = ?1 AND occurrence = ?5 AND phase = ?%1")
                               .arg(phaseParameter));
        m_keep.prepare(db, QStringLiteral("UPDATE capital_phases SET seen_run = ?4 "
                                          "WHERE project_id = ?1 AND occurrence = ?5 AND phase = ?%1")
                               .arg(phaseParameter));
        m_countOccurrences.prepare(db, QStringLiteral("SELECT count(*) FROM capital_phases "
                                                      "WHERE project_id = ?1 AND seen_run = ?4 AND phase = ?%1")
                                           .arg(phaseParameter));

        m_projects = std::make_unique<Layout>(*m_fields, QStringLiteral("capital_projects"),
                                              std::initializer_list<Level>{Level::Project});
        const QString projectNames = m_projects->names();
        const QString projectParameters = m_projects->parameters();
        m_insertProject.prepare(db, QStringLiteral("INSERT INTO capital_projects (source_id, record_key, %1, "
                                                   "source_line, created_run, changed_run, seen_run) "
                                                   "VALUES (?1, ?2, %2, ?3, ?4, ?4, ?4) "
                                                   "ON CONFLICT (source_id, record_key) DO NOTHING")
                                        .arg(projectNames, projectParameters));
        m_findProject.prepare(db, QStringLiteral("SELECT id, seen_run, source_line FROM capital_projects "
                                                 "WHERE source_id = ?1 AND record_key = ?2"));
        m_updateProject.prepare(db, changed.arg(QStringLiteral("capital_projects"), m_projects->assignments(),
                                                projectNames, projectParameters));
        m_seenProject.prepare(db, seen.arg(QStringLiteral("capital_projects")));
        m_sameProject.prepare(db, QStringLiteral("SELECT 1 FROM capital_projects WHERE id = ?1 AND (%1) IS (%2)")
                                      .arg(projectNames, projectParameters));
    } else {
        m_insert.prepare(db, QStringLiteral("INSERT INTO %1 (source_id, record_key, %2, source_line, created_run, "
                                            "changed_run, seen_run) VALUES (?1, ?2, %3, ?3, ?4, ?4, ?4) "
                                            "ON CONFLICT (source_id, record_key) DO NOTHING")
                                 .arg(table, names, parameters));
        m_find.prepare(db, QStringLiteral("SELECT id, seen_run, source_line FROM %1 "
                                          "WHERE source_id = ?1 AND record_key = ?2")
                               .arg(table));
        m_keep.prepare(db, QStringLiteral("UPDATE %1 SET seen_run = ?4 WHERE source_id = ?1 AND record_key = ?2")
                               .arg(table));
    }
    m_update.prepare(db, changed.arg(table, m_records->assignments(), names, parameters));
    m_seen.prepare(db, seen.arg(table));
    m_insertEvent.prepare(db, QStringLiteral("INSERT INTO import_events (run_id, position, outcome, line, "
                                             "column_number, column_name, record_key, value, reason) "
                                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));

    for (const Statement *statement : {&m_insert, &m_find, &m_update, &m_seen, &m_keep, &m_insertEvent}) {
        if (!statement->isValid())
            return fail(statement->error());
    }
    if (capital) {
        for (const Statement *statement : {&m_insertProject, &m_findProject, &m_updateProject, &m_seenProject,
                                           &m_sameProject, &m_countOccurrences}) {
            if (!statement->isValid())
                return fail(statement->error());
        }
    }
    return true;
}

QString DatasetImportSession::displayKey(std::string_view recordKey)
{
    QString key = QString::fromUtf8(recordKey.data(), qsizetype(recordKey.size()));
    key.replace(QLatin1Char(keySeparator), QStringLiteral(" | "));
    return key;
}

void DatasetImportSession::buildRecordKey(const std::vector<ParsedCell> &cells)
{
    m_key.clear();
    bool first = true;
    for (int i = 0; i < m_fields->size(); ++i) {
        if (!m_fields->at(i).inKey)
            continue;
        if (!first)
            m_key += keySeparator;
        first = false;
        const ParsedCell &cell = cells[std::size_t(i)];
        if (cell.state == ParsedCell::State::Value)
            m_key += cell.text;
    }
}

void DatasetImportSession::buildProjectKey(const std::vector<ParsedCell> &cells)
{
    m_key.clear();
    const ParsedCell &projectKey = cells[std::size_t(m_projectKeyField)];
    if (projectKey.hasValue()) {
        m_key = projectKey.text;
        return;
    }
    // Exports without a project key write one row per phase, each repeating the project's
    // building, type, description and funding references; together they tell projects apart.
    bool first = true;
    for (const int field : m_compositeKeyFields) {
        if (!first)
            m_key += keySeparator;
        first = false;
        const ParsedCell &cell = cells[std::size_t(field)];
        if (cell.state != ParsedCell::State::Missing)
            m_key += cell.text;
    }
}

void DatasetImportSession::bindColumns(Statement &statement, const Layout &layout, const std::vector<ParsedCell> &cells)
{
    char date[16];
    for (const Layout::Column &column : layout.columns()) {
        const ParsedCell &cell = cells[std::size_t(column.field)];
        const int parameter = column.parameter;
        if (column.part == Layout::Part::Code) {
            if (cell.state == ParsedCell::State::NotApplicable)
                statement.bindUtf8(parameter, cell.text);
            else
                statement.bindNull(parameter);
            continue;
        }
        if (cell.state != ParsedCell::State::Value) {
            statement.bindNull(parameter);
            continue;
        }
        if (column.part == Layout::Part::First) {
            statement.bindUtf8(parameter, isoDate(cell.number, date));
            continue;
        }
        if (column.part == Layout::Part::Last) {
            statement.bindUtf8(parameter, isoDate(cell.last, date));
            continue;
        }
        switch (m_fields->at(column.field).kind) {
        case Kind::Text:
        case Kind::TextList:
        case Kind::Choice:
        case Kind::Period:
        case Kind::SchoolYear:
            statement.bindUtf8(parameter, cell.text);
            break;
        case Kind::Integer:
        case Kind::Money:
        case Kind::Percent:
        case Kind::Flag:
            statement.bindInt64(parameter, cell.number);
            break;
        case Kind::Date:
            statement.bindUtf8(parameter, isoDate(cell.number, date));
            break;
        }
    }
}

DatasetImportSession::Result DatasetImportSession::upsert(Statement &insert, Statement &find, Statement &update,
                                                          Statement &seen, qint64 *id)
{
    // insert, find and update are bound by the caller; update and seen get the row's id here.
    Result result;
    if (!insert.run()) {
        fail(insert.error());
        return result;
    }
    if (sqlite3_changes(m_database.handle()) == 1) {
        *id = insert.lastInsertRowId();
        result.outcome = Outcome::New;
        return result;
    }
    if (find.step() != Statement::Result::Row) {
        fail(find.error().isEmpty() ? tr("a stored row vanished during the import") : find.error());
        return result;
    }
    *id = find.columnInt64(0);
    if (find.columnInt64(1) == m_runId) {
        result.outcome = Outcome::Duplicate;
        result.otherLine = find.columnInt64(2);
        return result;
    }
    update.bindInt64(Owner, *id);
    if (!update.run()) {
        fail(update.error());
        return result;
    }
    if (sqlite3_changes(m_database.handle()) == 1) {
        result.outcome = Outcome::Changed;
        return result;
    }
    seen.bindInt64(Owner, *id);
    if (!seen.run()) {
        fail(seen.error());
        return result;
    }
    result.outcome = Outcome::Unchanged;
    return result;
}

DatasetImportSession::Result DatasetImportSession::store(const std::vector<ParsedCell> &cells, qint64 line)
{
    if (!m_active)
        return {};
    return m_run.dataset == Dataset::CapitalProjects ? storeCapital(cells, line) : storeRecord(cells, line);
}

DatasetImportSession::Result DatasetImportSession::storeRecord(const std::vector<ParsedCell> &cells, qint64 line)
{
    buildRecordKey(cells);
    for (Statement *statement : {&m_insert, &m_find, &m_update, &m_seen})
        statement->reset();
    m_insert.bindInt64(Owner, m_sourceId);
    m_insert.bindUtf8(Key, m_key);
    m_insert.bindInt64(Line, line);
    m_insert.bindInt64(RunId, m_runId);
    bindColumns(m_insert, *m_records, cells);
    m_find.bindInt64(Owner, m_sourceId);
    m_find.bindUtf8(Key, m_key);
    m_update.bindInt64(Line, line);
    m_update.bindInt64(RunId, m_runId);
    bindColumns(m_update, *m_records, cells);
    m_seen.bindInt64(Line, line);
    m_seen.bindInt64(RunId, m_runId);
    qint64 id = 0;
    const Result result = upsert(m_insert, m_find, m_update, m_seen, &id);
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

bool DatasetImportSession::sameProjectCells(const std::vector<ParsedCell> &cells) const
{
    std::size_t i = 0;
    for (const Layout::Column &column : m_projects->columns()) {
        if (column.part != Layout::Part::Value)
            continue;
        const ParsedCell &cell = cells[std::size_t(column.field)];
        const OwnedCell &owned = m_group.cells[i++];
        if (cell.state != owned.state || cell.text != owned.text || cell.number != owned.number)
            return false;
    }
    return true;
}

bool DatasetImportSession::startGroup(const std::vector<ParsedCell> &cells, qint64 line, bool storeProject,
                                      Result *result)
{
    // A new group: the key of this row differs from the last row's.
    if (m_group.key != m_key) {
        m_group.key = m_key;
        m_group.projectId = 0;
        m_group.existingId = 0;
        m_group.revisit = false;
        m_group.firstLine = line;
        m_group.phaseCounts.clear();
    }
    if (!storeProject) {
        // Rows of this project so far were rejected: keep the stored project, if there is one.
        if (m_group.existingId == 0) {
            m_findProject.reset();
            m_findProject.bindInt64(Owner, m_sourceId);
            m_findProject.bindUtf8(Key, m_key);
            const Statement::Result found = m_findProject.step();
            if (found == Statement::Result::Error)
                return fail(m_findProject.error());
            if (found == Statement::Result::Row) {
                m_group.existingId = m_findProject.columnInt64(0);
                if (m_findProject.columnInt64(1) != m_runId) {
                    m_keptProjects.insert(m_group.existingId);
                    m_seenProject.reset();
                    m_seenProject.bindInt64(Owner, m_group.existingId);
                    m_seenProject.bindInt64(Line, m_findProject.columnInt64(2));
                    m_seenProject.bindInt64(RunId, m_runId);
                    if (!m_seenProject.run())
                        return fail(m_seenProject.error());
                } else {
                    m_group.revisit = true;
                }
            }
        }
        return true;
    }

    for (Statement *statement : {&m_insertProject, &m_findProject, &m_updateProject, &m_seenProject})
        statement->reset();
    m_insertProject.bindInt64(Owner, m_sourceId);
    m_insertProject.bindUtf8(Key, m_key);
    m_insertProject.bindInt64(Line, line);
    m_insertProject.bindInt64(RunId, m_runId);
    bindColumns(m_insertProject, *m_projects, cells);
    m_findProject.bindInt64(Owner, m_sourceId);
    m_findProject.bindUtf8(Key, m_key);
    m_updateProject.bindInt64(Line, line);
    m_updateProject.bindInt64(RunId, m_runId);
    bindColumns(m_updateProject, *m_projects, cells);
    m_seenProject.bindInt64(Line, line);
    m_seenProject.bindInt64(RunId, m_runId);
    qint64 id = 0;
    Result project = upsert(m_insertProject, m_findProject, m_updateProject, m_seenProject, &id);
    if (project.outcome == Outcome::Duplicate && m_keptProjects.remove(id)) {
        // Marked seen by keep(): this is its first stored row, so compare and update now.
        m_updateProject.bindInt64(Owner, id);
        if (!m_updateProject.run())
            return fail(m_updateProject.error());
        project.outcome = sqlite3_changes(m_database.handle()) == 1 ? Outcome::Changed : Outcome::Unchanged;
    }
    switch (project.outcome) {
    case Outcome::Failed:
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
    case Outcome::Duplicate: {
        // The project's rows are not all together: an earlier group stored it. Its details must
        // agree with what that group stored.
        m_group.revisit = true;
        m_sameProject.reset();
        m_sameProject.bindInt64(Owner, id);
        bindColumns(m_sameProject, *m_projects, cells);
        const Statement::Result same = m_sameProject.step();
        if (same == Statement::Result::Error)
            return fail(m_sameProject.error());
        if (same != Statement::Result::Row) {
            result->outcome = Outcome::Conflict;
            result->otherLine = project.otherLine;
            m_group.key.clear(); // the next row starts over
            return false;
        }
        break;
    }
    case Outcome::Conflict:
        break;
    }
    m_group.projectId = id;
    m_group.cells.clear();
    for (const Layout::Column &column : m_projects->columns()) {
        if (column.part != Layout::Part::Value)
            continue;
        const ParsedCell &cell = cells[std::size_t(column.field)];
        m_group.cells.push_back({cell.state, std::string(cell.text), cell.number, cell.last});
    }
    if (m_group.firstLine == 0 || project.outcome == Outcome::Duplicate)
        m_group.firstLine = project.outcome == Outcome::Duplicate ? project.otherLine : line;
    return true;
}

int DatasetImportSession::nextOccurrence(const std::vector<ParsedCell> &cells)
{
    const std::string_view name = cells[std::size_t(m_phaseField)].text;
    const QByteArray key(name.data(), qsizetype(name.size()));
    auto it = m_group.phaseCounts.find(key);
    if (it == m_group.phaseCounts.end()) {
        int already = 0;
        const qint64 projectId = m_group.projectId ? m_group.projectId : m_group.existingId;
        if (m_group.revisit && projectId) {
            // Rows of this project earlier in the file already took some occurrences.
            m_countOccurrences.reset();
            m_countOccurrences.bindInt64(Owner, projectId);
            m_countOccurrences.bindInt64(RunId, m_runId);
            m_countOccurrences.bindUtf8(m_records->parameterOf(m_phaseField), name);
            if (m_countOccurrences.step() == Statement::Result::Row)
                already = int(m_countOccurrences.columnInt64(0));
        }
        it = m_group.phaseCounts.insert(key, already);
    }
    return ++it.value();
}

DatasetImportSession::Result DatasetImportSession::storeCapital(const std::vector<ParsedCell> &cells, qint64 line)
{
    Result result;
    buildProjectKey(cells);
    if (m_group.key != m_key || m_group.projectId == 0) {
        if (!startGroup(cells, line, true, &result))
            return result;
    } else if (!sameProjectCells(cells)) {
        result.outcome = Outcome::Conflict;
        result.otherLine = m_group.firstLine;
        return result;
    }

    const int occurrence = nextOccurrence(cells);
    for (Statement *statement : {&m_insert, &m_find, &m_update, &m_seen})
        statement->reset();
    m_insert.bindInt64(Owner, m_group.projectId);
    m_insert.bindInt64(Line, line);
    m_insert.bindInt64(RunId, m_runId);
    m_insert.bindInt64(Occurrence, occurrence);
    bindColumns(m_insert, *m_records, cells);
    m_find.bindInt64(Owner, m_group.projectId);
    m_find.bindInt64(Occurrence, occurrence);
    m_find.bindUtf8(m_records->parameterOf(m_phaseField), cells[std::size_t(m_phaseField)].text);
    m_update.bindInt64(Line, line);
    m_update.bindInt64(RunId, m_runId);
    bindColumns(m_update, *m_records, cells);
    m_seen.bindInt64(Line, line);
    m_seen.bindInt64(RunId, m_runId);
    qint64 id = 0;
    result = upsert(m_insert, m_find, m_update, m_seen, &id);
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

QString DatasetImportSession::phaseKey(const std::vector<ParsedCell> &cells, int occurrence) const
{
    QString key = displayKey(m_group.key) + QStringLiteral(" | ") + textOf(cells[std::size_t(m_phaseField)]);
    if (occurrence > 1)
        key += QStringLiteral(" #%1").arg(occurrence);
    return key;
}

bool DatasetImportSession::keep(const std::vector<ParsedCell> &cells)
{
    if (!m_active)
        return false;
    if (m_run.dataset != Dataset::CapitalProjects) {
        buildRecordKey(cells);
        m_keep.reset();
        m_keep.bindInt64(Owner, m_sourceId);
        m_keep.bindUtf8(Key, m_key);
        m_keep.bindInt64(RunId, m_runId);
        return m_keep.run() || fail(m_keep.error());
    }
    buildProjectKey(cells);
    Result unused;
    if (!startGroup(cells, 0, false, &unused))
        return false;
    const int occurrence = nextOccurrence(cells);
    const qint64 projectId = m_group.projectId ? m_group.projectId : m_group.existingId;
    if (projectId == 0)
        return true; // nothing stored under this key before
    m_keep.reset();
    m_keep.bindInt64(Owner, projectId);
    m_keep.bindInt64(Occurrence, occurrence);
    m_keep.bindInt64(RunId, m_runId);
    m_keep.bindUtf8(m_records->parameterOf(m_phaseField), cells[std::size_t(m_phaseField)].text);
    return m_keep.run() || fail(m_keep.error());
}

bool DatasetImportSession::addEvent(const ImportEvent &event)
{
    if (!m_active)
        return false;
    m_insertEvent.reset();
    m_insertEvent.bindInt64(1, m_runId);
    m_insertEvent.bindInt64(2, m_eventCount);
    m_insertEvent.bindText(3, ImportEvent::outcomeKey(event.outcome));
    m_insertEvent.bindInt64(4, event.line);
    m_insertEvent.bindInt64(5, event.column);
    m_insertEvent.bindText(6, event.columnName);
    m_insertEvent.bindText(7, event.key);
    m_insertEvent.bindText(8, event.value);
    m_insertEvent.bindText(9, event.reason);
    if (!m_insertEvent.run())
        return fail(m_insertEvent.error());
    ++m_eventCount;
    if (m_events.size() < ImportReport::maxEvents)
        m_events.append(event);
    return true;
}

bool DatasetImportSession::addGoneEvent(const QString &key, qint64 line)
{
    return addEvent({ImportEvent::Outcome::Gone, 0, 0, {}, key, {},
                     tr("not in this file; line %1 of the file imported before").arg(line)});
}

bool DatasetImportSession::collectGone(ImportReport *report)
{
    sqlite3 *db = m_database.handle();
    const bool capital = m_run.dataset == Dataset::CapitalProjects;
    const QString table = m_records->table();
    // Listed before they are deleted: the report names every record the new file no longer has.
    Statement goneRecords(
        db, capital ? QStringLiteral("SELECT p.record_key, ph.phase, ph.occurrence, ph.source_line "
                                     "FROM capital_phases ph JOIN capital_projects p ON p.id = ph.project_id "
                                     "WHERE p.source_id = ?1 AND ph.seen_run <> ?2 ORDER BY ph.source_line")
                    : QStringLiteral("SELECT record_key, NULL, NULL, source_line FROM %1 "
                                     "WHERE source_id = ?1 AND seen_run <> ?2 ORDER BY source_line")
                          .arg(table));
    goneRecords.bindInt64(1, m_sourceId);
    goneRecords.bindInt64(2, m_runId);
    Statement::Result row = Statement::Result::Done;
    while ((row = goneRecords.step()) == Statement::Result::Row) {
        const QByteArray key = goneRecords.columnText(0).toUtf8();
        QString shown = displayKey(std::string_view(key.constData(), std::size_t(key.size())));
        if (capital) {
            shown += QStringLiteral(" | ") + goneRecords.columnText(1);
            if (goneRecords.columnInt64(2) > 1)
                shown += QStringLiteral(" #%1").arg(goneRecords.columnInt64(2));
        }
        if (!addGoneEvent(shown, goneRecords.columnInt64(3)))
            return false;
        ++report->goneRecords;
    }
    if (row == Statement::Result::Error)
        return fail(goneRecords.error());

    QString error;
    const QString deleteRecords =
        capital ? QStringLiteral("DELETE FROM capital_phases WHERE seen_run <> %2 AND project_id IN "
                                 "(SELECT id FROM capital_projects WHERE source_id = %1)")
                : QStringLiteral("DELETE FROM %3 WHERE source_id = %1 AND seen_run <> %2").replace(QStringLiteral("%3"), table);
    if (!Statement::execute(db, deleteRecords.arg(m_sourceId).arg(m_runId), &error))
        return fail(error);
    if (!capital)
        return true;

    Statement goneProjects(db, QStringLiteral("SELECT record_key, source_line FROM capital_projects "
                                              "WHERE source_id = ?1 AND seen_run <> ?2 ORDER BY source_line"));
    goneProjects.bindInt64(1, m_sourceId);
    goneProjects.bindInt64(2, m_runId);
    while ((row = goneProjects.step()) == Statement::Result::Row) {
        const QByteArray key = goneProjects.columnText(0).toUtf8();
        if (!addGoneEvent(displayKey(std::string_view(key.constData(), std::size_t(key.size()))),
                          goneProjects.columnInt64(1)))
            return false;
        ++report->goneProjects;
    }
    if (row == Statement::Result::Error)
        return fail(goneProjects.error());
    if (!Statement::execute(db,
                            QStringLiteral("DELETE FROM capital_projects WHERE source_id = %1 AND seen_run <> %2")
                                .arg(m_sourceId)
                                .arg(m_runId),
                            &error))
        return fail(error);
    return true;
}

bool DatasetImportSession::finish(ImportReport *report)
{
    if (!m_active)
        return false;
    report->goneRecords = 0;
    report->goneProjects = 0;
    if (!collectGone(report))
        return false;
    report->newRecords = m_newRecords;
    report->changedRecords = m_changedRecords;
    report->unchangedRecords = m_unchangedRecords;
    report->newProjects = m_newProjects;
    report->changedProjects = m_changedProjects;
    report->unchangedProjects = m_unchangedProjects;

    Statement saveRun(m_database.handle(),
                      QStringLiteral("UPDATE import_runs SET rows_read = ?2, stored = ?3, rejected = ?4, blank = ?5, "
                                     "new_records = ?6, changed_records = ?7, unchanged_records = ?8, "
                                     "gone_records = ?9, new_projects = ?10, changed_projects = ?11, "
                                     "unchanged_projects = ?12, gone_projects = ?13 WHERE id = ?1"));
    const qint64 values[] = {m_runId,
                             report->rowsRead,
                             report->stored,
                             report->rejected,
                             report->blank,
                             report->newRecords,
                             report->changedRecords,
                             report->unchangedRecords,
                             report->goneRecords,
                             report->newProjects,
                             report->changedProjects,
                             report->unchangedProjects,
                             report->goneProjects};
    for (int i = 0; i < int(std::size(values)); ++i)
        saveRun.bindInt64(i + 1, values[i]);
    if (!saveRun.run())
        return fail(saveRun.error());
    if (!m_transaction->commit())
        return fail(m_transaction->error());
    report->runId = m_runId;
    report->events = m_events;
    report->eventCount = m_eventCount;
    m_active = false;
    return true;
}

} // namespace milepost
