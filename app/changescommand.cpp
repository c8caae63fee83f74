// SPDX-License-Identifier: GPL-3.0-or-later
#include "changescommand.h"

#include "commandio.h"

#include "changes/planchanges.h"
#include "progress/recordedprogress.h"
#include "store/database.h"
#include "store/planrepository.h"
#include "store/progressrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace milepost {

namespace {

QJsonValue jsonText(const QString &text)
{
    return text.isNull() ? QJsonValue() : QJsonValue(text);
}

QJsonObject itemJson(const ChangeItem &item)
{
    QJsonArray fields;
    for (const ChangeItem::Field &field : item.fields)
        fields.append(QJsonObject{{QStringLiteral("field"), field.key},
                                  {QStringLiteral("old"), jsonText(field.oldValue)},
                                  {QStringLiteral("new"), jsonText(field.newValue)}});
    QJsonArray notes;
    for (const ChangeItem::Note &note : item.notes)
        notes.append(QJsonObject{{QStringLiteral("asOf"), note.asOf.toString(Qt::ISODate)},
                                 {QStringLiteral("by"), note.by},
                                 {QStringLiteral("text"), note.text}});
    return QJsonObject{
        {QStringLiteral("kind"), PlanChanges::kindKey(item.kind)},
        {QStringLiteral("milestone"), item.milestoneId != 0 ? QJsonValue(item.milestoneId) : QJsonValue()},
        {QStringLiteral("milestoneTitle"), item.milestoneId != 0 ? QJsonValue(item.milestoneTitle) : QJsonValue()},
        {QStringLiteral("objective"), item.objectiveTitle},
        {QStringLiteral("asOf"), item.latestAsOf.isValid() ? QJsonValue(item.latestAsOf.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("days"), item.days ? QJsonValue(*item.days) : QJsonValue()},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("text"), QJsonArray::fromStringList(PlanChanges::describe(item))},
    };
}

} // namespace

const QString ChangesCommand::name = QStringLiteral("changes");

QString ChangesCommand::helpText()
{
    return tr("  changes --since DATE [--until DATE] [--json] [--db PATH]\n"
              "      What changed after --since up to --until (default: today), grouped for a board:\n"
              "      new and removed milestones, completions, dates moved with the days they slipped,\n"
              "      status changes, objectives, renames, percent complete and other recorded values,\n"
              "      with the notes given. From both the plan edits and the progress updates. Needs no\n"
              "      display.\n");
}

int ChangesCommand::run(const QCommandLineParser &parser, const QStringList &positional, const QString &databasePath,
                        bool asJson) const
{
    if (positional.size() != 1) {
        CommandIo::printError(tr("milepost: changes takes no FILE"));
        return CommandIo::UsageError;
    }
    QDate since;
    QDate until = QDate::currentDate();
    if (!CommandIo::readDay(parser, QStringLiteral("since"), &since) || !CommandIo::readDay(parser, QStringLiteral("until"), &until))
        return CommandIo::UsageError;
    if (!since.isValid()) {
        CommandIo::printError(tr("milepost: changes needs --since DATE, e.g. the day of the last board report"));
        return CommandIo::UsageError;
    }
    if (until < since) {
        CommandIo::printError(tr("milepost: --until %1 is before --since %2")
                                  .arg(until.toString(Qt::ISODate), since.toString(Qt::ISODate)));
        return CommandIo::UsageError;
    }

    const std::unique_ptr<Database> database = CommandIo::openForReading(databasePath);
    if (!database)
        return CommandIo::Failure;
    QString error;
    const auto stored = PlanRepository(*database).loadLatest(&error);
    if (!stored && !error.isEmpty()) {
        CommandIo::printError(tr("milepost: %1").arg(error));
        return CommandIo::Failure;
    }
    const auto journal = ProgressRepository(*database).entries({QDate(), until, 0}, &error);
    if (!journal) {
        CommandIo::printError(tr("milepost: %1").arg(error));
        return CommandIo::Failure;
    }
    const PlanChanges changes = PlanChanges::between(stored ? stored->history() : PlanHistory{},
                                                     RecordedProgress({}, *journal), since, until);

    if (asJson) {
        QJsonObject counts;
        for (int k = 0; k < ChangeItem::kindCount; ++k)
            counts.insert(PlanChanges::kindKey(ChangeItem::Kind(k)), changes.count(ChangeItem::Kind(k)));
        QJsonArray items;
        for (const ChangeItem &item : changes.items())
            items.append(itemJson(item));
        const QJsonObject root{
            {QStringLiteral("since"), since.toString(Qt::ISODate)},
            {QStringLiteral("until"), until.toString(Qt::ISODate)},
            {QStringLiteral("summary"), changes.summary()},
            {QStringLiteral("progressUpdates"), changes.progressUpdates()},
            {QStringLiteral("planEdits"), changes.planEdits()},
            {QStringLiteral("slipped"), changes.slippedCount()},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("items"), items},
        };
        CommandIo::printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
        return CommandIo::Success;
    }

    CommandIo::printOut(tr("Changes after %1 up to %2").arg(since.toString(Qt::ISODate), until.toString(Qt::ISODate)));
    CommandIo::printOut(changes.summary());
    std::optional<ChangeItem::Kind> group;
    for (const ChangeItem &item : changes.items()) {
        if (item.kind != group) {
            group = item.kind;
            CommandIo::printOut(QString());
            CommandIo::printOut(tr("%1 (%2)", "group, count").arg(PlanChanges::kindLabel(item.kind)).arg(changes.count(item.kind)));
        }
        const QString day = item.latestAsOf.isValid() ? item.latestAsOf.toString(Qt::ISODate) : QStringLiteral("          ");
        if (item.milestoneId != 0)
            CommandIo::printOut(tr("  %1  milestone %2 “%3” (%4)", "as-of date, id, title, objective")
                                    .arg(day, QString::number(item.milestoneId), item.milestoneTitle, item.objectiveTitle));
        else
            CommandIo::printOut(tr("  %1  objective “%2”", "as-of date, title").arg(day, item.objectiveTitle));
        for (const QString &line : PlanChanges::describe(item))
            CommandIo::printOut(QStringLiteral("      ") + line);
        for (const ChangeItem::Note &note : item.notes)
            CommandIo::printOut(tr("      Note: %1 (%2, %3)", "text, who, as-of date")
                                    .arg(note.text, note.by, note.asOf.toString(Qt::ISODate)));
    }
    return CommandIo::Success;
}

} // namespace milepost
