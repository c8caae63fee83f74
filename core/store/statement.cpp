// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"

#include <sqlite3.h>

#include <algorithm>
#include <utility>

namespace milepost {

Statement::Statement(sqlite3 *db, const QString &sql)
{
    prepare(db, sql);
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement::Statement(Statement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_error(std::move(other.m_error))
    , m_null(std::move(other.m_null))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_error = std::move(other.m_error);
        m_null = std::move(other.m_null);
    }
    return *this;
}

bool Statement::prepare(sqlite3 *db, const QString &sql)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_error.clear();
    if (!db) {
        m_error = tr("no database connection");
        return false;
    }

    const QByteArray utf8 = sql.toUtf8();
    const char *tail = nullptr;
    const int code = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_statement, &tail);
    if (code != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return false;
    }
    if (!m_statement) {
        m_error = tr("empty SQL statement");
        return false;
    }
    // Anything after the first statement would be silently ignored by SQLite.
    if (tail && !QByteArray(tail).trimmed().isEmpty()) {
        m_error = tr("more than one SQL statement: %1").arg(sql);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return false;
    }
    m_null.assign(std::size_t(sqlite3_bind_parameter_count(m_statement)) + 1, quint8(1));
    return true;
}

void Statement::fail(int code)
{
    if (!m_error.isEmpty())
        return;
    if (!m_statement) {
        m_error = tr("statement not prepared");
        return;
    }
    sqlite3 *db = sqlite3_db_handle(m_statement);
    // A misuse of the API has no message on the connection, so fall back to the code's text.
    const char *message = sqlite3_errcode(db) == code ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    m_error = QString::fromUtf8(message);
}

void Statement::bindText(int index, const QString &value)
{
    if (!m_statement)
        return fail(SQLITE_MISUSE);
    const QByteArray utf8 = value.toUtf8();
    if (const int code = sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        code != SQLITE_OK)
        fail(code);
    else
        setNull(index, false);
}

void Statement::bindUtf8(int index, std::string_view value)
{
    if (!m_statement)
        return fail(SQLITE_MISUSE);
    // A non-null pointer even for an empty view: a null one would bind NULL, not ''.
    if (const int code = sqlite3_bind_text(m_statement, index, value.empty() ? "" : value.data(), int(value.size()),
                                           SQLITE_STATIC);
        code != SQLITE_OK)
        fail(code);
    else
        setNull(index, false);
}

void Statement::bindInt64(int index, qint64 value)
{
    if (!m_statement)
        return fail(SQLITE_MISUSE);
    if (const int code = sqlite3_bind_int64(m_statement, index, value); code != SQLITE_OK)
        fail(code);
    else
        setNull(index, false);
}

void Statement::bindDouble(int index, double value)
{
    if (!m_statement)
        return fail(SQLITE_MISUSE);
    if (const int code = sqlite3_bind_double(m_statement, index, value); code != SQLITE_OK)
        fail(code);
    else
        setNull(index, false);
}

void Statement::bindNull(int index)
{
    if (!m_statement)
        return fail(SQLITE_MISUSE);
    if (index > 0 && std::size_t(index) < m_null.size() && m_null[std::size_t(index)])
        return;
    if (const int code = sqlite3_bind_null(m_statement, index); code != SQLITE_OK)
        fail(code);
    else
        setNull(index, true);
}


Statement::Result Statement::step()
{
    if (!m_statement) {
        fail(SQLITE_MISUSE);
        return Result::Error;
    }
    if (!m_error.isEmpty()) // a bind failed: running with a missing value would store the wrong thing
        return Result::Error;
    switch (const int code = sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return Result::Row;
    case SQLITE_DONE:
        return Result::Done;
    default:
        fail(code);
        return Result::Error;
    }
}

bool Statement::run()
{
    Result result = step();
    while (result == Result::Row)
        result = step();
    return result == Result::Done;
}

void Statement::reset()
{
    m_error.clear();
    if (!m_statement)
        return;
    // sqlite3_reset repeats the last step's error, which was already reported.
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    std::fill(m_null.begin(), m_null.end(), quint8(1));
}

void Statement::rewind()
{
    m_error.clear();
    if (m_statement)
        sqlite3_reset(m_statement);
}

bool Statement::columnIsNull(int column) const
{
    return !m_statement || sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString Statement::columnText(int column) const
{
    if (columnIsNull(column))
        return {};
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    // Bytes after sqlite3_column_text, as that call may convert the value first.
    const int size = sqlite3_column_bytes(m_statement, column);
    return text ? QString::fromUtf8(text, size) : QString(QLatin1String(""));
}

std::string_view Statement::columnUtf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return text ? std::string_view(text, std::size_t(size)) : std::string_view();
}

qint64 Statement::columnInt64(int column) const
{
    return m_statement ? sqlite3_column_int64(m_statement, column) : 0;
}

double Statement::columnDouble(int column) const
{
    return m_statement ? sqlite3_column_double(m_statement, column) : 0.0;
}

qint64 Statement::lastInsertRowId() const
{
    return m_statement ? sqlite3_last_insert_rowid(sqlite3_db_handle(m_statement)) : 0;
}

bool Statement::execute(sqlite3 *db, const QString &sql, QString *error)
{
    if (!db) {
        if (error)
            *error = tr("no database connection");
        return false;
    }
    char *message = nullptr;
    const int code = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (code != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : sqlite3_errstr(code));
        sqlite3_free(message);
        return false;
    }
    return true;
}

} // namespace milepost
