// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <sqlite3.h>

#include <array>

namespace milepost {

namespace {

// Schema version 1. Dates keep the text the plan wrote (raw) next to what it means (kind, first
// and last day as ISO text), so that reports can query by day and the plan reads back exactly.
// The CHECKs mirror the invariants of the domain types; a new Finding kind or date kind is a
// schema change and gets a migration. Every foreign key is the leading column of a UNIQUE or
// PRIMARY KEY constraint, whose index also serves the cascades.
constexpr const char schemaVersion1[] = R"sql(
CREATE TABLE plans (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    title       TEXT NOT NULL,
    source      TEXT NOT NULL,
    imported_at TEXT NOT NULL
        CHECK (imported_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z')
);
CREATE INDEX plans_source ON plans (source);

CREATE TABLE objectives (
    id                   INTEGER PRIMARY KEY,
    plan_id              INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position             INTEGER NOT NULL CHECK (position >= 0),
    phase                TEXT NOT NULL CHECK (phase IN ('LEARN', 'ASSESS', 'COMMUNICATE', 'ACT')),
    title                TEXT NOT NULL,
    subtitle             TEXT NOT NULL,
    objective_text       TEXT NOT NULL,
    status_text          TEXT NOT NULL,
    status_state         TEXT NOT NULL
        CHECK (status_state IN ('unknown', 'not_started', 'in_progress', 'completed')),
    estimated_completion TEXT,
    narrative            TEXT NOT NULL,
    source_line          INTEGER NOT NULL CHECK (source_line >= 0),
    UNIQUE (plan_id, position)
);

CREATE TABLE milestones (
    id            INTEGER PRIMARY KEY,
    objective_id  INTEGER NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position >= 0),
    section       TEXT NOT NULL,
    title         TEXT NOT NULL,
    start_raw     TEXT NOT NULL,
    start_kind    TEXT NOT NULL,
    start_first   TEXT,
    start_last    TEXT,
    start_problem TEXT NOT NULL,
    start_reason  TEXT NOT NULL,
    end_raw       TEXT NOT NULL,
    end_kind      TEXT NOT NULL,
    end_first     TEXT,
    end_last      TEXT,
    end_problem   TEXT NOT NULL,
    end_reason    TEXT NOT NULL,
    source_line   INTEGER NOT NULL CHECK (source_line >= 0),
    UNIQUE (objective_id, position),
    CHECK (start_kind IN ('exact', 'month', 'quarter', 'ongoing', 'not_applicable', 'invalid')),
    CHECK (CASE WHEN start_kind IN ('exact', 'month', 'quarter')
                THEN start_first GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                     AND start_last GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                     AND start_first <= start_last
                ELSE start_first IS NULL AND start_last IS NULL END),
    CHECK (start_problem IN ('none', 'missing', 'impossible_date', 'unrecognised')),
    CHECK ((start_kind = 'invalid') = (start_problem <> 'none')),
    CHECK (end_kind IN ('exact', 'month', 'quarter', 'ongoing', 'not_applicable', 'invalid')),
    CHECK (CASE WHEN end_kind IN ('exact', 'month', 'quarter')
                THEN end_first GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                     AND end_last GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                     AND end_first <= end_last
                ELSE end_first IS NULL AND end_last IS NULL END),
    CHECK (end_problem IN ('none', 'missing', 'impossible_date', 'unrecognised')),
    CHECK ((end_kind = 'invalid') = (end_problem <> 'none'))
);

-- The quarters a milestone is marked in: a set, read back in calendar order.
CREATE TABLE milestone_quarters (
    milestone_id INTEGER NOT NULL REFERENCES milestones (id) ON DELETE CASCADE,
    year         INTEGER NOT NULL,
    quarter      INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    PRIMARY KEY (milestone_id, year, quarter)
) WITHOUT ROWID;

CREATE TABLE findings (
    id            INTEGER PRIMARY KEY,
    plan_id       INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    line          INTEGER NOT NULL CHECK (line >= 0),
    column_number INTEGER NOT NULL CHECK (column_number >= 0),
    kind          TEXT NOT NULL CHECK (kind IN ('invalid-date', 'unrecognised-value', 'missing-value',
                                                'end-before-start', 'marks-disagree', 'unreadable-table')),
    message       TEXT NOT NULL
);
CREATE INDEX findings_plan ON findings (plan_id, line, column_number);
)sql";

// Schema version 2: staffing, enrollment and capital projects imported from files. Rows belong
// to a source (what a re-import refreshes) and carry the import runs that created, last
// changed and last saw them, so that a newer export reports new, changed and gone records.
// record_key joins the row's key fields with U+001F; it is what a re-import matches on. Columns
// are named after the DatasetSchema field keys; a *_code column keeps the source's code for a
// value that does not apply (PNS, DOES, ...), and never holds one together with the value.
// Amounts are whole cents, percentages hundredths of a percent, dates ISO text.
constexpr const char schemaVersion2[] = R"sql(
CREATE TABLE dataset_sources (
    id      INTEGER PRIMARY KEY,
    dataset TEXT NOT NULL CHECK (dataset IN ('staffing', 'enrollment', 'projects')),
    name    TEXT NOT NULL,
    UNIQUE (dataset, name)
);

CREATE TABLE import_runs (
    id                 INTEGER PRIMARY KEY,
    source_id          INTEGER NOT NULL REFERENCES dataset_sources (id) ON DELETE CASCADE,
    file               TEXT NOT NULL,
    profile            TEXT NOT NULL,
    encoding           TEXT NOT NULL,
    delimiter          TEXT NOT NULL,
    imported_at        TEXT NOT NULL
        CHECK (imported_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z'),
    rows_read          INTEGER NOT NULL CHECK (rows_read >= 0),
    stored             INTEGER NOT NULL CHECK (stored >= 0),
    rejected           INTEGER NOT NULL CHECK (rejected >= 0),
    blank              INTEGER NOT NULL CHECK (blank >= 0),
    new_records        INTEGER NOT NULL CHECK (new_records >= 0),
    changed_records    INTEGER NOT NULL CHECK (changed_records >= 0),
    unchanged_records  INTEGER NOT NULL CHECK (unchanged_records >= 0),
    gone_records       INTEGER NOT NULL CHECK (gone_records >= 0),
    new_projects       INTEGER NOT NULL CHECK (new_projects >= 0),
    changed_projects   INTEGER NOT NULL CHECK (changed_projects >= 0),
    unchanged_projects INTEGER NOT NULL CHECK (unchanged_projects >= 0),
    gone_projects      INTEGER NOT NULL CHECK (gone_projects >= 0),
    CHECK (rows_read = stored + rejected + blank)
);
CREATE INDEX import_runs_source ON import_runs (source_id, id);

CREATE TABLE import_events (
    run_id        INTEGER NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position >= 0),
    outcome       TEXT NOT NULL CHECK (outcome IN ('rejected', 'blank', 'changed', 'gone')),
    line          INTEGER NOT NULL CHECK (line >= 0),
    column_number INTEGER NOT NULL CHECK (column_number >= 0),
    column_name   TEXT NOT NULL,
    record_key    TEXT NOT NULL,
    value         TEXT NOT NULL,
    reason        TEXT NOT NULL,
    PRIMARY KEY (run_id, position)
) WITHOUT ROWID;

CREATE TABLE import_profiles (
    name       TEXT PRIMARY KEY,
    dataset    TEXT NOT NULL CHECK (dataset IN ('staffing', 'enrollment', 'projects')),
    definition TEXT NOT NULL,
    saved_at   TEXT NOT NULL
);

CREATE TABLE staffing (
    id             INTEGER PRIMARY KEY,
    source_id      INTEGER NOT NULL REFERENCES dataset_sources (id) ON DELETE CASCADE,
    record_key     TEXT NOT NULL,
    period         TEXT NOT NULL,
    period_first   TEXT NOT NULL,
    period_last    TEXT NOT NULL,
    local_district TEXT NOT NULL,
    site           TEXT,
    employee_group TEXT NOT NULL CHECK (employee_group IN ('certificated', 'classified')),
    job_category   TEXT NOT NULL,
    positions      INTEGER CHECK (positions >= 0),
    vacancies      INTEGER CHECK (vacancies >= 0),
    hires          INTEGER CHECK (hires >= 0),
    illustrative   INTEGER NOT NULL CHECK (illustrative IN (0, 1)),
    note           TEXT,
    source_line    INTEGER NOT NULL CHECK (source_line > 0),
    created_run    INTEGER NOT NULL,
    changed_run    INTEGER NOT NULL,
    seen_run       INTEGER NOT NULL,
    UNIQUE (source_id, record_key),
    CHECK (period_first <= period_last),
    CHECK (positions IS NOT NULL OR vacancies IS NOT NULL OR hires IS NOT NULL)
);

CREATE TABLE enrollment (
    id                INTEGER PRIMARY KEY,
    source_id         INTEGER NOT NULL REFERENCES dataset_sources (id) ON DELETE CASCADE,
    record_key        TEXT NOT NULL,
    school_year       TEXT NOT NULL,
    school_year_first TEXT NOT NULL,
    school_year_last  TEXT NOT NULL,
    local_district    TEXT NOT NULL,
    school            TEXT,
    program           TEXT NOT NULL,
    grade             TEXT,
    unit              TEXT NOT NULL CHECK (unit IN ('students', 'classrooms')),
    count             INTEGER NOT NULL CHECK (count >= 0),
    illustrative      INTEGER NOT NULL CHECK (illustrative IN (0, 1)),
    note              TEXT,
    source_line       INTEGER NOT NULL CHECK (source_line > 0),
    created_run       INTEGER NOT NULL,
    changed_run       INTEGER NOT NULL,
    seen_run          INTEGER NOT NULL,
    UNIQUE (source_id, record_key),
    CHECK (school_year_first <= school_year_last)
);

CREATE TABLE capital_projects (
    id             INTEGER PRIMARY KEY,
    source_id      INTEGER NOT NULL REFERENCES dataset_sources (id) ON DELETE CASCADE,
    record_key     TEXT NOT NULL,
    project_key    TEXT,
    site_code      TEXT,
    school_name    TEXT,
    region         TEXT,
    board_district TEXT,
    project_type   TEXT,
    description    TEXT,
    funding        TEXT,
    funding_code   TEXT,
    source_line    INTEGER NOT NULL CHECK (source_line > 0),
    created_run    INTEGER NOT NULL,
    changed_run    INTEGER NOT NULL,
    seen_run       INTEGER NOT NULL,
    UNIQUE (source_id, record_key),
    CHECK (funding IS NULL OR funding_code IS NULL)
);

-- Keyed by project, phase name and occurrence (the second "Scope" of one project is 2): one
-- B-tree, in project order, instead of a table and a unique index.
CREATE TABLE capital_phases (
    project_id            INTEGER NOT NULL REFERENCES capital_projects (id) ON DELETE CASCADE,
    phase                 TEXT NOT NULL,
    occurrence            INTEGER NOT NULL CHECK (occurrence >= 1),
    status                TEXT,
    planned_start         TEXT CHECK (planned_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    planned_start_code    TEXT,
    planned_end           TEXT CHECK (planned_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    planned_end_code      TEXT,
    actual_start          TEXT CHECK (actual_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    actual_start_code     TEXT,
    actual_end            TEXT CHECK (actual_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    actual_end_code       TEXT,
    budget                INTEGER,
    budget_code           TEXT,
    estimate              INTEGER,
    estimate_code         TEXT,
    spent                 INTEGER,
    spent_code            TEXT,
    percent_complete      INTEGER CHECK (percent_complete BETWEEN 0 AND 10000),
    percent_complete_code TEXT,
    illustrative          INTEGER NOT NULL CHECK (illustrative IN (0, 1)),
    note                  TEXT,
    source_line           INTEGER NOT NULL CHECK (source_line > 0),
    created_run           INTEGER NOT NULL,
    changed_run           INTEGER NOT NULL,
    seen_run              INTEGER NOT NULL,
    PRIMARY KEY (project_id, phase, occurrence),
    CHECK (planned_start IS NULL OR planned_start_code IS NULL),
    CHECK (planned_end IS NULL OR planned_end_code IS NULL),
    CHECK (actual_start IS NULL OR actual_start_code IS NULL),
    CHECK (actual_end IS NULL OR actual_end_code IS NULL),
    CHECK (budget IS NULL OR budget_code IS NULL),
    CHECK (estimate IS NULL OR estimate_code IS NULL),
    CHECK (spent IS NULL OR spent_code IS NULL),
    CHECK (percent_complete IS NULL OR percent_complete_code IS NULL),
    CHECK (planned_end >= planned_start),
    CHECK (actual_end >= actual_start)
) WITHOUT ROWID;
)sql";

// migrations[i] takes the schema from version i to i + 1. Steps are only ever appended: a
// released step is never edited, since files out there are already at its version.
constexpr std::array<const char *, 2> migrations{schemaVersion1, schemaVersion2};
static_assert(migrations.size() == Database::currentSchemaVersion);

struct SqliteCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, SqliteCloser>;

struct Result
{
    int code = SQLITE_OK;
    QString message;
    bool ok() const { return code == SQLITE_OK; }
};

// Runs a query that returns at most one value; value is left alone when there is no row.
template<typename Read>
Result queryOne(sqlite3 *db, const char *sql, Read read)
{
    sqlite3_stmt *statement = nullptr;
    Result result;
    result.code = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    if (result.ok()) {
        result.code = sqlite3_step(statement);
        if (result.code == SQLITE_ROW)
            read(statement);
        if (result.code == SQLITE_ROW || result.code == SQLITE_DONE)
            result.code = SQLITE_OK;
    }
    if (!result.ok())
        result.message = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    return result;
}

Result queryInt(sqlite3 *db, const char *sql, qint64 *value)
{
    *value = 0;
    return queryOne(db, sql, [value](sqlite3_stmt *statement) { *value = sqlite3_column_int64(statement, 0); });
}

Result execute(sqlite3 *db, const QByteArray &sql)
{
    char *message = nullptr;
    Result result;
    result.code = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    if (!result.ok())
        result.message = QString::fromUtf8(message ? message : sqlite3_errstr(result.code));
    sqlite3_free(message);
    return result;
}

QString queryJournalMode(sqlite3 *db, const char *sql)
{
    QString mode;
    queryOne(db, sql, [&mode](sqlite3_stmt *statement) {
        mode = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))).toLower();
    });
    return mode;
}

QByteArray encodedPath(const QString &path)
{
#ifdef Q_OS_WIN
    return path.toUtf8(); // SQLite's Windows VFS takes UTF-8 names
#else
    return QFile::encodeName(path); // passed to open() as they are
#endif
}

} // namespace

