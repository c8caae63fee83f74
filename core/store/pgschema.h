// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace milepost {

class PgConnection;

// The Milepost schema on a PostgreSQL server: the same steps as on SQLite (SchemaMigrations),
// each in its own transaction under an advisory lock, so that two clients opening a new
// database at once do each step once. The version and application id live in the table
// milepost_schema, as SQLite keeps them in the file's header (PRAGMA user_version).
class PgSchema final
{
    Q_DECLARE_TR_FUNCTIONS(PgSchema)

public:
    // The version of the database's schema: 0 for an empty one, -1 when it cannot be read or
    // the database holds tables that are not Milepost's (error says which).
    static int version(PgConnection &connection, QString *error);
    // Takes the database to Database::currentSchemaVersion; false with error set when a step
    // fails, which leaves the database at the version before that step.
    static bool migrate(PgConnection &connection, QString *error);

    // One of SchemaMigrations' SQLite steps as PostgreSQL runs it: 64-bit integers, identity
    // ids, GLOB patterns as regular expressions, IS NOT as IS DISTINCT FROM, julianday() as
    // to_char(..., 'J'), foreign keys DEFERRABLE, RAISE(ABORT) triggers as a trigger function, no WITHOUT ROWID.
    static QString translate(const QString &sqliteStep);
};

} // namespace milepost
