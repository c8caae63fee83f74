// SPDX-License-Identifier: GPL-3.0-or-later
#include "importhistory.h"

#include "database.h"
#include "importlock.h"
#include "statement.h"
#include "supersededrows.h"
#include "transaction.h"

namespace milepost {

namespace {

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

const QString runColumns = QStringLiteral(
    "SELECT r.id, s.dataset, s.name, r.file, r.profile, r.imported_at, r.imported_by, r.rows_read, r.stored, "
    "r.rejected, r.blank, r.totals, r.id = (SELECT max(id) FROM import_runs WHERE source_id = r.source_id), "
    "r.keeps_replaced = 1 OR r.id = (SELECT min(id) FROM import_runs WHERE source_id = r.source_id) "
    "FROM import_runs r JOIN dataset_sources s ON s.id = r.source_id ");

ImportHistory::Run runAt(const Statement &statement)
{
    ImportHistory::Run run;
    run.id = statement.columnInt64(0);
    run.dataset = Dataset::fromKey(statement.columnText(1)).value_or(Dataset::Staffing);
    run.source = statement.columnText(2);
    run.file = statement.columnText(3);
    run.profile = statement.columnText(4);
    run.importedAt = QDateTime::fromString(statement.columnText(5), Qt::ISODateWithMs);
    run.importedBy = statement.columnText(6);
    run.stored = statement.columnInt64(8);
    run.rejected = statement.columnInt64(9);
    run.blank = statement.columnInt64(10);
    run.totals = statement.columnInt64(11);
    run.rowsRead = statement.columnInt64(7) + run.totals; // see schema version 5
    run.latestOfSource = statement.columnInt64(12) != 0;
    run.reversible = statement.columnInt64(13) != 0;
    return run;
}

} // namespace

ImportHistory::ImportHistory(Database &database)
    : m_database(database)
{
}

QList<ImportHistory::Run> ImportHistory::runs(QString *error) const
{
    Statement statement(m_database.handle(), runColumns + QStringLiteral("ORDER BY r.id DESC"));
    QList<Run> result;
    Statement::Result row = Statement::Result::Done;
    while ((row = statement.step()) == Statement::Result::Row)
        result.append(runAt(statement));
    if (row == Statement::Result::Error) {
        setError(error, tr("Could not read the imports: %1").arg(statement.error()));
        return {};
    }
    return result;
}

std::optional<ImportHistory::Run> ImportHistory::run(qint64 runId, QString *error) const
{
    Statement statement(m_database.handle(), runColumns + QStringLiteral("WHERE r.id = ?1"));
    statement.bindInt64(1, runId);
    const Statement::Result row = statement.step();
    if (row == Statement::Result::Row)
        return runAt(statement);
    setError(error, row == Statement::Result::Error ? tr("Could not read the imports: %1").arg(statement.error())
                                                    : tr("There is no import %1.").arg(runId));
    return std::nullopt;
}

std::optional<ImportHistory::Place> ImportHistory::placeOf(qint64 runId, QString *error) const
{
    Statement statement(m_database.handle(),
                        QStringLiteral("SELECT s.dataset, r.source_id, "
                                       "(SELECT coalesce(max(id), 0) FROM import_runs WHERE source_id = r.source_id "
                                       "AND id < r.id), "
                                       "r.id = (SELECT max(id) FROM import_runs WHERE source_id = r.source_id), "
                                       "r.keeps_replaced "
                                       "FROM import_runs r JOIN dataset_sources s ON s.id = r.source_id WHERE r.id = ?1"));
    statement.bindInt64(1, runId);
    const Statement::Result row = statement.step();
    if (row != Statement::Result::Row) {
        setError(error, row == Statement::Result::Error ? tr("Could not read the imports: %1").arg(statement.error())
                                                        : tr("There is no import %1.").arg(runId));
        return std::nullopt;
    }
    Place place;
    place.dataset = Dataset::fromKey(statement.columnText(0)).value_or(Dataset::Staffing);
    place.sourceId = statement.columnInt64(1);
    place.previousRunId = statement.columnInt64(2);
    place.latest = statement.columnInt64(3) != 0;
    place.keepsReplaced = statement.columnInt64(4) != 0;
    return place;
}

std::optional<ImportHistory::Effect> ImportHistory::effectOfRemoving(qint64 runId, QString *error) const
{
    const std::optional<Place> place = placeOf(runId, error);
    if (!place)
        return std::nullopt;
    SupersededRows rows(m_database.handle(), place->dataset);
    Effect effect;
    effect.lastOfSource = place->previousRunId == 0;
    effect.removedRows = rows.createdRows(place->sourceId, runId);
    effect.restoredRows = effect.lastOfSource ? 0 : rows.replacedRows(runId);
    if (effect.removedRows < 0 || effect.restoredRows < 0) {
        setError(error, tr("Could not read the imports: %1").arg(rows.error()));
        return std::nullopt;
    }
    return effect;
}

bool ImportHistory::remove(qint64 runId, QString *error, bool backUp, Effect *effect)
{
    const std::optional<Place> place = placeOf(runId, error);
    if (!place)
        return false;
    if (!place->latest)
        return setError(error, tr("Import %1 cannot be removed while a later import of the same source is kept: "
                                  "remove the later ones first.")
                                   .arg(runId));
    if (place->previousRunId != 0 && !place->keepsReplaced)
        return setError(error, tr("Import %1 was made by a version of Milepost that did not keep the rows an import "
                                  "replaces: restore the backup taken before it instead (File > Restore Backup…, "
                                  "milepost db backups).")
                                   .arg(runId));
    const std::optional<Effect> effects = effectOfRemoving(runId, error);
    if (!effects)
        return false;
    if (QString prepareError;
        !m_database.prepareForChange(backUp ? tr("Before removing import %1").arg(runId) : QString(), &prepareError))
        return setError(error, prepareError);

    Connection *db = m_database.handle();
    const ImportLock lock(db, tr("removal of import %1").arg(runId));
    if (!lock.isHeld())
        return setError(error, lock.error());
    Transaction transaction(db);
    if (!transaction.isActive())
        return setError(error, tr("Could not remove import %1: %2").arg(runId).arg(transaction.error()));
    SupersededRows rows(db, place->dataset);
    const bool restored = place->previousRunId == 0 ? rows.removeAll(place->sourceId, runId)
                                                    : rows.restore(place->sourceId, runId, place->previousRunId);
    if (!restored)
        return setError(error, tr("Could not remove import %1: %2").arg(runId).arg(rows.error()));
    QStringList steps{QStringLiteral("DELETE FROM import_events WHERE run_id = ?1"),
                      QStringLiteral("DELETE FROM import_runs WHERE id = ?1")};
    if (place->previousRunId == 0)
        steps.append(QStringLiteral("DELETE FROM dataset_sources WHERE id = ?2"));
    for (const QString &sql : std::as_const(steps)) {
        Statement statement(db, sql);
        statement.bindInt64(1, runId);
        if (sql.contains(QLatin1String("?2")))
            statement.bindInt64(2, place->sourceId);
        if (!statement.run())
            return setError(error, tr("Could not remove import %1: %2").arg(runId).arg(statement.error()));
    }
    if (!transaction.commit())
        return setError(error, tr("Could not remove import %1: %2").arg(runId).arg(transaction.error()));
    if (effect)
        *effect = *effects;
    return true;
}

} // namespace milepost
