// SPDX-License-Identifier: GPL-3.0-or-later
#include "importplancommand.h"

#include "commandio.h"
#include "common/counttext.h"
#include "interruption.h"
#include "plan/planplausibility.h"
#include "plan/planreader.h"
#include "planedit/planmerge.h"
#include "planedit/planmergetext.h"
#include "store/database.h"
#include "store/importrunlog.h"
#include "store/planrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace milepost {

namespace {

QJsonArray milestoneArray(const QList<PlanMerge::Milestone> &milestones)
{
    QJsonArray array;
    for (const PlanMerge::Milestone &milestone : milestones) {
        QJsonObject object{{QStringLiteral("objective"), milestone.objectiveTitle}};
        if (milestone.id != 0)
            object.insert(QStringLiteral("id"), milestone.id);
        if (!milestone.oldTitle.isNull())
            object.insert(QStringLiteral("oldTitle"), milestone.oldTitle);
        if (!milestone.newTitle.isNull())
            object.insert(QStringLiteral("title"), milestone.newTitle);
        QJsonArray changes;
        for (const PlanEditEntry::Change &change : milestone.editionChanges) {
            changes.append(QJsonObject{{QStringLiteral("field"), PlanEditField::key(change.field)},
                                       {QStringLiteral("old"), change.oldValue},
                                       {QStringLiteral("new"), change.newValue}});
        }
        if (!changes.isEmpty())
            object.insert(QStringLiteral("changes"), changes);
        QJsonArray clashes;
        for (const PlanMerge::Clash &clash : milestone.clashes) {
            clashes.append(QJsonObject{{QStringLiteral("field"), PlanEditField::key(clash.field)},
                                       {QStringLiteral("kept"), clash.personValue},
                                       {QStringLiteral("editionOld"), clash.editionOld},
                                       {QStringLiteral("editionNew"), clash.editionNew}});
        }
        if (!clashes.isEmpty())
            object.insert(QStringLiteral("personEditsKept"), clashes);
        array.append(object);
    }
    return array;
}

QJsonObject mergeObject(const PlanMerge &merge)
{
    QJsonArray candidates;
    for (const PlanMerge::Candidate &candidate : merge.candidates) {
        candidates.append(QJsonObject{{QStringLiteral("kind"), candidate.isObjective() ? QStringLiteral("objective")
                                                                                       : QStringLiteral("milestone")},
                                      {QStringLiteral("objective"), candidate.objectiveTitle},
                                      {QStringLiteral("oldTitle"), candidate.oldTitle},
                                      {QStringLiteral("newTitle"), candidate.newTitle},
                                      {QStringLiteral("similarity"), candidate.similarity}});
    }
    auto objectives = [](const QList<PlanMerge::ObjectiveChange> &changes) {
        QJsonArray array;
        for (const PlanMerge::ObjectiveChange &change : changes) {
            array.append(QJsonObject{{QStringLiteral("oldTitle"), change.oldTitle},
                                     {QStringLiteral("title"), change.newTitle},
                                     {QStringLiteral("oldStatus"), change.oldStatus},
                                     {QStringLiteral("status"), change.newStatus}});
        }
        return array;
    };
    return QJsonObject{
        {QStringLiteral("unchanged"), qint64(merge.unchanged.size())},
        {QStringLiteral("changed"), milestoneArray(merge.changed)},
        {QStringLiteral("new"), milestoneArray(merge.added)},
        {QStringLiteral("back"), milestoneArray(merge.returned)},
        {QStringLiteral("removed"), milestoneArray(merge.removed)},
        {QStringLiteral("renameCandidates"), candidates},
        {QStringLiteral("objectivesNew"), objectives(merge.objectivesAdded)},
        {QStringLiteral("objectivesRemoved"), objectives(merge.objectivesRemoved)},
        {QStringLiteral("objectivesRenamed"), objectives(merge.objectivesRenamed)},
        {QStringLiteral("statusChanged"), objectives(merge.statusChanged)},
        {QStringLiteral("editionCount"), qint64(merge.editionCount())},
        {QStringLiteral("storedCount"), qint64(merge.storedCount())},
        {QStringLiteral("personEditsKept"), qint64(merge.clashCount())},
    };
}

} // namespace

const QString ImportPlanCommand::name = QStringLiteral("import-plan");

void ImportPlanCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(m_dryRunOption);
    parser.addOption(m_matchOption);
}

