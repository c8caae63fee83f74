// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgcopy.h"

#include "pgconnection.h"

#include <libpq-fe.h>

namespace milepost {

void PgCopy::separate()
{
    if (m_rowStarted)
        m_buffer.append('\t');
    m_rowStarted = true;
}

void PgCopy::bindUtf8(int, std::string_view value)
{
    separate();
    // The text format's escapes: a backslash, and the characters that end a column or a row.
    for (const char c : value) {
        switch (c) {
        case '\\':
            m_buffer.append("\\\\", 2);
            break;
        case '\t':
            m_buffer.append("\\t", 2);
            break;
        case '\n':
            m_buffer.append("\\n", 2);
            break;
        case '\r':
            m_buffer.append("\\r", 2);
            break;
        default:
            m_buffer.append(c);
        }
    }
}

void PgCopy::bindInt64(int, qint64 value)
{
    separate();
    m_buffer.append(QByteArray::number(value));
}

void PgCopy::bindNull(int)
{
    separate();
    m_buffer.append("\\N", 2);
}

void PgCopy::endRow()
{
    m_buffer.append('\n');
    m_rowStarted = false;
    ++m_rows;
}

void PgCopy::clear()
{
    m_buffer.clear(); // keeps its memory for the next rows
    m_rowStarted = false;
    m_rows = 0;
}

bool PgCopy::send(PgConnection &connection, const QString &table, const QString &columns, QString *error)
{
    PGconn *conn = connection.handle();
    const QByteArray sql = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns).toUtf8();
    PGresult *start = PQexec(conn, sql.constData());
    const bool copying = PQresultStatus(start) == PGRES_COPY_IN;
    if (!copying && error)
        *error = QString::fromUtf8(PQresultErrorMessage(start)).trimmed();
    PQclear(start);
    if (!copying) {
        clear();
        return false;
    }
    bool ok = PQputCopyData(conn, m_buffer.constData(), int(m_buffer.size())) == 1 && PQputCopyEnd(conn, nullptr) == 1;
    if (!ok && error)
        *error = connection.lastError();
    // The COPY's outcome, then nothing more.
    while (PGresult *result = PQgetResult(conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            if (ok && error)
                *error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            ok = false;
        }
        PQclear(result);
    }
    clear();
    return ok;
}

} // namespace milepost
