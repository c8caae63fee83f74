// SPDX-License-Identifier: GPL-3.0-or-later
#include "historycommand.h"

#include "commandio.h"

#include "progress/progressfield.h"
#include "store/database.h"
#include "store/planeditrepository.h"
#include "store/progressrepository.h"
#include "time/plandate.h"

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

QString shown(ProgressField::Id field, const QString &canonical)
{
    return canonical.isNull() ? HistoryCommand::tr("(none)") : ProgressField::displayValue(field, canonical);
}

QString shownPlanValue(PlanEditField::Id field, const QString &canonical)
{
    return canonical.isNull() ? HistoryCommand::tr("(none)") : PlanEditField::displayValue(field, canonical);
}

QJsonArray planEditsJson(const QList<PlanEditEntry> &edits)
{
    QJsonArray list;
    for (const PlanEditEntry &entry : edits) {
        QJsonArray changes;
        for (const PlanEditEntry::Change &change : entry.changes)
            changes.append(QJsonObject{{QStringLiteral("field"), PlanEditField::key(change.field)},
                                       {QStringLiteral("old"), jsonText(change.oldValue)},
                                       {QStringLiteral("new"), jsonText(change.newValue)}});
        list.append(QJsonObject{{QStringLiteral("id"), entry.id},
                                {QStringLiteral("milestone"), entry.milestoneId != 0 ? QJsonValue(entry.milestoneId) : QJsonValue()},
                                {QStringLiteral("milestoneTitle"), jsonText(entry.milestoneTitle)},
                                {QStringLiteral("objective"), entry.objective.title},
                                {QStringLiteral("asOf"), entry.asOf.toString(Qt::ISODate)},
                                {QStringLiteral("enteredBy"), entry.enteredBy},
                                {QStringLiteral("enteredAt"), entry.enteredAt.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("note"), entry.note},
                                {QStringLiteral("version"), entry.version},
                                {QStringLiteral("changes"), changes}});
    }
    return list;
}

void printPlanEdits(const QList<PlanEditEntry> &edits)
{
    CommandIo::printOut(HistoryCommand::tr("Plan edits:"));
    for (const PlanEditEntry &entry : edits) {
        const QString what = entry.milestoneId != 0
            ? HistoryCommand::tr("milestone %1 “%2”").arg(QString::number(entry.milestoneId), entry.milestoneTitle)
            : HistoryCommand::tr("objective “%1”").arg(entry.objective.title);
        CommandIo::printOut(HistoryCommand::tr("%1  %2, plan edit by %3 (entered %4), version %5",
                                               "as-of date, what, who, when, version")
                                .arg(entry.asOf.toString(Qt::ISODate), what, entry.enteredBy,
                                     entry.enteredAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                                     QString::number(entry.version)));
        for (const PlanEditEntry::Change &change : entry.changes)
            CommandIo::printOut(HistoryCommand::tr("    %1: %2 → %3", "field, old value, new value")
                                    .arg(PlanEditField::label(change.field), shownPlanValue(change.field, change.oldValue),
                                         shownPlanValue(change.field, change.newValue)));
        if (!entry.note.isEmpty())
            CommandIo::printOut(HistoryCommand::tr("    Note: %1").arg(entry.note));
    }
}

} // namespace

const QString HistoryCommand::name = QStringLiteral("history");

void HistoryCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({m_sinceOption, m_untilOption});
}

QString HistoryCommand::helpText()
{
    return tr("  history [--since DATE] [--until DATE] [--milestone ID] [--json] [--db PATH]\n"
              "      List the recorded progress updates, newest first, each with its old and new values:\n"
              "      those as of a day after --since and up to --until (the changes between the two\n"
              "      dates), of one milestone with --milestone. Needs no display.\n")
        + tr("      Then the plan edits (milestones added, edited or removed, objectives' recorded\n"
             "      status and estimate), chosen the same way.\n");
}

