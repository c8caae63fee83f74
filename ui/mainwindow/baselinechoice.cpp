// SPDX-License-Identifier: GPL-3.0-or-later
#include "baselinechoice.h"

#include "store/database.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace milepost {

QString BaselineChoice::key(const Database &database)
{
    // path() never holds a password (a server's connection string without it).
    const QString where = database.isServer() || database.path() == QLatin1String(":memory:")
        ? database.path()
        : QFileInfo(database.path()).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("baselineBars/") + QString::fromLatin1(hash);
}

qint64 BaselineChoice::load(QSettings &settings, const Database &database)
{
    bool ok = false;
    const qint64 id = settings.value(key(database)).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

void BaselineChoice::save(QSettings &settings, const Database &database, qint64 baselineId)
{
    if (baselineId > 0)
        settings.setValue(key(database), baselineId);
    else
        settings.remove(key(database));
}

} // namespace milepost
