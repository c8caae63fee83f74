// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "store/database.h"
#include "store/filesystemtype.h"
#include "store/statement.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <chrono>
#include <thread>

using namespace milepost;

namespace {

// One integer from the connection, through our own query rather than the class under test.
qint64 queryInt(const Database &database, const QString &sql)
{
    Statement statement(database.handle(), sql);
    REQUIRE(statement.isValid());
    REQUIRE(statement.step() == Statement::Result::Row);
    return statement.columnInt64(0);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// The folder's files, so that a refused open can be shown to have left no journal behind.
QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files, QDir::Name);
}

void requireMigrated(const Database &database)
{
    CHECK(database.schemaVersion() == Database::currentSchemaVersion);
    CHECK(queryInt(database, QStringLiteral("PRAGMA user_version")) == Database::currentSchemaVersion);
    CHECK(queryInt(database, QStringLiteral("PRAGMA application_id")) == Database::applicationId);
    CHECK(queryInt(database, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                            "('plans', 'objectives', 'milestones', 'milestone_quarters', 'findings')"))
          == 5);
}

} // namespace

TEST_CASE("a new database file is created at the current schema version with the Milepost application id")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.milepost"));
    REQUIRE_FALSE(QFile::exists(path));

    QString error = QStringLiteral("stale");
    auto database = Database::open(path, &error);
    REQUIRE(database);
    CHECK(error.isEmpty());
    CHECK(database->path() == path);
    requireMigrated(*database);
    CHECK(QFile::exists(path));
    CHECK(queryInt(*database, QStringLiteral("PRAGMA page_size")) == 16384); // see Database::open
}

TEST_CASE("an empty file is taken as a new database and migrated")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.milepost"));
    writeFile(path, {});
    REQUIRE(QFileInfo(path).size() == 0);

    QString error;
    auto database = Database::open(path, &error);
    REQUIRE(database);
    CHECK(error.isEmpty());
    requireMigrated(*database);
}

TEST_CASE("an in-memory database is migrated like a file")
{
    QString error;
    auto database = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(database);
    requireMigrated(*database);
    CHECK(database->journalMode() == QStringLiteral("memory"));
}

TEST_CASE("every connection enforces foreign keys and does not trust the schema")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    auto database = Database::open(dir.filePath(QStringLiteral("settings.milepost")), &error);
    REQUIRE(database);

    CHECK(queryInt(*database, QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(queryInt(*database, QStringLiteral("PRAGMA trusted_schema")) == 0);

    // Another connection's write lock is waited for (SqliteBusyWait), not refused at once.
    sqlite3 *other = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(dir.filePath(QStringLiteral("settings.milepost"))).constData(), &other,
                            SQLITE_OPEN_READWRITE, nullptr)
            == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    std::thread releaser([other] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
    });
    QString waitError;
    CHECK(Statement::execute(database->handle(), QStringLiteral("CREATE TABLE waited (x INTEGER)"), &waitError));
    CHECK(waitError.isEmpty());
    releaser.join();
    sqlite3_close_v2(other);

    // Not only reported: an objective of a plan that does not exist is refused.
    QString sqlError;
    CHECK_FALSE(Statement::execute(database->handle(),
                                   QStringLiteral("INSERT INTO objectives (plan_id, position, phase, title, subtitle, "
                                                  "objective_text, status_text, status_state, narrative, source_line) "
                                                  "VALUES (42, 0, 'LEARN', 't', '', '', '', 'unknown', '', 0)"),
                                   &sqlError));
    CHECK(sqlError.contains(QStringLiteral("FOREIGN KEY")));
}

TEST_CASE("a database on a local disk uses WAL, elsewhere the rollback journal")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    auto database = Database::open(dir.filePath(QStringLiteral("journal.milepost")), &error);
    REQUIRE(database);

    const QByteArray fileSystem = FileSystemType::of(dir.path());
    INFO("temporary folder file system: " << fileSystem.toStdString());
    if (Database::canUseWal(fileSystem))
        CHECK(database->journalMode() == QStringLiteral("wal"));
    else
        CHECK(database->journalMode() == QStringLiteral("delete"));
}

TEST_CASE("WAL is kept off network, cluster and unknown file systems")
{
    for (const char *local : {"ext4", "xfs", "btrfs", "tmpfs", "overlay", "zfs", "apfs", "NTFS", "fuseblk"}) {
        INFO(local);
        CHECK(Database::canUseWal(local));
    }
    for (const char *remote : {"nfs", "nfs4", "cifs", "smbfs", "smb2", "smb3", "afs", "9p", "fuse.sshfs", "NFS4",
                               "ceph", "fuse.rclone", "gfs2", ""}) {
        INFO(remote);
        CHECK_FALSE(Database::canUseWal(remote));
    }
}

