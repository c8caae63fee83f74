// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancommand.h"

#include "commandio.h"

#include "plan/phasenames.h"
#include "planedit/objectivelookup.h"
#include "planedit/planeditfield.h"
#include "progress/progressstatus.h"
#include "store/database.h"
#include "store/planeditrepository.h"
#include "store/planrepository.h"

#include <memory>

namespace milepost {

namespace {

using Field = PlanEditField::Id;

const QString objectivesCommand = QStringLiteral("objectives");
const QString addCommand = QStringLiteral("add-milestone");
const QString editCommand = QStringLiteral("edit-milestone");
const QString removeCommand = QStringLiteral("remove-milestone");
const QString restoreCommand = QStringLiteral("restore-milestone");
const QString objectiveStatusCommand = QStringLiteral("set-objective-status");

QString shown(Field field, const QString &canonical)
{
    return canonical.isNull() ? PlanCommand::tr("(none)") : PlanEditField::displayValue(field, canonical);
}

// The milestone's title in the plan as it is now, else empty.
QString titleOf(const PlanRepository::StoredPlan &stored, qint64 id)
{
    for (int o = 0; o < stored.milestoneIds.size(); ++o) {
        const qsizetype m = stored.milestoneIds.at(o).indexOf(id);
        if (m >= 0)
            return stored.plan.objectives.at(o).milestones.at(m).title;
    }
    for (const PlanEditEntry &entry : stored.planEdits) {
        if (entry.milestoneId == id)
            return entry.milestoneTitle;
    }
    return {};
}

} // namespace

const QString PlanCommand::name = QStringLiteral("plan");

void PlanCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({m_idOption, m_objectiveOption, m_titleOption, m_startOption, m_endOption, m_quartersOption,
                       m_estimateOption});
}

QString PlanCommand::helpText()
{
    return tr("  plan objectives [--db PATH]\n"
              "      List the plan's objectives with their numbers, for --objective.\n"
              "  plan add-milestone --objective N|TITLE --title TEXT --start DATE --end DATE [--quarters Q]\n"
              "  plan edit-milestone --id ID [--title TEXT] [--start DATE] [--end DATE] [--quarters Q]\n"
              "  plan remove-milestone --id ID | plan restore-milestone --id ID\n"
              "  plan set-objective-status --objective N|TITLE [--status WORD|none] [--estimate DATE]\n"
              "      each with [--note TEXT] [--as-of DATE] [--by NAME] [--expect-version N] [--db PATH]\n"
              "      Edit the plan as of DATE (default today), as the window's Plan menu does: every edit is\n"
              "      kept in the history with its old values, and refused when someone edited the same\n"
              "      milestone or objective since (or since version N). Needs no display.\n");
}

bool PlanCommand::readCommon(const QCommandLineParser &parser, PlanEdit *edit) const
{
    edit->asOf = QDate::currentDate();
    if (!CommandIo::readDay(parser, QStringLiteral("as-of"), &edit->asOf))
        return false;
    edit->note = parser.value(QStringLiteral("note")).trimmed();
    edit->enteredBy = parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by"))
                                                         : qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (edit->enteredBy.trimmed().isEmpty()) {
        CommandIo::printError(tr("milepost: plan needs --by NAME: the login name is not known"));
        return false;
    }
    return true;
}

bool PlanCommand::readMilestoneId(const QCommandLineParser &parser, PlanEdit *edit) const
{
    bool ok = false;
    edit->milestoneId = parser.value(m_idOption).toLongLong(&ok);
    if (!parser.isSet(m_idOption) || !ok || edit->milestoneId <= 0) {
        CommandIo::printError(tr("milepost: plan %1 needs --id ID (the Id column of export --dataset milestones)")
                                  .arg(parser.positionalArguments().value(1)));
        return false;
    }
    return true;
}

