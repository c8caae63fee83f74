// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatementcache.h"

#include <sqlite3.h>

namespace milepost {

SqliteStatementCache::~SqliteStatementCache()
{
    close();
}

sqlite3_stmt *SqliteStatementCache::take(const QByteArray &sql)
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_statements.find(sql);
    if (found == m_statements.end() || found->empty())
        return nullptr;
    sqlite3_stmt *statement = found->back();
    found->pop_back();
    --m_idle;
    return statement;
}

void SqliteStatementCache::give(const QByteArray &sql, sqlite3_stmt *statement)
{
    if (!statement)
        return;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    {
        const std::lock_guard lock(m_mutex);
        if (!m_closed && m_idle < capacity) {
            m_statements[sql].push_back(statement);
            ++m_idle;
            return;
        }
    }
    sqlite3_finalize(statement);
}

void SqliteStatementCache::close()
{
    const std::lock_guard lock(m_mutex);
    m_closed = true;
    for (const std::vector<sqlite3_stmt *> &statements : std::as_const(m_statements)) {
        for (sqlite3_stmt *statement : statements)
            sqlite3_finalize(statement);
    }
    m_statements.clear();
    m_idle = 0;
}

int SqliteStatementCache::idleCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_idle;
}

} // namespace milepost
