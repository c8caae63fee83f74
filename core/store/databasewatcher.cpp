// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasewatcher.h"

#include "database.h"
#include "pgconnection.h"
#include "sqliteconnection.h"
#include "statement.h"

#include <QSocketNotifier>

namespace milepost {

DatabaseWatcher::DatabaseWatcher(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &DatabaseWatcher::changed);
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &DatabaseWatcher::poll);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &DatabaseWatcher::retry);

    if (database.isServer()) {
        m_server = static_cast<PgConnection *>(database.handle());
        m_mainNotifier = new QSocketNotifier(qintptr(m_server->socket()), QSocketNotifier::Read, this);
        connect(m_mainNotifier, &QSocketNotifier::activated, this, &DatabaseWatcher::readMain);
        startListening();
    }
    m_token = pollToken();
    m_poll.start();
}

DatabaseWatcher::~DatabaseWatcher() = default;

void DatabaseWatcher::setRetryIntervals(int firstMs, int longestMs)
{
    m_firstRetry = firstMs;
    m_longestRetry = longestMs;
}

void DatabaseWatcher::startListening()
{
    QString error;
    auto listener = PgConnection::connect(m_database.connectionString(), &error);
    if (!listener || !listener->listen(&error)) {
        // Polling instead; a server that cannot be reached shows at the next poll.
        qWarning("Milepost: change notifications unavailable, polling instead: %s", qPrintable(error));
        return;
    }
    m_listener = std::move(listener);
    m_listenerNotifier = new QSocketNotifier(qintptr(m_listener->socket()), QSocketNotifier::Read, this);
    connect(m_listenerNotifier, &QSocketNotifier::activated, this, &DatabaseWatcher::readListener);
}

void DatabaseWatcher::stopListening()
{
    // Later: this may run in the notifier's own signal.
    if (m_listenerNotifier) {
        m_listenerNotifier->setEnabled(false);
        m_listenerNotifier->deleteLater();
        m_listenerNotifier = nullptr;
    }
    m_listener.reset();
}

void DatabaseWatcher::readListener()
{
    if (!m_listener->readInput()) {
        lose(m_listener->lastError());
        return;
    }
    if (m_listener->notifications(m_server->backendPid()) > 0)
        m_debounce.start(); // restarted by each one: one changed() per burst
}

void DatabaseWatcher::readMain()
{
    // Between statements the server sends nothing on this connection but the news that it
    // ended the session.
    if (!m_server->readInput())
        lose(m_server->lastError());
}

QString DatabaseWatcher::pollToken() const
{
    if (!m_database.isServer())
        return QString::number(static_cast<SqliteConnection *>(m_database.handle())->dataVersion());
    // Without notifications: a progress update, an import, a removed import or a plan changes one.
    Statement read(m_database.handle(), QStringLiteral(
        "SELECT (SELECT coalesce(max(id), 0) FROM milestone_updates) || ':' || "
        "(SELECT coalesce(max(id), 0) FROM import_runs) || ':' || (SELECT count(*) FROM import_runs) || ':' || "
        "(SELECT coalesce(max(id), 0) FROM plans) || ':' || (SELECT count(*) FROM plans)"));
    return read.step() == Statement::Result::Row ? read.columnText(0) : QString();
}

void DatabaseWatcher::poll()
{
    if (!m_connected)
        return;
    if (m_server && !m_server->isUp()) {
        lose(m_server->lastError());
        return;
    }
    if (m_listener)
        return; // notifications tell
    const QString token = pollToken();
    if (token.isEmpty() && m_server) {
        lose(m_server->lastError());
        return;
    }
    if (token != m_token) {
        m_token = token;
        m_debounce.start();
    }
}

void DatabaseWatcher::lose(const QString &reason)
{
    if (!m_connected)
        return;
    m_connected = false;
    m_lostReason = reason.isEmpty() ? tr("the connection to the server was lost") : reason;
    stopListening();
    if (m_mainNotifier)
        m_mainNotifier->setEnabled(false);
    m_debounce.stop();
    m_retry.setInterval(m_firstRetry);
    m_retry.start();
    Q_EMIT connectionLost(m_lostReason);
}

void DatabaseWatcher::retry()
{
    QString error;
    if (!m_server->reconnect(&error)) {
        m_lostReason = error;
        m_retry.setInterval(std::min(m_retry.interval() * 2, m_longestRetry));
        m_retry.start();
        return;
    }
    // A new session has a new socket.
    m_mainNotifier->deleteLater();
    m_mainNotifier = new QSocketNotifier(qintptr(m_server->socket()), QSocketNotifier::Read, this);
    connect(m_mainNotifier, &QSocketNotifier::activated, this, &DatabaseWatcher::readMain);
    startListening();
    m_connected = true;
    m_lostReason.clear();
    m_token = pollToken();
    Q_EMIT connectionRestored();
    Q_EMIT changed(); // whatever happened meanwhile
}

} // namespace milepost
