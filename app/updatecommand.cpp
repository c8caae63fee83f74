// SPDX-License-Identifier: GPL-3.0-or-later
#include "updatecommand.h"

#include "commandio.h"

#include "progress/progressfield.h"
#include "store/database.h"
#include "store/progressrepository.h"
#include "time/plandate.h"

#include <memory>

namespace milepost {

namespace {

QString shown(ProgressField::Id field, const QString &canonical)
{
    return canonical.isNull() ? UpdateCommand::tr("(none)") : ProgressField::displayValue(field, canonical);
}

} // namespace

const QString UpdateCommand::name = QStringLiteral("update");

void UpdateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({m_milestoneOption, m_statusOption, m_percentOption, m_actualStartOption, m_actualEndOption,
                       m_ownerOption, m_officeOption, m_noteOption, m_byOption, m_expectVersionOption});
}

QString UpdateCommand::helpText()
{
    return tr("  update --milestone ID [--status WORD] [--percent N] [--actual-start DATE] [--actual-end DATE]\n"
              "         [--owner NAME] [--office NAME] [--note TEXT] [--as-of DATE] [--by NAME]\n"
              "         [--expect-version N] [--db PATH]\n"
              "      Record progress on a milestone as of DATE (the reporting date, default today). Every\n"
              "      change is kept in the history with its old value; an empty value clears a field.\n"
              "      Statuses: not_started, on_track, at_risk, off_track, done, deferred, cancelled. The\n"
              "      Id column of export --dataset milestones gives each milestone's ID. Needs no display.\n");
}

int UpdateCommand::run(const QCommandLineParser &parser, const QStringList &positional, const QString &databasePath) const
{
    if (positional.size() != 1) {
        CommandIo::printError(tr("milepost: update takes no FILE"));
        return CommandIo::UsageError;
    }
    bool ok = false;
    const qint64 milestoneId = parser.value(m_milestoneOption).toLongLong(&ok);
    if (!parser.isSet(m_milestoneOption) || !ok || milestoneId <= 0) {
        CommandIo::printError(tr("milepost: update needs --milestone ID (the Id column of export --dataset milestones)"));
        return CommandIo::UsageError;
    }

    ProgressUpdate update;
    update.milestoneId = milestoneId;
    update.asOf = QDate::currentDate();
    if (!CommandIo::readDay(parser, QStringLiteral("as-of"), &update.asOf))
        return CommandIo::UsageError;
    update.note = parser.value(m_noteOption);
    for (const auto &[option, field] : {std::pair{&m_statusOption, ProgressField::Id::Status},
                                        std::pair{&m_percentOption, ProgressField::Id::Percent},
                                        std::pair{&m_actualStartOption, ProgressField::Id::ActualStart},
                                        std::pair{&m_actualEndOption, ProgressField::Id::ActualEnd},
                                        std::pair{&m_ownerOption, ProgressField::Id::Owner},
                                        std::pair{&m_officeOption, ProgressField::Id::Office}}) {
        if (parser.isSet(*option))
            update.set(field, parser.value(*option));
    }
    if (update.values.isEmpty() && update.note.trimmed().isEmpty()) {
        CommandIo::printError(tr("milepost: update needs a value to record (--status, --percent, --actual-start, "
                                 "--actual-end, --owner, --office) or a --note"));
        return CommandIo::UsageError;
    }
    update.enteredBy = parser.isSet(m_byOption) ? parser.value(m_byOption)
                                                : qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (update.enteredBy.trimmed().isEmpty()) {
        CommandIo::printError(tr("milepost: update needs --by NAME: the login name is not known"));
        return CommandIo::UsageError;
    }

    const std::unique_ptr<Database> database = CommandIo::openForReading(databasePath);
    if (!database)
        return CommandIo::Failure;
    ProgressRepository repository(*database);
    QString error;
    const auto milestone = repository.milestone(milestoneId, &error);
    const auto current = milestone ? repository.current(milestoneId, &error) : std::nullopt;
    if (!current) {
        CommandIo::printError(tr("milepost: %1").arg(error));
        return CommandIo::Failure;
    }
    update.expectedVersion = current->version;
    if (parser.isSet(m_expectVersionOption)) {
        update.expectedVersion = parser.value(m_expectVersionOption).toInt(&ok);
        if (!ok || update.expectedVersion < 0) {
            CommandIo::printError(tr("milepost: --expect-version %1 is not a version number").arg(parser.value(m_expectVersionOption)));
            return CommandIo::UsageError;
        }
    }

    const ProgressRepository::RecordResult result = repository.record(update);
    using Outcome = ProgressRepository::RecordResult::Outcome;
    switch (result.outcome) {
    case Outcome::Recorded:
        break;
    case Outcome::Unchanged:
        CommandIo::printOut(tr("Milestone %1 “%2”: nothing to record, the values are already so (version %3)")
                                .arg(QString::number(milestoneId), milestone->title, QString::number(result.version)));
        return CommandIo::Success;
    case Outcome::Invalid:
        for (const QString &reason : result.errors)
            CommandIo::printError(tr("milepost: %1").arg(reason));
        CommandIo::printError(tr("milepost: nothing was recorded"));
        return CommandIo::UsageError;
    case Outcome::UnknownMilestone:
    case Outcome::Stale:
    case Outcome::Failed:
        CommandIo::printError(tr("milepost: %1").arg(result.error()));
        return CommandIo::Failure;
    }

    CommandIo::printOut(tr("Recorded an update of milestone %1 “%2” as of %3 (version %4)")
                            .arg(QString::number(milestoneId), milestone->title, update.asOf.toString(Qt::ISODate),
                                 QString::number(result.version)));
    for (const ProgressEntry::Change &change : result.changes)
        CommandIo::printOut(tr("  %1: %2 → %3", "field, old value, new value")
                                .arg(ProgressField::label(change.field), shown(change.field, change.oldValue),
                                     shown(change.field, change.newValue)));
    if (!update.note.trimmed().isEmpty())
        CommandIo::printOut(tr("  Note: %1").arg(update.note.trimmed()));
    return CommandIo::Success;
}

} // namespace milepost
