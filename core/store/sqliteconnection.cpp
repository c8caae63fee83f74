// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteconnection.h"

#include "sqlitestatement.h"
#include "sqlitestatementcache.h"

#include <sqlite3.h>

namespace milepost {

namespace {

bool run(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    const int code = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (code != SQLITE_OK && error)
        *error = QString::fromUtf8(message ? message : sqlite3_errstr(code));
    sqlite3_free(message);
    return code == SQLITE_OK;
}

} // namespace

SqliteConnection::SqliteConnection(sqlite3 *db)
    : m_db(db)
    , m_statements(std::make_shared<SqliteStatementCache>())
{
}

SqliteConnection::~SqliteConnection()
{
    m_statements->close();
    sqlite3_close_v2(m_db);
}

std::unique_ptr<PreparedStatement> SqliteConnection::prepare(const QString &sql, QString *error)
{
    return SqliteStatement::prepare(m_db, sql, error, m_statements);
}

bool SqliteConnection::execute(const QString &script, QString *error)
{
    return run(m_db, script.toUtf8().constData(), error);
}

bool SqliteConnection::begin(TransactionMode mode, QString *error)
{
    return run(m_db, mode == TransactionMode::Write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED", error);
}

bool SqliteConnection::commit(QString *error)
{
    return run(m_db, "COMMIT", error);
}

void SqliteConnection::rollback()
{
    // SQLite may have rolled back by itself after an error; a second ROLLBACK would only fail.
    if (!sqlite3_get_autocommit(m_db))
        run(m_db, "ROLLBACK", nullptr);
}

bool SqliteConnection::inTransaction() const
{
    return !sqlite3_get_autocommit(m_db);
}

qint64 SqliteConnection::lastInsertId()
{
    return sqlite3_last_insert_rowid(m_db);
}

qint64 SqliteConnection::dataVersion() const
{
    sqlite3_stmt *statement = nullptr;
    qint64 version = -1;
    if (sqlite3_prepare_v2(m_db, "PRAGMA data_version", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return version;
}

} // namespace milepost
