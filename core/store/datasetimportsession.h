// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capitalbulkwriter.h"
#include "datasets/dataset.h"
#include "datasets/datasetfield.h"
#include "datasets/importevent.h"
#include "datasets/parsedcell.h"
#include "importlock.h"
#include "importrunlog.h"
#include "importtablelayout.h"
#include "recordbulkwriter.h"
#include "sqliteimporttuning.h"
#include "statement.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <span>
#include <string>
#include <vector>

namespace milepost {

class Database;
struct ImportReport;

// One import of a file into a dataset, inside one transaction: rows are stored as they are
// parsed, matched by key against what the last import of the same source stored, and nothing
// is visible to others or kept unless finish() commits. Destroying an unfinished session rolls
// everything back. The SQL that stores rows lives here, that of the run itself (source, events,
// gone rows, counts) in ImportRunLog, and that of the copies a refresh keeps of the rows it
// replaces, so that removing the run can put them back, in SupersededRows.
class DatasetImportSession final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetImportSession)

public:
    using Run = ImportRunLog::Run;

    enum class Outcome {
        New,       // the key was not stored before
        Changed,   // stored before with other values; updated
        Unchanged, // stored before with the same values
        Duplicate, // an earlier row of this file has the same key: nothing stored
        Conflict,  // a capital project's details differ from an earlier row of the same project
        Failed,    // the database refused; error() says why and the import must stop
    };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        qint64 otherLine = 0; // Duplicate, Conflict: the earlier row's line
        // Conflict: the first field (DatasetSchema index) whose value differs from the earlier
        // row's, and that row's value of it as stored ("" when it had none); -1 when unknown.
        int field = -1;
        QString otherValue;
    };

    DatasetImportSession(Database &database, const Run &run);
    ~DatasetImportSession();
    DatasetImportSession(const DatasetImportSession &) = delete;
    DatasetImportSession &operator=(const DatasetImportSession &) = delete;

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }
    qint64 runId() const { return m_runId; }

    // Stores one parsed row: cells in DatasetSchema order, line its first physical line. In a
    // source's first import, capital rows are held back and stored several to a statement
    // (CapitalBulkWriter), and so are staffing and enrollment rows on a server (RecordBulkWriter):
    // their cells must stay valid until flush() (or keep() or finish()) has run.
    // key is the row's RecordKey and keyHash its hash; both are read during the call only.
    Result store(std::span<const ParsedCell> cells, qint64 line, std::string_view key, std::size_t keyHash);
    // Stores the rows store() held back; false when the database refused one (stoppedLine()).
    bool flush();
    // The line of the held-back row the database refused; 0 when it was the last row stored.
    qint64 stoppedLine() const;
    // For a row that was rejected but whose key was read: the record stored under that key by
    // the earlier import stays, rather than being reported gone.
    bool keep(std::span<const ParsedCell> cells, std::string_view key, std::size_t keyHash);
    // Lists event in the run's report.
    bool addEvent(const ImportEvent &event);

    enum class Ending { Commit, RollBack };
    // Removes and lists what the source no longer has, saves the run with report's counts and
    // commits, or rolls everything back (a dry run: the report then has no run id). report
    // must hold the row counts; it gets the run id, the record counts and the first events.
    bool finish(ImportReport *report, Ending ending = Ending::Commit);

    // A record key as people read it: parts joined with " | ".
    static QString displayKey(std::string_view recordKey);

private:
    struct OwnedCell
    {
        ParsedCell::State state = ParsedCell::State::Missing;
        std::string text;
        qint64 number = 0;
    };
    struct PhaseCount
    {
        std::string name;
        int count = 0;
    };
    struct Group // the capital project the last rows belonged to
    {
        std::string key;
        std::size_t keyHash = 0;
        qint64 projectId = 0;  // 0 while none of its rows was stored
        qint64 existingId = 0; // stored by an earlier import; found while its rows were rejected
        bool revisit = false;  // an earlier group of this file already had this key
        qint64 firstLine = 0;
        std::vector<OwnedCell> cells; // the project's values, to compare the next rows with
        std::vector<PhaseCount> phaseCounts; // the first phaseCountSize are in use
        std::size_t phaseCountSize = 0;
        bool lookedUp = false; // whether findKeptProject() looked for it
    };
    // The statements that store one kind of row: insert if new, else find it, update it when
    // it differs, or just mark it seen. In a refresh, copy keeps the row as it was before an
    // update changes its values or line (SupersededRows), bound as update is.
    struct Upsert
    {
        Statement insert;
        Statement find;
        Statement update;
        Statement seen;
        Statement copy;
    };

    bool fail(const QString &message);
    bool checkForeignKeys();
    bool prepareStatements();
    Result upsert(Upsert &statements, ImportTableLayout &layout, std::span<const ParsedCell> cells, qint64 line,
                  qint64 *id);
    Result storeRecord(std::span<const ParsedCell> cells, qint64 line);
    Result holdRecord(std::span<const ParsedCell> cells, qint64 line); // RecordBulkWriter's
    Result storeCapital(std::span<const ParsedCell> cells, qint64 line);
    void resetGroup(qint64 line);
    bool findKeptProject();
    bool storeProject(std::span<const ParsedCell> cells, qint64 line, Result *result);
    bool storeHeldProject(std::span<const ParsedCell> cells, qint64 line, Result *result);
    bool revisitProject(std::span<const ParsedCell> cells, qint64 id, qint64 otherLine, Result *result);
    void rememberProject(std::span<const ParsedCell> cells);
    // The first project field whose value in cells differs from the group's, or -1; other is
    // set to the group's value.
    int differingField(std::span<const ParsedCell> cells, QString *other) const;
    // The same against the project stored with id: for a row that differs from an earlier
    // group of the file.
    int storedDifference(std::span<const ParsedCell> cells, qint64 id, QString *other);
    int nextOccurrence(std::span<const ParsedCell> cells);
    QString phaseKey(std::span<const ParsedCell> cells, int occurrence) const;

    Database &m_database;
    Run m_run;
    ImportLock m_lock; // taken before the transaction, released after it
    std::unique_ptr<Transaction> m_transaction;
    bool m_active = false;
    QString m_error;
    ImportRunLog m_log;
    qint64 m_sourceId = 0;
    qint64 m_runId = 0;
    qint64 m_newProjects = 0;
    qint64 m_changedProjects = 0;
    qint64 m_unchangedProjects = 0;
    qint64 m_newRecords = 0;
    qint64 m_changedRecords = 0;
    qint64 m_unchangedRecords = 0;
    const QList<DatasetField> *m_fields = nullptr;
    std::unique_ptr<ImportTableLayout> m_records; // staffing, enrollment rows; capital phases
    std::unique_ptr<ImportTableLayout> m_projects; // capital projects
    int m_phaseField = -1;
    int m_phaseParameter = 0;
    int m_occurrence = 0; // of the phase being stored
    std::string_view m_key; // of the row being stored: RecordKey, built by the reading thread
    std::size_t m_keyHash = 0;
    Group m_group;
    QSet<qint64> m_keptProjects; // stored before, marked seen by keep() only
    SqliteImportTuning m_tuning; // settings for speed, restored after
    Upsert m_rows;
    Upsert m_projectRows;
    Statement m_keep;
    Statement m_sameProject;
    Statement m_countOccurrences;
    std::unique_ptr<CapitalBulkWriter> m_bulk; // a source's first import of capital projects
    std::unique_ptr<RecordBulkWriter> m_recordBulk; // a source's first staffing or enrollment import on a server
};

} // namespace milepost
