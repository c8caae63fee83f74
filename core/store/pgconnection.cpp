// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgconnection.h"

#include "pgstatement.h"

#include <libpq-fe.h>

#include <optional>
#include <utility>

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

namespace {

QString quotedValue(const QString &text)
{
    QString value = text;
    value.replace(u'\\', QLatin1String("\\\\")).replace(u'\'', QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

// The keyword=value pairs of conninfo (a URI too), and whether it had a password.
std::optional<std::pair<QStringList, bool>> pairsWithoutPassword(const QString &conninfo)
{
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.trimmed().toUtf8().constData(), &message);
    PQfreemem(message);
    if (!options)
        return std::nullopt;
    QStringList pairs;
    bool hadPassword = false;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (!option->val)
            continue;
        if (qstrcmp(option->keyword, "password") == 0) {
            hadPassword = true;
            continue;
        }
        pairs.append(QString::fromUtf8(option->keyword) + QLatin1Char('=') + quotedValue(QString::fromUtf8(option->val)));
    }
    PQconninfoFree(options);
    return std::pair(pairs, hadPassword);
}

// libpq's value of keyword in conninfo; empty when not given.
QString valueOf(const QString &conninfo, const char *keyword)
{
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.trimmed().toUtf8().constData(), &message);
    PQfreemem(message);
    QString value;
    for (PQconninfoOption *option = options; option && option->keyword; ++option) {
        if (qstrcmp(option->keyword, keyword) == 0 && option->val)
            value = QString::fromUtf8(option->val);
    }
    PQconninfoFree(options);
    return value;
}

} // namespace

QString PgConnection::withoutPassword(const QString &conninfo)
{
    const auto parsed = pairsWithoutPassword(conninfo);
    return parsed && parsed->second ? parsed->first.join(u' ') : conninfo;
}

QString PgConnection::withPassword(const QString &conninfo, const QString &password)
{
    auto parsed = pairsWithoutPassword(conninfo);
    if (!parsed)
        return conninfo;
    parsed->first.append(QStringLiteral("password=") + quotedValue(password));
    return parsed->first.join(u' ');
}

bool PgConnection::needsPassword(const QString &conninfo)
{
    const QByteArray utf8 = conninfo.toUtf8();
    const char *const keywords[] = {"dbname", nullptr};
    const char *const values[] = {utf8.constData(), nullptr};
    PGconn *conn = PQconnectdbParams(keywords, values, 1);
    const bool needs = conn && PQstatus(conn) != CONNECTION_OK && PQconnectionNeedsPassword(conn);
    PQfinish(conn);
    return needs;
}

