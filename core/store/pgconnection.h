// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"

#include <QByteArrayList>

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
    ~PgConnection() override;

    PGconn *handle() const { return m_conn; }
    // The database, user and server, for titles and messages ("milepost on /tmp/pg as alice").
    QString describe() const;

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
    QByteArrayList m_pending; // names to deallocate once the failed transaction has ended
    std::shared_ptr<int> m_lifetime = std::make_shared<int>(0);
};

} // namespace milepost
