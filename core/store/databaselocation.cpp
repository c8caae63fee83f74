// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaselocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace milepost {

QString DatabaseLocation::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return folder.isEmpty() ? QString() : folder + QStringLiteral("/milepost.sqlite");
}

bool DatabaseLocation::makeDefaultFolder()
{
    const QString path = defaultPath();
    return !path.isEmpty() && QDir().mkpath(QFileInfo(path).absolutePath());
}

} // namespace milepost
