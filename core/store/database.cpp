// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "databasebackup.h"
#include "filesystemtype.h"
#include "integritycheck.h"
#include "pgconnection.h"
#include "pgroles.h"
#include "pgschema.h"
#include "schemamigrations.h"
#include "sqlitebusywait.h"
#include "sqliteconnection.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <array>

namespace milepost {

namespace {

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

Database::Database(std::unique_ptr<Connection> connection, const QString &path)
    : m_connection(std::move(connection))
    , m_db(m_connection->engine() == Connection::Engine::SQLite
               ? static_cast<SqliteConnection *>(m_connection.get())->handle()
               : nullptr)
    , m_path(m_connection->engine() == Connection::Engine::PostgreSQL ? PgConnection::withoutPassword(path) : path)
    , m_connectionString(path)
{
}

Database::~Database()
{
    // What SQLite recommends before closing a long-lived connection: refreshes the planner's
    // statistics only where the queries of this session showed a need. The limit makes each
    // ANALYZE look at a sample rather than every row: after an import of a million rows a full
    // one took longer than committing them.
    if (m_db)
        execute(m_db, QByteArrayLiteral("PRAGMA analysis_limit = 1000; PRAGMA optimize"));
}

bool Database::canUseWal(const QByteArray &fileSystemType)
{
    const QByteArray type = fileSystemType.toLower();
    if (type.isEmpty())
        return false;
    static const QByteArrayList network{
        "nfs", "nfs4", "cifs", "smbfs", "smb2", "smb3", "afs", "9p", "ncpfs", "coda", "davfs", "webdav",
        "afpfs", "ceph", "glusterfs", "lustre", "gpfs", "gfs2", "ocfs2", "beegfs", "orangefs", "pvfs2",
        "remote" /* FileSystemType on Windows: a network drive */};
    if (network.contains(type))
        return false;
    // FUSE mounts are named after their driver; these reach another host.
    static const QByteArrayList networkFuse{"fuse.sshfs", "sshfs", "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse",
                                            "fuse.davfs2", "fuse.gvfsd-fuse", "fuse.glusterfs", "fuse.ceph",
                                            "fuse.cephfs", "fuse.curlftpfs", "fuse.goofys", "fuse.smbnetfs"};
    return !networkFuse.contains(type);
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error, Purpose purpose)
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
    if (PgConnection::isConnectionString(path))
        return openServer(path, error);

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
    auto connection = std::make_unique<SqliteConnection>(rawDb); // closes it
    sqlite3 *const db = rawDb;
    if (openCode != SQLITE_OK) {
        const QString reason = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(openCode));
        return fail(tr("Could not open the database “%1”: %2").arg(shownPath, reason));
    }

    // Connection settings, none of which writes to the file.
    SqliteBusyWait::install(db, 5000);
    sqlite3_extended_result_codes(db, 1);
    if (const Result result = execute(db, QByteArrayLiteral("PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF"));
        !result.ok())
        return fail(tr("Could not open the database “%1”: %2").arg(shownPath, result.message));

    // Look before touching anything: a file that is not ours must be left exactly as it is.
    // This first read is also where SQLite notices a file that is not a database at all.
    qint64 fileApplicationId = 0;
    if (const Result result = queryInt(db, "PRAGMA application_id", &fileApplicationId); !result.ok()) {
        if ((result.code & 0xff) == SQLITE_NOTADB)
            return fail(tr("“%1” is not a Milepost database: it is not an SQLite file at all. It was left unchanged.")
                            .arg(shownPath));
        return fail(tr("Could not read the database “%1”: %2").arg(shownPath, result.message));
    }
    qint64 fileVersion = 0;
    qint64 objectCount = 0;
    Result inspected = queryInt(db, "PRAGMA user_version", &fileVersion);
    if (inspected.ok())
        inspected = queryInt(db, "SELECT count(*) FROM sqlite_master", &objectCount);
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
    if (sqlite3_db_readonly(db, "main") == 1)
        return fail(tr("The database “%1” is read-only; Milepost needs to write to it.").arg(shownPath));

