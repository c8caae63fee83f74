// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databasepermissions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>

struct sqlite3;

namespace milepost {

class Connection;

// One open Milepost database file. Opening applies the connection settings every connection
// needs (foreign_keys ON, trusted_schema OFF, WAL on local disks) and migrates the schema
// forward to the current version; a file that is not a Milepost database is refused.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int currentSchemaVersion = 13;
    static constexpr int applicationId = 0x4D4C5054; // "MLPT"

    // Returns nullptr and sets error when the file cannot be opened, created or migrated.
    // A file that is refused (another application's, or a newer schema) is left untouched.
    // ":memory:" opens a private in-memory database. A postgresql:// URI or a libpq conninfo
    // string ("host=... dbname=...", "service=NAME") opens a database on a PostgreSQL server
    // (PgConnection::isConnectionString); its schema is created or upgraded the same way.
    //
    // A connection opened for Reading (a worker's, beside the window's own) skips the integrity
    // check small files get on opening: the check guards changes, and the connection that makes
    // them (the window's) checked the file already. A change through a reading connection is
    // still checked first (prepareForChange), and so is a file it would upgrade.
    enum class Purpose { Changes, Reading };
    static std::unique_ptr<Database> open(const QString &path, QString *error, Purpose purpose = Purpose::Changes);
    // Whether target names a database on a PostgreSQL server rather than a local file.
    static bool isServerTarget(const QString &target);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The connection every statement of the store runs on (Statement, Transaction).
    Connection *handle() const { return m_connection.get(); }
    // The SQLite handle, for what only SQLite has (integrity checks, backups); nullptr on
    // another engine.
    sqlite3 *sqliteHandle() const { return m_db; }
    // The file's path, or the server's connection string without a password.
    const QString &path() const { return m_path; }
    // The connection string as given, which may hold a password: for opening another
    // connection to the same database (ChangeWatcher), never for showing.
    const QString &connectionString() const { return m_connectionString; }
    // The database as a title shows it: the file's path, or user@host/database on a server.
    QString displayName() const;
    // What the person may do here: everything in a file, what the server grants on a server.
    const DatabasePermissions &permissions() const { return m_permissions; }
    // Whether the database is on a PostgreSQL server rather than in a local SQLite file.
    bool isServer() const { return m_db == nullptr; }
    // The engine's name ("SQLite", "PostgreSQL") and the schema version the database had
    // before this open upgraded it (0: it was created now).
    QString engineName() const;
    int openedAtVersion() const { return m_openedAtVersion; }
    int schemaVersion() const; // -1 when it cannot be read
    QString journalMode() const; // "wal", "delete", "memory"...

    // Before a change a person may want to undo (an import, a plan re-import, a removal): the
    // file's integrity is checked (once for this connection) and, when the database holds
    // anything, a backup is taken (DatabaseBackup) with the description of what follows. False
    // with error set when the file is damaged or the backup fails: nothing must be written then.
    bool prepareForChange(const QString &description, QString *error);

    // Replaces the database's content with a backup's (DatabaseBackup::restore), which also
    // repairs a damaged file; the database as it was is backed up first.
    bool restoreBackup(const QString &backupPath, QString *error);

    // While *flag is true, every statement of this connection stops soon (within about a
    // thousand SQLite steps) and fails as interrupted: a read on a worker thread ends shortly after
    // it is cancelled. The flag must outlive the setting; nullptr removes it.
    void setCancelFlag(const std::atomic_bool *flag);
    // The flag set last (nullptr when none): for a connection opened beside this one for the
    // same work, which must stop with it.
    const std::atomic_bool *cancelFlag() const { return m_cancelFlag; }

    // Whether a check on this connection found the file damaged; the problem's description.
    bool isKnownDamaged() const { return !m_damage.isEmpty(); }
    const QString &damage() const { return m_damage; }

    // Files up to this size are checked (PRAGMA quick_check) when opened; larger ones before the
    // first change (1.6 s on a 300 MB file of 1.3 million rows, too long for every open).
    static constexpr qint64 checkOnOpenBytes = 32 * 1024 * 1024;

    // Whether WAL may be used on a file system of this type (FileSystemType::of()).
    // WAL needs shared memory between all connections, so every one must be on the same host:
    // network and cluster file systems, and types we cannot tell, keep the rollback journal.
    static bool canUseWal(const QByteArray &fileSystemType);

private:
    Database(std::unique_ptr<Connection> connection, const QString &path);

    static std::unique_ptr<Database> openServer(const QString &conninfo, QString *error);
    bool checkIntegrity(QString *error);
    bool holdsData() const;

    std::unique_ptr<Connection> m_connection;
    sqlite3 *m_db = nullptr; // m_connection's, when it is SQLite
    QString m_path;
    QString m_connectionString;
    DatabasePermissions m_permissions;
    bool m_checked = false; // quick_check passed on this connection
    QString m_damage;
    int m_openedAtVersion = 0;
    const std::atomic_bool *m_cancelFlag = nullptr;
};

} // namespace milepost
