// SPDX-License-Identifier: GPL-3.0-or-later
// Two people saving a milestone's progress for the very first time at once, each on a
// connection of their own: the second gets the normal conflict (Stale) and nothing of theirs is
// stored, never a duplicate-key failure. Runs on SQLite and, in the PostgreSQL run of the
// [progress] tests, on the server, where the second save really does wait on the first one's
// insert of the current-values row (read committed lets both read version 0).
#include "progressfixture.h"

#include "store/planeditrepository.h"
#include "store/transaction.h"

#include <QElapsedTimer>

#include <atomic>
#include <chrono>
#include <thread>

using namespace milepost;
using namespace milepost::test;
using Field = ProgressField::Id;
using Outcome = ProgressRepository::RecordResult::Outcome;

namespace {

const QDate today(2024, 12, 31);

// On the server: whether another backend waits on a lock the holder's connection holds.
bool someoneWaitsOn(Connection *holder)
{
    // pg_locks, not pg_stat_activity: the latter is read once per transaction, and the holder
    // asks from inside its own.
    Statement waiting(holder, QStringLiteral("SELECT count(*) FROM pg_locks "
                                             "WHERE NOT granted AND pg_backend_pid() = ANY (pg_blocking_pids(pid))"));
    return waiting.step() == Statement::Result::Row && waiting.columnInt64(0) > 0;
}

// The first person's save is caught between writing its rows (holderSql, on a connection of
// its own, in a transaction left open) and committing; meanwhile the second person's save (save,
// on a third connection, on a thread) runs. On the server the holder waits until the second save
// is blocked on its row, so the race is the one meant; then it commits. What the second save
// said, and why.
struct RaceResult
{
    bool blocked = false; // on the server: the second save was seen waiting on the first
    bool finishedEarly = false;
    QString openError;
};

template<typename Save>
RaceResult raceFirstSave(const ProgressStore &store, const QStringList &holderSql, Save save)
{
    RaceResult race;
    QString error;
    auto first = Database::open(store.database->connectionString(), &error);
    INFO(error.toStdString());
    REQUIRE(first);
    auto holding = std::make_unique<Transaction>(first->handle());
    REQUIRE(holding->isActive());
    for (const QString &sql : holderSql)
        REQUIRE(Statement::execute(first->handle(), sql, &error));

    std::atomic_bool finished = false;
    std::thread saver([&] {
        if (auto own = Database::open(store.database->connectionString(), &race.openError))
            save(*own);
        finished = true;
    });
    if (store.database->isServer()) {
        QElapsedTimer waited;
        waited.start();
        while (!finished && !race.blocked && waited.elapsed() < 20000) {
            race.blocked = someoneWaitsOn(first->handle());
            if (!race.blocked)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        race.finishedEarly = finished;
    } else {
        // SQLite: the second writer waits for the first one's write lock (busy timeout).
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    REQUIRE(holding->commit());
    saver.join();
    return race;
}

} // namespace

TEST_CASE("a second first save of a milestone at once is refused as a conflict, not a duplicate key", "[store][progress]")
{
    ProgressStore store;
    const qint64 id = store.ids.at(0);
    QString error;

    // Both people read version 0 before either saves.
    ProgressUpdate second = progressUpdate(*store.progress, id, QDate(2024, 3, 1), {{Field::Status, QStringLiteral("off_track")}},
                                           QStringLiteral("Ben's first note."));
    second.enteredBy = QStringLiteral("Ben");
    REQUIRE(second.expectedVersion == 0);

    ProgressRepository::RecordResult refused;
    const RaceResult race = raceFirstSave(store,
                                          {QStringLiteral("INSERT INTO milestone_progress (milestone_id, status, as_of, version) "
                                                         "VALUES (%1, 'on_track', '2024-03-01', 1)")
                                               .arg(id)},
                                          [&](Database &own) { refused = ProgressRepository(own).record(second, today); });
    INFO(race.openError.toStdString());
    if (store.database->isServer()) {
        CHECK(race.blocked);
        CHECK_FALSE(race.finishedEarly);
    }
    INFO(refused.error().toStdString());
    CHECK(refused.outcome == Outcome::Stale);
    CHECK(refused.error().contains(QStringLiteral("Nothing was changed")));
    CHECK_FALSE(refused.error().contains(QStringLiteral("duplicate"), Qt::CaseInsensitive));

    // Nothing of the second save is stored; the first one's row is the current one.
    CHECK(store.count(QStringLiteral("milestone_updates")) == 0);
    CHECK(store.count(QStringLiteral("milestone_changes")) == 0);
    const auto current = store.progress->current(id, &error);
    REQUIRE(current);
    CHECK(current->version == 1);
    CHECK(current->value(Field::Status) == QStringLiteral("on_track"));

    // Read again, the second person's update goes through as version 2.
    second.expectedVersion = current->version;
    const auto again = store.progress->record(second, today);
    INFO(again.error().toStdString());
    CHECK(again.outcome == Outcome::Recorded);
    CHECK(again.version == 2);
}

TEST_CASE("a second first edit of a milestone's plan at once is refused as a conflict, not a duplicate key",
          "[store][progress][planedit]")
{
    ProgressStore store;
    const qint64 id = store.ids.at(1);
    QString error;
    PlanEditRepository edits(*store.database);
    PlanEdit second;
    second.milestoneId = id;
    second.expectedVersion = edits.milestoneVersion(id, &error).value();
    REQUIRE(second.expectedVersion == 0);
    second.asOf = QDate(2024, 3, 1);
    second.enteredBy = QStringLiteral("Ben");
    second.values = {{PlanEditField::Id::Title, QStringLiteral("Mentor training")}};

    PlanEditRepository::Result refused;
    const RaceResult race = raceFirstSave(store,
                                          {QStringLiteral("INSERT INTO milestone_plan_edits (milestone_id, title, version) "
                                                         "VALUES (%1, 'Train new mentors', 1)")
                                               .arg(id)},
                                          [&](Database &own) { refused = PlanEditRepository(own).record(second, today); });
    INFO(race.openError.toStdString());
    if (store.database->isServer()) {
        CHECK(race.blocked);
        CHECK_FALSE(race.finishedEarly);
    }
    INFO(refused.error().toStdString());
    CHECK(refused.outcome == PlanEditRepository::Result::Outcome::Stale);
    CHECK_FALSE(refused.error().contains(QStringLiteral("duplicate"), Qt::CaseInsensitive));
    CHECK(store.count(QStringLiteral("plan_edits")) == 0);
    CHECK(edits.milestoneVersion(id, &error).value() == 1);
}

TEST_CASE("a second update at the same version at once is refused as a conflict, not a duplicate key", "[store][progress]")
{
    ProgressStore store;
    const qint64 id = store.ids.at(2);
    QString error;
    recordProgress(*store.progress, id, QDate(2024, 3, 1), {{Field::Status, QStringLiteral("on_track")}});
    // Both read version 1; the first one's save (its current row and its journal entry at
    // version 2) is caught before its commit.
    ProgressUpdate second = progressUpdate(*store.progress, id, QDate(2024, 3, 2), {{Field::Status, QStringLiteral("at_risk")}});
    second.enteredBy = QStringLiteral("Ben");
    REQUIRE(second.expectedVersion == 1);
    ProgressRepository::RecordResult refused;
    const RaceResult race = raceFirstSave(
        store,
        {QStringLiteral("UPDATE milestone_progress SET status = 'off_track', as_of = '2024-03-02', version = 2 "
                        "WHERE milestone_id = %1")
             .arg(id),
         QStringLiteral("INSERT INTO milestone_updates (milestone_id, as_of, entered_by, entered_at, note, version) "
                        "VALUES (%1, '2024-03-02', 'Ana', '2024-03-02T09:00:00.000Z', 'first', 2)")
             .arg(id)},
        [&](Database &own) { refused = ProgressRepository(own).record(second, today); });
    INFO(race.openError.toStdString());
    if (store.database->isServer()) {
        CHECK(race.blocked);
        CHECK_FALSE(race.finishedEarly);
    }
    INFO(refused.error().toStdString());
    CHECK(refused.outcome == Outcome::Stale);
    CHECK_FALSE(refused.error().contains(QStringLiteral("duplicate"), Qt::CaseInsensitive));
    CHECK(store.count(QStringLiteral("milestone_updates")) == 2);
    const auto current = store.progress->current(id, &error);
    REQUIRE(current);
    CHECK(current->version == 2);
    CHECK(current->value(Field::Status) == QStringLiteral("off_track"));
}
