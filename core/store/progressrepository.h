// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/progressentry.h"
#include "progress/progressstate.h"
#include "progress/progressupdate.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace milepost {

class Connection;

class Database;

// Progress recorded on milestones, and its journal. All progress SQL lives here.
//
// record() appends the update and one change per field it changes (with the value before and
// after) to the journal and rewrites the milestone's current values, in one short transaction,
// after checking the version the caller read. The journal is never rewritten (the schema's
// triggers refuse it), so a correction or an undo is a new update.
//
// Two dates: an update's as-of date is the reporting date it speaks for; entered_at is when it
// was typed. The state as of a date replays the journal by as-of date (a later entry for the
// same date wins); the current values are that replay to the end. An update dated before a
// later one still changes the state from its date on, but the current value of a field
// only when no later-dated update set that field.
//
// The queries keep to SQL both SQLite and PostgreSQL read (window functions; the one upsert,
// ON CONFLICT DO NOTHING, is in both since SQLite 3.24).
class ProgressRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressRepository)

public:
    struct RecordResult
    {
        enum class Outcome {
            Recorded, // stored; version is the new one
            Unchanged, // the values were already so and there is no note: nothing stored
            Invalid, // a value cannot be read or the values cannot stand together; errors says why
            UnknownMilestone, // no such id, or it is no longer in a stored plan
            Stale, // someone recorded an update since the caller read the version
            Failed, // the store failed
        };
        Outcome outcome = Outcome::Failed;
        QStringList errors; // one reason per problem, empty when recorded or unchanged
        int version = 0; // the milestone's version now
        qint64 entryId = 0; // the journal entry, when recorded
        QList<ProgressEntry::Change> changes;

        bool ok() const { return outcome == Outcome::Recorded || outcome == Outcome::Unchanged; }
        QString error() const { return errors.join(QLatin1String("; ")); }
    };

    // Where a milestone id points.
    struct MilestoneRef
    {
        qint64 id = 0;
        QString title;
        QString objectiveTitle;
        QString planSource;
        bool inPlan = false; // false: a re-import left it out or a plan edit removed it; its history is kept
    };

    // What entries() lists: updates with an as-of date after since (when valid) and up to and
    // including until (when valid), of one milestone (when milestoneId is not 0). These bounds
    // are exactly the updates that take the state as of since to the state as of until.
    struct Filter
    {
        QDate since;
        QDate until;
        qint64 milestoneId = 0;
    };

    explicit ProgressRepository(Database &database);
    Database &database() const { return m_database; }

    // today bounds the as-of date: an update cannot speak for a day that has not come.
    RecordResult record(const ProgressUpdate &update, const QDate &today = QDate::currentDate());
    // Several updates (one per milestone, as a bulk edit makes them) in one transaction: all
    // are stored, or none. recorded says which; the results say, update by update, what each
    // would have done or why it was refused (a refusal of one refuses the batch, and the
    // others then read Recorded or Unchanged with nothing stored).
    QList<RecordResult> recordAll(const QList<ProgressUpdate> &updates, const QDate &today, bool *recorded);

    // nullopt with error set when there is no such milestone or the store fails.
    std::optional<MilestoneRef> milestone(qint64 id, QString *error) const;
    // The current values and version; an unrecorded state (version 0) before the first update.
    std::optional<ProgressState> current(qint64 milestoneId, QString *error) const;
    // What was recorded as of the end of asOf (version 0).
    std::optional<ProgressState> stateAsOf(qint64 milestoneId, const QDate &asOf, QString *error) const;
    // The same for every milestone with anything recorded up to asOf, by milestone id.
    std::optional<QHash<qint64, ProgressState>> statesAsOf(const QDate &asOf, QString *error) const;
    // A milestone's history (Filter::milestoneId) or the changes between two dates, newest
    // first: by as-of date, then the later entry first.
    std::optional<QList<ProgressEntry>> entries(const Filter &filter, QString *error) const;
    std::optional<QList<ProgressEntry>> history(qint64 milestoneId, QString *error) const
    {
        return entries({QDate(), QDate(), milestoneId}, error);
    }

private:
    static RecordResult readUpdate(const ProgressUpdate &update, const QDate &today);
    static RecordResult writeUpdate(Connection *db, const ProgressUpdate &update, const QStringList &unreadable);

    Database &m_database;
};

} // namespace milepost
