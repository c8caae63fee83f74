// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/parsedcell.h"
#include "keyedrows.h"
#include "sqliteimporttuning.h"
#include "statement.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace milepost {

class Connection;

class ImportTableLayout;
class PgCopy;

// Stores a source's first import into the capital tables several rows to an INSERT: one INSERT
// costs SQLite a cursor, a B-tree descent and a statement's set-up and tear-down, which many
// rows share. Every phase of a first import is new (occurrences are counted), so phases are held
// back and stored rowsPerInsert at a time, in the order of their table's key. Projects are too
// when the projects table holds few rows: its indexes are then dropped, in the import's
// transaction, and built again by finish() from sorted keys, which costs a million-row import a
// fraction of inserting its keys one by one in file order. Meanwhile the writer gives projects their ids itself and finds the ones it
// stored by their key's hash, confirmed against the key. Rows held back point into the row
// being imported: its cells must stay valid until flush() has run. On PostgreSQL the rows held
// back go in one COPY (rowsPerCopy), and a refused COPY is tried again row by row, to name the
// line the server refuses; the key index is kept there (dropping it would lock the table
// against readers until the commit), and the ImportLock keeps a second importer from choosing
// the same ids. The projects' rows are those of any keyed table (KeyedRows, shared with
// RecordBulkWriter), and so is the retry (RowByRowRetry).
class CapitalBulkWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CapitalBulkWriter)

public:
    static constexpr int rowsPerInsert = 64;
    // On PostgreSQL rows go to the server in one COPY per this many (PgCopy): a batch of the
    // reading pipeline, which the session flushes before the next (RowPipeline::batchRows).
    static constexpr int rowsPerCopy = 512;
    // Above this many projects in the table, rebuilding the key index would cost more than it saves.
    static constexpr qint64 maxProjectsToReindex = 100000;

    CapitalBulkWriter(Connection *db, ImportTableLayout &projects, ImportTableLayout &phases, qint64 sourceId,
                      qint64 runId);
    ~CapitalBulkWriter();
    CapitalBulkWriter(const CapitalBulkWriter &) = delete;
    CapitalBulkWriter &operator=(const CapitalBulkWriter &) = delete;

    // Prepares the statements; drops the key index when holdsProjects(). False: error().
    bool prepare();
    // Whether projects are stored here (lookUp, addProject) rather than by the caller's upsert.
    bool holdsProjects() const { return m_holdsProjects; }

    using Lookup = KeyedRows::Lookup; // id: the project this import stored under the key
    // hash: RecordKey::hashOf(key)
    Lookup lookUp(std::string_view key, std::size_t hash);
    // Holds a project whose lookUp() found nothing; its id, or 0 when the database failed.
    qint64 addProject(const Lookup &lookup, std::span<const ParsedCell> cells, std::string_view key, qint64 line);
    bool addPhase(std::span<const ParsedCell> cells, qint64 projectId, qint64 line, int occurrence);

    // Stores what is held back; false when the database refused a row (stoppedLine(), error()).
    bool flush();
    // flush(), then the key index again. Before the session's own last steps and its commit.
    bool finish();

    // The line of the held-back row the database refused; 0 when no row was refused.
    qint64 stoppedLine() const { return m_stoppedLine; }
    const QString &error() const { return m_error; }

private:
    using HeldProject = KeyedRows::Row;
    struct HeldPhase
    {
        std::span<const ParsedCell> cells;
        qint64 projectId = 0;
        qint64 line = 0;
        int occurrence = 0;
    };

    bool fail(const QString &message);
    QString phaseValues(int rows) const;
    // The INSERT of that many rows, prepared when first needed.
    Statement *insertProjects(int rows);
    Statement *insertPhases(int rows);
    Statement *prepared(Statement &statement, const QString &sql, bool projects);
    void bindProject(Statement &statement, const HeldProject &project, int row);
    void bindPhase(Statement &statement, const HeldPhase &phase, int row);
    bool dropProjectIndexes();
    bool flushProjects();
    bool flushPhases();
    template<typename Row>
    bool storeRows(std::span<const Row> rows, Statement *(CapitalBulkWriter::*insert)(int),
                   void (CapitalBulkWriter::*bind)(Statement &, const Row &, int));
    template<typename Row>
    bool storeOneByOne(std::span<const Row> rows, Statement *(CapitalBulkWriter::*insert)(int),
                       void (CapitalBulkWriter::*bind)(Statement &, const Row &, int));
    // PostgreSQL: the rows in one COPY; false when the server refused one (nothing was stored).
    bool copyRows(std::span<const HeldProject> rows, QString *error);
    bool copyRows(std::span<const HeldPhase> rows, QString *error);

    Connection *m_db = nullptr;
    ImportTableLayout &m_projects;
    ImportTableLayout &m_phases;
    qint64 m_sourceId = 0;
    qint64 m_runId = 0;
    bool m_holdsProjects = false;
    bool m_server = false; // PostgreSQL: COPY rather than INSERT
    std::size_t m_heldLimit = rowsPerInsert; // rows held back before they are stored
    std::unique_ptr<PgCopy> m_copy;
    SqliteImportTuning m_tuning{m_db}; // secure_delete off in prepare(), on again in finish()
    KeyedRows m_projectRows{m_db, m_projects, m_sourceId, m_runId};
    int m_phaseField = -1; // the phase's name among the cells, to store phases in key order
    QStringList m_droppedIndexes; // their CREATE statements, run again by finish()
    std::vector<HeldPhase> m_heldPhases;
    std::vector<Statement> m_insertProjects; // [n]: the INSERT of n rows
    std::vector<Statement> m_insertPhases;
    qint64 m_stoppedLine = 0;
    QString m_error;
};

} // namespace milepost
