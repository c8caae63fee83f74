// SPDX-License-Identifier: GPL-3.0-or-later
#include "planrepository.h"

#include "baselinerepository.h"
#include "database.h"
#include "importrunlog.h"
#include "importlock.h"
#include "importrunlog.h"
#include "plan/phasenames.h"
#include "planedit/objectivekey.h"
#include "plandatecolumns.h"
#include "planeditrepository.h"
#include "statement.h"
#include "transaction.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <initializer_list>

namespace milepost {

namespace {

void bindOptionalText(Statement &statement, int index, const QString &value)
{
    if (value.isNull())
        statement.bindNull(index);
    else
        statement.bindText(index, value);
}

} // namespace

PlanRepository::PlanRepository(Database &database)
    : m_database(database)
{
}

bool PlanRepository::replacePlan(const Plan &plan, const QList<Finding> &findings, QString *error,
                                 const std::function<bool()> &cancelled, qint64 *id)
{
    return mergePlan(plan, findings, {}, ImportRunLog::currentUser(), error, cancelled, id);
}

bool PlanRepository::previewMerge(const Plan &plan, const QList<PlanMerge::Rename> &renames, PlanMerge *merge,
                                  bool *stored, QString *error) const
{
    Connection *db = m_database.handle();
    Transaction transaction(db, Transaction::Mode::Read);
    StoredPlan old;
    bool found = false;
    QString reason = transaction.error();
    if (!transaction.isActive() || !readStored(db, plan.source, &old, &found, &reason)) {
        if (error)
            *error = tr("Could not read the stored plan: %1").arg(reason);
        return false;
    }
    *stored = found;
    *merge = found ? PlanMerge::compute({old.imported, old.importedIds, old.planEdits}, plan, renames) : PlanMerge();
    return true;
}

bool PlanRepository::mergePlan(const Plan &plan, const QList<Finding> &findings, const QList<PlanMerge::Rename> &renames,
                               const QString &importer, QString *error, const std::function<bool()> &cancelled,
                               qint64 *id, PlanMerge *applied)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    auto failed = [&fail](const QString &reason) { return fail(tr("Could not save the plan: %1").arg(reason)); };
    auto isCancelled = [&cancelled] { return cancelled && cancelled(); };
    if (error)
        error->clear();

    if (QString prepareError;
        !m_database.prepareForChange(tr("Before importing the plan from %1").arg(plan.source), &prepareError))
        return fail(prepareError);
    Connection *db = m_database.handle();
    const QString fileName = QFileInfo(plan.source).fileName();
    const ImportLock lock(db, tr("import of the plan %1").arg(fileName));
    if (!lock.isHeld())
        return fail(lock.error());
    // Returning early anywhere below rolls everything back, the deletion of the old plan included.
    Transaction transaction(db);
    if (!transaction.isActive())
        return failed(transaction.error());

    // The stored plan of this source, read in this transaction so that nothing changes between
    // the merge and its writing.
    StoredPlan old;
    bool merging = false;
    if (QString reason; !readStored(db, plan.source, &old, &merging, &reason))
        return failed(reason);
    const PlanMerge merge =
        merging ? PlanMerge::compute({old.imported, old.importedIds, old.planEdits}, plan, renames) : PlanMerge();
    const QString enteredBy = importer.simplified().isEmpty() ? tr("plan import") : importer.simplified();

