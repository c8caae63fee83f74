// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbcommand.h"

#include "commandio.h"

#include "store/database.h"
#include "store/databasebackup.h"
#include "store/databasecopy.h"
#include "store/integritycheck.h"
#include "store/pgroles.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <memory>

namespace milepost {

const QString DbCommand::name = QStringLiteral("db");

void DbCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(m_fullOption);
    parser.addOption(m_fromOption);
    parser.addOption(m_toOption);
}

QString DbCommand::helpText()
{
    return tr("  db init [--db PATH|CONNECTION]\n"
              "      Create a Milepost database: a local file, or on a PostgreSQL server given as a\n"
              "      postgresql:// URI, a conninfo string (\"host=... dbname=...\") or service=NAME.\n"
              "  db upgrade [--db PATH|CONNECTION]\n"
              "      Bring the database's schema to this version of Milepost.\n"
              "      On a server it also creates the group roles milepost_viewer (reads),\n"
              "      milepost_editor (also records progress) and milepost_admin (also imports and\n"
              "      upgrades), and grants each what it may do.\n"
              "  db grant USER ROLE --db CONNECTION, db revoke USER ROLE --db CONNECTION\n"
              "      Make the server's login role USER a viewer, editor or admin, or no longer one.\n"
              "  db copy --from SOURCE --to DESTINATION\n"
              "      Copy every table of one database into another, empty one (a file to a server\n"
              "      and back) in one transaction, each table's count checked.\n"
              "  db check [--full] [--db PATH]\n"
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
    if (action == QLatin1String("init") && positional.size() == 2)
        return init(databasePath, false);
    if (action == QLatin1String("upgrade") && positional.size() == 2)
        return init(databasePath, true);
    if (action == QLatin1String("copy") && positional.size() == 2)
        return copy(parser.value(m_fromOption), parser.value(m_toOption));
    if ((action == QLatin1String("grant") || action == QLatin1String("revoke")) && positional.size() == 4)
        return changeRole(databasePath, positional.at(2), positional.at(3), action == QLatin1String("grant"));
    if (action == QLatin1String("check") && positional.size() == 2)
        return check(databasePath, parser.isSet(m_fullOption));
    if (action == QLatin1String("backups") && positional.size() == 2)
        return listBackups(databasePath);
    if (action == QLatin1String("restore") && positional.size() == 3)
        return restore(databasePath, positional.at(2));
    CommandIo::printError(
        tr("milepost: db takes init, upgrade, copy, grant USER ROLE, revoke USER ROLE, check, backups or restore "
           "BACKUP; try “milepost --help”"));
    return CommandIo::UsageError;
}

int DbCommand::init(const QString &databasePath, bool upgrade) const
{
    if (databasePath.isEmpty()) {
        CommandIo::printError(tr("milepost: db %1 needs --db PATH or a PostgreSQL connection")
                                  .arg(upgrade ? QStringLiteral("upgrade") : QStringLiteral("init")));
        return CommandIo::UsageError;
    }
    if (upgrade && !Database::isServerTarget(databasePath) && !QFileInfo(databasePath).isFile()) {
        CommandIo::printError(tr("milepost: no database at %1").arg(QDir::toNativeSeparators(databasePath)));
        return CommandIo::Failure;
    }
    QString error;
    const std::unique_ptr<Database> database = Database::open(databasePath, &error);
    if (!database) {
        CommandIo::printError(tr("milepost: %1").arg(error));
        return CommandIo::Failure;
    }
    const int before = database->openedAtVersion();
    const int now = database->schemaVersion();
    // New tables need their GRANTs too, so an upgrade installs the roles again.
    if (database->isServer() && !PgRoles::install(*database, &error)) {
        CommandIo::printError(tr("milepost: the database is at version %1, but its roles could not be set up: %2")
                                  .arg(now)
                                  .arg(error));
        return CommandIo::Failure;
    }
    if (database->isServer())
        CommandIo::printOut(tr("The group roles milepost_viewer, milepost_editor and milepost_admin have their "
                               "privileges; add people with “milepost db grant USER ROLE”."));
    if (before == now)
        CommandIo::printOut(tr("The %1 database is at version %2, this version of Milepost's; nothing to do.")
                                .arg(database->engineName())
                                .arg(now));
    else if (before == 0)
        CommandIo::printOut(tr("Created a Milepost database (%1, version %2).").arg(database->engineName()).arg(now));
    else
        CommandIo::printOut(tr("Upgraded the %1 database from version %2 to %3.")
                                .arg(database->engineName())
                                .arg(before)
                                .arg(now));
    return CommandIo::Success;
}

int DbCommand::copy(const QString &from, const QString &to) const
{
    if (from.isEmpty() || to.isEmpty()) {
        CommandIo::printError(tr("milepost: db copy needs --from SOURCE and --to DESTINATION"));
        return CommandIo::UsageError;
    }
    if (!Database::isServerTarget(from) && !QFileInfo(from).isFile()) {
        CommandIo::printError(tr("milepost: no database at %1").arg(QDir::toNativeSeparators(from)));
        return CommandIo::Failure;
    }
    QString error;
    const std::unique_ptr<Database> source = Database::open(from, &error);
    if (!source) {
        CommandIo::printError(tr("milepost: cannot open the source: %1").arg(error));
        return CommandIo::Failure;
    }
    const std::unique_ptr<Database> destination = Database::open(to, &error);
    if (!destination) {
        CommandIo::printError(tr("milepost: cannot open the destination: %1").arg(error));
        return CommandIo::Failure;
    }
    QList<DatabaseCopy::Table> copied;
    if (!DatabaseCopy::copy(*source, *destination, &copied, &error)) {
        CommandIo::printError(tr("milepost: nothing was copied: %1").arg(error));
        return CommandIo::Failure;
    }
    qint64 rows = 0;
    for (const DatabaseCopy::Table &table : copied) {
        CommandIo::printOut(tr("%1: %2 rows").arg(table.name).arg(table.rows));
        rows += table.rows;
    }
    CommandIo::printOut(tr("Copied %1 tables, %2 rows, from the %3 database into the %4 database; every count "
                           "matches.")
                            .arg(copied.size())
                            .arg(rows)
                            .arg(source->engineName(), destination->engineName()));
    return CommandIo::Success;
}

int DbCommand::changeRole(const QString &databasePath, const QString &user, const QString &role, bool grant) const
{
    const std::optional<PgRoles::Role> group = PgRoles::parse(role);
    if (!group) {
        CommandIo::printError(tr("milepost: “%1” is not a role; give viewer, editor or admin").arg(role));
        return CommandIo::UsageError;
    }
    if (!Database::isServerTarget(databasePath)) {
        CommandIo::printError(tr("milepost: db %1 needs --db with a PostgreSQL connection; a local file has no roles")
                                  .arg(grant ? QStringLiteral("grant") : QStringLiteral("revoke")));
        return CommandIo::UsageError;
    }
    QString error;
    const std::unique_ptr<Database> database = Database::open(databasePath, &error);
    if (!database) {
        CommandIo::printError(tr("milepost: %1").arg(error));
        return CommandIo::Failure;
    }
    const bool ok = grant ? PgRoles::grant(*database, user, *group, &error)
                          : PgRoles::revoke(*database, user, *group, &error);
    if (!ok) {
        CommandIo::printError(tr("milepost: %1").arg(error));
        return CommandIo::Failure;
    }
    CommandIo::printOut(grant ? tr("%1 is now a member of %2.").arg(user, PgRoles::groupName(*group))
                              : tr("%1 is no longer a member of %2.").arg(user, PgRoles::groupName(*group)));
    return CommandIo::Success;
}

int DbCommand::check(const QString &databasePath, bool full) const
{
    const std::unique_ptr<Database> database = CommandIo::openForReading(databasePath);
    if (!database)
        return CommandIo::Failure;
    if (database->isServer()) {
        CommandIo::printOut(tr("The database is on a PostgreSQL server, which keeps its files whole itself; "
                               "there is no SQLite file to check."));
        return CommandIo::Success;
    }
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
