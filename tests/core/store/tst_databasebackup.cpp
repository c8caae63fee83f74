// SPDX-License-Identifier: GPL-3.0-or-later
// Integrity on open, refusal to write into a damaged file, and backups that restore it.
#include "catchcompat.h"

#include "plan/planreader.h"
#include "store/database.h"
#include "store/databasebackup.h"
#include "store/integritycheck.h"
#include "store/planrepository.h"
#include "store/statement.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

using namespace milepost;

namespace {

const PlanImportResult &bundledPlan()
{
    static const PlanImportResult plan =
        PlanReader::readFile(QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt"));
    return plan;
}

std::unique_ptr<Database> openWithPlan(const QString &path)
{
    QString error;
    auto database = Database::open(path, &error);
    REQUIRE(database);
    REQUIRE(bundledPlan().ok);
    REQUIRE(PlanRepository(*database).replacePlan(bundledPlan().plan, bundledPlan().findings, &error));
    return database;
}

// The pages of the schema table: the first page and, once the schema outgrows it, the pages it
// points to (the first page is then an interior b-tree page, type 5, whose cells begin with
// their child's page number; the right-most child follows the header).
QSet<qint64> schemaPages(QFile &file, qint64 pageSize)
{
    REQUIRE(file.seek(0));
    const QByteArray first = file.read(pageSize);
    REQUIRE(first.size() == pageSize);
    const auto byte = [&first](int at) { return quint32(quint8(first.at(at))); };
    const auto number = [&byte](int at) { return qint64(byte(at) << 24 | byte(at + 1) << 16 | byte(at + 2) << 8 | byte(at + 3)); };
    QSet<qint64> pages{1};
    if (byte(100) != 5)
        return pages;
    pages.insert(number(108));
    const int cells = int(byte(103) << 8 | byte(104));
    for (int i = 0; i < cells; ++i)
        pages.insert(number(int(byte(112 + 2 * i) << 8 | byte(113 + 2 * i))));
    return pages;
}

// Overwrites the start of every page but the schema's (the first holds the header) with noise.
void damage(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 pageSize = 16384;
    REQUIRE(file.size() > 3 * pageSize);
    const QSet<qint64> schema = schemaPages(file, pageSize);
    for (qint64 offset = pageSize; offset < file.size(); offset += pageSize) {
        if (schema.contains(offset / pageSize + 1))
            continue;
        REQUIRE(file.seek(offset));
        REQUIRE(file.write(QByteArray(64, '\xA5')) == 64);
    }
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

qint64 milestones(Database &database)
{
    Statement count(database.handle(), QStringLiteral("SELECT count(*) FROM milestones"));
    REQUIRE(count.step() == Statement::Result::Row);
    return count.columnInt64(0);
}

// A database file with a plan, damaged (damage()) once closed.
QString damagedDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    openWithPlan(path).reset();
    damage(path);
    return path;
}

} // namespace

TEST_CASE("a whole database passes both checks")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("whole.sqlite"));
    auto database = openWithPlan(path);
    CHECK(IntegrityCheck::run(database->sqliteHandle(), IntegrityCheck::Depth::Quick).ok());
    CHECK(IntegrityCheck::runOnFile(path, IntegrityCheck::Depth::Full).ok());
    CHECK_FALSE(database->isKnownDamaged());
}

TEST_CASE("a damaged database is opened for reading, refused for writing, and says how to recover")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = damagedDatabase(dir);
    const QByteArray before = digest(path);

    const IntegrityCheck::Result full = IntegrityCheck::runOnFile(path, IntegrityCheck::Depth::Full);
    CHECK(full.outcome == IntegrityCheck::Outcome::Damaged);
    CHECK_FALSE(full.problems.isEmpty());

    QString error;
    auto database = Database::open(path, &error);
    REQUIRE(database);
    CHECK(database->isKnownDamaged());
    CHECK(database->damage().contains(QStringLiteral("is damaged")));
    CHECK(database->damage().contains(QStringLiteral("Restore the latest backup")));

    CHECK_FALSE(PlanRepository(*database).replacePlan(bundledPlan().plan, bundledPlan().findings, &error));
    CHECK(error == database->damage());
    database.reset();
    CHECK(digest(path) == before);
    CHECK(DatabaseBackup::list(path).isEmpty());
}