    Statement removePlans(db, QStringLiteral("DELETE FROM plans WHERE source = ?1"));
    Statement insertPlan(db, QStringLiteral("INSERT INTO plans (title, source, imported_at) VALUES (?1, ?2, ?3)"));
    Statement insertObjective(
        db, QStringLiteral("INSERT INTO objectives (plan_id, position, phase, title, subtitle, objective_text, "
                           "status_text, status_state, estimated_completion, narrative, source_line) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    Statement insertMilestone(
        db, QStringLiteral("INSERT INTO milestones (objective_id, position, section, title, "
                           "start_raw, start_kind, start_first, start_last, start_problem, start_reason, "
                           "end_raw, end_kind, end_first, end_last, end_problem, end_reason, source_line, key_id) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)"));
    // Milestone keys are found or added, never removed: they carry the recorded progress.
    Statement selectKey(
        db, QStringLiteral("SELECT id FROM milestone_keys WHERE plan_source = ?1 AND objective_title = ?2 "
                           "AND objective_subtitle = ?3 AND objective_occurrence = ?4 AND title = ?5 AND occurrence = ?6"));
    Statement insertKey(
        db, QStringLiteral("INSERT INTO milestone_keys (plan_source, objective_title, objective_subtitle, "
                           "objective_occurrence, title, occurrence) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    Statement nextOccurrence(
        db, QStringLiteral("SELECT COALESCE(MAX(occurrence), 0) + 1 FROM milestone_keys WHERE plan_source = ?1 "
                           "AND objective_title = ?2 AND objective_subtitle = ?3 AND objective_occurrence = ?4 AND title = ?5"));
    Statement insertQuarter(
        db, QStringLiteral("INSERT INTO milestone_quarters (milestone_id, year, quarter) VALUES (?1, ?2, ?3)"));
    Statement insertFinding(
        db, QStringLiteral("INSERT INTO findings (plan_id, line, column_number, kind, message) "
                           "VALUES (?1, ?2, ?3, ?4, ?5)"));
    for (const Statement *statement : {&removePlans, &insertPlan, &insertObjective, &insertMilestone, &selectKey, &insertKey,
                                       &nextOccurrence, &insertQuarter, &insertFinding}) {
        if (!statement->isValid())
            return failed(statement->error());
    }

    // Whether this import replaces a stored edition of the plan, for the record of imports.
    Statement stored(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM plans WHERE source = ?1)"));
    stored.bindText(1, plan.source);
    if (stored.step() != Statement::Result::Row)
        return failed(stored.error());
    const bool replaces = stored.columnInt64(0) != 0;

    removePlans.bindText(1, plan.source);
    if (!removePlans.run())
        return failed(removePlans.error());

    const QString importedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    insertPlan.bindText(1, plan.title);
    insertPlan.bindText(2, plan.source);
    insertPlan.bindText(3, importedAt);
    if (!insertPlan.run())
        return failed(insertPlan.error());
    const qint64 planId = insertPlan.lastInsertRowId();

    // The stable id of a milestone, by its key; 0 with error set when the store fails. A merge
    // gives a new milestone a key of its own (the next occurrence of its text): a key of the
    // same text may be a renamed milestone's or one a person added.
    auto keyOf = [&](const ObjectiveKey &objective, const QString &title, int occurrence, QString *keyError) -> qint64 {
        for (Statement *statement : {&selectKey, &insertKey, &nextOccurrence}) {
            statement->reset();
            statement->bindText(1, plan.source);
            statement->bindText(2, objective.title);
            statement->bindText(3, objective.subtitle);
            statement->bindInt64(4, objective.occurrence);
            statement->bindText(5, title);
        }
        if (merging) {
            if (nextOccurrence.step() != Statement::Result::Row) {
                *keyError = nextOccurrence.error();
                return 0;
            }
            occurrence = int(nextOccurrence.columnInt64(0));
        } else {
            selectKey.bindInt64(6, occurrence);
            switch (selectKey.step()) {
            case Statement::Result::Row:
                return selectKey.columnInt64(0);
            case Statement::Result::Error:
                *keyError = selectKey.error();
                return 0;
            case Statement::Result::Done:
                break;
            }
        }
        insertKey.bindInt64(6, occurrence);
        if (!insertKey.run()) {
            *keyError = insertKey.error();
            return 0;
        }
        return insertKey.lastInsertRowId();
    };
    auto storeObjective = [&](const Objective &objective, qint64 position, qint64 *objectiveId) {
        const ObjectiveStatus &status = objective.status;
        insertObjective.reset();
        insertObjective.bindInt64(1, planId);
        insertObjective.bindInt64(2, position);
        insertObjective.bindText(3, PhaseNames::key(objective.phase));
        insertObjective.bindText(4, objective.title);
        insertObjective.bindText(5, objective.subtitle);
        insertObjective.bindText(6, objective.objectiveText);
        insertObjective.bindText(7, status.text());
        insertObjective.bindText(8, ObjectiveStatus::stateKey(status.state()));
        bindOptionalText(insertObjective, 9,
                         status.estimatedCompletion().isValid() ? status.estimatedCompletion().canonical() : QString());
        insertObjective.bindText(10, objective.narrative);
        insertObjective.bindInt64(11, objective.sourceLine);
        if (!insertObjective.run())
            return false;
        *objectiveId = insertObjective.lastInsertRowId();
        return true;
    };
    // On failure, storeError says which statement failed and why.
    QString storeError;
    auto storeMilestone = [&](qint64 objectiveId, qint64 position, const Milestone &milestone, qint64 keyId) {
        insertMilestone.reset();
        insertMilestone.bindInt64(1, objectiveId);
        insertMilestone.bindInt64(2, position);
        insertMilestone.bindText(3, milestone.section);
        insertMilestone.bindText(4, milestone.title);
        PlanDateColumns::bind(insertMilestone, 5, milestone.start);
        PlanDateColumns::bind(insertMilestone, 11, milestone.end);
        insertMilestone.bindInt64(17, milestone.sourceLine);
        insertMilestone.bindInt64(18, keyId);
        if (!insertMilestone.run()) {
            storeError = insertMilestone.error();
            return false;
        }
        const qint64 milestoneId = insertMilestone.lastInsertRowId();
        QList<YearQuarter> stored;
        for (const YearQuarter &quarter : milestone.quarters) {
            // The marks are a set: a quarter marked twice is one quarter.
            if (stored.contains(quarter))
                continue;
            stored.append(quarter);
            insertQuarter.reset();
            insertQuarter.bindInt64(1, milestoneId);
            insertQuarter.bindInt64(2, quarter.year);
            insertQuarter.bindInt64(3, quarter.quarter);
            if (!insertQuarter.run()) {
                storeError = insertQuarter.error();
                return false;
            }
        }
        return true;
    };

    // The stored ids of the edition's matched milestones, and the stored milestones it does not
    // have (kept after their objective's), by place.
    QHash<std::pair<int, int>, qint64> matchedIds;
    for (const QList<PlanMerge::Milestone> *list : {&merge.unchanged, &merge.changed, &merge.returned}) {
        for (const PlanMerge::Milestone &match : *list)
            matchedIds.insert({match.edition.objective, match.edition.milestone}, match.id);
    }
    QHash<int, QList<int>> keptByObjective;
    for (const QList<PlanMerge::Milestone> *list : {&merge.removed, &merge.stillRemoved}) {
        for (const PlanMerge::Milestone &gone : *list)
            keptByObjective[gone.stored.objective].append(gone.stored.milestone);
    }
    for (QList<int> &kept : keptByObjective)
        std::sort(kept.begin(), kept.end());
    QHash<std::pair<int, int>, qint64> addedIds;

    const QList<ObjectiveKey> objectiveKeys = ObjectiveKey::ofPlan(plan);
    for (qsizetype objectiveIndex = 0; objectiveIndex < plan.objectives.size(); ++objectiveIndex) {
        if (isCancelled())
            return fail(tr("Import cancelled"));
        const Objective &objective = plan.objectives.at(objectiveIndex);
        qint64 objectiveId = 0;
        if (!storeObjective(objective, objectiveIndex, &objectiveId))
            return failed(insertObjective.error());
        QHash<QString, int> milestoneOccurrences;
        for (qsizetype milestoneIndex = 0; milestoneIndex < objective.milestones.size(); ++milestoneIndex) {
            const Milestone &milestone = objective.milestones.at(milestoneIndex);
            const std::pair<int, int> place{int(objectiveIndex), int(milestoneIndex)};
            const int occurrence = ++milestoneOccurrences[milestone.title];
            qint64 keyId = matchedIds.value(place);
            if (keyId == 0) {
                QString keyError;
                keyId = keyOf(objectiveKeys.at(objectiveIndex), milestone.title, occurrence, &keyError);
                if (keyId == 0)
                    return failed(keyError);
                addedIds.insert(place, keyId);
            }
            if (!storeMilestone(objectiveId, milestoneIndex, milestone, keyId))
                return failed(storeError);
        }
        // The milestones the stored objective had that this edition does not: kept, for their
        // history, after the edition's (the journal marks them removed).
        const int storedIndex = merge.storedObjectiveFor.value(objectiveIndex, -1);
        qint64 position = objective.milestones.size();
        for (int m : keptByObjective.value(storedIndex)) {
            if (!storeMilestone(objectiveId, position++, old.imported.objectives.at(storedIndex).milestones.at(m),
                                old.importedIds.at(storedIndex).at(m)))
                return failed(storeError);
        }
    }
    // The stored objectives this edition does not have, kept the same way after its own.
    qint64 position = plan.objectives.size();
    for (int s = 0; s < int(old.imported.objectives.size()); ++s) {
        const Objective &objective = old.imported.objectives.at(s);
        if (merge.storedObjectiveFor.contains(s) || objective.milestones.isEmpty())
            continue;
        qint64 objectiveId = 0;
        if (!storeObjective(objective, position++, &objectiveId))
            return failed(insertObjective.error());
        for (int m = 0; m < int(objective.milestones.size()); ++m) {
            if (!storeMilestone(objectiveId, m, objective.milestones.at(m), old.importedIds.at(s).at(m)))
                return failed(storeError);
        }
    }
    // Asked once more after the last objective, so a late cancel still changes nothing.
    if (isCancelled())
        return fail(tr("Import cancelled"));

    // What the edition changed, journaled as plan edits of the import.
    const QDate today = QDate::currentDate();
    const QString note = tr("New edition of the plan: %1").arg(fileName);
    const QString edition = fileName.isEmpty() ? tr("plan") : fileName;
    for (const QList<PlanMerge::Milestone> *list : {&merge.unchanged, &merge.changed, &merge.returned, &merge.removed, &merge.added}) {
        for (const PlanMerge::Milestone &milestone : *list) {
            if (milestone.journal.isEmpty())
                continue;
            const qint64 milestoneId = milestone.id != 0 ? milestone.id
                                                         : addedIds.value({milestone.edition.objective, milestone.edition.milestone});
            if (QString reason; !PlanEditRepository::journalEdition(db, milestoneId, milestone.journal, today, enteredBy,
                                                                    note, edition, &reason))
                return failed(reason);
        }
    }

    // The dates of milestones seen for the first time are their baseline "as first imported".
    if (QString baselineError; !BaselineRepository::keepImported(db, planId, plan.source, &baselineError))
        return failed(baselineError);

    for (const Finding &finding : findings) {
        insertFinding.reset();
        insertFinding.bindInt64(1, planId);
        insertFinding.bindInt64(2, finding.line);
        insertFinding.bindInt64(3, finding.column);
        insertFinding.bindText(4, Finding::kindKey(finding.kind));
        insertFinding.bindText(5, finding.message);
        if (!insertFinding.run())
            return failed(insertFinding.error());
    }

    // The import, as File › Imported Data… lists it (PlanImportHistory).
    qint64 milestoneCount = 0;
    for (const Objective &objective : plan.objectives)
        milestoneCount += objective.milestones.size();
    Statement logImport(db, QStringLiteral("INSERT INTO plan_imports (plan_source, file, imported_at, imported_by, plan_id, "
                                           "objectives, milestones, findings, replaced) "
                                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    logImport.bindText(1, plan.source);
    logImport.bindText(2, plan.source);
    logImport.bindText(3, importedAt);
    logImport.bindText(4, ImportRunLog::currentUser());
    logImport.bindInt64(5, planId);
    logImport.bindInt64(6, plan.objectives.size());
    logImport.bindInt64(7, milestoneCount);
    logImport.bindInt64(8, findings.size());
    logImport.bindInt64(9, replaces ? 1 : 0);
    if (!logImport.run())
        return failed(logImport.error());

    if (!transaction.commit())
        return failed(transaction.error());
    if (id)
        *id = planId;
    if (applied)
        *applied = merge;
    return true;
}

std::optional<PlanRepository::StoredPlan> PlanRepository::loadLatest(QString *error) const
{
    Connection *db = m_database.handle();
    // One snapshot for all the tables, so an import in another process cannot be seen half-done.
    // Nothing is written: the destructor's rollback just ends it.
    Transaction transaction(db, Transaction::Mode::Read);
    StoredPlan stored;
    bool found = false;
    QString reason = transaction.error();
    if (!transaction.isActive() || !readStored(db, {}, &stored, &found, &reason)) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    if (error)
        error->clear();
    if (!found)
        return std::nullopt; // no plan yet: not an error
    return stored;
}

bool PlanRepository::readStored(Connection *db, const QString &source, StoredPlan *out, bool *found, QString *error)
{
    auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    auto failed = [&fail](const QString &reason) { return fail(tr("Could not read the stored plan: %1").arg(reason)); };
    auto damaged = [&fail](const QString &what) { return fail(tr("The stored plan is damaged: %1").arg(what)); };
    *found = false;

    Statement selectPlan(db, QStringLiteral("SELECT id, title, source, imported_at FROM plans "
                                            "WHERE ?1 = '' OR source = ?1 ORDER BY id DESC LIMIT 1"));
    Statement selectObjectives(
        db, QStringLiteral("SELECT id, phase, title, subtitle, objective_text, status_text, narrative, source_line "
                           "FROM objectives WHERE plan_id = ?1 ORDER BY position"));
    Statement selectMilestones(
        db, QStringLiteral("SELECT id, section, title, "
                           "start_raw, start_kind, start_first, start_last, start_problem, start_reason, "
                           "end_raw, end_kind, end_first, end_last, end_problem, end_reason, source_line, key_id "
                           "FROM milestones WHERE objective_id = ?1 ORDER BY position"));
    Statement selectQuarters(
        db, QStringLiteral("SELECT year, quarter FROM milestone_quarters WHERE milestone_id = ?1 ORDER BY year, quarter"));
    Statement selectFindings(
        db, QStringLiteral("SELECT line, column_number, kind, message FROM findings WHERE plan_id = ?1 "
                           "ORDER BY line, column_number, id"));
    for (const Statement *statement : {&selectPlan, &selectObjectives, &selectMilestones, &selectQuarters, &selectFindings}) {
        if (!statement->isValid())
            return failed(statement->error());
    }

    selectPlan.bindText(1, source);
    StoredPlan stored;
    switch (selectPlan.step()) {
    case Statement::Result::Done:
        return true; // no plan yet: not an error
    case Statement::Result::Error:
        return failed(selectPlan.error());
    case Statement::Result::Row:
        break;
    }
    stored.id = selectPlan.columnInt64(0);
    stored.plan.title = selectPlan.columnText(1);
    stored.plan.source = selectPlan.columnText(2);
    stored.importedAt = QDateTime::fromString(selectPlan.columnText(3), Qt::ISODateWithMs);

    selectObjectives.bindInt64(1, stored.id);
    Statement::Result objectiveRow;
    while ((objectiveRow = selectObjectives.step()) == Statement::Result::Row) {
        Objective objective;
        const qint64 objectiveId = selectObjectives.columnInt64(0);
        const QString phaseKey = selectObjectives.columnText(1);
        const auto phase = PhaseNames::fromKey(phaseKey);
        if (!phase)
            return damaged(tr("unknown phase “%1”").arg(phaseKey));
        objective.phase = *phase;
        objective.title = selectObjectives.columnText(2);
        objective.subtitle = selectObjectives.columnText(3);
        objective.objectiveText = selectObjectives.columnText(4);
        // The text is the record; state and estimate are read from it exactly as on import.
        objective.status = ObjectiveStatus::parse(selectObjectives.columnText(5));
        objective.narrative = selectObjectives.columnText(6);
        objective.sourceLine = int(selectObjectives.columnInt64(7));

        QList<qint64> milestoneIds;
        selectMilestones.reset();
        selectMilestones.bindInt64(1, objectiveId);
        Statement::Result milestoneRow;
        while ((milestoneRow = selectMilestones.step()) == Statement::Result::Row) {
            Milestone milestone;
            const qint64 milestoneId = selectMilestones.columnInt64(0);
            milestone.section = selectMilestones.columnText(1);
            milestone.title = selectMilestones.columnText(2);
            const auto start = PlanDateColumns::read(selectMilestones, 3);
            const auto end = PlanDateColumns::read(selectMilestones, 9);
            if (!start || !end)
                return damaged(tr("unreadable date in milestone “%1”").arg(milestone.title));
            milestone.start = *start;
            milestone.end = *end;
            milestone.sourceLine = int(selectMilestones.columnInt64(15));

            selectQuarters.reset();
            selectQuarters.bindInt64(1, milestoneId);
            Statement::Result quarterRow;
            while ((quarterRow = selectQuarters.step()) == Statement::Result::Row)
                milestone.quarters.append({int(selectQuarters.columnInt64(0)), int(selectQuarters.columnInt64(1))});
            if (quarterRow == Statement::Result::Error)
                return failed(selectQuarters.error());

            objective.milestones.append(milestone);
            milestoneIds.append(selectMilestones.columnInt64(16));
        }
        if (milestoneRow == Statement::Result::Error)
            return failed(selectMilestones.error());

        stored.plan.objectives.append(objective);
        stored.milestoneIds.append(milestoneIds);
    }
    if (objectiveRow == Statement::Result::Error)
        return failed(selectObjectives.error());

    selectFindings.bindInt64(1, stored.id);
    Statement::Result findingRow;
    while ((findingRow = selectFindings.step()) == Statement::Result::Row) {
        Finding finding;
        finding.line = int(selectFindings.columnInt64(0));
        finding.column = int(selectFindings.columnInt64(1));
        const QString kindKey = selectFindings.columnText(2);
        bool known = false;
        finding.kind = Finding::kindFromKey(kindKey, &known);
        if (!known)
            return damaged(tr("unknown finding kind “%1”").arg(kindKey));
        finding.message = selectFindings.columnText(3);
        stored.findings.append(finding);
    }
    if (findingRow == Statement::Result::Error)
        return failed(selectFindings.error());

    QString reason;
    if (!PlanEditRepository::readEntries(db, stored.plan.source, {}, &stored.planEdits, &reason))
        return failed(reason);
    stored.imported = stored.plan;
    stored.importedIds = stored.milestoneIds;
    PlanEditReplay::Result edited = stored.asOf(QDate());
    stored.plan = std::move(edited.plan);
    stored.milestoneIds = std::move(edited.milestoneIds);
    *out = std::move(stored);
    *found = true;
    return true;
}

QString PlanRepository::databasePath() const
{
    return m_database.path();
}

qsizetype PlanRepository::planCount() const
{
    Statement count(m_database.handle(), QStringLiteral("SELECT count(*) FROM plans"));
    return count.step() == Statement::Result::Row ? qsizetype(count.columnInt64(0)) : -1;
}

} // namespace milepost
