// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetrepository.h"

#include "capitalprojectrows.h"
#include "datasetrecordrows.h"
#include "database.h"
#include "statement.h"
#include "transaction.h"

#include <QDate>
#include <QHash>

namespace milepost {

namespace {

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

DatasetRepository::DatasetRepository(Database &database)
    : m_database(database)
{
}

QList<DatasetRepository::Source> DatasetRepository::sources(QString *error, Count count) const
{
    // Presence: whether the first row of a source is there, looked up through the indexes that
    // start with the source (a capital source's projects, then a phase of each).
    const QString presence = QStringLiteral(
        "SELECT s.id, s.dataset, s.name, "
        "  CASE WHEN CASE s.dataset "
        "    WHEN 'staffing' THEN EXISTS (SELECT 1 FROM staffing WHERE source_id = s.id) "
        "    WHEN 'enrollment' THEN EXISTS (SELECT 1 FROM enrollment WHERE source_id = s.id) "
        "    ELSE EXISTS (SELECT 1 FROM capital_projects p JOIN capital_phases ph ON ph.project_id = p.id "
        "                 WHERE p.source_id = s.id) END THEN 1 ELSE 0 END, 0 "
        "FROM dataset_sources s "
        "ORDER BY s.dataset, s.name");
    // A capital source's phases are counted in one pass over every phase (phases): a count per
    // source and figure read them all twice, each through the projects of the source in key
    // order, four times as long at 1.3 million phases. CROSS JOIN keeps SQLite reading the phases
    // in their own order (a project's at a time) and looking up each one's project.
    const QString counted = QStringLiteral(
        "SELECT s.id, s.dataset, s.name, "
        "  CASE s.dataset "
        "    WHEN 'staffing' THEN (SELECT count(*) FROM staffing WHERE source_id = s.id) "
        "    WHEN 'enrollment' THEN (SELECT count(*) FROM enrollment WHERE source_id = s.id) "
        "    ELSE coalesce(phases.stored, 0) END, "
        "  CASE s.dataset "
        "    WHEN 'staffing' THEN (SELECT count(*) FROM staffing WHERE source_id = s.id AND illustrative <> 0) "
        "    WHEN 'enrollment' THEN (SELECT count(*) FROM enrollment "
        "                            WHERE source_id = s.id AND illustrative <> 0) "
        "    ELSE coalesce(phases.illustrative, 0) END "
        "FROM dataset_sources s LEFT JOIN "
        "  (SELECT p.source_id, count(*) AS stored, count(CASE WHEN ph.illustrative <> 0 THEN 1 END) AS illustrative "
        "   FROM capital_phases ph CROSS JOIN capital_projects p WHERE p.id = ph.project_id "
        "   GROUP BY p.source_id) AS phases ON phases.source_id = s.id "
        "ORDER BY s.dataset, s.name");
    Statement statement(m_database.handle(), count == Count::Presence ? presence : counted);
    QList<Source> result;
    Statement::Result row = Statement::Result::Done;
    while ((row = statement.step()) == Statement::Result::Row) {
        Source source;
        source.id = statement.columnInt64(0);
        source.dataset = Dataset::fromKey(statement.columnText(1)).value_or(Dataset::Staffing);
        source.name = statement.columnText(2);
        source.records = statement.columnInt64(3);
        source.illustrative = statement.columnInt64(4);
        result.append(source);
    }
    if (row == Statement::Result::Error) {
        setError(error, tr("Could not read the imported datasets: %1").arg(statement.error()));
        return {};
    }
    return result;
}

QList<StaffingRecord> DatasetRepository::staffing(QString *error) const
{
    Statement statement(m_database.handle(), QStringLiteral("SELECT %1 FROM staffing ORDER BY %2")
                                                 .arg(DatasetRecordRows::staffingColumns(), DatasetRecordRows::listOrder()));
    QList<StaffingRecord> result;
    Statement::Result row = Statement::Result::Done;
    while ((row = statement.step()) == Statement::Result::Row)
        result.append(DatasetRecordRows::staffing(statement));
    if (row == Statement::Result::Error) {
        setError(error, tr("Could not read the staffing data: %1").arg(statement.error()));
        return {};
    }
    return result;
}

QList<EnrollmentRecord> DatasetRepository::enrollment(QString *error) const
{
    Statement statement(m_database.handle(), QStringLiteral("SELECT %1 FROM enrollment ORDER BY %2")
                                                 .arg(DatasetRecordRows::enrollmentColumns(), DatasetRecordRows::listOrder()));
    QList<EnrollmentRecord> result;
    Statement::Result row = Statement::Result::Done;
    while ((row = statement.step()) == Statement::Result::Row)
        result.append(DatasetRecordRows::enrollment(statement));
    if (row == Statement::Result::Error) {
        setError(error, tr("Could not read the enrollment data: %1").arg(statement.error()));
        return {};
    }
    return result;
}

QList<CapitalProject> DatasetRepository::capitalProjects(QString *error) const
{
    Transaction snapshot(m_database.handle(), Transaction::Mode::Read);
    Statement projects(m_database.handle(), QStringLiteral("SELECT %1 FROM capital_projects ORDER BY source_id, source_line")
                                                .arg(CapitalProjectRows::projectColumns()));
    QList<CapitalProject> result;
    QHash<qint64, qsizetype> indexById;
    Statement::Result row = Statement::Result::Done;
    while ((row = projects.step()) == Statement::Result::Row) {
        indexById.insert(CapitalProjectRows::projectId(projects), result.size());
        result.append(CapitalProjectRows::project(projects));
    }
    if (row == Statement::Result::Error) {
        setError(error, tr("Could not read the capital projects: %1").arg(projects.error()));
        return {};
    }

    Statement phases(m_database.handle(), QStringLiteral("SELECT %1 FROM capital_phases ORDER BY project_id, source_line")
                                              .arg(CapitalProjectRows::phaseColumns()));
    while ((row = phases.step()) == Statement::Result::Row) {
        const auto index = indexById.constFind(CapitalProjectRows::phaseProjectId(phases));
        if (index != indexById.constEnd())
            result[*index].phases.append(CapitalProjectRows::phase(phases));
    }
    if (row == Statement::Result::Error) {
        setError(error, tr("Could not read the capital project phases: %1").arg(phases.error()));
        return {};
    }
    return result;
}

qint64 DatasetRepository::recordCount(Dataset::Id dataset) const
{
    const QString table = dataset == Dataset::Staffing     ? QStringLiteral("staffing")
                        : dataset == Dataset::Enrollment ? QStringLiteral("enrollment")
                                                         : QStringLiteral("capital_phases");
    Statement statement(m_database.handle(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return statement.step() == Statement::Result::Row ? statement.columnInt64(0) : -1;
}

bool DatasetRepository::hasIllustrativeData() const
{
    Statement statement(m_database.handle(),
                        QStringLiteral("SELECT EXISTS (SELECT 1 FROM staffing WHERE illustrative) "
                                       "OR EXISTS (SELECT 1 FROM enrollment WHERE illustrative) "
                                       "OR EXISTS (SELECT 1 FROM capital_phases WHERE illustrative)"));
    return statement.step() == Statement::Result::Row && statement.columnInt64(0) != 0;
}

bool DatasetRepository::removeSource(Dataset::Id dataset, const QString &name, QString *error, bool backUp)
{
    if (QString prepareError;
        !m_database.prepareForChange(backUp ? tr("Before removing “%1” (%2)").arg(name, Dataset::name(dataset).toLower()) : QString(),
                                     &prepareError))
        return setError(error, prepareError);
    // The source's rows, runs and events go with it (ON DELETE CASCADE).
    Transaction transaction(m_database.handle());
    Statement remove(m_database.handle(), QStringLiteral("DELETE FROM dataset_sources WHERE dataset = ?1 AND name = ?2"));
    remove.bindText(1, Dataset::key(dataset));
    remove.bindText(2, name);
    if (!transaction.isActive() || !remove.run() || !transaction.commit())
        return setError(error, tr("Could not remove “%1”: %2")
                                   .arg(name, transaction.error().isEmpty() ? remove.error() : transaction.error()));
    return true;
}

qint64 DatasetRepository::latestRunId(Dataset::Id dataset) const
{
    Statement statement(m_database.handle(),
                        QStringLiteral("SELECT max(r.id) FROM import_runs r JOIN dataset_sources s "
                                       "ON s.id = r.source_id WHERE s.dataset = ?1"));
    statement.bindText(1, Dataset::key(dataset));
    return statement.step() == Statement::Result::Row ? statement.columnInt64(0) : 0;
}

std::optional<ImportReport> DatasetRepository::run(qint64 runId, QString *error) const
{
    Statement statement(m_database.handle(),
                        QStringLiteral("SELECT s.dataset, s.name, r.file, r.profile, r.encoding, r.delimiter, "
                                       "r.rows_read, r.stored, r.rejected, r.blank, r.new_records, r.changed_records, "
                                       "r.unchanged_records, r.gone_records, r.new_projects, r.changed_projects, "
                                       "r.unchanged_projects, r.gone_projects, r.totals, "
                                       "(SELECT count(*) FROM import_events WHERE run_id = r.id) "
                                       "FROM import_runs r JOIN dataset_sources s ON s.id = r.source_id "
                                       "WHERE r.id = ?1"));
    statement.bindInt64(1, runId);
    const Statement::Result row = statement.step();
    if (row != Statement::Result::Row) {
        setError(error, row == Statement::Result::Error ? statement.error() : tr("There is no import %1.").arg(runId));
        return std::nullopt;
    }
    ImportReport report;
    report.ok = true;
    report.runId = runId;
    report.dataset = Dataset::fromKey(statement.columnText(0)).value_or(Dataset::Staffing);
    report.source = statement.columnText(1);
    report.file = statement.columnText(2);
    report.profile = statement.columnText(3);
    report.dialect.encoding = TextEncoding::fromName(statement.columnText(4)).value_or(TextEncoding::Utf8);
    report.dialect.delimiter = CsvDialect::delimiterFromKey(statement.columnText(5)).value_or(',');
    qint64 *counts[] = {&report.rowsRead,         &report.stored,          &report.rejected,
                        &report.blank,            &report.newRecords,      &report.changedRecords,
                        &report.unchangedRecords, &report.goneRecords,     &report.newProjects,
                        &report.changedProjects,  &report.unchangedProjects, &report.goneProjects,
                        &report.totals,           &report.eventCount};
    for (int i = 0; i < int(std::size(counts)); ++i)
        *counts[i] = statement.columnInt64(6 + i);
    report.rowsRead += report.totals; // see schema version 5
    return report;
}

bool DatasetRepository::forEachEvent(qint64 runId, const std::function<bool(const ImportEvent &)> &visit,
                                     QString *error) const
{
    Statement statement(m_database.handle(),
                        QStringLiteral("SELECT outcome, line, column_number, column_name, record_key, value, reason "
                                       "FROM import_events WHERE run_id = ?1 ORDER BY position"));
    statement.bindInt64(1, runId);
    Statement::Result row = Statement::Result::Done;
    while ((row = statement.step()) == Statement::Result::Row) {
        ImportEvent event;
        event.outcome = ImportEvent::outcomeFromKey(statement.columnText(0)).value_or(ImportEvent::Outcome::Rejected);
        event.line = statement.columnInt64(1);
        event.column = int(statement.columnInt64(2));
        event.columnName = statement.columnText(3);
        event.key = statement.columnText(4);
        event.value = statement.columnText(5);
        event.reason = statement.columnText(6);
        if (!visit(event))
            return true;
    }
    if (row == Statement::Result::Error)
        return setError(error, tr("Could not read the import report: %1").arg(statement.error()));
    return true;
}

} // namespace milepost
