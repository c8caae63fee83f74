// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"

#include <QByteArrayList>
#include <QDateTime>

#include <memory>

typedef struct pg_conn PGconn;

namespace milepost {

// A Connection to a PostgreSQL server through libpq; owns and closes it. Statements are
// prepared on the server under names of their own and deallocated when freed; ?N parameters
// become $N (PgSql::numberedParameters).
class PgConnection final : public Connection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)

public:
    // conninfo as libpq takes it: a postgresql:// URI, "host=... dbname=..." or "service=NAME".
    // nullptr with error set when the server cannot be reached or refuses.
    static std::unique_ptr<PgConnection> connect(const QString &conninfo, QString *error);
    // Whether target names a PostgreSQL database (a URI or a conninfo string libpq accepts)
    // rather than a local file.
    static bool isConnectionString(const QString &target);
    // conninfo without a password, as keyword=value pairs; unchanged when it holds none.
    static QString withoutPassword(const QString &conninfo);
    // conninfo with this password, as keyword=value pairs (kept in memory only, for the
    // connections of this run; never stored).
    static QString withPassword(const QString &conninfo, const QString &password);
    // Whether the server refuses conninfo for want of a password (libpq found none in
    // ~/.pgpass or the service file): the window asks for one.
    static bool needsPassword(const QString &conninfo);
    // "verify-full" when conninfo names a host on another machine and no sslmode (nor does
    // PGSSLMODE): the server's certificate is checked; empty otherwise (libpq's default).
    static QByteArray defaultSslMode(const QString &conninfo);
    ~PgConnection() override;

    PGconn *handle() const { return m_conn; }
    // The database, user and server, for titles and messages ("milepost on /tmp/pg as alice").
    QString describe() const;
    // user@host/database, for a window's title (never a password).
    QString address() const;

    Engine engine() const override { return Engine::PostgreSQL; }
    std::unique_ptr<PreparedStatement> prepare(const QString &sql, QString *error) override;
    bool execute(const QString &script, QString *error) override;
    bool begin(TransactionMode mode, QString *error) override;
    bool commit(QString *error) override;
    void rollback() override;
    bool inTransaction() const override;
    qint64 lastInsertId() override;
    bool deferForeignKeys(bool deferred, QString *error) override;
    bool generatedIdsFollow(const QString &table, QString *error) override;
    bool keepJournalAuthors(QString *error) override;
    bool notifyChanged(QString *error) override;

    // Who holds the import lock: the role, what it said it does (its application_name) and
    // since when.
    struct LockHolder
    {
        QString user;
        QString what;
        QDateTime since;
    };
    // The lock imports and upgrades of this database take (ImportLock, PgSchema::migrate): an
    // advisory lock of the session, keyed by the database's schema. Not waited for: false with
    // holder set when another session holds it, or with error set when the server fails. While
    // held, the session's application_name says what it does.
    bool tryImportLock(const QString &what, LockHolder *holder, QString *error);
    void releaseImportLock();
    // The same key for a transaction's lock: SQL taking or trying it (xact: "pg_advisory_xact_lock").
    static QString importLockCall(const char *function);
    // Who holds the lock now; empty when nobody (or the server cannot say).
    LockHolder importLockHolder();

    // For DatabaseWatcher: the socket to watch, the server process's id, whether the
    // connection is still up. readInput() reads what the server sent without waiting (false
    // when the connection is lost); notifications() counts the change notifications received
    // since, leaving out those sent by the process ignorePid and those of other schemas.
    int socket() const;
    int backendPid() const;
    bool isUp() const;
    bool readInput();
    int notifications(int ignorePid);
    bool listen(QString *error);
    // Connects again with the same parameters (after the server went away); false with error
    // set while it cannot be reached.
    bool reconnect(QString *error);

    // The channel notifyChanged() notifies and ChangeWatcher listens on.
    static constexpr const char *changeChannel = "milepost_changes";

    // For PgStatement: a statement's server name is freed now, or after the transaction when a
    // failed one refuses everything but its end.
    void deallocate(const QByteArray &name);
    QByteArray nextStatementName();
    QString lastError() const;
    // Expires when this connection is closed: a statement freed later has nothing to free.
    std::weak_ptr<int> lifetime() const { return m_lifetime; }

private:
    explicit PgConnection(PGconn *conn);
    void deallocatePending();

    PGconn *m_conn = nullptr;
    quint64 m_statements = 0;
    bool m_writing = false; // the transaction was begun to write
    QByteArray m_listenedSchema; // listen(): the notifications of this schema's database count
    QByteArrayList m_pending; // names to deallocate once the failed transaction has ended
    std::shared_ptr<int> m_lifetime = std::make_shared<int>(0);
};

} // namespace milepost
