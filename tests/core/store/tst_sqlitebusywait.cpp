// SPDX-License-Identifier: GPL-3.0-or-later
// Waiting for another connection's write lock: the wait ends as soon as the lock is free, and
// gives up with SQLITE_BUSY when it is not free in time.
#include "catchcompat.h"

#include "store/sqlitebusywait.h"

#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include <atomic>

namespace {

struct Connection
{
    explicit Connection(const QString &path)
    {
        REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                nullptr)
                == SQLITE_OK);
    }
    ~Connection() { sqlite3_close_v2(db); }
    int exec(const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); }

    sqlite3 *db = nullptr;
};

// A file in WAL mode with two connections: holder takes the write lock, waiter waits for it.
struct TwoWriters
{
    explicit TwoWriters(int timeoutMs)
        : holder(dir.filePath(QStringLiteral("busy.sqlite")))
        , waiter(dir.filePath(QStringLiteral("busy.sqlite")))
    {
        REQUIRE(dir.isValid());
        REQUIRE(holder.exec("PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER)") == SQLITE_OK);
        milepost::SqliteBusyWait::install(waiter.db, timeoutMs);
    }

    QTemporaryDir dir;
    Connection holder;
    Connection waiter;
};

} // namespace

TEST_CASE("a writer waits for another's lock and gets it once it is released", "[store][sqlite][busy]")
{
    TwoWriters writers(30000);
    Connection &holder = writers.holder;
    Connection &waiter = writers.waiter;

    REQUIRE(holder.exec("BEGIN IMMEDIATE; INSERT INTO t VALUES (1)") == SQLITE_OK);
    std::atomic<int> result{-1};
    std::atomic<bool> started{false};
    QThread *thread = QThread::create([&] {
        started = true;
        result = waiter.exec("BEGIN IMMEDIATE");
    });
    thread->start();
    while (!started)
        QThread::msleep(1);
    QThread::msleep(50);
    CHECK(result == -1); // still waiting while the lock is held
    REQUIRE(holder.exec("COMMIT") == SQLITE_OK);
    REQUIRE(thread->wait(30000));
    delete thread;
    CHECK(result == SQLITE_OK);
    REQUIRE(waiter.exec("INSERT INTO t VALUES (2); COMMIT") == SQLITE_OK);
}

TEST_CASE("a writer gives up with SQLITE_BUSY when the lock stays taken", "[store][sqlite][busy]")
{
    TwoWriters writers(20);
    Connection &holder = writers.holder;
    Connection &waiter = writers.waiter;
    REQUIRE(holder.exec("BEGIN IMMEDIATE") == SQLITE_OK);
    CHECK(waiter.exec("BEGIN IMMEDIATE") == SQLITE_BUSY);
    REQUIRE(holder.exec("COMMIT") == SQLITE_OK);
    CHECK(waiter.exec("BEGIN IMMEDIATE") == SQLITE_OK);
    CHECK(waiter.exec("COMMIT") == SQLITE_OK);
}
