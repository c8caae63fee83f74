// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressrepository.h"

#include "database.h"
#include "isotimestamp.h"
#include "statement.h"
#include "transaction.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace milepost {

namespace {

using Field = ProgressField::Id;
using Outcome = ProgressRepository::RecordResult::Outcome;

// Replaying "to the end" compares with a day after any a person can enter.
const QString endOfTime = QStringLiteral("9999-12-31");

QString isoDay(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dayOf(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

void bindOptionalText(Statement &statement, int index, const QString &value)
{
    if (value.isNull())
        statement.bindNull(index);
    else
        statement.bindText(index, value);
}

// The current-values columns, in ProgressField order, then the note, its date and the as-of date.
void bindCurrentValues(Statement &statement, int index, const ProgressState &state)
{
    for (Field field : ProgressField::all) {
        const QString &value = state.value(field);
        if (field == Field::Percent && !value.isNull())
            statement.bindInt64(index++, value.toLongLong());
        else
            bindOptionalText(statement, index++, value);
    }
    bindOptionalText(statement, index++, state.note.isEmpty() ? QString() : state.note);
    bindOptionalText(statement, index++, state.note.isEmpty() ? QString() : isoDay(state.noteAsOf));
    statement.bindText(index, isoDay(state.asOf));
}

// The state of one milestone (milestoneId) or of all, replayed from the journal up to and
// including asOf (the ISO day, or endOfTime).
bool replay(Connection *db, qint64 milestoneId, const QString &asOf, QHash<qint64, ProgressState> *states, QString *error)
{
    const QString oneMilestone = milestoneId != 0 ? QStringLiteral(" AND u.milestone_id = ?2") : QString();
    Statement latestValues(
        db, QStringLiteral("SELECT milestone_id, field, new_value FROM ("
                           " SELECT u.milestone_id, c.field, c.new_value, ROW_NUMBER() OVER ("
                           "  PARTITION BY u.milestone_id, c.field ORDER BY u.as_of DESC, u.id DESC) AS n"
                           " FROM milestone_updates u JOIN milestone_changes c ON c.update_id = u.id"
                           " WHERE u.as_of <= ?1%1) latest WHERE n = 1")
                .arg(oneMilestone));
    Statement latestNotes(
        db, QStringLiteral("SELECT milestone_id, note, as_of FROM ("
                           " SELECT u.milestone_id, u.note, u.as_of, ROW_NUMBER() OVER ("
                           "  PARTITION BY u.milestone_id ORDER BY u.as_of DESC, u.id DESC) AS n"
                           " FROM milestone_updates u WHERE u.as_of <= ?1 AND u.note <> ''%1) latest WHERE n = 1")
                .arg(oneMilestone));
    Statement latestDates(db, QStringLiteral("SELECT u.milestone_id, MAX(u.as_of) FROM milestone_updates u "
                                             "WHERE u.as_of <= ?1%1 GROUP BY u.milestone_id")
                                  .arg(oneMilestone));
    for (Statement *statement : {&latestDates, &latestValues, &latestNotes}) {
        if (!statement->isValid()) {
            *error = statement->error();
            return false;
        }
        statement->bindText(1, asOf);
        if (milestoneId != 0)
            statement->bindInt64(2, milestoneId);
    }

    Statement::Result row;
    while ((row = latestDates.step()) == Statement::Result::Row) {
        ProgressState &state = (*states)[latestDates.columnInt64(0)];
        state.milestoneId = latestDates.columnInt64(0);
        state.asOf = dayOf(latestDates.columnText(1));
    }
    if (row == Statement::Result::Error) {
        *error = latestDates.error();
        return false;
    }
    while ((row = latestValues.step()) == Statement::Result::Row) {
        const auto field = ProgressField::fromKey(latestValues.columnText(1));
        if (!field) {
            *error = ProgressRepository::tr("the journal holds an unknown field “%1”").arg(latestValues.columnText(1));
            return false;
        }
        (*states)[latestValues.columnInt64(0)].setValue(*field, latestValues.columnText(2));
    }
    if (row == Statement::Result::Error) {
        *error = latestValues.error();
        return false;
    }
    while ((row = latestNotes.step()) == Statement::Result::Row) {
        ProgressState &state = (*states)[latestNotes.columnInt64(0)];
        state.note = latestNotes.columnText(1);
        state.noteAsOf = dayOf(latestNotes.columnText(2));
    }
    if (row == Statement::Result::Error) {
        *error = latestNotes.error();
        return false;
    }
    return true;
}

// The current row of one milestone; an unrecorded state when it has none. False on error.
bool readCurrent(Connection *db, qint64 milestoneId, ProgressState *state, QString *error)
{
    Statement select(db, QStringLiteral("SELECT status, percent, actual_start, actual_end, owner, office, note, note_as_of, "
                                        "as_of, version FROM milestone_progress WHERE milestone_id = ?1"));
    select.bindInt64(1, milestoneId);
    *state = ProgressState();
    state->milestoneId = milestoneId;
    switch (select.step()) {
    case Statement::Result::Done:
        return true;
    case Statement::Result::Error:
        *error = select.error();
        return false;
    case Statement::Result::Row:
        break;
    }
    int column = 0;
    for (Field field : ProgressField::all)
        state->setValue(field, select.columnText(column++));
    state->note = select.columnIsNull(column) ? QString() : select.columnText(column);
    state->noteAsOf = dayOf(select.columnText(column + 1));
    state->asOf = dayOf(select.columnText(column + 2));
    state->version = int(select.columnInt64(column + 3));
    return true;
}

// nullopt with error set, and missing set when the id is not there at all.
std::optional<ProgressRepository::MilestoneRef> findMilestone(Connection *db, qint64 id, QString *error,
                                                              bool *missing = nullptr)
{
    // In the plan: imported and not removed, or added by a plan edit and not removed since.
    Statement select(db, QStringLiteral("SELECT k.id, k.title, k.objective_title, k.plan_source, m.id, e.removed "
                                        "FROM milestone_keys k LEFT JOIN milestones m ON m.key_id = k.id "
                                        "LEFT JOIN milestone_plan_edits e ON e.milestone_id = k.id WHERE k.id = ?1"));
    select.bindInt64(1, id);
    switch (select.step()) {
    case Statement::Result::Done:
        *error = ProgressRepository::tr("there is no milestone %1").arg(id);
        if (missing)
            *missing = true;
        return std::nullopt;
    case Statement::Result::Error:
        *error = select.error();
        return std::nullopt;
    case Statement::Result::Row:
        break;
    }
    ProgressRepository::MilestoneRef ref;
    ref.id = select.columnInt64(0);
    ref.title = select.columnText(1);
    ref.objectiveTitle = select.columnText(2);
    ref.planSource = select.columnText(3);
    const QString removed = select.columnText(5);
    ref.inPlan = removed.isNull() ? !select.columnIsNull(4) : removed == QLatin1String("no");
    return ref;
}

} // namespace

ProgressRepository::ProgressRepository(Database &database)
    : m_database(database)
{
}

ProgressRepository::RecordResult ProgressRepository::record(const ProgressUpdate &update, const QDate &today)
{
    RecordResult result = readUpdate(update, today);
    if (!result.errors.isEmpty() && result.outcome == Outcome::Invalid)
        return result;
    if (QString prepareError; !m_database.prepareForChange({}, &prepareError)) {
        result.outcome = Outcome::Failed;
        result.errors.append(prepareError);
        return result;
    }
    Transaction transaction(m_database.handle());
    if (!transaction.isActive()) {
        result.outcome = Outcome::Failed;
        result.errors.append(transaction.error());
        return result;
    }
    result = writeUpdate(m_database.handle(), update, result.errors);
    if (result.outcome == Outcome::Recorded && !transaction.commit()) {
        result.outcome = Outcome::Failed;
        result.errors.append(transaction.error());
        result.entryId = 0;
    }
    return result;
}

QList<ProgressRepository::RecordResult> ProgressRepository::recordAll(const QList<ProgressUpdate> &updates,
                                                                      const QDate &today, bool *recorded)
{
    // Every update is read first, so that one unreadable value refuses the whole batch before
    // the store is touched; then all are written in one transaction, all or none.
    QList<RecordResult> results;
    bool readable = true;
    for (const ProgressUpdate &update : updates) {
        results.append(readUpdate(update, today));
        readable = readable && results.constLast().outcome != Outcome::Invalid;
    }
    *recorded = false;
    if (!readable || updates.isEmpty())
        return results;
    auto failAll = [&results](const QString &reason) {
        for (RecordResult &result : results) {
            result.outcome = Outcome::Failed;
            result.errors.append(reason);
        }
        return results;
    };
    if (QString prepareError; !m_database.prepareForChange({}, &prepareError))
        return failAll(prepareError);
    Transaction transaction(m_database.handle());
    if (!transaction.isActive())
        return failAll(transaction.error());
    bool allOk = true;
    for (qsizetype i = 0; i < updates.size(); ++i) {
        results[i] = writeUpdate(m_database.handle(), updates.at(i), results.at(i).errors);
        allOk = allOk && results.at(i).ok();
    }
    if (!allOk)
        return results; // the transaction rolls back: nothing of the batch is kept
    if (!transaction.commit())
        return failAll(transaction.error());
    *recorded = true;
    return results;
}

// The checks that need no store: the values can be read, the update has a date, an author and
// something to say. outcome is Invalid when one fails; errors lists every reason.
ProgressRepository::RecordResult ProgressRepository::readUpdate(const ProgressUpdate &update, const QDate &today)
{
    RecordResult result;
    auto finish = [&result](Outcome outcome, const QString &reason = {}) {
        result.outcome = outcome;
        if (!reason.isEmpty())
            result.errors.append(reason);
        return result;
    };

    // The values as typed, read first. One that cannot be read is reported, and the others are
    // still checked against the stored ones (writeUpdate), so that every reason comes out at once.
    QStringList unreadable;
    for (auto it = update.values.cbegin(); it != update.values.cend(); ++it) {
        QString canonical;
        QString reason;
        if (!ProgressField::normalise(it.key(), it.value(), &canonical, &reason))
            unreadable.append(reason);
    }
    const QString note = update.note.trimmed();
    const QString enteredBy = update.enteredBy.simplified();
    if (!update.asOf.isValid())
        result.errors.append(tr("the update needs an as-of date"));
    else if (today.isValid() && update.asOf > today)
        result.errors.append(tr("the as-of date %1 is after today, %2").arg(isoDay(update.asOf), isoDay(today)));
    if (enteredBy.isEmpty())
        result.errors.append(tr("the update does not say who entered it"));
    if (update.values.isEmpty() && note.isEmpty())
        result.errors.append(tr("the update gives no value and no note"));
    if (!result.errors.isEmpty()) {
        result.errors = unreadable + result.errors;
        return finish(Outcome::Invalid);
    }
    result.errors = unreadable;
    result.outcome = Outcome::Unchanged;
    return result;
}

// Writes one update read by readUpdate (unreadable: the reasons it gave for values it could
// not read) within the caller's transaction. Recorded when written; the caller commits.
ProgressRepository::RecordResult ProgressRepository::writeUpdate(Connection *db, const ProgressUpdate &update,
                                                                 const QStringList &unreadable)
{
    RecordResult result;
    result.errors = unreadable;
    auto finish = [&result](Outcome outcome, const QString &reason = {}) {
        result.outcome = outcome;
        if (!reason.isEmpty())
            result.errors.append(reason);
        return result;
    };
    QMap<Field, QString> wanted;
    for (auto it = update.values.cbegin(); it != update.values.cend(); ++it) {
        QString canonical;
        QString reason;
        if (ProgressField::normalise(it.key(), it.value(), &canonical, &reason))
            wanted.insert(it.key(), canonical);
    }
    const QString note = update.note.trimmed();
    const QString enteredBy = update.enteredBy.simplified();

    QString error;
    bool missing = false;
    const auto milestone = findMilestone(db, update.milestoneId, &error, &missing);
    if (!milestone)
        return finish(missing ? Outcome::UnknownMilestone : Outcome::Failed, error);
    if (!milestone->inPlan)
        return finish(Outcome::UnknownMilestone,
                      tr("milestone %1 (“%2”) is no longer in the plan; its history is kept").arg(milestone->id).arg(milestone->title));

    ProgressState current;
    if (!readCurrent(db, update.milestoneId, &current, &error))
        return finish(Outcome::Failed, error);
    result.version = current.version;
    if (current.version != update.expectedVersion)
        return finish(Outcome::Stale,
                      tr("milestone %1 was updated by someone else since it was read (version %2, now %3); read it "
                         "again and repeat the update. Nothing was changed.")
                          .arg(update.milestoneId)
                          .arg(update.expectedVersion)
                          .arg(current.version));

    // Old values are those in effect on the update's date: the current ones, unless the
    // update is dated before another.
    QHash<qint64, ProgressState> replayed;
    if (!replay(db, update.milestoneId, isoDay(update.asOf), &replayed, &error))
        return finish(Outcome::Failed, error);
    const ProgressState before = replayed.value(update.milestoneId);
    ProgressState after = before;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (before.value(it.key()) != it.value() || before.value(it.key()).isNull() != it.value().isNull()) {
            result.changes.append({it.key(), before.value(it.key()), it.value()});
            after.setValue(it.key(), it.value());
        }
    }
    if (result.changes.isEmpty() && note.isEmpty() && result.errors.isEmpty())
        return finish(Outcome::Unchanged); // the transaction rolls back, having written nothing

    // Fields that an update dated later has set keep their current value.
    Statement laterFields(db, QStringLiteral("SELECT DISTINCT c.field FROM milestone_updates u "
                                             "JOIN milestone_changes c ON c.update_id = u.id "
                                             "WHERE u.milestone_id = ?1 AND u.as_of > ?2"));
    laterFields.bindInt64(1, update.milestoneId);
    laterFields.bindText(2, isoDay(update.asOf));
    QList<Field> setLater;
    Statement::Result row;
    while ((row = laterFields.step()) == Statement::Result::Row) {
        if (const auto field = ProgressField::fromKey(laterFields.columnText(0)))
            setLater.append(*field);
    }
    if (row == Statement::Result::Error)
        return finish(Outcome::Failed, laterFields.error());
    ProgressState next = current;
    for (const ProgressEntry::Change &change : std::as_const(result.changes)) {
        if (!setLater.contains(change.field))
            next.setValue(change.field, change.newValue);
    }
    if (!note.isEmpty() && (!current.noteAsOf.isValid() || update.asOf >= current.noteAsOf)) {
        next.note = note;
        next.noteAsOf = update.asOf;
    }
    next.asOf = current.asOf.isValid() ? std::max(current.asOf, update.asOf) : update.asOf;
    next.version = current.version + 1;

    for (const ProgressState *state : {&after, &next}) {
        if (const QString problem = state->problem(); !problem.isEmpty()) {
            result.errors.append(state == &after ? tr("as of %1, %2").arg(isoDay(update.asOf), problem) : problem);
            break;
        }
    }
    if (!result.errors.isEmpty()) {
        result.changes.clear();
        return finish(Outcome::Invalid);
    }

    // The current values are written first, with the version checked again where the row is
    // written, so that a second writer is refused as stale even on an engine that lets it pass
    // the read: on PostgreSQL two people can both read version N; the second one's UPDATE then
    // waits for the first one's row and finds the version moved, and of two first saves the
    // second one's INSERT finds the row there (DO NOTHING). Written after the journal, the
    // second one's entry at version N + 1 would fail on the journal's unique key instead, a
    // duplicate-key error where the person should see the conflict. Holding the row, this
    // writer's journal entries cannot collide.
    if (current.version == 0) {
        Statement insertCurrent(db, QStringLiteral("INSERT INTO milestone_progress (milestone_id, status, percent, "
                                                   "actual_start, actual_end, owner, office, note, note_as_of, as_of, "
                                                   "version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 1) "
                                                   "ON CONFLICT (milestone_id) DO NOTHING RETURNING version"));
        insertCurrent.bindInt64(1, update.milestoneId);
        bindCurrentValues(insertCurrent, 2, next);
        const Statement::Result written = insertCurrent.step();
        if (written == Statement::Result::Error)
            return finish(Outcome::Failed, insertCurrent.error());
        insertCurrent.reset();
        if (written == Statement::Result::Done)
            return finish(Outcome::Stale, tr("milestone %1 was updated by someone else while this update was saved; "
                                             "read it again and repeat the update. Nothing was changed.")
                                              .arg(update.milestoneId));
    } else {
        Statement updateCurrent(db, QStringLiteral("UPDATE milestone_progress SET status = ?3, percent = ?4, "
                                                   "actual_start = ?5, actual_end = ?6, owner = ?7, office = ?8, "
                                                   "note = ?9, note_as_of = ?10, as_of = ?11, version = version + 1 "
                                                   "WHERE milestone_id = ?1 AND version = ?2 RETURNING version"));
        updateCurrent.bindInt64(1, update.milestoneId);
        updateCurrent.bindInt64(2, current.version);
        bindCurrentValues(updateCurrent, 3, next);
        const Statement::Result written = updateCurrent.step();
        if (written == Statement::Result::Error)
            return finish(Outcome::Failed, updateCurrent.error());
        updateCurrent.reset();
        if (written == Statement::Result::Done)
            return finish(Outcome::Stale, tr("milestone %1 was updated by someone else while this update was saved; "
                                             "read it again and repeat the update. Nothing was changed.")
                                              .arg(update.milestoneId));
    }

    Statement insertUpdate(db, QStringLiteral("INSERT INTO milestone_updates (milestone_id, as_of, entered_by, entered_at, "
                                              "note, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    insertUpdate.bindInt64(1, update.milestoneId);
    insertUpdate.bindText(2, isoDay(update.asOf));
    insertUpdate.bindText(3, enteredBy);
    insertUpdate.bindText(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    insertUpdate.bindText(5, note);
    insertUpdate.bindInt64(6, next.version);
    if (!insertUpdate.run())
        return finish(Outcome::Failed, insertUpdate.error());
    const qint64 entryId = insertUpdate.lastInsertRowId();

    Statement insertChange(db, QStringLiteral("INSERT INTO milestone_changes (update_id, field, old_value, new_value) "
                                              "VALUES (?1, ?2, ?3, ?4)"));
    for (const ProgressEntry::Change &change : std::as_const(result.changes)) {
        insertChange.reset();
        insertChange.bindInt64(1, entryId);
        insertChange.bindText(2, ProgressField::key(change.field));
        bindOptionalText(insertChange, 3, change.oldValue);
        bindOptionalText(insertChange, 4, change.newValue);
        if (!insertChange.run())
            return finish(Outcome::Failed, insertChange.error());
    }

    result.version = next.version;
    result.entryId = entryId;
    return finish(Outcome::Recorded);
}

std::optional<ProgressRepository::MilestoneRef> ProgressRepository::milestone(qint64 id, QString *error) const
{
    QString reason;
    auto found = findMilestone(m_database.handle(), id, &reason);
    if (!found && error)
        *error = reason;
    return found;
}

std::optional<ProgressState> ProgressRepository::current(qint64 milestoneId, QString *error) const
{
    QString reason;
    Transaction transaction(m_database.handle(), Transaction::Mode::Read);
    ProgressState state;
    if (!transaction.isActive())
        reason = transaction.error();
    else if (findMilestone(m_database.handle(), milestoneId, &reason))
        readCurrent(m_database.handle(), milestoneId, &state, &reason);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    return state;
}

std::optional<ProgressState> ProgressRepository::stateAsOf(qint64 milestoneId, const QDate &asOf, QString *error) const
{
    QString reason;
    Transaction transaction(m_database.handle(), Transaction::Mode::Read);
    QHash<qint64, ProgressState> states;
    if (!transaction.isActive())
        reason = transaction.error();
    else if (findMilestone(m_database.handle(), milestoneId, &reason))
        replay(m_database.handle(), milestoneId, asOf.isValid() ? isoDay(asOf) : endOfTime, &states, &reason);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    ProgressState state = states.value(milestoneId);
    state.milestoneId = milestoneId;
    return state;
}

std::optional<QHash<qint64, ProgressState>> ProgressRepository::statesAsOf(const QDate &asOf, QString *error) const
{
    QString reason;
    Transaction transaction(m_database.handle(), Transaction::Mode::Read);
    QHash<qint64, ProgressState> states;
    if (!transaction.isActive())
        reason = transaction.error();
    else
        replay(m_database.handle(), 0, asOf.isValid() ? isoDay(asOf) : endOfTime, &states, &reason);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    return states;
}

std::optional<QList<ProgressEntry>> ProgressRepository::entries(const Filter &filter, QString *error) const
{
    auto failed = [error](const QString &reason) {
        if (error)
            *error = tr("Could not read the history of updates: %1").arg(reason);
        return std::optional<QList<ProgressEntry>>();
    };
    QStringList conditions;
    if (filter.since.isValid())
        conditions.append(QStringLiteral("u.as_of > ?1"));
    if (filter.until.isValid())
        conditions.append(QStringLiteral("u.as_of <= ?2"));
    if (filter.milestoneId != 0)
        conditions.append(QStringLiteral("u.milestone_id = ?3"));
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
    auto bind = [&filter](Statement &statement) {
        if (filter.since.isValid())
            statement.bindText(1, isoDay(filter.since));
        if (filter.until.isValid())
            statement.bindText(2, isoDay(filter.until));
        if (filter.milestoneId != 0)
            statement.bindInt64(3, filter.milestoneId);
    };

    Connection *db = m_database.handle();
    Transaction transaction(db, Transaction::Mode::Read);
    if (!transaction.isActive())
        return failed(transaction.error());
    Statement selectUpdates(db, QStringLiteral("SELECT u.id, u.milestone_id, k.title, k.objective_title, u.as_of, "
                                               "u.entered_by, u.entered_at, u.note, u.version "
                                               "FROM milestone_updates u JOIN milestone_keys k ON k.id = u.milestone_id%1 "
                                               "ORDER BY u.as_of DESC, u.id DESC")
                                    .arg(where));
    Statement selectChanges(db, QStringLiteral("SELECT c.update_id, c.field, c.old_value, c.new_value "
                                               "FROM milestone_changes c JOIN milestone_updates u ON u.id = c.update_id%1")
                                    .arg(where));
    for (Statement *statement : {&selectUpdates, &selectChanges}) {
        if (!statement->isValid())
            return failed(statement->error());
        bind(*statement);
    }

    QList<ProgressEntry> entries;
    QHash<qint64, qsizetype> indexOf;
    Statement::Result row;
    while ((row = selectUpdates.step()) == Statement::Result::Row) {
        ProgressEntry entry;
        entry.id = selectUpdates.columnInt64(0);
        entry.milestoneId = selectUpdates.columnInt64(1);
        entry.milestoneTitle = selectUpdates.columnText(2);
        entry.objectiveTitle = selectUpdates.columnText(3);
        entry.asOf = dayOf(selectUpdates.columnText(4));
        entry.enteredBy = selectUpdates.columnText(5);
        entry.enteredAt = IsoTimestamp::parse(selectUpdates.columnText(6));
        entry.note = selectUpdates.columnText(7);
        entry.version = int(selectUpdates.columnInt64(8));
        indexOf.insert(entry.id, entries.size());
        entries.append(entry);
    }
    if (row == Statement::Result::Error)
        return failed(selectUpdates.error());
    while ((row = selectChanges.step()) == Statement::Result::Row) {
        const auto field = ProgressField::fromKey(selectChanges.columnText(1));
        const auto index = indexOf.constFind(selectChanges.columnInt64(0));
        if (!field || index == indexOf.cend())
            return failed(tr("the journal holds an unknown field “%1”").arg(selectChanges.columnText(1)));
        entries[*index].changes.append({*field, selectChanges.columnText(2), selectChanges.columnText(3)});
    }
    if (row == Statement::Result::Error)
        return failed(selectChanges.error());
    for (ProgressEntry &entry : entries) {
        std::sort(entry.changes.begin(), entry.changes.end(),
                  [](const ProgressEntry::Change &a, const ProgressEntry::Change &b) { return a.field < b.field; });
    }
    return entries;
}

} // namespace milepost
