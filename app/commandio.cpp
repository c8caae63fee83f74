// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandio.h"

#include "datasets/bundleddata.h"
#include "store/database.h"
#include "store/databaselocation.h"
#include "time/plandate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

bool CommandIo::readDay(const QCommandLineParser &parser, const QString &option, QDate *date)
{
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    const PlanDate day = PlanDate::parse(text);
    if (day.kind() != PlanDate::Kind::Exact) {
        printError(tr("milepost: --%1 %2 is not a day (use YYYY-MM-DD)").arg(option, text));
        return false;
    }
    *date = day.firstDay();
    return true;
}

std::unique_ptr<Database> CommandIo::openForReading(const QString &databasePath)
{
    if (databasePath.isEmpty())
        return openDefault();
    if (!Database::isServerTarget(databasePath) && !QFileInfo(databasePath).isFile()) {
        printError(tr("milepost: no database at %1").arg(QDir::toNativeSeparators(databasePath)));
        return nullptr;
    }
    QString error;
    std::unique_ptr<Database> database = Database::open(databasePath, &error);
    if (!database)
        printError(tr("milepost: cannot open database %1: %2").arg(QDir::toNativeSeparators(databasePath), error));
    else if (database->isKnownDamaged())
        printError(tr("milepost: warning: %1").arg(database->damage()));
    return database;
}

std::unique_ptr<Database> CommandIo::openDefault()
{
    const QString path = DatabaseLocation::defaultPath();
    if (path.isEmpty() || !DatabaseLocation::makeDefaultFolder()) {
        printError(tr("milepost: there is no data folder for Milepost's database%1; give one with --db PATH")
                       .arg(path.isEmpty() ? QString() : tr(" (%1)").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))));
        return nullptr;
    }
    const QString shownPath = QDir::toNativeSeparators(path);
    const bool isNew = !QFileInfo::exists(path);
    QString error;
    std::unique_ptr<Database> database = Database::open(path, &error);
    if (!database) {
        printError(tr("milepost: cannot open database %1: %2").arg(shownPath, error));
        return nullptr;
    }
    if (!isNew) {
        if (database->isKnownDamaged())
            printError(tr("milepost: warning: %1").arg(database->damage()));
        return database;
    }
    if (!BundledData::seedIfEmpty(*database, bundledDataFolder(), &error)) {
        // Nothing half-made is left behind: the next command (or the window) starts afresh.
        database.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(path + suffix);
        printError(tr("milepost: cannot create the database %1: %2").arg(shownPath, error));
        return nullptr;
    }
    printError(tr("milepost: created a new database at %1 with the plan and sample data that ship with Milepost")
                   .arg(shownPath));
    return database;
}

} // namespace milepost