int HistoryCommand::run(const QCommandLineParser &parser, const QStringList &positional, const QString &databasePath,
                        bool asJson) const
{
    if (positional.size() != 1) {
        CommandIo::printError(tr("milepost: history takes no FILE"));
        return CommandIo::UsageError;
    }
    ProgressRepository::Filter filter;
    if (!CommandIo::readDay(parser, m_sinceOption.names().constFirst(), &filter.since)
        || !CommandIo::readDay(parser, m_untilOption.names().constFirst(), &filter.until))
        return CommandIo::UsageError;
    if (filter.since.isValid() && filter.until.isValid() && filter.until < filter.since) {
        CommandIo::printError(tr("milepost: --until %1 is before --since %2")
                                  .arg(filter.until.toString(Qt::ISODate), filter.since.toString(Qt::ISODate)));
        return CommandIo::UsageError;
    }
    if (parser.isSet(QStringLiteral("milestone"))) {
        bool ok = false;
        filter.milestoneId = parser.value(QStringLiteral("milestone")).toLongLong(&ok);
        if (!ok || filter.milestoneId <= 0) {
            CommandIo::printError(tr("milepost: --milestone %1 is not a milestone id").arg(parser.value(QStringLiteral("milestone"))));
            return CommandIo::UsageError;
        }
    }

    const std::unique_ptr<Database> database = CommandIo::openForReading(databasePath);
    if (!database)
        return CommandIo::Failure;
    const ProgressRepository repository(*database);
    QString error;
    if (filter.milestoneId != 0 && !repository.milestone(filter.milestoneId, &error)) {
        CommandIo::printError(tr("milepost: %1").arg(error));
        return CommandIo::Failure;
    }
    const auto entries = repository.entries(filter, &error);
    const auto planEdits = PlanEditRepository(*database).entries({filter.since, filter.until, filter.milestoneId}, &error);
    if (!entries || !planEdits) {
        CommandIo::printError(tr("milepost: %1").arg(error));
        return CommandIo::Failure;
    }

    if (asJson) {
        QJsonArray list;
        for (const ProgressEntry &entry : *entries) {
            QJsonArray changes;
            for (const ProgressEntry::Change &change : entry.changes)
                changes.append(QJsonObject{{QStringLiteral("field"), ProgressField::key(change.field)},
                                           {QStringLiteral("old"), jsonText(change.oldValue)},
                                           {QStringLiteral("new"), jsonText(change.newValue)}});
            list.append(QJsonObject{{QStringLiteral("id"), entry.id},
                                    {QStringLiteral("milestone"), entry.milestoneId},
                                    {QStringLiteral("milestoneTitle"), entry.milestoneTitle},
                                    {QStringLiteral("objective"), entry.objectiveTitle},
                                    {QStringLiteral("asOf"), entry.asOf.toString(Qt::ISODate)},
                                    {QStringLiteral("enteredBy"), entry.enteredBy},
                                    {QStringLiteral("enteredAt"), entry.enteredAt.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("note"), entry.note},
                                    {QStringLiteral("version"), entry.version},
                                    {QStringLiteral("changes"), changes}});
        }
        const QJsonObject root{
            {QStringLiteral("since"), filter.since.isValid() ? QJsonValue(filter.since.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("until"), filter.until.isValid() ? QJsonValue(filter.until.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("milestone"), filter.milestoneId != 0 ? QJsonValue(filter.milestoneId) : QJsonValue()},
            {QStringLiteral("entries"), list},
            {QStringLiteral("planEdits"), planEditsJson(*planEdits)},
        };
        CommandIo::printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
        return CommandIo::Success;
    }

    if (entries->isEmpty()) {
        CommandIo::printOut(tr("No updates recorded%1")
                                .arg(filter.since.isValid() || filter.until.isValid() ? tr(" between those dates") : QString()));
    }
    for (const ProgressEntry &entry : *entries) {
        CommandIo::printOut(tr("%1  milestone %2 “%3”, by %4 (entered %5), version %6",
                               "as-of date, id, title, who, when, version")
                                .arg(entry.asOf.toString(Qt::ISODate), QString::number(entry.milestoneId),
                                     entry.milestoneTitle, entry.enteredBy,
                                     entry.enteredAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                                     QString::number(entry.version)));
        for (const ProgressEntry::Change &change : entry.changes)
            CommandIo::printOut(tr("    %1: %2 → %3", "field, old value, new value")
                                    .arg(ProgressField::label(change.field), shown(change.field, change.oldValue),
                                         shown(change.field, change.newValue)));
        if (!entry.note.isEmpty())
            CommandIo::printOut(tr("    Note: %1").arg(entry.note));
    }
    if (!planEdits->isEmpty())
        printPlanEdits(*planEdits);
    return CommandIo::Success;
}

} // namespace milepost
