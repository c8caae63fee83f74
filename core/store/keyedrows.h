// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/parsedcell.h"
#include "projectidsbykey.h"
#include "statement.h"

#include <QString>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace milepost {

class Connection;
class ImportTableLayout;
class PgCopy;

// The new rows of a table keyed by source and record key (capital_projects, staffing,
// enrollment: id, source_id, record_key, the layout's columns, source_line and the runs that
// created, changed and saw the row) that a source's first import holds back, to store several at
// a time (CapitalBulkWriter, RecordBulkWriter). Their ids are chosen here, so that a key met
// again in the file is found by its hash (ProjectIdsByKey) without asking the database, and
// confirmed against the key where hashes meet: among the rows held back, else in the table. A
// held row points into the row being imported: its cells must stay valid until it is stored.
class KeyedRows final
{
public:
    struct Row
    {
        std::span<const ParsedCell> cells;
        std::string key; // a copy: the caller's changes with every row
        qint64 id = 0;
        qint64 line = 0;
    };
    struct Lookup
    {
        bool ok = false;      // false: the database failed, see error()
        std::size_t hash = 0; // of the key, for add()
        qint64 id = 0;        // the row this import stored under the key; 0 if none
        qint64 line = 0;      // the line it was stored from
    };

    KeyedRows(Connection *db, ImportTableLayout &layout, qint64 sourceId, qint64 runId);
    ~KeyedRows();
    KeyedRows(const KeyedRows &) = delete;
    KeyedRows &operator=(const KeyedRows &) = delete;

    // Chooses the first id and prepares the check of a key; at most capacity rows are held.
    bool prepare(std::size_t capacity);

    // hash: RecordKey::hashOf(key)
    Lookup lookUp(std::string_view key, std::size_t hash);
    // Holds a row whose lookUp() found nothing; its id, or 0 when this import has more rows
    // than ProjectIdsByKey can tell apart. No row may be added once isFull().
    qint64 add(const Lookup &lookup, std::span<const ParsedCell> cells, std::string_view key, qint64 line);
    bool isFull() const { return m_heldCount == m_held.size(); }
    // The rows held back, to be stored before the next add(); none are held after.
    std::span<const Row> take();

    // INSERT OR FAIL of that many rows: each binds its own parameters (bind(), at its position),
    // the source and the run are shared (bindShared()).
    QString insertSql(int rows) const;
    void bindShared(Statement &statement) const;
    void bind(Statement &statement, const Row &row, int position);
    // PostgreSQL: the rows in one COPY; false when the server refused one (nothing was stored).
    bool copy(PgCopy &copy, std::span<const Row> rows, QString *error);

    const QString &error() const { return m_error; }

private:
    QString columns() const;
    bool isStoredKey(qint64 id, std::string_view key, qint64 *line);

    Connection *m_db = nullptr;
    ImportTableLayout &m_layout;
    qint64 m_sourceId = 0;
    qint64 m_runId = 0;
    qint64 m_nextId = 1;
    ProjectIdsByKey m_ids;
    std::vector<Row> m_held; // the first m_heldCount are in use; their strings' memory is reused
    std::size_t m_heldCount = 0;
    Statement m_storedKey;
    QString m_error;
};

} // namespace milepost
