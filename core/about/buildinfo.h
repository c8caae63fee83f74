// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace milepost {

// What `milepost --version` and Help > About say about this build: its version, the Qt and
// SQLite it runs with, and where its database lives. A support call starts with these.
class BuildInfo final
{
    Q_DECLARE_TR_FUNCTIONS(BuildInfo)

public:
    static QString version(); // the project's version, with `git describe` when built from a checkout
    static QString qtVersion(); // the Qt library loaded, with the one built against when they differ
    static QString sqliteVersion(); // the SQLite library linked

    // "Milepost 0.1.0", "Qt 6.4.2, SQLite 3.40.1", "Database: PATH" (or that there is none yet).
    static QStringList lines(const QString &databasePath);
};

} // namespace milepost
