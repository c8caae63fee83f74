// SPDX-License-Identifier: GPL-3.0-or-later
// Two people saving a milestone's progress for the very first time at once, each on a
// connection of their own: the second gets the normal conflict (Stale) and nothing of theirs is
// stored, never a duplicate-key failure. Runs on SQLite and, in the PostgreSQL run of the
// [progress] tests, on the server, where the second save really does wait on the first one's
// insert of the current-values row (read committed lets both read version 0).
#include "progressfixture.h"

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
    Statement waiting(holder, QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                             "WHERE pg_backend_pid() = ANY (pg_blocking_pids(pid))"));
    return waiting.step() == Statement::Result::Row && waiting.columnInt64(0) > 0;
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

    // The first person's save, caught between writing the current-values row and committing:
    // their own connection, the row written as record() writes it, the transaction still open.
    auto first = Database::open(store.database->connectionString(), &error);
    INFO(error.toStdString());
    REQUIRE(first);
    auto holding = std::make_unique<Transaction>(first->handle());
    REQUIRE(holding->isActive());
    REQUIRE(Statement::execute(first->handle(),
                               QStringLiteral("INSERT INTO milestone_progress (milestone_id, status, as_of, version) "
                                              "VALUES (%1, 'on_track', '2024-03-01', 1)")
                                   .arg(id),
                               &error));

    // The second person saves on a connection of their own, on a thread, while the first is open.
    std::atomic_bool finished = false;
    ProgressRepository::RecordResult refused;
    QString openError;
    std::thread saver([&] {
        auto own = Database::open(store.database->connectionString(), &openError);
        if (own) {
            ProgressRepository progress(*own);
            refused = progress.record(second, today);
        }
        finished = true;
    });

    if (store.database->isServer()) {
        // Wait until the second save is blocked on the first one's row (or has finished,
        // which would be a failure below), so the race is the one the test means.
        QElapsedTimer waited;
        waited.start();
        while (!finished && !someoneWaitsOn(first->handle()) && waited.elapsed() < 20000)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        CHECK_FALSE(finished);
    } else {
        // SQLite: the second writer waits for the first one's write lock (busy timeout).
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    REQUIRE(holding->commit());
    saver.join();
    INFO(openError.toStdString());
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
