// SPDX-License-Identifier: GPL-3.0-or-later
#include "importscommand.h"

#include "commandio.h"

#include "common/counttext.h"
#include "store/database.h"
#include "store/importhistory.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <memory>

namespace milepost {

const QString ImportsCommand::name = QStringLiteral("imports");

QString ImportsCommand::helpText()
{
    return tr("  imports [--json] [--db PATH]\n"
              "      List the dataset imports, newest first: id, when, by whom, dataset, source, rows\n"
              "      stored of rows read, and the file.\n"
              "  imports remove RUN_ID [--db PATH]\n"
              "      Remove one import with every row it added; for a re-import of a source, the rows\n"
              "      it changed or removed come back as they were. Only the latest import of a source\n"
              "      can be removed. The database is backed up first (milepost db backups).\n");
}

int ImportsCommand::run(const QStringList &positional, const QString &databasePath, bool json) const
{
    if (positional.size() == 1)
        return list(databasePath, json);
    if (positional.value(1) == QLatin1String("remove") && positional.size() == 3 && !json)
        return remove(databasePath, positional.at(2));
    CommandIo::printError(tr("milepost: imports takes nothing or remove RUN_ID; try “milepost --help”"));
    return CommandIo::UsageError;
}

int ImportsCommand::list(const QString &databasePath, bool json) const
{
    const std::unique_ptr<Database> database = CommandIo::openForReading(databasePath);
    if (!database)
        return CommandIo::Failure;
    QString error;
    const QList<ImportHistory::Run> runs = ImportHistory(*database).runs(&error);
    if (!error.isEmpty()) {
        CommandIo::printError(tr("milepost: %1").arg(error));
        return CommandIo::Failure;
    }
    if (json) {
        QJsonArray array;
        for (const ImportHistory::Run &run : runs) {
            array.append(QJsonObject{
                {QStringLiteral("id"), run.id},
                {QStringLiteral("dataset"), Dataset::key(run.dataset)},
                {QStringLiteral("source"), run.source},
                {QStringLiteral("file"), run.file},
                {QStringLiteral("profile"), run.profile},
                {QStringLiteral("importedAt"), run.importedAt.toString(Qt::ISODate)},
                {QStringLiteral("importedBy"), run.importedBy},
                {QStringLiteral("rowsRead"), run.rowsRead},
                {QStringLiteral("stored"), run.stored},
                {QStringLiteral("rejected"), run.rejected},
                {QStringLiteral("blank"), run.blank},
                {QStringLiteral("totals"), run.totals},
                {QStringLiteral("removable"), run.removable()},
            });
        }
        CommandIo::printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return CommandIo::Success;
    }
    if (runs.isEmpty()) {
        CommandIo::printOut(tr("No dataset imports in %1.").arg(QDir::toNativeSeparators(database->path())));
        return CommandIo::Success;
    }
    const QLocale locale;
    for (const ImportHistory::Run &run : runs) {
        CommandIo::printOut(tr("%1  %2  %3  %4 “%5”  %6 stored of %7 read%8\n    %9")
                                .arg(QString::number(run.id).rightJustified(4),
                                     locale.toString(run.importedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                                     run.importedBy.isEmpty() ? tr("(unknown)") : run.importedBy,
                                     Dataset::key(run.dataset), run.source, locale.toString(run.stored),
                                     locale.toString(run.rowsRead),
                                     !run.latestOfSource ? tr(" (refreshed by a later import)")
                                     : !run.reversible   ? tr(" (kept nothing it replaced: restore a backup to take it back)")
                                                         : QString(),
                                     QDir::toNativeSeparators(run.file)));
    }
    return CommandIo::Success;
}

int ImportsCommand::remove(const QString &databasePath, const QString &runIdText) const
{
    bool ok = false;
    const qint64 runId = runIdText.toLongLong(&ok);
    if (!ok || runId <= 0) {
        CommandIo::printError(tr("milepost: “%1” is not an import id; milepost imports lists them").arg(runIdText));
        return CommandIo::UsageError;
    }
    const std::unique_ptr<Database> database = CommandIo::openForReading(databasePath);
    if (!database)
        return CommandIo::Failure;
    ImportHistory history(*database);
    QString error;
    const std::optional<ImportHistory::Run> run = history.run(runId, &error);
    ImportHistory::Effect effect;
    if (!run || !history.remove(runId, &error, true, &effect)) {
        CommandIo::printError(tr("milepost: %1").arg(error));
        return CommandIo::Failure;
    }
    CommandIo::printOut(tr("Removed import %1 (%2 “%3” from %4): %5 it added removed, %6 it changed or removed "
                           "restored%7. The database as it was is in the backups (milepost db backups).")
                            .arg(QString::number(runId), Dataset::key(run->dataset), run->source,
                                 QDir::toNativeSeparators(run->file), CountText::rows(effect.removedRows),
                                 CountText::rows(effect.restoredRows),
                                 effect.lastOfSource ? tr("; the source is gone with its only import") : QString()));
    return CommandIo::Success;
}

} // namespace milepost
