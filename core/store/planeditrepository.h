// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planedit/planedit.h"
#include "planedit/planeditentry.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace milepost {

class Connection;
class Database;

// Edits of the plan itself (milestones added, edited, removed; an objective's recorded status
// and estimated completion), and their journal. All plan-edit SQL lives here.
//
// record() appends the edit and one change per field it changes (the value in effect on the
// edit's as-of date, and the new one) to the journal and rewrites the current values, in one
// short transaction, after checking the version the caller read. The journal is never
// rewritten (the schema's triggers refuse it): an undo or a correction is a new edit, and a
// removal only marks the milestone removed. The imported rows are never touched, so a
// re-import of the plan keeps every edit (PlanRepository::loadLatest lays them over it).
//
// The queries keep to SQL both SQLite and PostgreSQL read.
class PlanEditRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PlanEditRepository)

public:
    struct Result
    {
        enum class Outcome {
            Recorded, // stored; version is the new one
            Unchanged, // the values were already so: nothing stored
            Invalid, // a value cannot be read or the plan would not stand; errors says why
            Unknown, // no such milestone or objective in a stored plan
            Stale, // someone edited it since the caller read the version
            Failed, // the store failed
        };
        Outcome outcome = Outcome::Failed;
        QStringList errors;
        int version = 0; // the milestone's or objective's plan version now
        qint64 entryId = 0; // the journal entry, when recorded
        qint64 milestoneId = 0; // the milestone edited or added
        QList<PlanEditEntry::Change> changes;

        bool ok() const { return outcome == Outcome::Recorded || outcome == Outcome::Unchanged; }
        QString error() const { return errors.join(QLatin1String("; ")); }
    };

    // As ProgressRepository::Filter: edits dated after since and up to until, of one milestone.
    struct Filter
    {
        QDate since;
        QDate until;
        qint64 milestoneId = 0;
    };

    explicit PlanEditRepository(Database &database);

    // today bounds the as-of date.
    Result record(const PlanEdit &edit, const QDate &today = QDate::currentDate());

    // The plan version of a milestone or objective: what PlanEdit::expectedVersion must give;
    // 0 before its first edit. nullopt with error set when the store fails.
    std::optional<int> milestoneVersion(qint64 milestoneId, QString *error) const;
    std::optional<int> objectiveVersion(const ObjectiveKey &objective, QString *error) const;

    // The journal, newest first: by as-of date, then the later entry first.
    std::optional<QList<PlanEditEntry>> entries(const Filter &filter, QString *error) const;
    // The same within the caller's transaction, of one plan's source (all when empty), oldest
    // first; for PlanRepository::loadLatest.
    static bool readEntries(Connection *db, const QString &planSource, const Filter &filter, QList<PlanEditEntry> *entries,
                            QString *error);

    // Within the caller's transaction (PlanRepository::mergePlan): journals what a new edition of
    // the plan changes on one milestone, as an entry naming edition, and rewrites the milestone's
    // current values by the journal's rule. False with error set when the store fails.
    static bool journalEdition(Connection *db, qint64 milestoneId, const QList<PlanEditEntry::Change> &changes,
                               const QDate &asOf, const QString &enteredBy, const QString &note, const QString &edition,
                               QString *error);

private:
    Database &m_database;
};

} // namespace milepost