QByteArray PgConnection::defaultSslMode(const QString &conninfo)
{
    if (!valueOf(conninfo, "sslmode").isEmpty() || !qEnvironmentVariableIsEmpty("PGSSLMODE"))
        return {};
    // Every host of a list must be local (a Unix socket's folder, or this machine) to go without.
    const QString hosts = valueOf(conninfo, "host");
    if (hosts.isEmpty())
        return {}; // the local socket, or PGHOST or a service file: theirs to say
    static const QStringList local{QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    for (const QString &host : hosts.split(u',')) {
        if (!host.startsWith(u'/') && !host.startsWith(u'@') && !local.contains(host.trimmed(), Qt::CaseInsensitive))
            return QByteArrayLiteral("verify-full");
    }
    return {};
}

std::unique_ptr<PgConnection> PgConnection::connect(const QString &conninfo, QString *error)
{
    // dbname with expand_dbname takes a URI or a conninfo string whole; pg_stat_activity then
    // names the client "milepost" unless the string names it otherwise.
    // A remote host's certificate is checked unless the string says otherwise (later
    // keywords override the string's).
    const QByteArray utf8 = conninfo.toUtf8();
    const QByteArray sslMode = defaultSslMode(conninfo);
    const char *const keywords[] = {"dbname", "fallback_application_name", sslMode.isEmpty() ? nullptr : "sslmode",
                                    nullptr};
    const char *const values[] = {utf8.constData(), "milepost", sslMode.isEmpty() ? nullptr : sslMode.constData(),
                                  nullptr};
    PGconn *conn = PQconnectdbParams(keywords, values, 1);
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

QString PgConnection::address() const
{
    return QStringLiteral("%1@%2/%3").arg(QString::fromUtf8(PQuser(m_conn)), QString::fromUtf8(PQhost(m_conn)),
                                          QString::fromUtf8(PQdb(m_conn)));
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
    m_writing = mode == TransactionMode::Write;
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
    // Every write tells the other clients, in its own transaction: they hear of it when, and
    // only if, it commits (ChangeWatcher).
    const bool ok = (!m_writing || notifyChanged(error)) && run(m_conn, "COMMIT", error);
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

bool PgConnection::keepJournalAuthors(QString *error)
{
    // Read by the author trigger (PgSchema), which honours it for the tables' owner only.
    return run(m_conn, "SET LOCAL milepost.keep_authors = 'on'", error);
}

bool PgConnection::notifyChanged(QString *error)
{
    // The schema as the payload: Milepost databases in other schemas of the same server database
    // hear the channel too, and leave it out (notifications()).
    return run(m_conn, (QByteArrayLiteral("SELECT pg_notify('") + changeChannel + "', current_schema())").constData(),
               error);
}

int PgConnection::socket() const
{
    return PQsocket(m_conn);
}

int PgConnection::backendPid() const
{
    return PQbackendPID(m_conn);
}

bool PgConnection::isUp() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

bool PgConnection::readInput()
{
    // A connection the server ended reads as closed here (and its status becomes bad).
    return PQconsumeInput(m_conn) == 1 && PQstatus(m_conn) == CONNECTION_OK;
}

int PgConnection::notifications(int ignorePid)
{
    int count = 0;
    while (PGnotify *notify = PQnotifies(m_conn)) {
        if (notify->be_pid != ignorePid && m_listenedSchema == notify->extra)
            ++count;
        PQfreemem(notify);
    }
    return count;
}

bool PgConnection::listen(QString *error)
{
    if (!run(m_conn, (QByteArrayLiteral("LISTEN ") + changeChannel).constData(), error))
        return false;
    PGresult *result = PQexec(m_conn, "SELECT current_schema()");
    const bool ok = PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1;
    if (ok)
        m_listenedSchema = PQgetvalue(result, 0, 0);
    else if (error)
        *error = resultError(result, m_conn);
    PQclear(result);
    return ok;
}

bool PgConnection::reconnect(QString *error)
{
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        if (error)
            *error = lastError();
        return false;
    }
    // The server's prepared statements went with the old session.
    m_pending.clear();
    m_writing = false;
    if (PQsetClientEncoding(m_conn, "UTF8") != 0) {
        if (error)
            *error = lastError();
        return false;
    }
    return true;
}

namespace {

constexpr qint64 lockKey = 0x4D4C5054; // Database::applicationId, "MLPT"

} // namespace

QString PgConnection::importLockCall(const char *function)
{
    // Two keys: Milepost's, then the schema's (several Milepost databases may share one server
    // database, each in its own schema).
    return QStringLiteral("SELECT %1(%2, hashtext(current_schema()))").arg(QLatin1String(function)).arg(lockKey);
}

PgConnection::LockHolder PgConnection::importLockHolder()
{
    LockHolder holder;
    const QByteArray sql = "SELECT a.usename, a.application_name, to_char(coalesce(a.xact_start, a.backend_start) AT TIME ZONE 'UTC', "
                           "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                           "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = " + QByteArray::number(lockKey)
                           + " AND l.objsubid = 2 "
                           "AND l.objid::bigint = (hashtext(current_schema())::bigint & 4294967295) "
                           "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) LIMIT 1";
    PGresult *result = PQexec(m_conn, sql.constData());
    if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1) {
        holder.user = QString::fromUtf8(PQgetvalue(result, 0, 0));
        holder.what = QString::fromUtf8(PQgetvalue(result, 0, 1));
        if (holder.what.startsWith(QLatin1String("milepost: ")))
            holder.what = holder.what.mid(10);
        else
            holder.what.clear();
        holder.since = QDateTime::fromString(QString::fromUtf8(PQgetvalue(result, 0, 2)), Qt::ISODate);
    }
    PQclear(result);
    return holder;
}

bool PgConnection::tryImportLock(const QString &what, LockHolder *holder, QString *error)
{
    PGresult *result = PQexec(m_conn, importLockCall("pg_try_advisory_lock").toUtf8().constData());
    const bool ok = PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1;
    const bool got = ok && *PQgetvalue(result, 0, 0) == 't';
    if (!ok && error)
        *error = resultError(result, m_conn);
    PQclear(result);
    if (!got) {
        if (ok && holder)
            *holder = importLockHolder();
        return false;
    }
    // What another importer's message shows (pg_stat_activity); the server cuts it at 63 bytes.
    const QByteArray name = "milepost: " + what.toUtf8();
    const char *values[] = {name.constData()};
    PQclear(PQexecParams(m_conn, "SELECT set_config('application_name', $1, false)", 1, nullptr, values, nullptr,
                         nullptr, 0));
    return true;
}

void PgConnection::releaseImportLock()
{
    run(m_conn, importLockCall("pg_advisory_unlock").toUtf8().constData(), nullptr);
    run(m_conn, "SELECT set_config('application_name', 'milepost', false)", nullptr);
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
