// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace milepost {

class PgConnection;

// Rows for PostgreSQL's COPY ... FROM STDIN in its text format, written value by value as a
// Statement's parameters are bound (the same bindUtf8/bindInt64/bindNull, the index ignored:
// values go in column order), then sent in one COPY: the server parses no SQL per row. Bulk
// imports on a server store their rows so (CapitalBulkWriter).
class PgCopy final
{
    Q_DECLARE_TR_FUNCTIONS(PgCopy)

public:
    void bindUtf8(int, std::string_view value);
    void bindInt64(int, qint64 value);
    void bindNull(int);
    void endRow();

    qsizetype rows() const { return m_rows; }
    void clear();

    // COPY table (columns) FROM STDIN with the rows written; cleared after. False with error set
    // when the server refuses a row (and with it the whole COPY, in a failed transaction).
    bool send(PgConnection &connection, const QString &table, const QString &columns, QString *error);

private:
    void separate();

    QByteArray m_buffer;
    bool m_rowStarted = false;
    qsizetype m_rows = 0;
};

} // namespace milepost
