// SPDX-License-Identifier: GPL-3.0-or-later
// Changes by others seen by a DatabaseWatcher on another connection, and a server that ends the
// session: lost, edits refused meanwhile, reconnected on its own. The PostgreSQL tests need the
// test cluster (testdatabase.h).
#include "catchcompat.h"

#include "pgserverfixture.h"
#include "store/databasewatcher.h"
#include "store/progressrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <functional>

using namespace milepost;
using namespace milepost::test;

namespace {

// Runs the event loop until done() or the time is up (the watcher works through its events).
bool waitUntil(const std::function<bool()> &done, int ms = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return done();
}

void runEvents(int ms)
{
    waitUntil([] { return false; }, ms);
}

ProgressRepository::RecordResult recordStatus(Database &database, qint64 id, const QString &status)
{
    ProgressRepository progress(database);
    QString error;
    const auto current = progress.current(id, &error);
    ProgressUpdate update;
    update.milestoneId = id;
    update.expectedVersion = current ? current->version : 0;
    update.asOf = QDate(2024, 3, 1);
    update.enteredBy = QStringLiteral("tester");
    update.set(ProgressField::Id::Status, status);
    return progress.record(update, QDate(2024, 3, 2));
}

} // namespace

TEST_CASE("a change on another connection to the server is seen, but not the watched connection's own",
          "[store][databasewatcher]")
{
    if (!pgClusterAvailable())
        return;
    ServerStore store;
    DatabaseWatcher watcher(*store.database);
    watcher.setDebounceInterval(50);
    CHECK(watcher.isListening());
    int changes = 0;
    QObject::connect(&watcher, &DatabaseWatcher::changed, [&changes] { ++changes; });

    QString error;
    const auto other = Database::open(store.conninfo, &error);
    REQUIRE(other);
    REQUIRE(recordStatus(*other, store.ids.at(0), QStringLiteral("on_track")).outcome
            == ProgressRepository::RecordResult::Outcome::Recorded);
    CHECK(waitUntil([&changes] { return changes == 1; }));

    REQUIRE(recordStatus(*store.database, store.ids.at(1), QStringLiteral("at_risk")).outcome
            == ProgressRepository::RecordResult::Outcome::Recorded);
    runEvents(600);
    CHECK(changes == 1);

    // A refused write notifies nobody: nothing was committed.
    ProgressUpdate stale;
    stale.milestoneId = store.ids.at(0);
    stale.expectedVersion = 0;
    stale.asOf = QDate(2024, 3, 1);
    stale.enteredBy = QStringLiteral("tester");
    stale.set(ProgressField::Id::Status, QStringLiteral("done"));
    CHECK(ProgressRepository(*other).record(stale, QDate(2024, 3, 2)).outcome
          == ProgressRepository::RecordResult::Outcome::Stale);
    runEvents(600);
    CHECK(changes == 1);
}

TEST_CASE("a change to another Milepost database on the same server is not this one's", "[store][databasewatcher]")
{
    if (!pgClusterAvailable())
        return;
    ServerStore store;
    ServerStore elsewhere; // another schema of the same server database
    DatabaseWatcher watcher(*store.database);
    watcher.setDebounceInterval(50);
    int changes = 0;
    QObject::connect(&watcher, &DatabaseWatcher::changed, [&changes] { ++changes; });
    QString error;
    const auto other = Database::open(elsewhere.conninfo, &error);
    REQUIRE(other);
    REQUIRE(recordStatus(*other, elsewhere.ids.at(0), QStringLiteral("on_track")).ok());
    runEvents(600);
    CHECK(changes == 0);
}

TEST_CASE("a change by another connection to an SQLite file is seen by polling", "[store][databasewatcher]")
{
    ProgressStore store; // SQLite unless the whole run is on PostgreSQL
    if (store.database->isServer())
        return;
    DatabaseWatcher watcher(*store.database);
    watcher.setDebounceInterval(50);
    watcher.setPollInterval(50);
    CHECK_FALSE(watcher.isListening());
    int changes = 0;
    QObject::connect(&watcher, &DatabaseWatcher::changed, [&changes] { ++changes; });

    // Its own change is not another's.
    REQUIRE(recordStatus(*store.database, store.ids.at(1), QStringLiteral("at_risk")).ok());
    runEvents(300);
    CHECK(changes == 0);

    QString error;
    const auto other = Database::open(store.dir.filePath(QStringLiteral("progress.milepost")), &error);
    REQUIRE(other);
    REQUIRE(recordStatus(*other, store.ids.at(0), QStringLiteral("on_track")).ok());
    CHECK(waitUntil([&changes] { return changes == 1; }));
}

TEST_CASE("a session the server ends is seen as lost, edits fail meanwhile, and it reconnects on its own",
          "[store][databasewatcher]")
{
    if (!pgClusterAvailable())
        return;
    ServerStore store;
    DatabaseWatcher watcher(*store.database);
    watcher.setRetryIntervals(200, 1000);
    int lost = 0;
    int restored = 0;
    int changes = 0;
    QObject::connect(&watcher, &DatabaseWatcher::connectionLost, [&lost] { ++lost; });
    QObject::connect(&watcher, &DatabaseWatcher::connectionRestored, [&restored] { ++restored; });
    QObject::connect(&watcher, &DatabaseWatcher::changed, [&changes] { ++changes; });

    Statement pid(store.database->handle(), QStringLiteral("SELECT pg_backend_pid()"));
    REQUIRE(pid.step() == Statement::Result::Row);
    const qint64 backend = pid.columnInt64(0);
    pid = Statement();
    QString error;
    const auto admin = PgConnection::connect(store.conninfo, &error);
    REQUIRE(admin);
    REQUIRE(Statement::execute(admin.get(), QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend), &error));

    REQUIRE(waitUntil([&lost] { return lost == 1; }));
    CHECK_FALSE(watcher.isConnected());
    CHECK_FALSE(watcher.lostReason().isEmpty());
    // Before it reconnects (no events have run since), an edit fails rather than vanishing.
    const auto refused = recordStatus(*store.database, store.ids.at(0), QStringLiteral("on_track"));
    CHECK(refused.outcome == ProgressRepository::RecordResult::Outcome::Failed);

    REQUIRE(waitUntil([&restored] { return restored == 1; }));
    CHECK(watcher.isConnected());
    CHECK(changes >= 1); // the window reads again after a reconnection
    CHECK(recordStatus(*store.database, store.ids.at(0), QStringLiteral("done")).outcome
          == ProgressRepository::RecordResult::Outcome::Recorded);
    CHECK(watcher.isListening());
}
