// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasebackup.h"

#include "integritycheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sqlite3.h>

#include <memory>

namespace milepost {

namespace {

const QString timeFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

struct Closer
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, Closer>;

QString sidecarPath(const QString &backupPath)
{
    return backupPath + QStringLiteral(".json");
}

// Copies every page of source into target; SQLite restarts the copy when the source changes.
int copyPages(sqlite3 *target, sqlite3 *source)
{
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup)
        return sqlite3_errcode(target);
    int code = SQLITE_OK;
    int waits = 0;
    do {
        code = sqlite3_backup_step(backup, 1024);
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
            if (++waits > 250) // 5 s of another connection holding the lock: give up
                break;
            sqlite3_sleep(20);
        }
    } while (code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(backup);
    return code == SQLITE_DONE ? finished : code;
}

QString errorText(sqlite3 *db, int code)
{
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
}

} // namespace

QString DatabaseBackup::folderFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-backups");
}

bool DatabaseBackup::create(sqlite3 *db, const QString &databasePath, const QString &description, QString *error,
                            QString *createdPath, const QString &spare)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder))
        return fail(tr("Could not make the backup folder “%1”.").arg(QDir::toNativeSeparators(folder)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString name = QFileInfo(databasePath).completeBaseName() + QLatin1Char('-') + now.toString(timeFormat);
    const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".sqlite");
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);

    sqlite3 *raw = nullptr;
    const int openCode = sqlite3_open_v2(QFile::encodeName(partial).constData(), &raw,
                                         SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Connection target(raw);
    if (openCode != SQLITE_OK)
        return fail(tr("Could not create the backup “%1”: %2").arg(QDir::toNativeSeparators(path), errorText(raw, openCode)));
    const int code = copyPages(target.get(), db);
    const QString copyError = errorText(target.get(), code);
    target.reset();
    if (code != SQLITE_OK) {
        QFile::remove(partial);
        return fail(tr("Could not back up the database to “%1”: %2").arg(QDir::toNativeSeparators(path), copyError));
    }

    QSaveFile sidecar(sidecarPath(path));
    const QJsonObject about{{QStringLiteral("description"), description},
                            {QStringLiteral("created"), now.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("database"), QFileInfo(databasePath).absoluteFilePath()}};
    if (!sidecar.open(QIODevice::WriteOnly) || sidecar.write(QJsonDocument(about).toJson()) < 0 || !sidecar.commit()) {
        QFile::remove(partial);
        return fail(tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(sidecar.fileName()), sidecar.errorString()));
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        QFile::remove(sidecarPath(path));
        return fail(tr("Could not finish the backup “%1”.").arg(QDir::toNativeSeparators(path)));
    }
    if (createdPath)
        *createdPath = path;

    const QList<Entry> entries = list(databasePath);
    for (qsizetype i = kept; i < entries.size(); ++i) {
        if (entries.at(i).path == spare)
            continue;
        QFile::remove(entries.at(i).path);
        QFile::remove(sidecarPath(entries.at(i).path));
    }
    return true;
}

QList<DatabaseBackup::Entry> DatabaseBackup::list(const QString &databasePath)
{
    const QString prefix = QFileInfo(databasePath).completeBaseName() + QLatin1Char('-');
    const QDir folder(folderFor(databasePath));
    QList<Entry> entries;
    const QStringList names = folder.entryList({prefix + QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        Entry entry;
        entry.path = folder.filePath(name);
        const QString stamp = name.mid(prefix.size(), name.size() - prefix.size() - int(qstrlen(".sqlite")));
        entry.created = QDateTime::fromString(stamp, timeFormat);
        if (!entry.created.isValid())
            continue; // not one of ours
        entry.created.setTimeSpec(Qt::UTC);
        entry.bytes = QFileInfo(entry.path).size();
        QFile sidecar(sidecarPath(entry.path));
        if (sidecar.open(QIODevice::ReadOnly))
            entry.description = QJsonDocument::fromJson(sidecar.readAll()).object().value(QStringLiteral("description")).toString();
        entries.append(entry);
    }
    return entries;
}

bool DatabaseBackup::restore(sqlite3 *db, const QString &databasePath, const QString &backupPath, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString shown = QDir::toNativeSeparators(backupPath);
    const IntegrityCheck::Result check = IntegrityCheck::runOnFile(backupPath, IntegrityCheck::Depth::Quick);
    if (!check.ok())
        return fail(tr("The backup “%1” cannot be restored: %2").arg(shown, check.problems.value(0, check.error)));

    sqlite3 *raw = nullptr;
    const int openCode = sqlite3_open_v2(QFile::encodeName(backupPath).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    Connection source(raw);
    if (openCode != SQLITE_OK)
        return fail(tr("Could not open the backup “%1”: %2").arg(shown, errorText(raw, openCode)));

    // The database as it is now, so that the restore can be undone. A damaged database cannot
    // always be copied: the restore then goes on, since it is what repairs it.
    QString ignored;
    create(db, databasePath, tr("Before restoring the backup %1").arg(QFileInfo(backupPath).fileName()), &ignored, nullptr, backupPath);
    const int code = copyPages(db, source.get());
    if (code != SQLITE_OK)
        return fail(tr("Could not restore “%1”: %2").arg(shown, errorText(db, code)));
    return true;
}

} // namespace milepost
