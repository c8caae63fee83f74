// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace milepost {

class PreparedStatement;

// One connection to a Milepost database, whatever the engine: SQLite through its C API
// (SqliteConnection) or PostgreSQL through libpq (PgConnection). The store talks to this and to
// Statement and Transaction built on it; SQL that only one engine understands (PRAGMAs,
// backups, integrity checks) stays in that engine's files. The store writes parameters as ?1,
// ?2...; an engine that numbers them otherwise translates them when preparing.
class Connection
{
    Q_DECLARE_TR_FUNCTIONS(Connection)

public:
    enum class Engine { SQLite, PostgreSQL };
    enum class TransactionMode {
        // Takes the write lock at once (SQLite's BEGIN IMMEDIATE), so a busy database fails at
        // the start rather than half-way through the changes.
        Write,
        // A consistent snapshot for reading several tables.
        Read,
    };

    virtual ~Connection() = default;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    virtual Engine engine() const = 0;
    QString engineName() const; // "SQLite", "PostgreSQL"

    // One statement; nullptr with error set when it cannot be prepared.
    virtual std::unique_ptr<PreparedStatement> prepare(const QString &sql, QString *error) = 0;
    // One or more statements that take no parameters and return nothing, e.g. a schema step.
    virtual bool execute(const QString &script, QString *error) = 0;

    virtual bool begin(TransactionMode mode, QString *error) = 0;
    // On failure the transaction may still be open (inTransaction()).
    virtual bool commit(QString *error) = 0;
    virtual void rollback() = 0;
    virtual bool inTransaction() const = 0;

    // Savepoints inside a transaction, the same SQL on both engines. name must be an
    // identifier (letters, digits, underscores); it is quoted, so a keyword ("inner") is a name too.
    bool savepoint(const QString &name, QString *error);
    bool releaseSavepoint(const QString &name, QString *error);
    bool rollbackToSavepoint(const QString &name, QString *error);

    // deferred: until the end of the transaction, or until called again with false (which
    // checks what is pending), foreign keys are checked at its commit rather than at every
    // statement (a bulk import stores rows before those they refer to). SQLite does nothing
    // here: the import switches them off instead and checks them itself (SqliteImportTuning).
    virtual bool deferForeignKeys(bool deferred, QString *error) = 0;

    // After rows were stored into table with ids of the store's choosing: the ids the engine
    // generates next follow the highest (SQLite's rowids always do; PostgreSQL's identity
    // sequences do not see explicit ids). The table's id column is named id.
    virtual bool generatedIdsFollow(const QString &table, QString *error) = 0;

    // The id given to the row this connection inserted last into a table with a generated id.
    virtual qint64 lastInsertId() = 0;

    // Until the end of the transaction, journal rows written keep the author they are given
    // (a copy of one database into another). Elsewhere a server sets the author itself, and a
    // role that does not own the tables cannot ask for this (PgSchema). SQLite does nothing.
    virtual bool keepJournalAuthors(QString *error) = 0;
    // Tells the other clients of the database, when this transaction commits, that its content
    // changed (PostgreSQL's NOTIFY, which its commit() of every write transaction sends;
    // DatabaseWatcher listens). SQLite does nothing: the others see PRAGMA data_version change.
    virtual bool notifyChanged(QString *error) = 0;

protected:
    Connection() = default;
};

} // namespace milepost
