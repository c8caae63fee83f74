// SPDX-License-Identifier: GPL-3.0-or-later
#include "planeditrepository.h"

#include "database.h"
#include "plandatecolumns.h"
#include "planedit/planeditreplay.h"
#include "isotimestamp.h"
#include "statement.h"
#include "transaction.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <limits>

namespace milepost {

namespace {

using Field = PlanEditField::Id;
using Outcome = PlanEditRepository::Result::Outcome;
using Values = QHash<Field, QString>;

QString isoDay(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

void bindOptionalText(Statement &statement, int index, const QString &value)
{
    if (value.isNull())
        statement.bindNull(index);
    else
        statement.bindText(index, value);
}

bool sameValue(const QString &a, const QString &b)
{
    return a == b && a.isNull() == b.isNull();
}

// What an edit is on, found in the store within the write transaction.
struct Target
{
    qint64 milestoneId = 0;
    qint64 objectiveId = 0; // objective_keys.id, 0 until one is needed
    Values imported; // the values before any edit
    int version = 0;
};

// The imported milestone of a key: its values, or those of a milestone not (yet) in the plan.
bool importedMilestone(Connection *db, qint64 keyId, Values *values, QString *error)
{
    Statement select(db, QStringLiteral("SELECT m.id, m.title, "
                                        "m.start_raw, m.start_kind, m.start_first, m.start_last, m.start_problem, m.start_reason, "
                                        "m.end_raw, m.end_kind, m.end_first, m.end_last, m.end_problem, m.end_reason "
                                        "FROM milestones m WHERE m.key_id = ?1"));
    Statement quarters(db, QStringLiteral("SELECT year, quarter FROM milestone_quarters WHERE milestone_id = ?1"));
    select.bindInt64(1, keyId);
    values->clear();
    switch (select.step()) {
    case Statement::Result::Error:
        *error = select.error();
        return false;
    case Statement::Result::Done:
        values->insert(Field::Removed, QStringLiteral("yes"));
        return true;
    case Statement::Result::Row:
        break;
    }
    Milestone milestone;
    milestone.title = select.columnText(1);
    const auto start = PlanDateColumns::read(select, 2);
    const auto end = PlanDateColumns::read(select, 8);
    if (!start || !end) {
        *error = PlanEditRepository::tr("the stored milestone %1 has an unreadable date").arg(keyId);
        return false;
    }
    milestone.start = *start;
    milestone.end = *end;
    quarters.bindInt64(1, select.columnInt64(0));
    Statement::Result row;
    while ((row = quarters.step()) == Statement::Result::Row)
        milestone.quarters.append({int(quarters.columnInt64(0)), int(quarters.columnInt64(1))});
    if (row == Statement::Result::Error) {
        *error = quarters.error();
        return false;
    }
    for (Field field : PlanEditField::all) {
        if (PlanEditField::isMilestoneField(field))
            values->insert(field, PlanEditReplay::importedValue(milestone, field));
    }
    return true;
}

// The stored objective with this key (its imported estimate through estimate); false with
// error empty when there is none.
bool findObjective(Connection *db, const ObjectiveKey &key, QString *estimate, QString *error)
{
    Statement select(db, QStringLiteral("SELECT o.estimated_completion FROM objectives o JOIN plans p ON p.id = o.plan_id "
                                        "WHERE p.source = ?1 AND o.title = ?2 AND o.subtitle = ?3 ORDER BY p.id, o.position"));
    select.bindText(1, key.planSource);
    select.bindText(2, key.title);
    select.bindText(3, key.subtitle);
    int occurrence = 0;
    Statement::Result row;
    while ((row = select.step()) == Statement::Result::Row) {
        if (++occurrence == key.occurrence) {
            *estimate = select.columnIsNull(0) ? QStringLiteral("") : select.columnText(0);
            return true;
        }
    }
    if (row == Statement::Result::Error)
        *error = select.error();
    return false;
}

// The id of an objective's key, added when missing; 0 with error set on failure.
qint64 objectiveKeyId(Connection *db, const ObjectiveKey &key, bool add, QString *error)
{
    Statement select(db, QStringLiteral("SELECT id FROM objective_keys WHERE plan_source = ?1 AND title = ?2 "
                                        "AND subtitle = ?3 AND occurrence = ?4"));
    Statement insert(db, QStringLiteral("INSERT INTO objective_keys (plan_source, title, subtitle, occurrence) "
                                        "VALUES (?1, ?2, ?3, ?4)"));
    for (Statement *statement : {&select, &insert}) {
        statement->bindText(1, key.planSource);
        statement->bindText(2, key.title);
        statement->bindText(3, key.subtitle);
        statement->bindInt64(4, key.occurrence);
    }
    switch (select.step()) {
    case Statement::Result::Row:
        return select.columnInt64(0);
    case Statement::Result::Error:
        *error = select.error();
        return 0;
    case Statement::Result::Done:
        break;
    }
    if (!add)
        return 0;
    if (!insert.run()) {
        *error = insert.error();
        return 0;
    }
    return insert.lastInsertRowId();
}

// A new milestone key in the objective: its title's next occurrence there.
qint64 addMilestoneKey(Connection *db, const ObjectiveKey &objective, const QString &title, QString *error)
{
    Statement next(db, QStringLiteral("SELECT COALESCE(MAX(occurrence), 0) + 1 FROM milestone_keys WHERE plan_source = ?1 "
                                      "AND objective_title = ?2 AND objective_subtitle = ?3 AND objective_occurrence = ?4 "
                                      "AND title = ?5"));
    Statement insert(db, QStringLiteral("INSERT INTO milestone_keys (plan_source, objective_title, objective_subtitle, "
                                        "objective_occurrence, title, occurrence) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    for (Statement *statement : {&next, &insert}) {
        statement->bindText(1, objective.planSource);
        statement->bindText(2, objective.title);
        statement->bindText(3, objective.subtitle);
        statement->bindInt64(4, objective.occurrence);
        statement->bindText(5, title);
    }
    if (next.step() != Statement::Result::Row) {
        *error = next.error();
        return 0;
    }
    insert.bindInt64(6, next.columnInt64(0));
    if (!insert.run()) {
        *error = insert.error();
        return 0;
    }
    return insert.lastInsertRowId();
}

int readVersion(Connection *db, const QString &table, const QString &column, qint64 id, bool *ok, QString *error)
{
    Statement select(db, QStringLiteral("SELECT version FROM %1 WHERE %2 = ?1").arg(table, column));
    select.bindInt64(1, id);
    *ok = true;
    switch (select.step()) {
    case Statement::Result::Row:
        return int(select.columnInt64(0));
    case Statement::Result::Done:
        return 0;
    case Statement::Result::Error:
        break;
    }
    *ok = false;
    *error = select.error();
    return 0;
}

// Why these milestone values cannot stand; empty when they can.
QString milestoneProblem(const Values &values)
{
    if (values.value(Field::Removed) != QLatin1String("no"))
        return {};
    if (values.value(Field::Title).trimmed().isEmpty())
        return PlanEditRepository::tr("a milestone needs a title");
    const PlanDate start = PlanEditField::dateFromText(values.value(Field::PlannedStart));
    const PlanDate end = PlanEditField::dateFromText(values.value(Field::PlannedEnd));
    if (!start.isValid() || !end.isValid())
        return PlanEditRepository::tr("a milestone needs a planned start and end");
    if (start.isDated() && end.isDated() && end.lastDay() < start.firstDay())
        return PlanEditRepository::tr("the planned end %1 is before the planned start %2")
            .arg(end.displayText(), start.displayText());
    return {};
}

} // namespace

PlanEditRepository::PlanEditRepository(Database &database)
    : m_database(database)
{
}

PlanEditRepository::Result PlanEditRepository::record(const PlanEdit &edit, const QDate &today)
{
    Result result;
    auto finish = [&result](Outcome outcome, const QString &reason = {}) {
        result.outcome = outcome;
        if (!reason.isEmpty())
            result.errors.append(reason);
        if (outcome != Outcome::Recorded && outcome != Outcome::Unchanged)
            result.changes.clear();
        return result;
    };

    // Checks that need no store.
    const bool onObjective = edit.isObjectiveEdit();
    Values wanted;
    for (auto it = edit.values.cbegin(); it != edit.values.cend(); ++it) {
        if (PlanEditField::isMilestoneField(it.key()) == onObjective) {
            result.errors.append(tr("%1 is not a field of %2")
                                     .arg(PlanEditField::label(it.key()), onObjective ? tr("an objective") : tr("a milestone")));
            continue;
        }
        QString canonical;
        QString reason;
        if (PlanEditField::normalise(it.key(), it.value(), &canonical, &reason))
            wanted.insert(it.key(), canonical);
        else
            result.errors.append(reason);
    }
    if (edit.addsMilestone) {
        for (Field field : {Field::Title, Field::PlannedStart, Field::PlannedEnd}) {
            if (!edit.values.contains(field))
                result.errors.append(tr("a new milestone needs its %1").arg(PlanEditField::label(field).toLower()));
        }
        if (!wanted.contains(Field::Quarters))
            wanted.insert(Field::Quarters, QStringLiteral(""));
        wanted.insert(Field::Removed, QStringLiteral("no"));
    }
    if (onObjective && !edit.objective.isValid())
        result.errors.append(tr("the edit names no milestone and no objective"));
    const QString enteredBy = edit.enteredBy.simplified();
    if (!edit.asOf.isValid())
        result.errors.append(tr("the edit needs an as-of date"));
    else if (today.isValid() && edit.asOf > today)
        result.errors.append(tr("the as-of date %1 is after today, %2").arg(isoDay(edit.asOf), isoDay(today)));
    if (enteredBy.isEmpty())
        result.errors.append(tr("the edit does not say who entered it"));
    if (edit.values.isEmpty())
        result.errors.append(tr("the edit changes nothing"));
    if (!result.errors.isEmpty())
        return finish(Outcome::Invalid);

    if (QString prepareError; !m_database.prepareForChange({}, &prepareError))
        return finish(Outcome::Failed, prepareError);
    Connection *db = m_database.handle();
    Transaction transaction(db);
    if (!transaction.isActive())
        return finish(Outcome::Failed, transaction.error());

    QString error;
    Target target;
    bool ok = true;
    if (edit.milestoneId != 0) {
        Statement key(db, QStringLiteral("SELECT id FROM milestone_keys WHERE id = ?1"));
        key.bindInt64(1, edit.milestoneId);
        const Statement::Result found = key.step();
        if (found == Statement::Result::Error)
            return finish(Outcome::Failed, key.error());
        if (found == Statement::Result::Done)
            return finish(Outcome::Unknown, tr("there is no milestone %1").arg(edit.milestoneId));
        target.milestoneId = edit.milestoneId;
        if (!importedMilestone(db, target.milestoneId, &target.imported, &error))
            return finish(Outcome::Failed, error);
        target.version = readVersion(db, QStringLiteral("milestone_plan_edits"), QStringLiteral("milestone_id"),
                                     target.milestoneId, &ok, &error);
    } else {
        QString estimate;
        if (!findObjective(db, edit.objective, &estimate, &error)) {
            if (!error.isEmpty())
                return finish(Outcome::Failed, error);
            return finish(Outcome::Unknown, tr("there is no objective “%1” in the plan %2")
                                                .arg(edit.objective.title, edit.objective.planSource));
        }
        if (edit.addsMilestone) {
            target.milestoneId = addMilestoneKey(db, edit.objective, wanted.value(Field::Title), &error);
            if (target.milestoneId == 0)
                return finish(Outcome::Failed, error);
            target.imported.insert(Field::Removed, QStringLiteral("yes"));
        } else {
            target.objectiveId = objectiveKeyId(db, edit.objective, true, &error);
            if (target.objectiveId == 0)
                return finish(Outcome::Failed, error);
            target.imported.insert(Field::EstimatedCompletion, estimate);
            target.version = readVersion(db, QStringLiteral("objective_plan_edits"), QStringLiteral("objective_id"),
                                         target.objectiveId, &ok, &error);
        }
    }
    if (!ok)
        return finish(Outcome::Failed, error);
    result.milestoneId = target.milestoneId;
    result.version = target.version;
    if (target.version != edit.expectedVersion)
        return finish(Outcome::Stale, tr("the plan was edited by someone else since it was read (version %1, now %2); "
                                         "read it again and repeat the edit. Nothing was changed.")
                                          .arg(edit.expectedVersion)
                                          .arg(target.version));

    // The journal of the target, oldest first, for the values before (as of the edit's date)
    // and now.
    QList<PlanEditEntry> journal;
    Filter filter;
    filter.milestoneId = target.milestoneId;
    if (!readEntries(db, target.objectiveId != 0 ? edit.objective.planSource : QString(), filter, &journal, &error))
        return finish(Outcome::Failed, error);
    // As PlanEditReplay: a field no edit up to until set has the value its first later edit
    // found (a new edition's journaled change replaces the imported value it started from).
    auto replay = [&](const QDate &until) {
        Values values = target.imported;
        QHash<Field, bool> set;
        for (const PlanEditEntry &entry : std::as_const(journal)) {
            const bool same = target.milestoneId != 0 ? entry.milestoneId == target.milestoneId
                                                      : entry.milestoneId == 0 && entry.objective == edit.objective;
            if (!same)
                continue;
            const bool later = until.isValid() && entry.asOf > until;
            for (const PlanEditEntry::Change &change : entry.changes) {
                if (!later) {
                    values.insert(change.field, change.newValue);
                    set.insert(change.field, true);
                } else if (target.milestoneId != 0 && !set.contains(change.field)) {
                    if (!change.oldValue.isNull())
                        values.insert(change.field, change.oldValue);
                    set.insert(change.field, true);
                }
            }
        }
        return values;
    };
    const Values before = replay(edit.asOf);
    Values after = before;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (!sameValue(before.value(it.key()), it.value())) {
            result.changes.append({it.key(), before.value(it.key()), it.value()});
            after.insert(it.key(), it.value());
        }
    }
    std::sort(result.changes.begin(), result.changes.end(),
              [](const PlanEditEntry::Change &a, const PlanEditEntry::Change &b) { return a.field < b.field; });
    if (result.changes.isEmpty())
        return finish(Outcome::Unchanged); // the transaction rolls back, having written nothing

    PlanEditEntry entry;
    entry.id = std::numeric_limits<qint64>::max(); // after every stored entry of its date
    entry.milestoneId = target.milestoneId;
    entry.objective = edit.objective;
    entry.asOf = edit.asOf;
    entry.changes = result.changes;
    journal.append(entry);
    std::stable_sort(journal.begin(), journal.end(), [](const PlanEditEntry &a, const PlanEditEntry &b) {
        return std::pair(a.asOf, a.id) < std::pair(b.asOf, b.id);
    });
    const Values next = replay(QDate());
    if (target.objectiveId == 0) {
        for (const Values *values : {static_cast<const Values *>(&after), &next}) {
            if (const QString problem = milestoneProblem(*values); !problem.isEmpty())
                return finish(Outcome::Invalid, values == &after ? tr("as of %1, %2").arg(isoDay(edit.asOf), problem) : problem);
        }
    }

    // The current values: a field no edit set stays NULL. Written before the journal, with the
    // version checked again where the row is written, so that a second writer is refused as
    // stale even on an engine that lets it pass the read (on PostgreSQL its entry at the same
    // version would otherwise fail on the journal's unique key); holding the row, this
    // writer's journal entries cannot collide.
    auto edited = [&journal, &next](Field field) {
        for (const PlanEditEntry &one : std::as_const(journal)) {
            for (const PlanEditEntry::Change &change : one.changes) {
                if (change.field == field)
                    return next.value(field);
            }
        }
        return QString();
    };
    const bool milestoneTarget = target.objectiveId == 0;
    const QString table = milestoneTarget ? QStringLiteral("milestone_plan_edits") : QStringLiteral("objective_plan_edits");
    const QString idColumn = milestoneTarget ? QStringLiteral("milestone_id") : QStringLiteral("objective_id");
    const QList<Field> fields = milestoneTarget
        ? QList<Field>{Field::Title, Field::PlannedStart, Field::PlannedEnd, Field::Quarters, Field::Removed}
        : QList<Field>{Field::ObjectiveStatus, Field::EstimatedCompletion};
    QStringList columns;
    for (Field field : fields)
        columns.append(field == Field::ObjectiveStatus ? QStringLiteral("status") : PlanEditField::key(field));
    Statement write;
    if (target.version == 0) {
        QStringList parameters;
        for (qsizetype i = 0; i < columns.size(); ++i)
            parameters.append(QStringLiteral("?%1").arg(i + 3));
        // A first edit has no row to check the version on; two first edits at once both read
        // version 0, and the second insert finds the first one's row: refused as stale, like
        // a moved version, instead of failing on the duplicate key.
        write.prepare(db, QStringLiteral("INSERT INTO %1 (%2, %3, version) VALUES (?1, %4, ?2) "
                                         "ON CONFLICT (%2) DO NOTHING RETURNING version")
                              .arg(table, idColumn, columns.join(QLatin1String(", ")), parameters.join(QLatin1String(", "))));
    } else {
        QStringList assignments;
        for (qsizetype i = 0; i < columns.size(); ++i)
            assignments.append(QStringLiteral("%1 = ?%2").arg(columns.at(i)).arg(i + 3));
        write.prepare(db, QStringLiteral("UPDATE %1 SET %2, version = version + 1 WHERE %3 = ?1 AND version = ?2 "
                                         "RETURNING version")
                              .arg(table, assignments.join(QLatin1String(", ")), idColumn));
    }
    if (!write.isValid())
        return finish(Outcome::Failed, write.error());
    write.bindInt64(1, milestoneTarget ? target.milestoneId : target.objectiveId);
    write.bindInt64(2, target.version == 0 ? 1 : target.version);
    for (qsizetype i = 0; i < fields.size(); ++i)
        bindOptionalText(write, int(i) + 3, edited(fields.at(i)));
    const Statement::Result written = write.step();
    if (written == Statement::Result::Error)
        return finish(Outcome::Failed, write.error());
    if (written == Statement::Result::Done)
        return finish(Outcome::Stale, tr("the plan was edited by someone else while this edit was saved; read it again "
                                         "and repeat the edit. Nothing was changed."));
    write.reset();

    Statement insertEdit(db, QStringLiteral("INSERT INTO plan_edits (milestone_id, objective_id, as_of, entered_by, "
                                            "entered_at, note, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (target.objectiveId == 0) {
        insertEdit.bindInt64(1, target.milestoneId);
        insertEdit.bindNull(2);
    } else {
        insertEdit.bindNull(1);
        insertEdit.bindInt64(2, target.objectiveId);
    }
    insertEdit.bindText(3, isoDay(edit.asOf));
    insertEdit.bindText(4, enteredBy);
    insertEdit.bindText(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    insertEdit.bindText(6, edit.note.trimmed());
    insertEdit.bindInt64(7, target.version + 1);
    if (!insertEdit.run())
        return finish(Outcome::Failed, insertEdit.error());
    const qint64 entryId = insertEdit.lastInsertRowId();

    Statement insertChange(db, QStringLiteral("INSERT INTO plan_edit_changes (edit_id, field, old_value, new_value) "
                                              "VALUES (?1, ?2, ?3, ?4)"));
    for (const PlanEditEntry::Change &change : std::as_const(result.changes)) {
        insertChange.reset();
        insertChange.bindInt64(1, entryId);
        insertChange.bindText(2, PlanEditField::key(change.field));
        bindOptionalText(insertChange, 3, change.oldValue);
        bindOptionalText(insertChange, 4, change.newValue);
        if (!insertChange.run())
            return finish(Outcome::Failed, insertChange.error());
    }
    if (!transaction.commit())
        return finish(Outcome::Failed, transaction.error());
    result.version = target.version + 1;
    result.entryId = entryId;
    return finish(Outcome::Recorded);
}

bool PlanEditRepository::journalEdition(Connection *db, qint64 milestoneId, const QList<PlanEditEntry::Change> &changes,
                                        const QDate &asOf, const QString &enteredBy, const QString &note,
                                        const QString &edition, QString *error)
{
    bool ok = false;
    const int version = readVersion(db, QStringLiteral("milestone_plan_edits"), QStringLiteral("milestone_id"), milestoneId,
                                    &ok, error);
    if (!ok)
        return false;
    Statement insertEdit(db, QStringLiteral("INSERT INTO plan_edits (milestone_id, objective_id, as_of, entered_by, "
                                            "entered_at, note, version, edition) VALUES (?1, NULL, ?2, ?3, ?4, ?5, ?6, ?7)"));
    insertEdit.bindInt64(1, milestoneId);
    insertEdit.bindText(2, isoDay(asOf));
    insertEdit.bindText(3, enteredBy);
    insertEdit.bindText(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    insertEdit.bindText(5, note);
    insertEdit.bindInt64(6, version + 1);
    insertEdit.bindText(7, edition);
    if (!insertEdit.run()) {
        *error = insertEdit.error();
        return false;
    }
    const qint64 entryId = insertEdit.lastInsertRowId();
    Statement insertChange(db, QStringLiteral("INSERT INTO plan_edit_changes (edit_id, field, old_value, new_value) "
                                              "VALUES (?1, ?2, ?3, ?4)"));
    for (const PlanEditEntry::Change &change : changes) {
        insertChange.reset();
        insertChange.bindInt64(1, entryId);
        insertChange.bindText(2, PlanEditField::key(change.field));
        bindOptionalText(insertChange, 3, change.oldValue);
        bindOptionalText(insertChange, 4, change.newValue);
        if (!insertChange.run()) {
            *error = insertChange.error();
            return false;
        }
    }

    // The current values, as record() keeps them: the journal's last value of each field it
    // set, NULL for a field never edited.
    QList<PlanEditEntry> journal;
    Filter filter;
    filter.milestoneId = milestoneId;
    if (!readEntries(db, {}, filter, &journal, error))
        return false;
    const QList<Field> fields{Field::Title, Field::PlannedStart, Field::PlannedEnd, Field::Quarters, Field::Removed};
    Values current;
    for (const PlanEditEntry &entry : std::as_const(journal)) {
        for (const PlanEditEntry::Change &change : entry.changes)
            current.insert(change.field, change.newValue);
    }
    QStringList columns;
    for (Field field : fields)
        columns.append(PlanEditField::key(field));
    Statement write;
    if (version == 0) {
        write.prepare(db, QStringLiteral("INSERT INTO milestone_plan_edits (milestone_id, %1, version) "
                                         "VALUES (?1, ?3, ?4, ?5, ?6, ?7, ?2)")
                              .arg(columns.join(QLatin1String(", "))));
    } else {
        QStringList assignments;
        for (qsizetype i = 0; i < columns.size(); ++i)
            assignments.append(QStringLiteral("%1 = ?%2").arg(columns.at(i)).arg(i + 3));
        write.prepare(db, QStringLiteral("UPDATE milestone_plan_edits SET %1, version = ?2 WHERE milestone_id = ?1")
                              .arg(assignments.join(QLatin1String(", "))));
    }
    if (!write.isValid()) {
        *error = write.error();
        return false;
    }
    write.bindInt64(1, milestoneId);
    write.bindInt64(2, version + 1);
    for (qsizetype i = 0; i < fields.size(); ++i)
        bindOptionalText(write, int(i) + 3, current.contains(fields.at(i)) ? current.value(fields.at(i)) : QString());
    if (!write.run()) {
        *error = write.error();
        return false;
    }
    return true;
}

std::optional<int> PlanEditRepository::milestoneVersion(qint64 milestoneId, QString *error) const
{
    bool ok = false;
    QString reason;
    const int version = readVersion(m_database.handle(), QStringLiteral("milestone_plan_edits"),
                                    QStringLiteral("milestone_id"), milestoneId, &ok, &reason);
    if (!ok) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    return version;
}

std::optional<int> PlanEditRepository::objectiveVersion(const ObjectiveKey &objective, QString *error) const
{
    QString reason;
    const qint64 id = objectiveKeyId(m_database.handle(), objective, false, &reason);
    bool ok = reason.isEmpty();
    const int version = id == 0 ? 0
                                : readVersion(m_database.handle(), QStringLiteral("objective_plan_edits"),
                                              QStringLiteral("objective_id"), id, &ok, &reason);
    if (!ok) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    return version;
}

std::optional<QList<PlanEditEntry>> PlanEditRepository::entries(const Filter &filter, QString *error) const
{
    Transaction transaction(m_database.handle(), Transaction::Mode::Read);
    QList<PlanEditEntry> entries;
    QString reason = transaction.error();
    if (!transaction.isActive() || !readEntries(m_database.handle(), {}, filter, &entries, &reason)) {
        if (error)
            *error = tr("Could not read the history of plan edits: %1").arg(reason);
        return std::nullopt;
    }
    std::reverse(entries.begin(), entries.end());
    return entries;
}

bool PlanEditRepository::readEntries(Connection *db, const QString &planSource, const Filter &filter,
                                     QList<PlanEditEntry> *entries, QString *error)
{
    QStringList conditions;
    if (filter.since.isValid())
        conditions.append(QStringLiteral("e.as_of > ?1"));
    if (filter.until.isValid())
        conditions.append(QStringLiteral("e.as_of <= ?2"));
    if (filter.milestoneId != 0)
        conditions.append(QStringLiteral("e.milestone_id = ?3"));
    if (!planSource.isEmpty())
        conditions.append(QStringLiteral("COALESCE(k.plan_source, o.plan_source) = ?4"));
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
    const QString from = QStringLiteral(" FROM plan_edits e LEFT JOIN milestone_keys k ON k.id = e.milestone_id "
                                        "LEFT JOIN objective_keys o ON o.id = e.objective_id");
    Statement selectEdits(db, QStringLiteral("SELECT e.id, e.milestone_id, e.objective_id, "
                                             "COALESCE(k.plan_source, o.plan_source), COALESCE(k.objective_title, o.title), "
                                             "COALESCE(k.objective_subtitle, o.subtitle), "
                                             "COALESCE(k.objective_occurrence, o.occurrence), k.title, e.as_of, "
                                             "e.entered_by, e.entered_at, e.note, e.version, e.edition%1%2 ORDER BY e.as_of, e.id")
                                  .arg(from, where));
    Statement selectChanges(db, QStringLiteral("SELECT c.edit_id, c.field, c.old_value, c.new_value "
                                               "FROM plan_edit_changes c JOIN plan_edits e ON e.id = c.edit_id "
                                               "LEFT JOIN milestone_keys k ON k.id = e.milestone_id "
                                               "LEFT JOIN objective_keys o ON o.id = e.objective_id%1")
                                    .arg(where));
    for (Statement *statement : {&selectEdits, &selectChanges}) {
        if (!statement->isValid()) {
            *error = statement->error();
            return false;
        }
        if (filter.since.isValid())
            statement->bindText(1, isoDay(filter.since));
        if (filter.until.isValid())
            statement->bindText(2, isoDay(filter.until));
        if (filter.milestoneId != 0)
            statement->bindInt64(3, filter.milestoneId);
        if (!planSource.isEmpty())
            statement->bindText(4, planSource);
    }
    QHash<qint64, qsizetype> indexOf;
    const qsizetype first = entries->size();
    Statement::Result row;
    while ((row = selectEdits.step()) == Statement::Result::Row) {
        PlanEditEntry entry;
        entry.id = selectEdits.columnInt64(0);
        entry.milestoneId = selectEdits.columnIsNull(1) ? 0 : selectEdits.columnInt64(1);
        entry.objectiveId = selectEdits.columnIsNull(2) ? 0 : selectEdits.columnInt64(2);
        entry.objective = {selectEdits.columnText(3), selectEdits.columnText(4), selectEdits.columnText(5),
                           int(selectEdits.columnInt64(6))};
        entry.milestoneTitle = selectEdits.columnText(7);
        entry.asOf = QDate::fromString(selectEdits.columnText(8), Qt::ISODate);
        entry.enteredBy = selectEdits.columnText(9);
        entry.enteredAt = IsoTimestamp::parse(selectEdits.columnText(10));
        entry.note = selectEdits.columnText(11);
        entry.version = int(selectEdits.columnInt64(12));
        entry.edition = selectEdits.columnIsNull(13) ? QString() : selectEdits.columnText(13);
        indexOf.insert(entry.id, entries->size());
        entries->append(entry);
    }
    if (row == Statement::Result::Error) {
        *error = selectEdits.error();
        return false;
    }
    while ((row = selectChanges.step()) == Statement::Result::Row) {
        const auto field = PlanEditField::fromKey(selectChanges.columnText(1));
        const auto index = indexOf.constFind(selectChanges.columnInt64(0));
        if (!field || index == indexOf.cend()) {
            *error = tr("the journal holds an unknown field “%1”").arg(selectChanges.columnText(1));
            return false;
        }
        (*entries)[*index].changes.append({*field, selectChanges.columnText(2), selectChanges.columnText(3)});
    }
    if (row == Statement::Result::Error) {
        *error = selectChanges.error();
        return false;
    }
    for (qsizetype i = first; i < entries->size(); ++i) {
        auto &changes = (*entries)[i].changes;
        std::sort(changes.begin(), changes.end(),
                  [](const PlanEditEntry::Change &a, const PlanEditEntry::Change &b) { return a.field < b.field; });
    }
    return true;
}

} // namespace milepost
