// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"

#include <memory>

struct sqlite3;

namespace milepost {

class SqliteStatementCache;

// A Connection to an SQLite file through SQLite's C API; owns and closes the handle.
class SqliteConnection final : public Connection
{
    Q_DECLARE_TR_FUNCTIONS(SqliteConnection)

public:
    explicit SqliteConnection(sqlite3 *db);
    ~SqliteConnection() override;

    // For what only SQLite has: PRAGMAs, the backup API, integrity checks, progress handlers.
    sqlite3 *handle() const { return m_db; }
    // PRAGMA data_version: changes when another connection commits a change to the file (not
    // with this connection's own); -1 when it cannot be read. DatabaseWatcher polls it.
    qint64 dataVersion() const;

    Engine engine() const override { return Engine::SQLite; }
    std::unique_ptr<PreparedStatement> prepare(const QString &sql, QString *error) override;
    bool execute(const QString &script, QString *error) override;
    bool begin(TransactionMode mode, QString *error) override;
    bool commit(QString *error) override;
    void rollback() override;
    bool inTransaction() const override;
    qint64 lastInsertId() override;
    bool deferForeignKeys(bool, QString *) override { return true; }
    bool generatedIdsFollow(const QString &, QString *) override { return true; }
    bool keepJournalAuthors(QString *) override { return true; }
    bool notifyChanged(QString *) override { return true; }

    // Statements kept prepared for reuse (SqliteStatementCache).
    const std::shared_ptr<SqliteStatementCache> &statementCache() const { return m_statements; }

private:
    sqlite3 *m_db = nullptr;
    std::shared_ptr<SqliteStatementCache> m_statements;
};

} // namespace milepost
