// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgstatement.h"

#include "pgconnection.h"
#include "pgsql.h"

#include <libpq-fe.h>

#include <charconv>
#include <cstdlib>

namespace milepost {

namespace {

constexpr Oid booleanOid = 16;
constexpr Oid textOid = 25;

} // namespace

std::unique_ptr<PgStatement> PgStatement::prepare(PgConnection *connection, const QString &sql, QString *error)
{
    int parameters = 0;
    QList<bool> used;
    const QByteArray text = PgSql::translate(sql, &parameters, &used).toUtf8();
    // The server infers each parameter's type from where it stands; one the statement never
    // mentions (the store binds a fixed set to several statements) has no place, so it is text.
    std::vector<Oid> types(std::size_t(parameters), Oid(0));
    for (int i = 0; i < parameters; ++i) {
        if (!used.at(i))
            types[std::size_t(i)] = textOid;
    }
    QByteArray name = connection->nextStatementName();
    PGresult *result = PQprepare(connection->handle(), name.constData(), text.constData(), parameters, types.data());
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    if (!ok && error)
        *error = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(connection->handle())).trimmed();
    PQclear(result);
    if (!ok)
        return nullptr;
    return std::unique_ptr<PgStatement>(new PgStatement(connection, std::move(name), parameters));
}

PgStatement::PgStatement(PgConnection *connection, QByteArray name, int parameters)
    : m_connection(connection)
    , m_connectionLifetime(connection->lifetime())
    , m_name(std::move(name))
    , m_values(std::size_t(parameters))
    , m_null(std::size_t(parameters), quint8(1))
{
}

PgStatement::~PgStatement()
{
    PQclear(m_result);
    if (!m_connectionLifetime.expired())
        m_connection->deallocate(m_name);
}

bool PgStatement::slot(int index)
{
    if (index >= 1 && std::size_t(index) <= m_values.size())
        return true;
    m_error = tr("parameter %1 is not in the statement").arg(index);
    return false;
}

bool PgStatement::bindBytes(int index, std::string_view value)
{
    if (!slot(index))
        return false;
    // PostgreSQL's text cannot hold a NUL character; storing the text cut there would be wrong.
    if (value.find('\0') != std::string_view::npos) {
        m_error = tr("PostgreSQL cannot store text that contains a NUL character");
        return false;
    }
    m_values[std::size_t(index - 1)].assign(value);
    m_null[std::size_t(index - 1)] = 0;
    return true;
}

bool PgStatement::bindText(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return bindBytes(index, std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

bool PgStatement::bindUtf8(int index, std::string_view value)
{
    return bindBytes(index, value);
}

bool PgStatement::bindInt64(int index, qint64 value)
{
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    return bindBytes(index, std::string_view(buffer, std::size_t(end - buffer)));
}

bool PgStatement::bindDouble(int index, double value)
{
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    return bindBytes(index, std::string_view(buffer, std::size_t(end - buffer)));
}

bool PgStatement::bindNull(int index)
{
    if (!slot(index))
        return false;
    m_null[std::size_t(index - 1)] = 1;
    return true;
}

PreparedStatement::Step PgStatement::step()
{
    if (!m_result) {
        std::vector<const char *> values(m_values.size());
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = m_null[i] ? nullptr : m_values[i].c_str();
        m_result = PQexecPrepared(m_connection->handle(), m_name.constData(), int(values.size()), values.data(), nullptr,
                                  nullptr, 0);
        const ExecStatusType status = PQresultStatus(m_result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            m_error = QString::fromUtf8(m_result ? PQresultErrorMessage(m_result)
                                                 : PQerrorMessage(m_connection->handle()))
                          .trimmed();
            if (m_error.isEmpty())
                m_error = m_connection->lastError();
            PQclear(m_result);
            m_result = nullptr;
            m_changes = 0;
            return Step::Error;
        }
        const char *tuples = PQcmdTuples(m_result);
        m_changes = tuples && *tuples ? std::strtoll(tuples, nullptr, 10) : 0;
        m_rows = PQntuples(m_result);
        m_row = -1;
    }
    if (m_row + 1 < m_rows) {
        ++m_row;
        return Step::Row;
    }
    m_row = m_rows;
    return Step::Done;
}

void PgStatement::reset(bool clearBindings)
{
    m_error.clear();
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_rows = 0;
    if (clearBindings)
        std::fill(m_null.begin(), m_null.end(), quint8(1));
}

bool PgStatement::isBoolean(int column) const
{
    return PQftype(m_result, column) == booleanOid;
}

int PgStatement::columnCount() const
{
    return m_result ? PQnfields(m_result) : 0;
}

QString PgStatement::columnName(int column) const
{
    return m_result ? QString::fromUtf8(PQfname(m_result, column)) : QString();
}

bool PgStatement::columnIsNull(int column) const
{
    return !m_result || m_row < 0 || m_row >= m_rows || column < 0 || column >= PQnfields(m_result)
           || PQgetisnull(m_result, m_row, column);
}

QString PgStatement::columnText(int column) const
{
    if (columnIsNull(column))
        return {};
    const std::string_view text = columnUtf8(column);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string_view PgStatement::columnUtf8(int column) const
{
    if (columnIsNull(column))
        return {};
    const char *value = PQgetvalue(m_result, m_row, column);
    if (isBoolean(column))
        return *value == 't' ? std::string_view("1") : std::string_view("0");
    return std::string_view(value, std::size_t(PQgetlength(m_result, m_row, column)));
}

qint64 PgStatement::columnInt64(int column) const
{
    if (columnIsNull(column))
        return 0;
    const char *value = PQgetvalue(m_result, m_row, column);
    if (isBoolean(column))
        return *value == 't' ? 1 : 0;
    // A numeric result (sum, avg) may carry a fraction: cut towards zero, as SQLite casts a real.
    char *end = nullptr;
    const qint64 whole = std::strtoll(value, &end, 10);
    return *end == '.' || *end == 'e' || *end == 'E' ? qint64(std::strtod(value, nullptr)) : whole;
}

double PgStatement::columnDouble(int column) const
{
    if (columnIsNull(column))
        return 0.0;
    const char *value = PQgetvalue(m_result, m_row, column);
    if (isBoolean(column))
        return *value == 't' ? 1.0 : 0.0;
    return std::strtod(value, nullptr);
}

} // namespace milepost