TEST_CASE("reopening a database keeps its data and version")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("reopen.milepost"));
    QString error;
    {
        auto database = Database::open(path, &error);
        REQUIRE(database);
        REQUIRE(Statement::execute(database->handle(),
                                   QStringLiteral("INSERT INTO plans (title, source, imported_at) "
                                                  "VALUES ('Kept', 'kept.md', '2024-01-02T03:04:05Z')"),
                                   &error));
    }
    auto database = Database::open(path, &error);
    REQUIRE(database);
    CHECK(error.isEmpty());
    requireMigrated(*database);
    Statement select(database->handle(), QStringLiteral("SELECT title, source FROM plans"));
    REQUIRE(select.step() == Statement::Result::Row);
    CHECK(select.columnText(0) == QStringLiteral("Kept"));
    CHECK(select.columnText(1) == QStringLiteral("kept.md"));
    CHECK(select.step() == Statement::Result::Done);
}

TEST_CASE("a database of another application is refused and left byte-identical")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("other.db"));
    QString error;
    {
        auto database = Database::open(path, &error);
        REQUIRE(database);
        REQUIRE(Statement::execute(database->handle(), QStringLiteral("PRAGMA application_id = 0x12345678"), &error));
    }
    const QByteArray before = fileBytes(path);
    const QStringList filesBefore = filesIn(dir);

    auto refused = Database::open(path, &error);
    CHECK_FALSE(refused);
    CHECK(error.contains(QStringLiteral("another application")));
    CHECK(error.contains(QStringLiteral("left unchanged")));
    CHECK(fileBytes(path) == before);
    CHECK(filesIn(dir) == filesBefore);
}

TEST_CASE("an SQLite file that Milepost did not create is refused even without an application id")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
    QString error;
    {
        auto database = Database::open(path, &error);
        REQUIRE(database);
        // What any other program's database looks like: tables, but no application id.
        REQUIRE(Statement::execute(database->handle(),
                                   QStringLiteral("PRAGMA application_id = 0; PRAGMA user_version = 0; "
                                                  "PRAGMA journal_mode = DELETE"),
                                   &error));
    }
    const QByteArray before = fileBytes(path);

    auto refused = Database::open(path, &error);
    CHECK_FALSE(refused);
    CHECK(error.contains(QStringLiteral("did not create")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("a database written by a newer Milepost is refused and left unchanged")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("newer.milepost"));
    QString error;
    {
        auto database = Database::open(path, &error);
        REQUIRE(database);
        REQUIRE(Statement::execute(database->handle(),
                                   QStringLiteral("PRAGMA user_version = %1").arg(Database::currentSchemaVersion + 1),
                                   &error));
    }
    const QByteArray before = fileBytes(path);
    const QStringList filesBefore = filesIn(dir);

    auto refused = Database::open(path, &error);
    CHECK_FALSE(refused);
    CHECK(error.contains(QStringLiteral("newer version of Milepost")));
    CHECK(error.contains(QString::number(Database::currentSchemaVersion + 1)));
    CHECK(fileBytes(path) == before);
    CHECK(filesIn(dir) == filesBefore);
}

TEST_CASE("a text file that is not a database is refused with a message")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    // Both shorter and longer than SQLite's 100-byte header.
    const QByteArray text = GENERATE(QByteArray("Milestones to review on Monday.\n"),
                                     QByteArray("LEARN | Listening Tour\tQ2-22\tOngoing\n").repeated(200));
    writeFile(path, text);

    QString error;
    auto refused = Database::open(path, &error);
    CHECK_FALSE(refused);
    CHECK(error.contains(QStringLiteral("not an SQLite file")));
    CHECK(error.contains(QDir::toNativeSeparators(path)));
    CHECK(fileBytes(path) == text);
}

TEST_CASE("a database in a folder that does not exist is reported, not created")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/folder/plan.milepost"));
    QString error;
    CHECK_FALSE(Database::open(path, &error));
    CHECK(error.contains(QStringLiteral("Could not open")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("an empty path is refused")
{
    QString error;
    CHECK_FALSE(Database::open(QString(), &error));
    CHECK_FALSE(error.isEmpty());
}
