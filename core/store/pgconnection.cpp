// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgconnection.h"

#include "pgstatement.h"

#include <libpq-fe.h>

namespace milepost {

namespace {

QString resultError(PGresult *result, PGconn *conn)
{
    const char *message = result ? PQresultErrorMessage(result) : nullptr;
    if (!message || !*message)
        message = PQerrorMessage(conn);
    return QString::fromUtf8(message).trimmed();
}

bool run(PGconn *conn, const char *sql, QString *error)
{
    PGresult *result = PQexec(conn, sql);
    const ExecStatusType status = PQresultStatus(result);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY;
    if (!ok && error)
        *error = resultError(result, conn);
    PQclear(result);
    return ok;
}

// Server notices (e.g. "there is no transaction in progress") are not for a person.
void ignoreNotice(void *, const char *) {}

} // namespace

bool PgConnection::isConnectionString(const QString &target)
{
    const QString trimmed = target.trimmed();
    if (trimmed.startsWith(QLatin1String("postgresql://")) || trimmed.startsWith(QLatin1String("postgres://")))
        return true;
    // keyword=value pairs whose keywords libpq knows; a file named "a=b.sqlite" is not one.
    if (!trimmed.contains(u'='))
        return false;
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(trimmed.toUtf8().constData(), &message);
    PQfreemem(message);
    if (!options)
        return false;
    PQconninfoFree(options);
    return true;
}

std::unique_ptr<PgConnection> PgConnection::connect(const QString &conninfo, QString *error)
{
    PGconn *conn = PQconnectdb(conninfo.toUtf8().constData());
    std::unique_ptr<PgConnection> connection(conn ? new PgConnection(conn) : nullptr);
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        if (error)
            *error = conn ? QString::fromUtf8(PQerrorMessage(conn)).trimmed() : tr("out of memory");
        return nullptr;
    }
    PQsetNoticeProcessor(conn, ignoreNotice, nullptr);
    // The store's text is UTF-8, and its dates ISO text it computes itself.
    if (PQsetClientEncoding(conn, "UTF8") != 0) {
        if (error)
            *error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        return nullptr;
    }
    return connection;
}

PgConnection::PgConnection(PGconn *conn)
    : m_conn(conn)
{
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

QString PgConnection::describe() const
{
    const QString host = QString::fromUtf8(PQhost(m_conn));
    return tr("PostgreSQL database “%1” on %2 as %3")
        .arg(QString::fromUtf8(PQdb(m_conn)), host.isEmpty() ? tr("the local socket") : host,
             QString::fromUtf8(PQuser(m_conn)));
}

QString PgConnection::lastError() const
{
    return QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
}

std::unique_ptr<PreparedStatement> PgConnection::prepare(const QString &sql, QString *error)
{
    deallocatePending();
    return PgStatement::prepare(this, sql, error);
}

bool PgConnection::execute(const QString &script, QString *error)
{
    deallocatePending();
    return run(m_conn, script.toUtf8().constData(), error);
}

bool PgConnection::begin(TransactionMode mode, QString *error)
{
    deallocatePending();
    // Read: one snapshot for every statement of the transaction, as SQLite's read transaction.
    // Write: READ COMMITTED; the store's writes check what they change in the statements.
    return run(m_conn, mode == TransactionMode::Write ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ", error);
}

bool PgConnection::commit(QString *error)
{
    // COMMIT of a transaction a statement failed in "succeeds" as a ROLLBACK: say so instead.
    if (PQtransactionStatus(m_conn) == PQTRANS_INERROR) {
        rollback();
        if (error)
            *error = tr("the transaction was rolled back, because one of its statements failed");
        return false;
    }
    const bool ok = run(m_conn, "COMMIT", error);
    deallocatePending();
    return ok;
}

void PgConnection::rollback()
{
    if (PQtransactionStatus(m_conn) != PQTRANS_IDLE)
        run(m_conn, "ROLLBACK", nullptr);
    deallocatePending();
}

bool PgConnection::inTransaction() const
{
    const PGTransactionStatusType status = PQtransactionStatus(m_conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

bool PgConnection::deferForeignKeys(bool deferred, QString *error)
{
    return run(m_conn, deferred ? "SET CONSTRAINTS ALL DEFERRED" : "SET CONSTRAINTS ALL IMMEDIATE", error);
}

bool PgConnection::generatedIdsFollow(const QString &table, QString *error)
{
    // Nothing for a table without a generated id column.
    const QByteArray name = table.toUtf8();
    const char *values[] = {name.constData()};
    PGresult *identity = PQexecParams(m_conn,
                                      "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                                      "AND table_name = $1 AND column_name = 'id' AND is_identity = 'YES'",
                                      1, nullptr, values, nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(identity);
    const bool generated = status == PGRES_TUPLES_OK && PQntuples(identity) == 1;
    if (status != PGRES_TUPLES_OK && error)
        *error = resultError(identity, m_conn);
    PQclear(identity);
    if (!generated)
        return status == PGRES_TUPLES_OK;
    const QByteArray sql = "SELECT setval(pg_get_serial_sequence($1, 'id'), m.id) FROM (SELECT max(id) AS id FROM \""
                           + name + "\") m WHERE m.id IS NOT NULL";
    PGresult *result = PQexecParams(m_conn, sql.constData(), 1, nullptr, values, nullptr, nullptr, 0);
    const bool ok = PQresultStatus(result) == PGRES_TUPLES_OK;
    if (!ok && error)
        *error = resultError(result, m_conn);
    PQclear(result);
    return ok;
}

qint64 PgConnection::lastInsertId()
{
    // The value the last nextval() of this session gave: the identity of the row inserted last.
    if (PQtransactionStatus(m_conn) == PQTRANS_INERROR)
        return 0;
    PGresult *result = PQexec(m_conn, "SELECT lastval()");
    qint64 id = 0;
    if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1)
        id = QByteArray(PQgetvalue(result, 0, 0)).toLongLong();
    PQclear(result);
    return id;
}

QByteArray PgConnection::nextStatementName()
{
    return "milepost_" + QByteArray::number(++m_statements);
}

void PgConnection::deallocate(const QByteArray &name)
{
    if (PQtransactionStatus(m_conn) == PQTRANS_INERROR) {
        m_pending.append(name);
        return;
    }
    run(m_conn, ("DEALLOCATE " + name).constData(), nullptr);
}

void PgConnection::deallocatePending()
{
    if (m_pending.isEmpty() || PQtransactionStatus(m_conn) == PQTRANS_INERROR)
        return;
    const QByteArrayList names = std::exchange(m_pending, {});
    for (const QByteArray &name : names)
        run(m_conn, ("DEALLOCATE " + name).constData(), nullptr);
}

} // namespace milepost