Database::Database(sqlite3 *db, const QString &path)
    : m_db(db)
    , m_path(path)
{
}

Database::~Database()
{
    // What SQLite recommends before closing a long-lived connection: refreshes the planner's
    // statistics only where the queries of this session showed a need. The limit makes each
    // ANALYZE look at a sample rather than every row: after an import of a million rows a full
    // one took longer than committing them.
    execute(m_db, QByteArrayLiteral("PRAGMA analysis_limit = 1000; PRAGMA optimize"));
    sqlite3_close_v2(m_db);
}

bool Database::canUseWal(const QByteArray &fileSystemType)
{
    const QByteArray type = fileSystemType.toLower();
    if (type.isEmpty())
        return false;
    static const QByteArrayList network{
        "nfs", "nfs4", "cifs", "smbfs", "smb2", "smb3", "afs", "9p", "ncpfs", "coda", "davfs", "webdav",
        "afpfs", "ceph", "glusterfs", "lustre", "gpfs", "gfs2", "ocfs2", "beegfs", "orangefs", "pvfs2"};
    if (network.contains(type))
        return false;
    // FUSE mounts are named after their driver; these reach another host.
    static const QByteArrayList networkFuse{"fuse.sshfs", "sshfs", "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse",
                                            "fuse.davfs2", "fuse.gvfsd-fuse", "fuse.glusterfs", "fuse.ceph",
                                            "fuse.cephfs", "fuse.curlftpfs", "fuse.goofys", "fuse.smbnetfs"};
    return !networkFuse.contains(type);
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<Database>();
    };
    if (error)
        error->clear();
    if (path.isEmpty())
        return fail(tr("No database file was given."));

    const bool inMemory = path == QLatin1String(":memory:");
    const QString shownPath = inMemory ? path : QDir::toNativeSeparators(path);

    // SQLite's memory statistics take a process-wide mutex on every allocation, and a bulk
    // import allocates millions of times; Milepost never reads them. Only possible before SQLite
    // is first used: later calls change nothing.
    static const bool noMemoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(noMemoryStatistics);

    sqlite3 *rawDb = nullptr;
    const int openCode = sqlite3_open_v2(encodedPath(path).constData(), &rawDb,
                                         // A Database is used by one thread at a time (an import in the
                                         // background opens its own), so SQLite's own locking of every
                                         // call can go: bulk imports make millions of calls.
                                         SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    Connection db(rawDb);
    if (openCode != SQLITE_OK) {
        const QString reason = QString::fromUtf8(db ? sqlite3_errmsg(db.get()) : sqlite3_errstr(openCode));
        return fail(tr("Could not open the database “%1”: %2").arg(shownPath, reason));
    }

    // Connection settings, none of which writes to the file.
    sqlite3_busy_timeout(db.get(), 5000);
    sqlite3_extended_result_codes(db.get(), 1);
    if (const Result result = execute(db.get(), QByteArrayLiteral("PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF"));
        !result.ok())
        return fail(tr("Could not open the database “%1”: %2").arg(shownPath, result.message));

    // Look before touching anything: a file that is not ours must be left exactly as it is.
    // This first read is also where SQLite notices a file that is not a database at all.
    qint64 fileApplicationId = 0;
    if (const Result result = queryInt(db.get(), "PRAGMA application_id", &fileApplicationId); !result.ok()) {
        if ((result.code & 0xff) == SQLITE_NOTADB)
            return fail(tr("“%1” is not a Milepost database: it is not an SQLite file at all. It was left unchanged.")
                            .arg(shownPath));
        return fail(tr("Could not read the database “%1”: %2").arg(shownPath, result.message));
    }
    qint64 fileVersion = 0;
    qint64 objectCount = 0;
    Result inspected = queryInt(db.get(), "PRAGMA user_version", &fileVersion);
    if (inspected.ok())
        inspected = queryInt(db.get(), "SELECT count(*) FROM sqlite_master", &objectCount);
    if (!inspected.ok())
        return fail(tr("Could not read the database “%1”: %2").arg(shownPath, inspected.message));

    if (fileApplicationId != 0 && fileApplicationId != applicationId)
        return fail(tr("“%1” is a database of another application, not a Milepost database. It was left unchanged.")
                        .arg(shownPath));
    if (fileApplicationId == 0 && (fileVersion != 0 || objectCount != 0))
        return fail(tr("“%1” is an SQLite database that Milepost did not create. It was left unchanged.")
                        .arg(shownPath));
    if (fileVersion > currentSchemaVersion)
        return fail(tr("“%1” was written by a newer version of Milepost (database version %2; this version "
                       "reads up to %3). It was left unchanged; please update Milepost to open it.")
                        .arg(shownPath)
                        .arg(fileVersion)
                        .arg(currentSchemaVersion));
    if (sqlite3_db_readonly(db.get(), "main") == 1)
        return fail(tr("The database “%1” is read-only; Milepost needs to write to it.").arg(shownPath));

    if (!inMemory) {
        const QByteArray fileSystem = QStorageInfo(QFileInfo(path).absolutePath()).fileSystemType();
        if (canUseWal(fileSystem)) {
            // WAL lets the window read while an import writes. Failing to switch is not fatal:
            // the rollback journal is slower, not less safe.
            if (const QString mode = queryJournalMode(db.get(), "PRAGMA journal_mode = WAL"); mode != QLatin1String("wal"))
                qWarning("Milepost: could not use WAL for %s (journal mode %s)", qPrintable(shownPath), qPrintable(mode));
        } else if (queryJournalMode(db.get(), "PRAGMA journal_mode") == QLatin1String("wal")) {
            // WAL is stored in the file; one created on a local disk and copied to a share has it.
            queryJournalMode(db.get(), "PRAGMA journal_mode = DELETE");
        }
    }

    // Each step in its own transaction, and the version read again inside it: another process
    // opening the same new file at the same moment has then already done the step.
    for (;;) {
        Transaction transaction(db.get());
        if (!transaction.isActive())
            return fail(tr("Could not prepare the database “%1”: %2").arg(shownPath, transaction.error()));
        qint64 version = 0;
        if (const Result result = queryInt(db.get(), "PRAGMA user_version", &version); !result.ok())
            return fail(tr("Could not read the database “%1”: %2").arg(shownPath, result.message));
        if (version >= currentSchemaVersion)
            break; // the transaction rolls back, having changed nothing
        if (version < 0)
            return fail(tr("The database “%1” has an invalid version %2.").arg(shownPath).arg(version));

        QByteArray step = migrations[std::size_t(version)];
        if (version == 0)
            step += "\nPRAGMA application_id = " + QByteArray::number(applicationId) + ';';
        step += "\nPRAGMA user_version = " + QByteArray::number(version + 1) + ';';
        if (const Result result = execute(db.get(), step); !result.ok())
            return fail(tr("Could not update the database “%1” to version %2: %3")
                            .arg(shownPath)
                            .arg(version + 1)
                            .arg(result.message));
        if (!transaction.commit())
            return fail(tr("Could not update the database “%1” to version %2: %3")
                            .arg(shownPath)
                            .arg(version + 1)
                            .arg(transaction.error()));
    }

    return std::unique_ptr<Database>(new Database(db.release(), path));
}

int Database::schemaVersion() const
{
    qint64 version = 0;
    return queryInt(m_db, "PRAGMA user_version", &version).ok() ? int(version) : -1;
}

QString Database::journalMode() const
{
    return queryJournalMode(m_db, "PRAGMA journal_mode");
}

} // namespace milepost
