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

} // namespace

TEST_CASE("a writer waits for another's lock and gets it once it is released", "[store][sqlite][busy]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
    Connection holder(path);
    REQUIRE(holder.exec("PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER)") == SQLITE_OK);
    Connection waiter(path);
    milepost::SqliteBusyWait::install(waiter.db, 30000);

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
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
    Connection holder(path);
    REQUIRE(holder.exec("PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER)") == SQLITE_OK);
    Connection waiter(path);
    milepost::SqliteBusyWait::install(waiter.db, 20);
    REQUIRE(holder.exec("BEGIN IMMEDIATE") == SQLITE_OK);
    CHECK(waiter.exec("BEGIN IMMEDIATE") == SQLITE_BUSY);
    REQUIRE(holder.exec("COMMIT") == SQLITE_OK);
    CHECK(waiter.exec("BEGIN IMMEDIATE") == SQLITE_OK);
    CHECK(waiter.exec("COMMIT") == SQLITE_OK);
}
