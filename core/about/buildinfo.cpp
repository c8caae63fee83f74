// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildinfo.h"

#include <QDir>
#include <QFileInfo>
#include <QtGlobal>

#include <sqlite3.h>

namespace milepost {

QString BuildInfo::version()
{
    return QStringLiteral(MILEPOST_VERSION);
}

QString BuildInfo::qtVersion()
{
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    return running == built ? running : tr("%1 (built with %2)").arg(running, built);
}

QString BuildInfo::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QStringList BuildInfo::lines(const QString &databasePath)
{
    QStringList result{tr("Milepost %1").arg(version()), tr("Qt %1, SQLite %2").arg(qtVersion(), sqliteVersion())};
    if (databasePath.isEmpty())
        result.append(tr("Database: none (no data folder)"));
    else if (QFileInfo::exists(databasePath))
        result.append(tr("Database: %1").arg(QDir::toNativeSeparators(databasePath)));
    else
        result.append(tr("Database: %1 (created on first use)").arg(QDir::toNativeSeparators(databasePath)));
    return result;
}

} // namespace milepost