int PlanCommand::run(const QCommandLineParser &parser, const QStringList &positional, const QString &databasePath) const
{
    const QString action = positional.value(1);
    const QStringList actions{objectivesCommand, addCommand, editCommand, removeCommand, restoreCommand, objectiveStatusCommand};
    if (positional.size() != 2 || !actions.contains(action)) {
        CommandIo::printError(tr("milepost: plan takes one of %1").arg(actions.join(QLatin1String(", "))));
        return CommandIo::UsageError;
    }
    if (action == objectivesCommand) {
        const std::unique_ptr<Database> database = CommandIo::openForReading(databasePath);
        return database ? listObjectives(*database) : CommandIo::Failure;
    }

    PlanEdit edit;
    if (!readCommon(parser, &edit))
        return CommandIo::UsageError;
    const std::pair<const QCommandLineOption *, Field> milestoneFields[] = {
        {&m_titleOption, Field::Title}, {&m_startOption, Field::PlannedStart}, {&m_endOption, Field::PlannedEnd},
        {&m_quartersOption, Field::Quarters}};
    QString what;
    if (action == addCommand || action == editCommand) {
        if (action == editCommand && !readMilestoneId(parser, &edit))
            return CommandIo::UsageError;
        edit.addsMilestone = action == addCommand;
        for (const auto &[option, field] : milestoneFields) {
            if (parser.isSet(*option))
                edit.set(field, parser.value(*option));
        }
        if (edit.addsMilestone && !parser.isSet(m_objectiveOption)) {
            CommandIo::printError(tr("milepost: plan add-milestone needs --objective N or TITLE (plan objectives lists them)"));
            return CommandIo::UsageError;
        }
        if (edit.values.isEmpty()) {
            CommandIo::printError(tr("milepost: plan %1 needs a value to change (--title, --start, --end, --quarters)").arg(action));
            return CommandIo::UsageError;
        }
    } else if (action == removeCommand || action == restoreCommand) {
        if (!readMilestoneId(parser, &edit))
            return CommandIo::UsageError;
        edit.set(Field::Removed, action == removeCommand ? QStringLiteral("yes") : QStringLiteral("no"));
    } else {
        if (!parser.isSet(m_objectiveOption)) {
            CommandIo::printError(tr("milepost: plan set-objective-status needs --objective N or TITLE (plan objectives lists them)"));
            return CommandIo::UsageError;
        }
        if (parser.isSet(QStringLiteral("status"))) {
            const QString status = parser.value(QStringLiteral("status"));
            edit.set(Field::ObjectiveStatus, status.trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ? QString() : status);
        }
        if (parser.isSet(m_estimateOption))
            edit.set(Field::EstimatedCompletion, parser.value(m_estimateOption));
        if (edit.values.isEmpty()) {
            CommandIo::printError(tr("milepost: plan set-objective-status needs --status WORD (or none) or --estimate DATE"));
            return CommandIo::UsageError;
        }
    }

    const std::unique_ptr<Database> database = CommandIo::openForReading(databasePath);
    if (!database)
        return CommandIo::Failure;
    QString error;
    const auto stored = PlanRepository(*database).loadLatest(&error);
    if (!stored) {
        CommandIo::printError(tr("milepost: %1").arg(error.isEmpty() ? tr("the database %1 holds no plan yet").arg(database->path()) : error));
        return CommandIo::Failure;
    }
    if (parser.isSet(m_objectiveOption) && (edit.addsMilestone || edit.isObjectiveEdit())) {
        const auto found = ObjectiveLookup::find(stored->plan, parser.value(m_objectiveOption), &error);
        if (!found) {
            CommandIo::printError(tr("milepost: %1").arg(error));
            return CommandIo::UsageError;
        }
        edit.objective = found->key;
        what = tr("objective %1 “%2”").arg(found->index + 1).arg(found->key.title);
    }
    if (edit.milestoneId != 0)
        what = tr("milestone %1 “%2”").arg(edit.milestoneId).arg(titleOf(*stored, edit.milestoneId));
    return record(parser, *database, edit, what);
}

