// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordbulkwriter.h"

#include "connection.h"
#include "importtablelayout.h"
#include "rowbyrowretry.h"

namespace milepost {

RecordBulkWriter::RecordBulkWriter(Connection *db, ImportTableLayout &layout, qint64 sourceId, qint64 runId)
    : m_db(db)
    , m_layout(layout)
    , m_rows(db, layout, sourceId, runId)
{
}

RecordBulkWriter::~RecordBulkWriter()
{
    // Nothing of a statement may stay in progress when the session rolls back or commits.
    if (m_insertOne.isValid())
        m_insertOne.reset();
}

bool RecordBulkWriter::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool RecordBulkWriter::prepare()
{
    if (!m_rows.prepare(rowsPerCopy))
        return fail(m_rows.error());
    if (!m_insertOne.prepare(m_db, m_rows.insertSql(1)))
        return fail(m_insertOne.error());
    // Bound once: the statement is rewound, which keeps bindings, never reset.
    m_rows.bindShared(m_insertOne);
    return true;
}

bool RecordBulkWriter::add(std::span<const ParsedCell> cells, std::string_view key, std::size_t keyHash, qint64 line,
                           qint64 *otherLine)
{
    if (!m_error.isEmpty())
        return false;
    const KeyedRows::Lookup found = m_rows.lookUp(key, keyHash);
    if (!found.ok)
        return fail(m_rows.error());
    if (found.id != 0) {
        *otherLine = found.line;
        return true;
    }
    if (m_rows.add(found, cells, key, line) == 0)
        return fail(tr("more rows than one import can hold"));
    return !m_rows.isFull() || flush();
}

bool RecordBulkWriter::flush()
{
    if (!m_error.isEmpty())
        return false;
    const std::span<const KeyedRows::Row> rows = m_rows.take();
    if (rows.empty())
        return true;
    QString problem;
    const auto bind = [this](Statement &statement, const KeyedRows::Row &row) { m_rows.bind(statement, row, 0); };
    return RowByRowRetry::copyOrRetry(
               m_db, [&](QString *error) { return m_rows.copy(m_copy, rows, error); },
               [&] { return RowByRowRetry::insertEach(m_insertOne, rows, bind, &m_stoppedLine, &problem); }, &problem)
        || fail(problem);
}

bool RecordBulkWriter::finish()
{
    if (!flush())
        return false;
    QString error;
    return m_db->generatedIdsFollow(m_layout.table(), &error) || fail(error);
}

} // namespace milepost
