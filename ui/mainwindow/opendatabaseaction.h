// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

#include <functional>

namespace milepost {

// File › Open Database…: a local file (Browse…) or a PostgreSQL server as a postgresql:// URI,
// a conninfo string or service=NAME, opened in a new Milepost window (its own process, which asks
// for a password when the server wants one that ~/.pgpass and the service file do not give).
class OpenDatabaseAction final : public QAction
{
    Q_OBJECT

public:
    explicit OpenDatabaseAction(QWidget *window);

    // Asks for the database; empty when cancelled.
    QString ask();
    // How the new window is started (a test replaces it); true when it started.
    void setLauncher(std::function<bool(const QString &target)> launcher) { m_launcher = std::move(launcher); }

private:
    QWidget *m_window = nullptr;
    std::function<bool(const QString &target)> m_launcher;
};

} // namespace milepost