int PlanCommand::record(const QCommandLineParser &parser, Database &database, PlanEdit edit, const QString &what) const
{
    PlanEditRepository repository(database);
    QString error;
    if (!edit.addsMilestone) {
        const auto version = edit.milestoneId != 0 ? repository.milestoneVersion(edit.milestoneId, &error)
                                                   : repository.objectiveVersion(edit.objective, &error);
        if (!version) {
            CommandIo::printError(tr("milepost: %1").arg(error));
            return CommandIo::Failure;
        }
        edit.expectedVersion = *version;
        if (parser.isSet(QStringLiteral("expect-version"))) {
            bool ok = false;
            edit.expectedVersion = parser.value(QStringLiteral("expect-version")).toInt(&ok);
            if (!ok || edit.expectedVersion < 0) {
                CommandIo::printError(tr("milepost: --expect-version %1 is not a version number")
                                          .arg(parser.value(QStringLiteral("expect-version"))));
                return CommandIo::UsageError;
            }
        }
    }

    const PlanEditRepository::Result result = repository.record(edit);
    using Outcome = PlanEditRepository::Result::Outcome;
    switch (result.outcome) {
    case Outcome::Recorded:
        break;
    case Outcome::Unchanged:
        CommandIo::printOut(tr("%1: nothing to record, the plan already says so (version %2)")
                                .arg(what.left(1).toUpper() + what.mid(1))
                                .arg(result.version));
        return CommandIo::Success;
    case Outcome::Invalid:
        for (const QString &reason : result.errors)
            CommandIo::printError(tr("milepost: %1").arg(reason));
        CommandIo::printError(tr("milepost: nothing was recorded"));
        return CommandIo::UsageError;
    case Outcome::Unknown:
    case Outcome::Stale:
    case Outcome::Failed:
        CommandIo::printError(tr("milepost: %1").arg(result.error()));
        return CommandIo::Failure;
    }

    if (edit.addsMilestone)
        CommandIo::printOut(tr("Added milestone %1 “%2” to %3 as of %4 (version %5)")
                                .arg(QString::number(result.milestoneId), edit.values.value(Field::Title).simplified(), what,
                                     edit.asOf.toString(Qt::ISODate), QString::number(result.version)));
    else
        CommandIo::printOut(tr("Recorded a plan edit of %1 as of %2 (version %3)")
                                .arg(what, edit.asOf.toString(Qt::ISODate), QString::number(result.version)));
    for (const PlanEditEntry::Change &change : result.changes)
        CommandIo::printOut(tr("  %1: %2 → %3", "field, old value, new value")
                                .arg(PlanEditField::label(change.field), shown(change.field, change.oldValue),
                                     shown(change.field, change.newValue)));
    if (!edit.note.isEmpty())
        CommandIo::printOut(tr("  Note: %1").arg(edit.note));
    return CommandIo::Success;
}

int PlanCommand::listObjectives(Database &database) const
{
    QString error;
    const auto stored = PlanRepository(database).loadLatest(&error);
    if (!stored) {
        CommandIo::printError(tr("milepost: %1").arg(error.isEmpty() ? tr("the database %1 holds no plan yet").arg(database.path()) : error));
        return CommandIo::Failure;
    }
    for (int o = 0; o < stored->plan.objectives.size(); ++o) {
        const Objective &objective = stored->plan.objectives.at(o);
        QString line = tr("%1  %2  %3", "number, phase, title")
                           .arg(QString::number(o + 1), PhaseNames::display(objective.phase), objective.title);
        if (!objective.subtitle.isEmpty())
            line += QLatin1Char(' ') + objective.subtitle;
        line += objective.milestones.size() == 1 ? tr(" (1 milestone)") : tr(" (%1 milestones)").arg(objective.milestones.size());
        if (const auto status = ProgressStatus::parse(objective.recordedStatus))
            line += tr(", recorded %1").arg(ProgressStatus::label(*status));
        CommandIo::printOut(line);
    }
    return CommandIo::Success;
}

} // namespace milepost
