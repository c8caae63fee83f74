// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace milepost {

class Database;

// Where the per-project summary of the capital projects (CapitalSummaryTable) is kept between
// sessions for a database file: a SQLite file of its own in the user's cache folder, named after
// the database's path, attached to the database's connection as schema "summary_cache". Building
// the summary reads every project and phase (seconds at a million phases); kept, the next session
// of the same data reads it instead.
//
// The file holds the summary and a stamp of what it was built from (CapitalSummaryTable's
// version of the data); a summary whose stamp differs from the data stored now is never used.
// It is a cache: anything wrong with it (unreadable, damaged, locked, the folder not writable)
// makes the summary a temporary table of the session, as it is for a server or a database in
// memory. The database file itself is never written.
class CapitalSummaryCache final
{
    Q_DECLARE_TR_FUNCTIONS(CapitalSummaryCache)

public:
    static constexpr const char *schema = "summary_cache";

    // The cache file for the database at databasePath; empty for a server, a database in memory,
    // or no cache folder.
    static QString filePathFor(const QString &databasePath);

    // Attaches the cache file of database's file, made when there is none. Must run outside a
    // transaction. False when there is no cache for this database or it cannot be used (the
    // folder cannot be written, the file is damaged): nothing is attached then. A summary in it is
    // replaced in place, never by removing the file: another session of the same database may
    // have it open. It is in WAL mode, so that a session reading it never holds up another
    // writing a new summary.
    static bool attach(Database &database);

    static bool isAttached(Database &database);

    // The stamp the attached cache holds; empty when none, or nothing is attached.
    static QString stamp(Database &database);
    // Writes stamp in the current transaction, with the summary it marks.
    static bool setStamp(Database &database, const QString &stamp, QString *error);

    // A value worked out from the data besides the summary (where each phase sits among its
    // project's, the schools of each district), kept under name with the stamp of the data it was
    // worked out from, in one row: none when the stamp differs or nothing is kept.
    static std::optional<QByteArray> value(Database &database, const QString &name, const QString &stamp);
    // Keeps it (in the current transaction, if any); a failure only means it is worked out again.
    static void keepValue(Database &database, const QString &name, const QString &stamp, const QByteArray &value);

    // Cache files not used for this many days are removed when another is attached.
    static constexpr int unusedDays = 60;
};

} // namespace milepost
