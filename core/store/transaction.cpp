// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include <sqlite3.h>

namespace milepost {

namespace {

QString execute(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    const int code = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (code == SQLITE_OK)
        return {};
    const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(code));
    sqlite3_free(message);
    return text;
}

} // namespace

Transaction::Transaction(sqlite3 *db, Mode mode)
    : m_db(db)
{
    if (!m_db) {
        m_error = tr("no database connection");
        return;
    }
    m_error = execute(m_db, mode == Mode::Write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
    m_active = m_error.isEmpty();
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_active) {
        if (m_error.isEmpty())
            m_error = tr("no transaction to commit");
        return false;
    }
    m_error = execute(m_db, "COMMIT");
    if (!m_error.isEmpty()) {
        // Some errors (a full disk, an I/O error) have already rolled the transaction back.
        m_active = !sqlite3_get_autocommit(m_db);
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // SQLite may have rolled back by itself after an error; a second ROLLBACK would only fail.
    if (!sqlite3_get_autocommit(m_db))
        execute(m_db, "ROLLBACK");
}

} // namespace milepost