    // A damaged file is opened, so that what can be read is shown, but nothing is written into
    // it: no journal mode change, no schema upgrade, no import (prepareForChange). Small files
    // are checked here; large ones before their first change (checkOnOpenBytes).
    QString damage;
    bool checked = false;
    auto check = [&]() {
        const IntegrityCheck::Result result = IntegrityCheck::run(db, IntegrityCheck::Depth::Quick);
        if (result.outcome == IntegrityCheck::Outcome::Damaged)
            damage = IntegrityCheck::describe(result, path);
        checked = result.ok();
    };
    if (!inMemory && objectCount > 0 && QFileInfo(path).size() <= checkOnOpenBytes
        && (purpose == Purpose::Changes || fileVersion < currentSchemaVersion))
        check();
    if (!damage.isEmpty() && fileVersion < currentSchemaVersion)
        return fail(damage);

    // A new file gets 16 KiB pages instead of SQLite's 4 KiB: Milepost's large tables are
    // written by bulk imports and read by whole-table reports, where bigger pages mean a
    // quarter of the page writes and B-tree splits (an import of 1.3 million capital rows took
    // 5.3 s instead of 5.7 s). Only possible before the first table, and before WAL.
    if (fileApplicationId == 0 && objectCount == 0) {
        if (const Result result = execute(db, QByteArrayLiteral("PRAGMA page_size = 16384")); !result.ok())
            return fail(tr("Could not prepare the database “%1”: %2").arg(shownPath, result.message));
    }

    if (!inMemory && damage.isEmpty()) {
        const QByteArray fileSystem = FileSystemType::of(path);
        if (canUseWal(fileSystem)) {
            // WAL lets the window read while an import writes. Failing to switch is not fatal:
            // the rollback journal is slower, not less safe.
            if (const QString mode = queryJournalMode(db, "PRAGMA journal_mode = WAL"); mode != QLatin1String("wal"))
                qWarning("Milepost: could not use WAL for %s (journal mode %s)", qPrintable(shownPath), qPrintable(mode));
        } else if (queryJournalMode(db, "PRAGMA journal_mode") == QLatin1String("wal")) {
            // WAL is stored in the file; one created on a local disk and copied to a share has it.
            queryJournalMode(db, "PRAGMA journal_mode = DELETE");
        }
    }

    // An upgrade rewrites tables: the file is checked and backed up first.
    if (!inMemory && fileVersion >= 1 && fileVersion < currentSchemaVersion) {
        if (!checked)
            check();
        if (!damage.isEmpty())
            return fail(damage);
        QString backupError;
        if (!DatabaseBackup::create(db, path,
                                    tr("Before upgrading the database from version %1 to %2").arg(fileVersion).arg(currentSchemaVersion),
                                    &backupError))
            return fail(tr("Could not back up “%1” before upgrading it; it was left unchanged: %2").arg(shownPath, backupError));
    }

