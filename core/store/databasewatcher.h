// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace milepost {

class Database;
class PgConnection;

// Watches an open database for what others do to it, so that the window can show it.
//
// Changes by others: on a PostgreSQL server, a second connection LISTENs for the notification
// every write transaction sends as it commits (PgConnection::commit), its socket watched by a
// QSocketNotifier; the database's own connection's changes are left out. Where notifications are
// not available (an SQLite file, or LISTEN failed), PRAGMA data_version or the journal's and the
// imports' highest ids are polled. Either way changed() is emitted once a burst of changes has
// been quiet for the debounce interval.
//
// The server going away: both connections' sockets are watched, so a server that stops or ends
// the session is seen at once (and a failed statement at the next poll). connectionLost() is
// emitted, and reconnecting is tried again and again, waiting longer each time up to a limit;
// connectionRestored() and changed() follow when it is back. A local file never goes away.
class DatabaseWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseWatcher(Database &database, QObject *parent = nullptr);
    ~DatabaseWatcher() override;

    bool isListening() const { return m_listener != nullptr; } // notifications, rather than polling
    bool isConnected() const { return m_connected; }
    const QString &lostReason() const { return m_lostReason; }

    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    // Reconnecting is tried after first, then twice as long each time up to longest.
    void setRetryIntervals(int firstMs, int longestMs);

Q_SIGNALS:
    void changed();
    void connectionLost(const QString &reason);
    void connectionRestored();

private:
    void startListening();
    void stopListening();
    void readListener();
    void readMain();
    void poll();
    void lose(const QString &reason);
    void retry();
    QString pollToken() const;

    Database &m_database;
    PgConnection *m_server = nullptr; // the database's own connection, on a server
    std::unique_ptr<PgConnection> m_listener;
    QSocketNotifier *m_listenerNotifier = nullptr;
    QSocketNotifier *m_mainNotifier = nullptr;
    QTimer m_debounce;
    QTimer m_poll;
    QTimer m_retry;
    int m_firstRetry = 1000;
    int m_longestRetry = 30000;
    bool m_connected = true;
    QString m_lostReason;
    QString m_token; // what poll() saw last
};

} // namespace milepost
