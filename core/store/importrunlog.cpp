// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrunlog.h"

#include "database.h"
#include "datasets/importreport.h"
#include "supersededrows.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace milepost {

namespace {

// The table that holds a dataset's rows: staffing, enrollment, or the phases of projects.
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

} // namespace

ImportRunLog::ImportRunLog(Database &database)
    : m_database(database)
{
}

QString ImportRunLog::displayKey(std::string_view recordKey)
{
    QString key = QString::fromUtf8(recordKey.data(), qsizetype(recordKey.size()));
    key.replace(QLatin1Char('\x1F'), QStringLiteral(" | "));
    return key;
}

bool ImportRunLog::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool ImportRunLog::start(const Run &run)
{
    m_dataset = run.dataset;
    Connection *db = m_database.handle();
    const QString dataset = Dataset::key(run.dataset);
    Statement addSource(db, QStringLiteral("INSERT INTO dataset_sources (dataset, name) VALUES (?1, ?2) "
                                           "ON CONFLICT (dataset, name) DO NOTHING"));
    Statement findSource(db, QStringLiteral("SELECT id FROM dataset_sources WHERE dataset = ?1 AND name = ?2"));
    for (Statement *statement : {&addSource, &findSource}) {
        statement->bindText(1, dataset);
        statement->bindText(2, run.source);
    }
    if (!addSource.run())
        return fail(addSource.error());
    if (findSource.step() != Statement::Result::Row)
        return fail(findSource.error());
    m_sourceId = findSource.columnInt64(0);
    // A source imported for the first time has nothing that could be gone; removeGone() then
    // need not look through every row.
    Statement stored(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE source_id = ?1)")
                             .arg(run.dataset == Dataset::CapitalProjects ? QStringLiteral("capital_projects")
                                                                          : tableOf(run.dataset)));
    stored.bindInt64(1, m_sourceId);
    if (stored.step() != Statement::Result::Row)
        return fail(stored.error());
    m_sourceHadRows = stored.columnInt64(0) != 0;

    Statement addRun(db, QStringLiteral("INSERT INTO import_runs (source_id, file, profile, encoding, delimiter, "
                                        "imported_at, imported_by, keeps_replaced, rows_read, stored, rejected, blank, new_records, "
                                        "changed_records, unchanged_records, gone_records, new_projects, "
                                        "changed_projects, unchanged_projects, gone_projects) "
                                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)"));
    addRun.bindInt64(1, m_sourceId);
    addRun.bindText(2, run.file);
    addRun.bindText(3, run.profile);
    addRun.bindText(4, run.encoding);
    addRun.bindText(5, run.delimiter);
    addRun.bindText(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    addRun.bindText(7, run.importedBy.isEmpty() ? currentUser() : run.importedBy);
    if (!addRun.run())
        return fail(addRun.error());
    m_runId = addRun.lastInsertRowId();

    if (!m_insertEvent.prepare(db, QStringLiteral("INSERT INTO import_events (run_id, position, outcome, line, "
                                                  "column_number, column_name, record_key, value, reason) "
                                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")))
        return fail(m_insertEvent.error());
    return true;
}

bool ImportRunLog::add(const ImportEvent &event)
{
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

bool ImportRunLog::addGone(const QString &key, qint64 line)
{
    return add({ImportEvent::Outcome::Gone, 0, 0, {}, key, {},
                     tr("not in this file; line %1 of the file imported before").arg(line)});
}

bool ImportRunLog::removeGone(ImportReport *report)
{
    report->goneRecords = 0;
    report->goneProjects = 0;
    if (!m_sourceHadRows)
        return true;
    Connection *db = m_database.handle();
    const bool capital = m_dataset == Dataset::CapitalProjects;
    const QString table = tableOf(m_dataset);
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
        if (!addGone(shown, goneRecords.columnInt64(3)))
            return false;
        ++report->goneRecords;
    }
    if (row == Statement::Result::Error)
        return fail(goneRecords.error());

    // Kept, so that removing this run can put them back.
    if (SupersededRows superseded(db, m_dataset); !superseded.copyGone(m_sourceId, m_runId))
        return fail(superseded.error());
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
        if (!addGone(displayKey(std::string_view(key.constData(), std::size_t(key.size()))),
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

bool ImportRunLog::save(const ImportReport &report)
{
    Statement saveRun(m_database.handle(),
                      QStringLiteral("UPDATE import_runs SET rows_read = ?2, stored = ?3, rejected = ?4, blank = ?5, "
                                     "new_records = ?6, changed_records = ?7, unchanged_records = ?8, "
                                     "gone_records = ?9, new_projects = ?10, changed_projects = ?11, "
                                     "unchanged_projects = ?12, gone_projects = ?13, totals = ?14 WHERE id = ?1"));
    const qint64 values[] = {m_runId,
                             report.rowsRead - report.totals, // see schema version 5
                             report.stored,
                             report.rejected,
                             report.blank,
                             report.newRecords,
                             report.changedRecords,
                             report.unchangedRecords,
                             report.goneRecords,
                             report.newProjects,
                             report.changedProjects,
                             report.unchangedProjects,
                             report.goneProjects,
                             report.totals};
    for (int i = 0; i < int(std::size(values)); ++i)
        saveRun.bindInt64(i + 1, values[i]);
    return saveRun.run() || fail(saveRun.error());
}

QString ImportRunLog::currentUser()
{
    const QString name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).trimmed();
    // Without either variable (a service, a container), the home folder is named after the account.
    return name.isEmpty() ? QFileInfo(QDir::homePath()).fileName() : name;
}

} // namespace milepost
