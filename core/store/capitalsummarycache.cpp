// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalsummarycache.h"

#include "connection.h"
#include "database.h"
#include "statement.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace milepost {

namespace {

QString schemaName()
{
    return QLatin1String(CapitalSummaryCache::schema);
}

} // namespace

bool CapitalSummaryCache::isAttached(Database &database)
{
    if (database.isServer())
        return false;
    Statement statement(database.handle(), QStringLiteral("SELECT 1 FROM pragma_database_list WHERE name = ?1"));
    statement.bindText(1, schemaName());
    return statement.step() == Statement::Result::Row;
}

namespace {

void detach(Database &database)
{
    QString error;
    Statement::execute(database.handle(), QStringLiteral("DETACH DATABASE %1").arg(schemaName()), &error);
}

bool attachFile(Database &database, const QString &file)
{
    Statement attach(database.handle(), QStringLiteral("ATTACH DATABASE ?1 AS %1").arg(schemaName()));
    attach.bindText(1, file);
    if (!attach.run())
        return false;
    // Its own data, rebuilt from the database when lost: freed pages need not be zeroed (Debian
    // builds SQLite to zero them), and WAL needs no more than NORMAL to stay whole. A summary is
    // written in one transaction, which the WAL file grows to hold (70 MB at 700,000 projects):
    // it is cut back to 4 MiB once checkpointed. A file that is not a database, or is damaged,
    // fails here.
    QString error;
    const bool ok = Statement::execute(database.handle(),
                                       QStringLiteral("PRAGMA %1.secure_delete = OFF; PRAGMA %1.journal_mode = WAL; "
                                                      "PRAGMA %1.synchronous = NORMAL; PRAGMA %1.journal_size_limit = 4194304; "
                                                      "CREATE TABLE IF NOT EXISTS %1.summary_stamp (stamp TEXT NOT NULL); "
                                                      "CREATE TABLE IF NOT EXISTS %1.kept_values (name TEXT PRIMARY KEY, "
                                                      "  stamp TEXT NOT NULL, value TEXT NOT NULL)")
                                           .arg(schemaName()),
                                       &error);
    if (!ok) {
        detach(database);
        return false;
    }
    // A summary's commit does not copy it from the log into the file: CapitalSummaryCheckpoint
    // does that afterwards on a thread of its own. The setting is the connection's: this one
    // writes only the cache (it is opened for reading the database).
    Statement::execute(database.handle(), QStringLiteral("PRAGMA wal_autocheckpoint = 0"), &error);
    return true;
}

// Removes the cache files of databases not opened for unusedDays, but never the one in use.
void removeUnused(const QDir &folder, const QString &inUse)
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addDays(-CapitalSummaryCache::unusedDays);
    const QFileInfoList files = folder.entryInfoList({QStringLiteral("*.summary")}, QDir::Files);
    for (const QFileInfo &file : files) {
        if (file.absoluteFilePath() == inUse || file.lastModified().toUTC() >= before)
            continue;
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(file.absoluteFilePath() + QLatin1String(suffix));
    }
}

} // namespace

QString CapitalSummaryCache::filePathFor(const QString &databasePath)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:") || Database::isServerTarget(databasePath))
        return {};
    const QFileInfo database(databasePath);
    const QString canonical = database.canonicalFilePath();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (canonical.isEmpty() || folder.isEmpty())
        return {};
    const QByteArray name = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return folder + QStringLiteral("/summaries/") + QString::fromLatin1(name) + QStringLiteral(".summary");
}

bool CapitalSummaryCache::attach(Database &database)
{
    if (database.isServer())
        return false;
    if (CapitalSummaryCache::isAttached(database))
        return true;
    const QString file = filePathFor(database.path());
    if (file.isEmpty())
        return false;
    const QFileInfo info(file);
    if (!QDir().mkpath(info.absolutePath()))
        return false;
    removeUnused(info.absoluteDir(), info.absoluteFilePath());
    if (!attachFile(database, file))
        return false;
    // Touched when used, so that removeUnused keeps it (WAL may leave the file itself unwritten).
    QFile touched(file);
    if (touched.open(QIODevice::ReadWrite))
        touched.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return true;
}

QString CapitalSummaryCache::stamp(Database &database)
{
    Statement statement(database.handle(), QStringLiteral("SELECT stamp FROM %1.summary_stamp").arg(schemaName()));
    return statement.step() == Statement::Result::Row ? statement.columnText(0) : QString();
}

bool CapitalSummaryCache::setStamp(Database &database, const QString &stamp, QString *error)
{
    QString message;
    Statement clear(database.handle(), QStringLiteral("DELETE FROM %1.summary_stamp").arg(schemaName()));
    Statement write(database.handle(), QStringLiteral("INSERT INTO %1.summary_stamp (stamp) VALUES (?1)").arg(schemaName()));
    write.bindText(1, stamp);
    if (clear.run() && write.run())
        return true;
    if (error)
        *error = !clear.error().isEmpty() ? clear.error() : write.error();
    return false;
}

std::optional<QByteArray> CapitalSummaryCache::value(Database &database, const QString &name, const QString &stamp)
{
    Statement statement(database.handle(),
                        QStringLiteral("SELECT value FROM %1.kept_values WHERE name = ?1 AND stamp = ?2").arg(schemaName()));
    statement.bindText(1, name);
    statement.bindText(2, stamp);
    if (stamp.isEmpty() || statement.step() != Statement::Result::Row)
        return std::nullopt;
    return QByteArray::fromBase64(statement.columnText(0).toLatin1());
}

void CapitalSummaryCache::keepValue(Database &database, const QString &name, const QString &stamp, const QByteArray &value)
{
    Statement statement(database.handle(),
                        QStringLiteral("INSERT OR REPLACE INTO %1.kept_values (name, stamp, value) VALUES (?1, ?2, ?3)")
                            .arg(schemaName()));
    statement.bindText(1, name);
    statement.bindText(2, stamp);
    statement.bindText(3, QString::fromLatin1(value.toBase64()));
    statement.run();
}

} // namespace milepost
