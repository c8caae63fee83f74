// SPDX-License-Identifier: GPL-3.0-or-later
#include "planimporthistory.h"

#include "database.h"
#include "importlock.h"
#include "statement.h"
#include "transaction.h"

#include <QFileInfo>

namespace milepost {

namespace {

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

const QString runColumns = QStringLiteral(
    "SELECT i.id, i.plan_source, i.file, i.imported_at, i.imported_by, i.objectives, i.milestones, i.findings, "
    "EXISTS (SELECT 1 FROM plans p WHERE p.id = i.plan_id), i.replaced FROM plan_imports i ");

PlanImportHistory::Run runAt(const Statement &statement)
{
    PlanImportHistory::Run run;
    run.id = statement.columnInt64(0);
    run.planSource = statement.columnText(1);
    run.file = statement.columnText(2);
    run.importedAt = QDateTime::fromString(statement.columnText(3), Qt::ISODateWithMs);
    run.importedBy = statement.columnText(4);
    run.objectives = statement.columnInt64(5);
    run.milestones = statement.columnInt64(6);
    run.findings = statement.columnInt64(7);
    run.stored = statement.columnInt64(8) != 0;
    if (!statement.columnIsNull(9))
        run.replacedEarlier = statement.columnInt64(9) != 0;
    return run;
}

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

PlanImportHistory::PlanImportHistory(Database &database)
    : m_database(database)
{
}

QList<PlanImportHistory::Run> PlanImportHistory::runs(QString *error) const
{
    Statement statement(m_database.handle(), runColumns + QStringLiteral("ORDER BY i.id DESC"));
    QList<Run> result;
    Statement::Result row = Statement::Result::Done;
    while ((row = statement.step()) == Statement::Result::Row)
        result.append(runAt(statement));
    if (row == Statement::Result::Error) {
        setError(error, tr("Could not read the plan imports: %1").arg(statement.error()));
        return {};
    }
    return result;
}

std::optional<PlanImportHistory::Run> PlanImportHistory::run(qint64 runId, QString *error) const
{
    Statement statement(m_database.handle(), runColumns + QStringLiteral("WHERE i.id = ?1"));
    statement.bindInt64(1, runId);
    const Statement::Result row = statement.step();
    if (row == Statement::Result::Row)
        return runAt(statement);
    setError(error, row == Statement::Result::Error ? tr("Could not read the plan imports: %1").arg(statement.error())
                                                    : tr("There is no plan import %1.").arg(runId));
    return std::nullopt;
}

std::optional<PlanImportHistory::Recorded> PlanImportHistory::recorded(const QString &planSource, QString *error) const
{
    Statement statement(
        m_database.handle(),
        QStringLiteral("SELECT (SELECT count(*) FROM milestone_updates u JOIN milestone_keys k ON k.id = u.milestone_id "
                       "  WHERE k.plan_source = ?1), "
                       "(SELECT count(*) FROM plan_edits e LEFT JOIN milestone_keys k ON k.id = e.milestone_id "
                       "  LEFT JOIN objective_keys o ON o.id = e.objective_id "
                       "  WHERE k.plan_source = ?1 OR o.plan_source = ?1), "
                       "(SELECT count(*) FROM plan_baselines WHERE plan_source = ?1 AND name <> 'Imported')"));
    statement.bindText(1, planSource);
    if (statement.step() != Statement::Result::Row) {
        setError(error, tr("Could not read the plan imports: %1").arg(statement.error()));
        return std::nullopt;
    }
    return Recorded{statement.columnInt64(0), statement.columnInt64(1), statement.columnInt64(2)};
}

std::optional<QString> PlanImportHistory::whyNotRemovable(qint64 runId, QString *error) const
{
    const std::optional<Run> found = run(runId, error);
    if (!found)
        return std::nullopt;
    const QString file = fileName(found->file);
    if (!found->stored)
        return tr("The plan of this import is no longer stored: a later import of %1 replaced it, or it was removed.")
            .arg(file);
    if (!found->replacedEarlier)
        return tr("This plan was imported before Milepost kept a record of plan imports: whether it replaced an "
                  "earlier edition is not known. Restore the backup taken before it instead (File › Restore Backup…).");
    if (*found->replacedEarlier)
        return tr("This import replaced an earlier edition of %1, which was not kept: removing it cannot bring that "
                  "edition back. Import the earlier file again, or restore the backup taken before this import "
                  "(File › Restore Backup…).")
            .arg(file);
    const std::optional<Recorded> work = recorded(found->planSource, error);
    if (!work)
        return std::nullopt;
    if (!work->isEmpty()) {
        QStringList parts;
        if (work->updates > 0)
            parts.append(tr("%n progress update(s)", nullptr, int(work->updates)));
        if (work->planEdits > 0)
            parts.append(tr("%n plan edit(s)", nullptr, int(work->planEdits)));
        if (work->baselines > 0)
            parts.append(tr("%n baseline(s)", nullptr, int(work->baselines)));
        return tr("People have recorded %1 on this plan's milestones: removing the plan would leave them without the "
                  "milestones they belong to. Import a new edition of %2 instead; what is recorded stays with the "
                  "milestones it keeps.")
            .arg(parts.join(tr(", ", "list separator")), file);
    }
    return QString();
}

bool PlanImportHistory::remove(qint64 runId, QString *error, bool backUp)
{
    if (QString prepareError;
        !m_database.prepareForChange(backUp ? tr("Before removing plan import %1").arg(runId) : QString(), &prepareError))
        return setError(error, prepareError);
    Connection *db = m_database.handle();
    const ImportLock lock(db, tr("removal of plan import %1").arg(runId));
    if (!lock.isHeld())
        return setError(error, lock.error());
    Transaction transaction(db);
    if (!transaction.isActive())
        return setError(error, tr("Could not remove plan import %1: %2").arg(runId).arg(transaction.error()));
    // Judged inside the transaction, under the import lock. Should someone record progress on
    // a server between the check and the commit, it is not lost either: it stays on the
    // milestone's key, and shows again when the plan is imported again.
    const std::optional<QString> why = whyNotRemovable(runId, error);
    if (!why)
        return false;
    if (!why->isEmpty())
        return setError(error, tr("Plan import %1 cannot be removed. %2").arg(runId).arg(*why));
    const std::optional<Run> found = run(runId, error);
    if (!found)
        return false;
    const QStringList steps{
        // The baseline "Imported" that this import, the source's first, took.
        QStringLiteral("DELETE FROM baseline_milestones WHERE baseline_id IN "
                       "(SELECT id FROM plan_baselines WHERE plan_source = ?2 AND name = 'Imported')"),
        QStringLiteral("DELETE FROM plan_baselines WHERE plan_source = ?2 AND name = 'Imported'"),
        // Objectives, milestones, their quarters and the findings go with the plan (cascades).
        QStringLiteral("DELETE FROM plans WHERE id = (SELECT plan_id FROM plan_imports WHERE id = ?1)"),
        QStringLiteral("DELETE FROM plan_imports WHERE id = ?1")};
    for (const QString &sql : steps) {
        Statement statement(db, sql);
        if (sql.contains(QLatin1String("?1")))
            statement.bindInt64(1, runId);
        if (sql.contains(QLatin1String("?2")))
            statement.bindText(2, found->planSource);
        if (!statement.run())
            return setError(error, tr("Could not remove plan import %1: %2").arg(runId).arg(statement.error()));
    }
    if (!transaction.commit())
        return setError(error, tr("Could not remove plan import %1: %2").arg(runId).arg(transaction.error()));
    return true;
}

} // namespace milepost
