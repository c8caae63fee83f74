// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandio.h"

#include "store/database.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

namespace milepost {

void CommandIo::printOut(const QString &text)
{
    QTextStream stream(stdout);
    stream << text << '\n';
}

void CommandIo::printError(const QString &text)
{
    QTextStream stream(stderr);
    stream << text << '\n';
}

std::unique_ptr<Database> CommandIo::openExisting(const QString &databasePath)
{
    QString path = databasePath;
    if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        path = folder.isEmpty() ? QString() : folder + QStringLiteral("/milepost.sqlite");
    }
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        printError(tr("milepost: no database at %1").arg(path.isEmpty() ? tr("(no data folder)") : path));
        return nullptr;
    }
    QString error;
    std::unique_ptr<Database> database = Database::open(path, &error);
    if (!database)
        printError(tr("milepost: cannot open database %1: %2").arg(path, error));
    return database;
}

} // namespace milepost