    // Each step in its own transaction, and the version read again inside it: another process
    // opening the same new file at the same moment has then already done the step. A file
    // already at this version (the usual case) takes no write lock at all: with ten people
    // writing to one file, waiting for it made an open fail after the busy timeout.
    while (fileVersion < currentSchemaVersion) {
        Transaction transaction(connection.get());
        if (!transaction.isActive())
            return fail(tr("Could not prepare the database “%1”: %2").arg(shownPath, transaction.error()));
        qint64 version = 0;
        if (const Result result = queryInt(db, "PRAGMA user_version", &version); !result.ok())
            return fail(tr("Could not read the database “%1”: %2").arg(shownPath, result.message));
        if (version >= currentSchemaVersion)
            break; // the transaction rolls back, having changed nothing
        if (version < 0)
            return fail(tr("The database “%1” has an invalid version %2.").arg(shownPath).arg(version));

        QByteArray step = SchemaMigrations::steps()[std::size_t(version)];
        if (version == 0)
            step += "\nPRAGMA application_id = " + QByteArray::number(applicationId) + ';';
        step += "\nPRAGMA user_version = " + QByteArray::number(version + 1) + ';';
        if (const Result result = execute(db, step); !result.ok())
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

    std::unique_ptr<Database> database(new Database(std::move(connection), path));
    database->m_checked = checked;
    database->m_openedAtVersion = int(fileVersion);
    database->m_damage = damage;
    return database;
}

bool Database::isServerTarget(const QString &target)
{
    return PgConnection::isConnectionString(target);
}

QString Database::displayName() const
{
    if (!m_db)
        return static_cast<PgConnection *>(m_connection.get())->address();
    return m_path == QLatin1String(":memory:") ? m_path : QDir::toNativeSeparators(m_path);
}

QString Database::engineName() const
{
    return m_connection->engineName();
}

std::unique_ptr<Database> Database::openServer(const QString &conninfo, QString *error)
{
    QString problem;
    std::unique_ptr<PgConnection> connection = PgConnection::connect(conninfo, &problem);
    if (!connection) {
        if (error)
            *error = tr("Could not connect to the PostgreSQL database: %1").arg(problem);
        return nullptr;
    }
    const QString shown = connection->describe();
    const int version = PgSchema::version(*connection, &problem);
    if (version < 0) {
        if (error)
            *error = tr("The %1 is not a Milepost database (%2). It was left unchanged.").arg(shown, problem);
        return nullptr;
    }
    if (version > currentSchemaVersion) {
        if (error)
            *error = tr("The %1 was written by a newer version of Milepost (database version %2; this version "
                        "reads up to %3). It was left unchanged; please update Milepost to open it.")
                         .arg(shown)
                         .arg(version)
                         .arg(currentSchemaVersion);
        return nullptr;
    }
    if (!PgSchema::migrate(*connection, &problem)) {
        if (error)
            *error = tr("Could not update the %1: %2").arg(shown, problem);
        return nullptr;
    }
    const auto permissions = PgRoles::permissions(*connection, &problem);
    if (!permissions) {
        if (error)
            *error = tr("Could not read what the %1 allows: %2").arg(shown, problem);
        return nullptr;
    }
    std::unique_ptr<Database> database(new Database(std::move(connection), conninfo));
    database->m_permissions = *permissions;
    database->m_checked = true; // the server keeps its own files whole
    database->m_openedAtVersion = version;
    return database;
}

bool Database::prepareForChange(const QString &description, QString *error)
{
    // A server takes its own backups; there is no file here to copy.
    if (m_path == QLatin1String(":memory:") || !m_db)
        return true;
    if (!checkIntegrity(error))
        return false;
    if (description.isEmpty() || !holdsData())
        return true;
    QString backupError;
    if (!DatabaseBackup::create(m_db, m_path, description, &backupError)) {
        if (error)
            *error = tr("Nothing was changed, because the database could not be backed up first: %1").arg(backupError);
        return false;
    }
    return true;
}

bool Database::restoreBackup(const QString &backupPath, QString *error)
{
    if (!m_db) {
        if (error)
            *error = tr("A backup file cannot be restored into a database on a server.");
        return false;
    }
    if (!DatabaseBackup::restore(m_db, m_path, backupPath, error))
        return false;
    m_damage.clear();
    m_checked = false;
    return checkIntegrity(error);
}

bool Database::checkIntegrity(QString *error)
{
    if (m_damage.isEmpty() && !m_checked) {
        const IntegrityCheck::Result result = IntegrityCheck::run(m_db, IntegrityCheck::Depth::Quick);
        if (result.outcome == IntegrityCheck::Outcome::Damaged) {
            m_damage = IntegrityCheck::describe(result, m_path);
        } else if (!result.ok()) {
            if (error)
                *error = IntegrityCheck::describe(result, m_path);
            return false;
        }
        m_checked = result.ok();
    }
    if (!m_damage.isEmpty()) {
        if (error)
            *error = m_damage;
        return false;
    }
    return true;
}

bool Database::holdsData() const
{
    qint64 any = 1; // when in doubt, back up
    queryInt(m_db, "SELECT EXISTS (SELECT 1 FROM plans) OR EXISTS (SELECT 1 FROM import_runs)", &any);
    return any != 0;
}

int Database::schemaVersion() const
{
    if (!m_db)
        return PgSchema::version(*static_cast<PgConnection *>(m_connection.get()), nullptr);
    qint64 version = 0;
    return queryInt(m_db, "PRAGMA user_version", &version).ok() ? int(version) : -1;
}

QString Database::journalMode() const
{
    if (!m_db)
        return {};
    return queryJournalMode(m_db, "PRAGMA journal_mode");
}

void Database::setCancelFlag(const std::atomic_bool *flag)
{
    m_cancelFlag = flag;
    if (!m_db)
        return; // not yet on a server: a cancelled read there runs to its end
    if (!flag) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        return;
    }
    sqlite3_progress_handler(
        m_db, 1000,
        [](void *data) { return static_cast<const std::atomic_bool *>(data)->load(std::memory_order_relaxed) ? 1 : 0; },
        const_cast<std::atomic_bool *>(flag));
}

} // namespace milepost
