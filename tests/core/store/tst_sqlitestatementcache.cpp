// SPDX-License-Identifier: GPL-3.0-or-later
// SQLite statements kept prepared for reuse: taken again by their SQL, given back reset with
// their bindings cleared, finalized when the connection has closed.
#include "catchcompat.h"

#include "store/database.h"
#include "store/sqliteconnection.h"
#include "store/sqlitestatementcache.h"
#include "store/statement.h"

#include <sqlite3.h>

#include <memory>

using namespace milepost;

TEST_CASE("a statement used again is taken from the cache, reset and without its bindings", "[store][statement]")
{
    QString error;
    const auto database = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(database);
    auto *connection = dynamic_cast<SqliteConnection *>(database->handle());
    REQUIRE(connection);
    SqliteStatementCache &cache = *connection->statementCache();
    const int before = cache.idleCount();
    const QString sql = QStringLiteral("SELECT ?1, value FROM (SELECT 1 AS value UNION ALL SELECT 2) ORDER BY value");
    {
        Statement first(database->handle(), sql);
        REQUIRE(first.isValid());
        first.bindInt64(1, 42);
        REQUIRE(first.step() == Statement::Result::Row);
        CHECK(first.columnInt64(0) == 42);
        // Left in the middle of its rows.
    }
    CHECK(cache.idleCount() == before + 1);
    {
        Statement again(database->handle(), sql);
        REQUIRE(again.isValid());
        CHECK(cache.idleCount() == before); // taken, not prepared anew
        // From its first row, with no value left bound.
        REQUIRE(again.step() == Statement::Result::Row);
        CHECK(again.columnIsNull(0));
        CHECK(again.columnInt64(1) == 1);
        // The same SQL twice at once: a second statement is prepared beside it.
        Statement beside(database->handle(), sql);
        REQUIRE(beside.isValid());
        REQUIRE(beside.step() == Statement::Result::Row);
        CHECK(beside.columnInt64(1) == 1);
    }
    CHECK(cache.idleCount() == before + 2);
    // Given back reset: neither holds a read open.
    const QByteArray key = sql.toUtf8();
    for (int i = 0; i < 2; ++i) {
        sqlite3_stmt *idle = cache.take(key);
        REQUIRE(idle);
        CHECK(sqlite3_stmt_busy(idle) == 0);
        cache.give(key, idle);
    }
}

TEST_CASE("a statement given back after its connection closed is finalized, not kept", "[store][statement]")
{
    auto cache = std::make_shared<SqliteStatementCache>();
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(":memory:", &db) == SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT 1", -1, &statement, nullptr) == SQLITE_OK);
    cache->close();
    cache->give(QByteArrayLiteral("SELECT 1"), statement); // finalized: the close below succeeds
    CHECK(cache->idleCount() == 0);
    CHECK(sqlite3_close(db) == SQLITE_OK);

    // A full cache finalizes too.
    auto small = std::make_shared<SqliteStatementCache>();
    REQUIRE(sqlite3_open(":memory:", &db) == SQLITE_OK);
    for (int i = 0; i < SqliteStatementCache::capacity + 5; ++i) {
        REQUIRE(sqlite3_prepare_v2(db, "SELECT 2", -1, &statement, nullptr) == SQLITE_OK);
        small->give(QByteArrayLiteral("SELECT 2"), statement);
    }
    CHECK(small->idleCount() == SqliteStatementCache::capacity);
    small->close();
    CHECK(small->idleCount() == 0);
    CHECK(sqlite3_close(db) == SQLITE_OK); // every statement was finalized
}
