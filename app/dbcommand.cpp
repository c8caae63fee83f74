// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbcommand.h"

#include "commandio.h"

#include "store/database.h"
#include "store/databasebackup.h"
#include "store/integritycheck.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <memory>

namespace milepost {

const QString DbCommand::name = QStringLiteral("db");

void DbCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(m_fullOption);
}

QString DbCommand::helpText()
{
    return tr("  db check [--full] [--db PATH]\n"
              "      Run SQLite's integrity check on the database (exit 1 when it is damaged).\n"
              "  db backups [--db PATH]\n"
              "      List the backups Milepost took before imports, plan re-imports, removals and\n"
              "      upgrades, newest first (the last %1 are kept, beside the database).\n"
              "  db restore BACKUP [--db PATH]\n"
              "      Replace the database's content with the backup's; the database as it was is\n"
              "      backed up first.\n")
        .arg(DatabaseBackup::kept);
}

int DbCommand::run(const QCommandLineParser &parser, const QStringList &positional, const QString &databasePath) const
{
    const QString action = positional.value(1);
    if (action == QLatin1String("check") && positional.size() == 2)
        return check(databasePath, parser.isSet(m_fullOption));
    if (action == QLatin1String("backups") && positional.size() == 2)
        return listBackups(databasePath);
    if (action == QLatin1String("restore") && positional.size() == 3)
        return restore(databasePath, positional.at(2));
    CommandIo::printError(tr("milepost: db takes check, backups or restore BACKUP; try “milepost --help”"));
    return CommandIo::UsageError;
}

int DbCommand::check(const QString &databasePath, bool full) const
{
    const std::unique_ptr<Database> database = CommandIo::openForReading(databasePath);
    if (!database)
        return CommandIo::Failure;
    const IntegrityCheck::Result result =
        IntegrityCheck::run(database->sqliteHandle(), full ? IntegrityCheck::Depth::Full : IntegrityCheck::Depth::Quick);
    if (result.ok()) {
        CommandIo::printOut(IntegrityCheck::describe(result, database->path()));
        return CommandIo::Success;
    }
    CommandIo::printError(tr("milepost: %1").arg(IntegrityCheck::describe(result, database->path())));
    for (const QString &problem : result.problems)
        CommandIo::printError(tr("  %1").arg(problem));
    return CommandIo::Failure;
}

int DbCommand::listBackups(const QString &databasePath) const
{
    const std::unique_ptr<Database> database = CommandIo::openForReading(databasePath);
    if (!database)
        return CommandIo::Failure;
    const QList<DatabaseBackup::Entry> backups = DatabaseBackup::list(database->path());
    if (backups.isEmpty()) {
        CommandIo::printOut(tr("No backups of %1 yet (they are taken before the first change to a database that "
                               "holds data).")
                                .arg(QDir::toNativeSeparators(database->path())));
        return CommandIo::Success;
    }
    const QLocale locale;
    for (const DatabaseBackup::Entry &entry : backups) {
        CommandIo::printOut(tr("%1  %2  %3\n    %4")
                                .arg(locale.toString(entry.created.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                     locale.formattedDataSize(entry.bytes),
                                     entry.description.isEmpty() ? tr("(no description)") : entry.description,
                                     QDir::toNativeSeparators(entry.path)));
    }
    return CommandIo::Success;
}

int DbCommand::restore(const QString &databasePath, const QString &backup) const
{
    if (!QFileInfo(backup).isFile()) {
        CommandIo::printError(tr("milepost: no backup at %1").arg(QDir::toNativeSeparators(backup)));
        return CommandIo::Failure;
    }
    // Opened even when damaged: restoring is what repairs it.
    const std::unique_ptr<Database> database = CommandIo::openForReading(databasePath);
    if (!database)
        return CommandIo::Failure;
    QString error;
    if (!database->restoreBackup(backup, &error)) {
        CommandIo::printError(tr("milepost: %1").arg(error));
        return CommandIo::Failure;
    }
    CommandIo::printOut(tr("Restored %1 from %2; the database as it was before is in the backups (milepost db backups).")
                            .arg(QDir::toNativeSeparators(database->path()), QDir::toNativeSeparators(backup)));
    return CommandIo::Success;
}

} // namespace milepost
