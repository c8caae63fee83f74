// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include "sqlitestatementcache.h"

#include <sqlite3.h>

#include <algorithm>

namespace milepost {

std::unique_ptr<SqliteStatement> SqliteStatement::prepare(sqlite3 *db, const QString &sql, QString *error,
                                                          const std::shared_ptr<SqliteStatementCache> &cache)
{
    auto failed = [error](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<SqliteStatement>();
    };
    if (!db)
        return failed(tr("no database connection"));

    const QByteArray utf8 = sql.toUtf8();
    if (cache) {
        if (sqlite3_stmt *idle = cache->take(utf8)) {
            std::unique_ptr<SqliteStatement> statement(new SqliteStatement(idle));
            statement->m_cache = cache;
            statement->m_sql = utf8;
            return statement;
        }
    }
    const char *tail = nullptr;
    sqlite3_stmt *raw = nullptr;
    const int code = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &raw, &tail);
    std::unique_ptr<SqliteStatement> statement(raw ? new SqliteStatement(raw) : nullptr);
    if (code != SQLITE_OK)
        return failed(QString::fromUtf8(sqlite3_errmsg(db)));
    if (!statement)
        return failed(tr("empty SQL statement"));
    // Anything after the first statement would be silently ignored by SQLite.
    if (tail && !QByteArray(tail).trimmed().isEmpty())
        return failed(tr("more than one SQL statement: %1").arg(sql));
    statement->m_cache = cache;
    statement->m_sql = utf8;
    return statement;
}

SqliteStatement::SqliteStatement(sqlite3_stmt *statement)
    : m_statement(statement)
    , m_null(std::size_t(sqlite3_bind_parameter_count(statement)) + 1, quint8(1))
{
}

SqliteStatement::~SqliteStatement()
{
    if (m_cache)
        m_cache->give(m_sql, m_statement);
    else
        sqlite3_finalize(m_statement);
}

bool SqliteStatement::fail(int code)
{
    sqlite3 *db = sqlite3_db_handle(m_statement);
    // A misuse of the API has no message on the connection, so fall back to the code's text.
    const char *message = sqlite3_errcode(db) == code ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    m_error = QString::fromUtf8(message);
    return false;
}

bool SqliteStatement::bound(int code, int index, bool null)
{
    if (code != SQLITE_OK)
        return fail(code);
    if (index > 0 && std::size_t(index) < m_null.size())
        m_null[std::size_t(index)] = null;
    return true;
}

bool SqliteStatement::bindText(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return bound(sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT), index,
                 false);
}

bool SqliteStatement::bindUtf8(int index, std::string_view value)
{
    // A non-null pointer even for an empty view: a null one would bind NULL, not ''.
    return bound(sqlite3_bind_text(m_statement, index, value.empty() ? "" : value.data(), int(value.size()),
                                   SQLITE_STATIC),
                 index, false);
}

bool SqliteStatement::bindInt64(int index, qint64 value)
{
    return bound(sqlite3_bind_int64(m_statement, index, value), index, false);
}

bool SqliteStatement::bindDouble(int index, double value)
{
    return bound(sqlite3_bind_double(m_statement, index, value), index, false);
}

bool SqliteStatement::bindNull(int index)
{
    if (index > 0 && std::size_t(index) < m_null.size() && m_null[std::size_t(index)])
        return true;
    return bound(sqlite3_bind_null(m_statement, index), index, true);
}

bool SqliteStatement::bindRow(int first, std::span<const BoundValue> values)
{
    // A bulk import binds some 25 values a row, a million rows over: one call a row, each value
    // straight to SQLite, rather than three calls and their checks a value. A parameter that is
    // NULL already is left alone, as bindNull() leaves it.
    for (std::size_t i = 0; i < values.size(); ++i) {
        const BoundValue &value = values[i];
        const int index = first + int(i);
        const std::size_t slot = std::size_t(index);
        int code = SQLITE_OK;
        switch (value.kind) {
        case BoundValue::Kind::Null:
            if (slot < m_null.size() && m_null[slot])
                continue;
            code = sqlite3_bind_null(m_statement, index);
            break;
        case BoundValue::Kind::Integer:
            code = sqlite3_bind_int64(m_statement, index, value.integer);
            break;
        case BoundValue::Kind::Utf8:
            // A non-null pointer even for an empty view, as in bindUtf8().
            code = sqlite3_bind_text(m_statement, index, value.utf8.empty() ? "" : value.utf8.data(),
                                     int(value.utf8.size()), SQLITE_STATIC);
            break;
        }
        if (!bound(code, index, value.kind == BoundValue::Kind::Null))
            return false;
    }
    return true;
}

PreparedStatement::Step SqliteStatement::step()
{
    switch (const int code = sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return Step::Row;
    case SQLITE_DONE:
        return Step::Done;
    default:
        fail(code);
        return Step::Error;
    }
}

void SqliteStatement::reset(bool clearBindings)
{
    m_error.clear();
    // sqlite3_reset repeats the last step's error, which was already reported.
    sqlite3_reset(m_statement);
    if (clearBindings) {
        sqlite3_clear_bindings(m_statement);
        std::fill(m_null.begin(), m_null.end(), quint8(1));
    }
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

QString SqliteStatement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_statement, column));
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqliteStatement::columnText(int column) const
{
    if (columnIsNull(column))
        return {};
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    // Bytes after sqlite3_column_text, as that call may convert the value first.
    const int size = sqlite3_column_bytes(m_statement, column);
    return text ? QString::fromUtf8(text, size) : QString(QLatin1String(""));
}

std::string_view SqliteStatement::columnUtf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return text ? std::string_view(text, std::size_t(size)) : std::string_view();
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

void SqliteStatement::readRow(std::span<const ColumnValue::Kind> kinds, std::span<ColumnValue> values) const
{
    // One sqlite3_column_value() a column, then its type and value from it: each sqlite3_column_*
    // call looks the column up and checks for a failed allocation on the way out, and asking
    // whether a value is NULL, then for it (or for a text's bytes, then its size) doubled that.
    // Over a million phases that was a third of the reading thread's time. The value is the
    // statement's own, used on this thread only, before the next step.
    for (std::size_t column = 0; column < kinds.size(); ++column) {
        sqlite3_value *raw = sqlite3_column_value(m_statement, int(column));
        ColumnValue &value = values[column];
        value.isNull = sqlite3_value_type(raw) == SQLITE_NULL;
        if (kinds[column] == ColumnValue::Kind::Integer) {
            value.integer = value.isNull ? 0 : sqlite3_value_int64(raw);
        } else if (value.isNull) {
            value.utf8 = std::string_view();
        } else {
            const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(raw));
            // Bytes after the text, as that call may convert the value first.
            const int size = sqlite3_value_bytes(raw);
            value.utf8 = text ? std::string_view(text, std::size_t(size)) : std::string_view();
        }
    }
}

qint64 SqliteStatement::changes() const
{
    return sqlite3_changes64(sqlite3_db_handle(m_statement));
}

} // namespace milepost