QString ImportPlanCommand::helpText()
{
    return tr("      A new edition of a stored plan (the same file name) is merged: milestones keep their\n"
              "      progress and edits, new ones are added, dropped ones are kept as removed and changed\n"
              "      dates are recorded as plan edits; the report lists each. A renamed milestone is\n"
              "      offered, not matched: confirm it with --match \"OLD TITLE=NEW TITLE\" (repeatable).\n"
              "      --dry-run shows the report and stores nothing.\n");
}

int ImportPlanCommand::run(const QCommandLineParser &parser, const QString &file, const QString &databasePath, bool json,
                           bool force) const
{
    QList<PlanMerge::Rename> renames;
    for (const QString &value : parser.values(m_matchOption)) {
        const qsizetype at = value.indexOf(u'=');
        if (at <= 0 || at == value.size() - 1) {
            CommandIo::printError(tr("milepost: --match takes OLD TITLE=NEW TITLE, not “%1”").arg(value));
            return CommandIo::UsageError;
        }
        renames.append({value.left(at).trimmed(), value.mid(at + 1).trimmed()});
    }
    const bool dryRun = parser.isSet(m_dryRunOption);

    // Read before opening the database, so that a file that cannot be read leaves no trace.
    const PlanImportResult result = PlanReader::readFile(file);
    if (!result.ok) {
        CommandIo::printError(tr("milepost: %1").arg(result.error));
        return CommandIo::Failure;
    }
    QString error;
    // A dry run creates no database where there is none.
    const std::unique_ptr<Database> database =
        dryRun ? CommandIo::openForReading(databasePath) : Database::open(databasePath, &error);
    if (!database) {
        if (!dryRun)
            CommandIo::printError(tr("milepost: cannot open database %1: %2").arg(databasePath, error));
        return CommandIo::Failure;
    }
    PlanRepository repository(*database);
    PlanMerge preview;
    bool merging = false;
    if (!repository.previewMerge(result.plan, renames, &preview, &merging, &error)) {
        CommandIo::printError(tr("milepost: %1").arg(error));
        return CommandIo::Failure;
    }
    if (!preview.unusedRenames.isEmpty() || (!merging && !renames.isEmpty())) {
        const PlanMerge::Rename unused = merging ? preview.unusedRenames.first() : renames.first();
        CommandIo::printError(tr("milepost: --match “%1=%2” names no removed milestone (or objective) and new one of "
                                 "those titles; nothing was stored")
                                  .arg(unused.oldTitle, unused.newTitle));
        return CommandIo::UsageError;
    }
    if (dryRun) {
        if (json) {
            CommandIo::printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("file"), file},
                                                                            {QStringLiteral("dryRun"), true},
                                                                            {QStringLiteral("merge"), mergeObject(preview)}})
                                                      .toJson(QJsonDocument::Indented))
                                    .trimmed());
        } else if (!merging) {
            CommandIo::printOut(tr("%1 holds no plan from %2: it would be imported as a new plan, %3. "
                                   "Dry run: nothing was stored.")
                                    .arg(databasePath, file, CountText::milestones(result.plan.milestoneCount())));
        } else {
            printMerge(preview, true);
        }
        return CommandIo::Success;
    }
    if (const QString concern = PlanPlausibility::concern(result);
        !force && !concern.isEmpty() && repository.planCount() > 0) {
        CommandIo::printError(tr("milepost: %1 was not stored, the plan in %2 was kept: %3. "
                                 "Use --force to replace it anyway.")
                                  .arg(file, databasePath, concern));
        return CommandIo::Failure;
    }
    Interruption::Scope interruptible;
    PlanMerge applied;
    const bool stored = repository.mergePlan(result.plan, result.findings, renames, ImportRunLog::currentUser(), &error,
                                             &Interruption::requested, nullptr, &applied);
    if (!stored && Interruption::requested()) {
        CommandIo::printError(Interruption::message());
        return Interruption::exitCode();
    }
    if (!stored) {
        CommandIo::printError(tr("milepost: cannot store the plan in %1: %2").arg(databasePath, error));
        return CommandIo::Failure;
    }

    const qsizetype objectives = result.plan.objectives.size();
    const qsizetype milestones = result.plan.milestoneCount();
    if (json) {
        QJsonArray findings;
        for (const Finding &finding : result.findings) {
            findings.append(QJsonObject{
                {QStringLiteral("line"), finding.line},
                {QStringLiteral("column"), finding.column},
                {QStringLiteral("kind"), Finding::kindKey(finding.kind)},
                {QStringLiteral("message"), finding.message},
            });
        }
        QJsonObject root{
            {QStringLiteral("file"), file},
            {QStringLiteral("database"), databasePath},
            {QStringLiteral("objectives"), qint64(objectives)},
            {QStringLiteral("milestones"), qint64(milestones)},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("findingCount"), qint64(result.findings.size())},
        };
        if (merging)
            root.insert(QStringLiteral("merge"), mergeObject(applied));
        CommandIo::printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
        return CommandIo::Success;
    }

    CommandIo::printOut(tr("Imported %1, %2 from %3; %4")
                            .arg(CountText::objectives(objectives), CountText::milestones(milestones), file,
                                 CountText::findings(result.findings.size())));
    for (const Finding &finding : result.findings)
        CommandIo::printOut(tr("line %1: %2: %3").arg(QString::number(finding.line), Finding::kindName(finding.kind), finding.message));
    if (merging)
        printMerge(applied, false);
    return CommandIo::Success;
}

