// SPDX-License-Identifier: GPL-3.0-or-later
// Recording progress: the journal of every change, versions, validation, and a journal that
// cannot be rewritten.
#include "progressfixture.h"

using namespace milepost;
using namespace milepost::test;
using Field = ProgressField::Id;
using Outcome = ProgressRepository::RecordResult::Outcome;
using Change = ProgressEntry::Change;

namespace {

const QDate today(2024, 12, 31);

QList<qint64> journalCounts(const ProgressStore &store)
{
    return {store.count(QStringLiteral("milestone_updates")), store.count(QStringLiteral("milestone_changes")),
            store.count(QStringLiteral("milestone_progress"))};
}

} // namespace

TEST_CASE("every kind of edit is journaled with its old and new values", "[store][progress]")
{
    ProgressStore store;
    ProgressRepository &progress = *store.progress;
    const qint64 id = store.ids.at(1);

    auto first = recordProgress(progress, id, QDate(2024, 2, 1),
                                {{Field::Status, QStringLiteral("On track")}, {Field::Percent, QStringLiteral("10%")},
                                 {Field::ActualStart, QStringLiteral("2024-01-29")}, {Field::Owner, QStringLiteral("Ana Ruiz")},
                                 {Field::Office, QStringLiteral("Human Resources")}},
                                QStringLiteral("Started with the spring cohort."));
    CHECK(first.version == 1);
    CHECK(first.changes
          == QList<Change>{{Field::Status, QString(), QStringLiteral("on_track")},
                           {Field::Percent, QString(), QStringLiteral("10")},
                           {Field::ActualStart, QString(), QStringLiteral("2024-01-29")},
                           {Field::Owner, QString(), QStringLiteral("Ana Ruiz")},
                           {Field::Office, QString(), QStringLiteral("Human Resources")}});

    auto second = recordProgress(progress, id, QDate(2024, 5, 31),
                                 {{Field::Status, QStringLiteral("done")}, {Field::Percent, QStringLiteral("100")},
                                  {Field::ActualEnd, QStringLiteral("2024-05-30")}, {Field::Owner, QString()},
                                  {Field::Office, QStringLiteral("Human Resources")}});
    CHECK(second.version == 2);
    // The office was already so: not a change. The owner was cleared: its new value is null.
    CHECK(second.changes
          == QList<Change>{{Field::Status, QStringLiteral("on_track"), QStringLiteral("done")},
                           {Field::Percent, QStringLiteral("10"), QStringLiteral("100")},
                           {Field::ActualEnd, QString(), QStringLiteral("2024-05-30")},
                           {Field::Owner, QStringLiteral("Ana Ruiz"), QString()}});
    CHECK(second.changes.at(3).newValue.isNull());

    QString error;
    const auto history = progress.history(id, &error);
    INFO(error.toStdString());
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    const ProgressEntry &newest = history->at(0);
    CHECK(newest.asOf == QDate(2024, 5, 31));
    CHECK(newest.version == 2);
    // On a server the author is the role the session logged in as, whatever the client says.
    CHECK(newest.enteredBy == (store.database->isServer() ? store.database->permissions().role : QStringLiteral("Ana")));
    CHECK(newest.enteredAt.isValid());
    CHECK(qAbs(newest.enteredAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    CHECK(newest.milestoneTitle == QStringLiteral("Train mentors"));
    CHECK(newest.changes == second.changes);
    CHECK(history->at(1).changes == first.changes);
    CHECK(history->at(1).note == QStringLiteral("Started with the spring cohort."));

    const auto current = progress.current(id, &error);
    REQUIRE(current);
    CHECK(current->version == 2);
    CHECK(current->status() == ProgressStatus::Value::Done);
    CHECK(current->percent() == 100);
    CHECK(current->actualStart() == QDate(2024, 1, 29));
    CHECK(current->actualEnd() == QDate(2024, 5, 30));
    CHECK(current->owner().isNull());
    CHECK(current->office() == QStringLiteral("Human Resources"));
    CHECK(current->note == QStringLiteral("Started with the spring cohort."));
    CHECK(current->noteAsOf == QDate(2024, 2, 1));
    CHECK(current->asOf == QDate(2024, 5, 31));
    // Nothing else was touched.
    CHECK(progress.current(store.ids.at(0), &error)->version == 0);
    CHECK_FALSE(progress.current(store.ids.at(0), &error)->isRecorded());
}

TEST_CASE("a note alone is an update, the same values again record nothing", "[store][progress]")
{
    ProgressStore store;
    ProgressRepository &progress = *store.progress;
    const qint64 id = store.ids.at(0);
    recordProgress(progress, id, QDate(2024, 3, 1), {{Field::Status, QStringLiteral("at_risk")}});
    const auto noted = recordProgress(progress, id, QDate(2024, 3, 15), {}, QStringLiteral("Vendor is late."));
    CHECK(noted.changes.isEmpty());
    CHECK(noted.version == 2);
    QString error;
    CHECK(progress.current(id, &error)->note == QStringLiteral("Vendor is late."));

    const auto counts = journalCounts(store);
    const auto same = progress.record(progressUpdate(progress, id, QDate(2024, 3, 20), {{Field::Status, QStringLiteral("At risk")}}),
                                      today);
    CHECK(same.outcome == Outcome::Unchanged);
    CHECK(same.ok());
    CHECK(same.version == 2);
    CHECK(journalCounts(store) == counts);
}

TEST_CASE("an update made against a version that is no longer current is refused and changes nothing", "[store][progress]")
{
    ProgressStore store;
    ProgressRepository &progress = *store.progress;
    const qint64 id = store.ids.at(0);
    // Two people read version 0; the first saves.
    const ProgressUpdate mine = progressUpdate(progress, id, QDate(2024, 3, 1), {{Field::Status, QStringLiteral("on_track")}});
    ProgressUpdate theirs = progressUpdate(progress, id, QDate(2024, 3, 1), {{Field::Status, QStringLiteral("off_track")}});
    theirs.enteredBy = QStringLiteral("Ben");
    REQUIRE(progress.record(mine, today).outcome == Outcome::Recorded);

    QString error;
    const ProgressState before = *progress.current(id, &error);
    const auto counts = journalCounts(store);
    const auto refused = progress.record(theirs, today);
    CHECK(refused.outcome == Outcome::Stale);
    CHECK_FALSE(refused.ok());
    CHECK(refused.version == 1);
    CHECK(refused.error().contains(QStringLiteral("version 0, now 1")));
    CHECK(refused.error().contains(QStringLiteral("Nothing was changed")));
    CHECK(journalCounts(store) == counts);
    CHECK(*progress.current(id, &error) == before);

    // Read again, it goes through.
    theirs.expectedVersion = before.version;
    CHECK(progress.record(theirs, today).outcome == Outcome::Recorded);
    CHECK(progress.current(id, &error)->status() == ProgressStatus::Value::OffTrack);
}

TEST_CASE("an update that cannot be read is refused with every reason and changes nothing", "[store][progress]")
{
    ProgressStore store;
    ProgressRepository &progress = *store.progress;
    const qint64 id = store.ids.at(0);
    recordProgress(progress, id, QDate(2024, 3, 1), {{Field::ActualStart, QStringLiteral("2024-02-10")}});
    const auto counts = journalCounts(store);

    auto refused = [&](const QMap<Field, QString> &values, const QDate &asOf = QDate(2024, 4, 1), qint64 milestone = 0) {
        ProgressUpdate update = progressUpdate(progress, store.ids.at(0), asOf, values);
        if (milestone != 0)
            update.milestoneId = milestone;
        return progress.record(update, today);
    };

    auto result = refused({{Field::Status, QStringLiteral("finished")}, {Field::Percent, QStringLiteral("140")}});
    CHECK(result.outcome == Outcome::Invalid);
    REQUIRE(result.errors.size() == 2);
    CHECK(result.errors.at(0).contains(QStringLiteral("“finished” is not a status")));
    CHECK(result.errors.at(1).contains(QStringLiteral("“140” is not a percent complete")));

    // Against the stored actual start, and within one update.
    result = refused({{Field::ActualEnd, QStringLiteral("2024-02-01")}});
    CHECK(result.outcome == Outcome::Invalid);
    CHECK(result.error().contains(QStringLiteral("the actual end 2024-02-01 is before the actual start 2024-02-10")));
    result = refused({{Field::ActualStart, QStringLiteral("2024-03-05")}, {Field::ActualEnd, QStringLiteral("2024-03-04")}});
    CHECK(result.outcome == Outcome::Invalid);
    // A value that cannot be read does not hide a problem with the others.
    result = refused({{Field::Percent, QStringLiteral("140")}, {Field::ActualEnd, QStringLiteral("2024-02-01")}});
    CHECK(result.outcome == Outcome::Invalid);
    REQUIRE(result.errors.size() == 2);
    CHECK(result.errors.at(0).contains(QStringLiteral("“140”")));
    CHECK(result.errors.at(1).contains(QStringLiteral("before the actual start")));
    CHECK(result.changes.isEmpty());

    result = refused({{Field::Status, QStringLiteral("done")}}, QDate(2024, 4, 1), 99999);
    CHECK(result.outcome == Outcome::UnknownMilestone);
    CHECK(result.error() == QStringLiteral("there is no milestone 99999"));

    result = refused({{Field::Status, QStringLiteral("done")}}, QDate(2025, 1, 1));
    CHECK(result.outcome == Outcome::Invalid);
    CHECK(result.error().contains(QStringLiteral("after today")));
    result = refused({{Field::Status, QStringLiteral("done")}}, QDate());
    CHECK(result.error().contains(QStringLiteral("needs an as-of date")));
    result = refused({});
    CHECK(result.error().contains(QStringLiteral("no value and no note")));

    ProgressUpdate anonymous = progressUpdate(progress, id, QDate(2024, 4, 1), {{Field::Status, QStringLiteral("done")}});
    anonymous.enteredBy = QStringLiteral("  ");
    CHECK(progress.record(anonymous, today).error().contains(QStringLiteral("who entered it")));

    CHECK(journalCounts(store) == counts);
}

TEST_CASE("the journal cannot be rewritten, and a milestone with a history cannot be deleted", "[store][progress]")
{
    ProgressStore store;
    const qint64 id = store.ids.at(0);
    recordProgress(*store.progress, id, QDate(2024, 3, 1), {{Field::Status, QStringLiteral("on_track")}}, QStringLiteral("why"));
    const auto counts = journalCounts(store);
    Connection *db = store.database->handle();
    QString error;
    for (const char *sql : {"UPDATE milestone_updates SET note = 'rewritten'",
                            "UPDATE milestone_updates SET as_of = '2020-01-01'",
                            "DELETE FROM milestone_updates",
                            "UPDATE milestone_changes SET new_value = 'done'",
                            "DELETE FROM milestone_changes",
                            "DELETE FROM milestone_keys"}) {
        INFO(sql);
        CHECK_FALSE(Statement::execute(db, QString::fromLatin1(sql), &error));
    }
    CHECK(error.contains(QStringLiteral("foreign key"), Qt::CaseInsensitive)); // SQLite and PostgreSQL word it differently
    CHECK_FALSE(Statement::execute(db, QStringLiteral("UPDATE milestone_changes SET old_value = 'x' WHERE field = 'status'"),
                                   &error));
    CHECK(error.contains(QStringLiteral("never rewritten")));
    CHECK(journalCounts(store) == counts);
    // The current values check the scale and the range themselves.
    CHECK_FALSE(Statement::execute(db, QStringLiteral("UPDATE milestone_progress SET status = 'finished'"), &error));
    CHECK_FALSE(Statement::execute(db, QStringLiteral("UPDATE milestone_progress SET percent = 101"), &error));
    CHECK_FALSE(Statement::execute(db, QStringLiteral("UPDATE milestone_progress SET percent = -1"), &error));
    CHECK(Statement::execute(db, QStringLiteral("UPDATE milestone_progress SET percent = 100"), &error));
}

TEST_CASE("a milestone's id names it: its title, its objective, whether it is in the plan", "[store][progress]")
{
    ProgressStore store;
    QString error;
    const auto ref = store.progress->milestone(store.ids.at(3), &error);
    REQUIRE(ref);
    CHECK(ref->title == QStringLiteral("Hiring fairs"));
    CHECK(ref->objectiveTitle == QStringLiteral("Staffing Plan to Support Schools"));
    CHECK(ref->planSource == QStringLiteral("plan.txt"));
    CHECK(ref->inPlan);
    CHECK_FALSE(store.progress->milestone(12345, &error));
    CHECK(error == QStringLiteral("there is no milestone 12345"));
    CHECK_FALSE(store.progress->current(12345, &error));
}
