// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/parsedcell.h"
#include "keyedrows.h"
#include "pgcopy.h"
#include "statement.h"

#include <QCoreApplication>
#include <QString>

#include <span>
#include <string_view>

namespace milepost {

class Connection;
class ImportTableLayout;

// Stores a source's first import of staffing or enrollment rows on a PostgreSQL server in one
// COPY per rowsPerCopy rows, where the upsert costs a statement and a round trip per row. With
// nothing stored before, every row is new unless an earlier row of the file had its key: that is
// found in memory (KeyedRows), and the row is not stored but told the earlier row's line, as the
// upsert tells it. A refused COPY is tried again row by row, to name the line the server refuses
// (RowByRowRetry). Rows held back point into the row being imported: its cells must stay valid
// until flush() has run. A refresh must see the rows stored before and keeps the upsert.
class RecordBulkWriter final
{
    Q_DECLARE_TR_FUNCTIONS(RecordBulkWriter)

public:
    // A batch of the reading pipeline (RowPipeline::batchRows), which the session flushes before
    // the next one.
    static constexpr int rowsPerCopy = 512;

    // layout: the staffing or enrollment table's.
    RecordBulkWriter(Connection *db, ImportTableLayout &layout, qint64 sourceId, qint64 runId);
    ~RecordBulkWriter();
    RecordBulkWriter(const RecordBulkWriter &) = delete;
    RecordBulkWriter &operator=(const RecordBulkWriter &) = delete;

    // Chooses the ids and prepares the statements. False: error().
    bool prepare();

    // Holds a row back, or, when an earlier row of this import had its key, sets *otherLine to
    // that row's line and holds nothing. False when the database failed (error(), stoppedLine()).
    // key: the row's RecordKey, keyHash its hash; read during the call only.
    bool add(std::span<const ParsedCell> cells, std::string_view key, std::size_t keyHash, qint64 line,
             qint64 *otherLine);
    // Stores what is held back; false when the database refused a row (stoppedLine(), error()).
    bool flush();
    // flush(), then the ids the server generates follow those chosen here. Before the commit.
    bool finish();

    // The line of the held-back row the database refused; 0 when no row was refused.
    qint64 stoppedLine() const { return m_stoppedLine; }
    const QString &error() const { return m_error; }

private:
    bool fail(const QString &message);

    Connection *m_db = nullptr;
    ImportTableLayout &m_layout;
    KeyedRows m_rows;
    PgCopy m_copy;
    Statement m_insertOne; // finds the row a COPY refused
    qint64 m_stoppedLine = 0;
    QString m_error;
};

} // namespace milepost