void ImportPlanCommand::printMerge(const PlanMerge &merge, bool dryRun)
{
    CommandIo::printOut(dryRun ? tr("A new edition of the stored plan; merging it would change:")
                               : tr("Merged as a new edition of the stored plan; every recorded update is kept:"));
    CommandIo::printOut(PlanMergeText::editionSum(merge));
    CommandIo::printOut(PlanMergeText::storedSum(merge));
    if (!merge.added.isEmpty()) {
        CommandIo::printOut(tr("New (%1):").arg(merge.added.size()));
        for (const PlanMerge::Milestone &milestone : merge.added)
            CommandIo::printOut(tr("  + %1").arg(PlanMergeText::milestoneName(milestone)));
    }
    if (!merge.removed.isEmpty()) {
        CommandIo::printOut(tr("Removed, kept with their history (%1):").arg(merge.removed.size()));
        for (const PlanMerge::Milestone &milestone : merge.removed)
            CommandIo::printOut(tr("  - %1").arg(PlanMergeText::milestoneName(milestone)));
    }
    if (!merge.returned.isEmpty()) {
        CommandIo::printOut(tr("Back in the plan (%1):").arg(merge.returned.size()));
        for (const PlanMerge::Milestone &milestone : merge.returned)
            CommandIo::printOut(tr("  + %1").arg(PlanMergeText::milestoneName(milestone)));
    }
    if (!merge.changed.isEmpty()) {
        CommandIo::printOut(tr("Changed (%1), recorded as plan edits:").arg(merge.changed.size()));
        for (const PlanMerge::Milestone &milestone : merge.changed)
            CommandIo::printOut(tr("  * %1: %2").arg(PlanMergeText::milestoneName(milestone), PlanMergeText::editionChanges(milestone)));
    }
    const QList<PlanMerge::Clash> clashes = merge.allClashes();
    if (!clashes.isEmpty()) {
        CommandIo::printOut(tr("Kept a person's edit over the new edition (%1):").arg(clashes.size()));
        for (const QList<PlanMerge::Milestone> *list : {&merge.changed, &merge.unchanged, &merge.returned, &merge.removed}) {
            for (const PlanMerge::Milestone &milestone : *list) {
                for (const PlanMerge::Clash &clash : milestone.clashes)
                    CommandIo::printOut(tr("  ! %1: %2").arg(PlanMergeText::milestoneName(milestone), PlanMergeText::clash(clash)));
            }
        }
    }
    if (!merge.candidates.isEmpty()) {
        CommandIo::printOut(tr("Rename candidates, counted as removed and new until confirmed (%1):").arg(merge.candidates.size()));
        for (const PlanMerge::Candidate &candidate : merge.candidates)
            CommandIo::printOut(tr("  ? %1; to keep it one: %2").arg(PlanMergeText::candidate(candidate), PlanMergeText::matchOption(candidate)));
    }
    for (const PlanMerge::ObjectiveChange &change : merge.objectivesAdded)
        CommandIo::printOut(tr("New objective: %1").arg(change.newTitle));
    for (const PlanMerge::ObjectiveChange &change : merge.objectivesRemoved)
        CommandIo::printOut(tr("Removed objective, kept with its history: %1").arg(change.oldTitle));
    for (const PlanMerge::ObjectiveChange &change : merge.objectivesRenamed)
        CommandIo::printOut(tr("Renamed objective: %1 → %2").arg(change.oldTitle, change.newTitle));
    for (const PlanMerge::ObjectiveChange &change : merge.statusChanged)
        CommandIo::printOut(tr("New status text of %1: %2 → %3").arg(change.newTitle, change.oldStatus, change.newStatus));
    if (dryRun)
        CommandIo::printOut(tr("Dry run: nothing was stored."));
}

} // namespace milepost