TEST_CASE("a connection opened for reading does not check the file, and still refuses to change a damaged one")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = damagedDatabase(dir);
    const QByteArray before = digest(path);

    QString error;
    auto reading = Database::open(path, &error, Database::Purpose::Reading);
    REQUIRE(reading);
    CHECK_FALSE(reading->isKnownDamaged()); // not checked on opening
    // A change checks first, and finds the damage.
    CHECK_FALSE(PlanRepository(*reading).replacePlan(bundledPlan().plan, bundledPlan().findings, &error));
    CHECK(reading->isKnownDamaged());
    CHECK(error == reading->damage());
    reading.reset();
    CHECK(digest(path) == before);
}

TEST_CASE("a backup taken before a change restores a damaged database")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("restore.sqlite"));
    {
        auto database = openWithPlan(path); // a new database: nothing to back up
        CHECK(DatabaseBackup::list(path).isEmpty());
        QString error;
        REQUIRE(database->prepareForChange(QStringLiteral("Before a test change"), &error));
    }
    const QList<DatabaseBackup::Entry> backups = DatabaseBackup::list(path);
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().description == QStringLiteral("Before a test change"));
    CHECK(backups.first().created.isValid());
    CHECK(backups.first().bytes > 0);

    damage(path);
    QString error;
    auto database = Database::open(path, &error);
    REQUIRE(database);
    REQUIRE(database->isKnownDamaged());
    REQUIRE(database->restoreBackup(backups.first().path, &error));
    CHECK_FALSE(database->isKnownDamaged());
    CHECK(milestones(*database) == 160);
    CHECK(IntegrityCheck::run(database->sqliteHandle(), IntegrityCheck::Depth::Full).ok());
    // The damaged state was backed up too (as far as it could be read), before the restore.
    CHECK(DatabaseBackup::list(path).size() >= 1);
    // And the restored file takes changes again.
    CHECK(PlanRepository(*database).replacePlan(bundledPlan().plan, bundledPlan().findings, &error));
}

TEST_CASE("a damaged backup is not restored")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("target.sqlite"));
    auto database = openWithPlan(path);
    QString error;
    QString backup;
    REQUIRE(DatabaseBackup::create(database->sqliteHandle(), path, QStringLiteral("test"), &error, &backup));
    damage(backup);
    CHECK_FALSE(database->restoreBackup(backup, &error));
    CHECK(error.contains(QStringLiteral("cannot be restored")));
    CHECK(milestones(*database) == 160);
}

TEST_CASE("only the newest backups are kept, newest first")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("kept.sqlite"));
    auto database = openWithPlan(path);
    QString error;
    for (int i = 0; i < DatabaseBackup::kept + 2; ++i) {
        REQUIRE(DatabaseBackup::create(database->sqliteHandle(), path, QStringLiteral("change %1").arg(i), &error));
        QThread::msleep(2); // names carry milliseconds
    }
    const QList<DatabaseBackup::Entry> backups = DatabaseBackup::list(path);
    REQUIRE(backups.size() == DatabaseBackup::kept);
    CHECK(backups.first().description == QStringLiteral("change %1").arg(DatabaseBackup::kept + 1));
    CHECK(backups.last().description == QStringLiteral("change 2"));
    for (qsizetype i = 1; i < backups.size(); ++i)
        CHECK(backups.at(i - 1).created > backups.at(i).created);
}

TEST_CASE("an integrity check stops when cancelled")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cancel.sqlite"));
    auto database = openWithPlan(path);
    QString error;
    REQUIRE(Statement::execute(database->handle(),
                               QStringLiteral("CREATE TABLE filler AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                              "SELECT i + 1 FROM n WHERE i < 200000) SELECT i, hex(randomblob(16)) AS t FROM n"),
                               &error));
    const std::atomic<bool> cancel{true};
    CHECK(IntegrityCheck::run(database->sqliteHandle(), IntegrityCheck::Depth::Full, &cancel).outcome
          == IntegrityCheck::Outcome::Cancelled);
    const std::atomic<bool> go{false};
    CHECK(IntegrityCheck::run(database->sqliteHandle(), IntegrityCheck::Depth::Full, &go).ok());
}
