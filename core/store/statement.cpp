// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"

#include "connection.h"
#include "preparedstatement.h"

#include <utility>

namespace milepost {

Statement::Statement() = default;

Statement::Statement(Connection *db, const QString &sql)
{
    prepare(db, sql);
}

Statement::~Statement() = default;

Statement::Statement(Statement &&other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
    , m_statement(std::move(other.m_statement))
    , m_error(std::move(other.m_error))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        m_connection = std::exchange(other.m_connection, nullptr);
        m_statement = std::move(other.m_statement);
        m_error = std::move(other.m_error);
    }
    return *this;
}

bool Statement::prepare(Connection *db, const QString &sql)
{
    m_statement.reset();
    m_error.clear();
    m_connection = db;
    if (!db) {
        m_error = tr("no database connection");
        return false;
    }
    m_statement = db->prepare(sql, &m_error);
    return m_statement != nullptr;
}

bool Statement::notPrepared()
{
    if (m_statement)
        return false;
    if (m_error.isEmpty())
        m_error = tr("statement not prepared");
    return true;
}

// Keeps the first error: a bind that failed is what step() reports.
void Statement::failed(bool ok)
{
    if (!ok && m_error.isEmpty())
        m_error = m_statement->error();
}

void Statement::bindText(int index, const QString &value)
{
    if (!notPrepared())
        failed(m_statement->bindText(index, value));
}

void Statement::bindUtf8(int index, std::string_view value)
{
    if (!notPrepared())
        failed(m_statement->bindUtf8(index, value));
}

void Statement::bindInt64(int index, qint64 value)
{
    if (!notPrepared())
        failed(m_statement->bindInt64(index, value));
}

void Statement::bindDouble(int index, double value)
{
    if (!notPrepared())
        failed(m_statement->bindDouble(index, value));
}

void Statement::bindNull(int index)
{
    if (!notPrepared())
        failed(m_statement->bindNull(index));
}

void Statement::bindRow(int first, std::span<const BoundValue> values)
{
    if (!notPrepared())
        failed(m_statement->bindRow(first, values));
}

Statement::Result Statement::step()
{
    if (notPrepared())
        return Result::Error;
    if (!m_error.isEmpty()) // a bind failed: running with a missing value would store the wrong thing
        return Result::Error;
    switch (m_statement->step()) {
    case PreparedStatement::Step::Row:
        return Result::Row;
    case PreparedStatement::Step::Done:
        return Result::Done;
    case PreparedStatement::Step::Error:
        break;
    }
    failed(false);
    return Result::Error;
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
    if (m_statement)
        m_statement->reset(true);
}

void Statement::rewind()
{
    m_error.clear();
    if (m_statement)
        m_statement->reset(false);
}

int Statement::columnCount() const
{
    return m_statement ? m_statement->columnCount() : 0;
}

QString Statement::columnName(int column) const
{
    return m_statement ? m_statement->columnName(column) : QString();
}

bool Statement::columnIsNull(int column) const
{
    return !m_statement || m_statement->columnIsNull(column);
}

QString Statement::columnText(int column) const
{
    return m_statement ? m_statement->columnText(column) : QString();
}

std::string_view Statement::columnUtf8(int column) const
{
    return m_statement ? m_statement->columnUtf8(column) : std::string_view();
}

qint64 Statement::columnInt64(int column) const
{
    return m_statement ? m_statement->columnInt64(column) : 0;
}

double Statement::columnDouble(int column) const
{
    return m_statement ? m_statement->columnDouble(column) : 0.0;
}

void Statement::readRow(std::span<const ColumnValue::Kind> kinds, std::span<ColumnValue> values) const
{
    Q_ASSERT(values.size() >= kinds.size());
    if (m_statement) {
        m_statement->readRow(kinds, values);
        return;
    }
    for (std::size_t column = 0; column < kinds.size(); ++column)
        values[column] = ColumnValue();
}

qint64 Statement::lastInsertRowId() const
{
    return m_connection && m_statement ? m_connection->lastInsertId() : 0;
}

qint64 Statement::changes() const
{
    return m_statement ? m_statement->changes() : 0;
}

bool Statement::execute(Connection *db, const QString &sql, QString *error)
{
    if (!db) {
        if (error)
            *error = tr("no database connection");
        return false;
    }
    QString message;
    const bool ok = db->execute(sql, &message);
    if (!ok && error)
        *error = message;
    return ok;
}

} // namespace milepost
