// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <mutex>
#include <vector>

struct sqlite3_stmt;

namespace milepost {

// Statements of one SQLite connection kept prepared after use, by their SQL, so that a
// repository that runs the same statement for every row of a sheet or every milestone of a
// plan parses it once. A statement comes back reset with its bindings cleared, so it holds no
// read transaction while it waits. The connection closes the cache before it closes: idle
// statements are finalized then, and any given back later is finalized at once. Thread-safe: a
// connection may be used from a worker thread while a statement of it ends on another.
class SqliteStatementCache final
{
public:
    static constexpr int capacity = 128; // idle statements kept at most

    SqliteStatementCache() = default;
    ~SqliteStatementCache();
    SqliteStatementCache(const SqliteStatementCache &) = delete;
    SqliteStatementCache &operator=(const SqliteStatementCache &) = delete;

    // An idle statement of sql, or nullptr.
    sqlite3_stmt *take(const QByteArray &sql);
    // Keeps statement for the next take() of sql, or finalizes it when the cache is closed or full.
    void give(const QByteArray &sql, sqlite3_stmt *statement);
    // Finalizes every idle statement; from now on give() finalizes.
    void close();

    int idleCount() const;

private:
    mutable std::mutex m_mutex;
    bool m_closed = false;
    int m_idle = 0;
    QHash<QByteArray, std::vector<sqlite3_stmt *>> m_statements;
};

} // namespace milepost
