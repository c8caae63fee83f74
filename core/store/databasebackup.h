// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

struct sqlite3;

namespace milepost {

// Copies of a database taken before the changes a person may want to undo (imports, plan
// re-imports, removals, schema upgrades, restores), through SQLite's online backup API, so that a
// copy is whole even while another connection writes. They live in a folder beside the
// database ("milepost.sqlite" → "milepost-backups/"); the newest `kept` stay.
class DatabaseBackup final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    static constexpr int kept = 5;

    struct Entry
    {
        QString path;
        QDateTime created; // UTC, from the file's name
        QString description; // what followed the backup ("Before importing staffing from …")
        qint64 bytes = 0;
    };

    static QString folderFor(const QString &databasePath);

    // Copies the open database db (stored at databasePath) into a new backup and removes the
    // oldest past `kept` (but spare). False with error set when the copy could not be made
    // whole; then no partial backup is left.
    static bool create(sqlite3 *db, const QString &databasePath, const QString &description, QString *error,
                       QString *createdPath = nullptr, const QString &spare = QString());

    // The backups of the database at databasePath, newest first.
    static QList<Entry> list(const QString &databasePath);

    // Replaces the content of the open database db with the backup's, in one step that other
    // connections see as one change, after checking that the backup is whole. The database as
    // it was is backed up first, so a restore can be undone in turn.
    static bool restore(sqlite3 *db, const QString &databasePath, const QString &backupPath, QString *error);
};

} // namespace milepost
