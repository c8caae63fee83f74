// SPDX-License-Identifier: GPL-3.0-or-later
// A new edition of a stored plan merged into it (PlanRepository::mergePlan): recorded progress,
// plan edits and baselines stay with their milestones, dropped milestones keep their history,
// changed dates are journaled so that the plan as of an earlier day still shows the old ones.
#include "progressfixture.h"

#include "plan/planreader.h"
#include "planedit/planmerge.h"
#include "store/baselinerepository.h"
#include "store/planeditrepository.h"

#include <QFile>

using namespace milepost;
using namespace milepost::test;
using Field = PlanEditField::Id;

namespace {

const QString reportPath = QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt");
const QString moved = QStringLiteral("Receive Board approval for graduation profile");
const QString dropped = QStringLiteral("Issue a request for proposal (RFP) for College and Career Certificate");
const QString oldName = QStringLiteral("Develop an asset map of all District initiatives that support college and career readiness");
const QString newName = QStringLiteral("Develop an asset map of all District initiatives supporting college and career readiness");
const QString care = QStringLiteral("Complete and launch College Access and Reminders Exchange (CARE) digital application");
const QString added = QStringLiteral("Publish the graduation profile to families");

QString reportText()
{
    QFile file(reportPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// The district's next edition of the report: one end date moved, one milestone dropped, one
// renamed, one added, and CARE's end moved where a person had moved it too.
QString editedReport()
{
    QString text = reportText();
    auto replaceOnce = [&text](const QString &from, const QString &to) {
        REQUIRE(text.count(from) == 1);
        text.replace(from, to);
    };
    replaceOnce(moved + QStringLiteral("\t6/01/22\t6/30/22"), moved + QStringLiteral("\t6/01/22\t9/30/22"));
    const qsizetype line = text.indexOf(dropped);
    REQUIRE(line > 0);
    REQUIRE(text.count(dropped) == 1);
    text.remove(line, text.indexOf(u'\n', line) - line + 1);
    replaceOnce(oldName, newName);
    replaceOnce(care + QStringLiteral("\t1/16/20\t8/15/22"), care + QStringLiteral("\t1/16/20\t10/15/22"));
    const qsizetype after = text.indexOf(u'\n', text.indexOf(care)) + 1;
    text.insert(after, added + QStringLiteral("\t7/01/22\t8/31/22\t\t●\t\t\n"));
    return text;
}

PlanRepository::StoredPlan load(const ProgressStore &store)
{
    QString error;
    auto stored = store.plans->loadLatest(&error);
    INFO(error.toStdString());
    REQUIRE(stored);
    return *stored;
}

// The id and milestone of the one milestone titled title in plan.
std::pair<qint64, Milestone> find(const Plan &plan, const QList<QList<qint64>> &ids, const QString &title)
{
    std::pair<qint64, Milestone> found{0, {}};
    for (qsizetype o = 0; o < plan.objectives.size(); ++o) {
        for (qsizetype m = 0; m < plan.objectives.at(o).milestones.size(); ++m) {
            if (plan.objectives.at(o).milestones.at(m).title == title) {
                REQUIRE(found.first == 0);
                found = {ids.at(o).at(m), plan.objectives.at(o).milestones.at(m)};
            }
        }
    }
    return found;
}

bool holds(const QList<QList<qint64>> &ids, qint64 id)
{
    for (const QList<qint64> &objective : ids) {
        if (objective.contains(id))
            return true;
    }
    return false;
}

QStringList tableCounts(const ProgressStore &store)
{
    QStringList counts;
    for (const char *table : {"plans", "objectives", "milestones", "milestone_quarters", "milestone_keys", "findings",
                              "plan_edits", "plan_edit_changes", "milestone_plan_edits", "milestone_updates",
                              "plan_baselines", "baseline_milestones"})
        counts.append(QStringLiteral("%1 %2").arg(QLatin1String(table)).arg(store.count(QLatin1String(table))));
    return counts;
}

} // namespace

TEST_CASE("re-importing an edited copy of the real report keeps every recorded update", "[store][progress][merge]")
{
    const auto first = PlanReader::readFile(reportPath);
    REQUIRE(first.ok);
    ProgressStore store(first.plan);
    REQUIRE(store.ids.size() == 160);
    const PlanRepository::StoredPlan before = load(store);
    const qint64 movedId = find(before.plan, before.milestoneIds, moved).first;
    const qint64 droppedId = find(before.plan, before.milestoneIds, dropped).first;
    const qint64 renamedId = find(before.plan, before.milestoneIds, oldName).first;
    const qint64 careId = find(before.plan, before.milestoneIds, care).first;
    REQUIRE(movedId != 0);
    REQUIRE(droppedId != 0);
    REQUIRE(renamedId != 0);
    REQUIRE(careId != 0);

    // Progress on every tenth milestone and on each one the edition touches.
    ProgressRepository &progress = *store.progress;
    QList<qint64> updated;
    for (qsizetype i = 0; i < store.ids.size(); i += 10)
        updated.append(store.ids.at(i));
    for (qint64 id : {movedId, droppedId, renamedId, careId}) {
        if (!updated.contains(id))
            updated.append(id);
    }
    for (qint64 id : std::as_const(updated)) {
        recordProgress(progress, id, QDate(2022, 7, 1), {{ProgressField::Id::Status, QStringLiteral("on_track")}});
        recordProgress(progress, id, QDate(2022, 8, 1), {{ProgressField::Id::Percent, QStringLiteral("50")}});
    }
    // A person moved CARE's end; a baseline was taken.
    PlanEditRepository edits(*store.database);
    QString error;
    PlanEdit edit;
    edit.milestoneId = careId;
    edit.expectedVersion = 0;
    edit.asOf = QDate(2022, 8, 1);
    edit.enteredBy = QStringLiteral("Ana");
    edit.set(Field::PlannedEnd, QStringLiteral("2022-09-30"));
    const auto recorded = edits.record(edit);
    INFO(recorded.error().toStdString());
    REQUIRE(recorded.outcome == PlanEditRepository::Result::Outcome::Recorded);
    BaselineRepository baselines(*store.database);
    qint64 boardBaseline = 0;
    REQUIRE(baselines.take(before.plan, before.milestoneIds, QStringLiteral("Board"), QStringLiteral("Ana"), &error,
                           &boardBaseline));
    const auto updatesBefore = progress.entries({}, &error).value();
    REQUIRE(updatesBefore.size() == 2 * updated.size());

    const auto edition = PlanReader::readText(editedReport(), first.plan.source);
    REQUIRE(edition.ok);
    REQUIRE(edition.plan.milestoneCount() == 160);

    // Unconfirmed, the rename is offered and counted as removed and new.
    PlanMerge preview;
    bool stored = false;
    REQUIRE(store.plans->previewMerge(edition.plan, {}, &preview, &stored, &error));
    REQUIRE(stored);
    REQUIRE(preview.candidates.size() == 1);
    CHECK(preview.candidates.first().oldTitle == oldName);
    CHECK(preview.candidates.first().newTitle == newName);
    CHECK(preview.removed.size() == 2);
    CHECK(preview.added.size() == 2);
    CHECK(preview.editionCount() == 160);
    CHECK(preview.storedCount() == 160);

    PlanMerge applied;
    REQUIRE(store.plans->mergePlan(edition.plan, edition.findings, {{oldName, newName}}, QStringLiteral("importer"), &error,
                                   {}, nullptr, &applied));
    INFO(error.toStdString());
    CHECK(applied.candidates.isEmpty());
    CHECK(applied.removed.size() == 1);
    CHECK(applied.added.size() == 1);
    CHECK(applied.changed.size() == 3); // moved, renamed, CARE
    CHECK(applied.unchanged.size() == 156);
    REQUIRE(applied.clashCount() == 1);
    CHECK(applied.allClashes().first().personValue == QStringLiteral("2022-09-30"));
    CHECK(applied.allClashes().first().editionNew == QStringLiteral("2022-10-15"));

    // Every recorded update is kept, on the milestone it was recorded on.
    CHECK(progress.entries({}, &error).value() == updatesBefore);
    for (qint64 id : std::as_const(updated))
        CHECK(progress.current(id, &error)->version == 2);

    const PlanRepository::StoredPlan after = load(store);
    CHECK(after.plan.milestoneCount() == 160);
    const auto [movedNow, movedMilestone] = find(after.plan, after.milestoneIds, moved);
    CHECK(movedNow == movedId);
    CHECK(movedMilestone.end.canonical() == QStringLiteral("2022-09-30"));
    CHECK(find(after.plan, after.milestoneIds, newName).first == renamedId);
    CHECK(find(after.plan, after.milestoneIds, care).second.end.canonical() == QStringLiteral("2022-09-30")); // Ana's
    const qint64 addedId = find(after.plan, after.milestoneIds, added).first;
    CHECK(addedId != 0);
    CHECK_FALSE(store.ids.contains(addedId));
    // The dropped milestone: not in the plan, its history and progress kept.
    CHECK_FALSE(holds(after.milestoneIds, droppedId));
    CHECK_FALSE(progress.milestone(droppedId, &error)->inPlan);
    CHECK(progress.history(droppedId, &error).value().size() == 2);
    CHECK(progress.milestone(addedId, &error)->inPlan);
    CHECK(progress.milestone(renamedId, &error)->inPlan);

    // The changes are journaled as plan edits of the import, naming the file.
    const auto journal = edits.entries({}, &error).value();
    auto journalOf = [&journal](qint64 id) {
        QList<PlanEditEntry> found;
        for (const PlanEditEntry &entry : journal) {
            if (entry.milestoneId == id)
                found.append(entry);
        }
        return found;
    };
    const QList<PlanEditEntry> movedJournal = journalOf(movedId);
    REQUIRE(movedJournal.size() == 1);
    CHECK(movedJournal.first().enteredBy == QStringLiteral("importer"));
    CHECK(movedJournal.first().asOf == QDate::currentDate());
    CHECK(movedJournal.first().isEdition());
    CHECK(movedJournal.first().note.contains(QStringLiteral("lausd-100-day-plan-report-2022.txt")));
    CHECK(movedJournal.first().changes
          == QList<PlanEditEntry::Change>{{Field::PlannedEnd, QStringLiteral("2022-06-30"), QStringLiteral("2022-09-30")}});
    const QList<PlanEditEntry> droppedJournal = journalOf(droppedId);
    REQUIRE(droppedJournal.size() == 1);
    CHECK(droppedJournal.first().changes
          == QList<PlanEditEntry::Change>{{Field::Removed, QStringLiteral("no"), QStringLiteral("yes")}});
    CHECK(journalOf(careId).size() == 1); // Ana's only: her value stays on top
    CHECK(journalOf(renamedId).first().changes.first().field == Field::Title);

    // As of the day before the import, the plan is the earlier edition.
    const PlanEditReplay::Result earlier = after.asOf(QDate::currentDate().addDays(-1));
    CHECK(earlier.plan.milestoneCount() == 160);
    CHECK(find(earlier.plan, earlier.milestoneIds, moved).second.end.canonical() == QStringLiteral("2022-06-30"));
    CHECK(find(earlier.plan, earlier.milestoneIds, dropped).first == droppedId);
    CHECK(find(earlier.plan, earlier.milestoneIds, oldName).first == renamedId);
    CHECK(find(earlier.plan, earlier.milestoneIds, added).first == 0);
    CHECK(find(earlier.plan, earlier.milestoneIds, care).second.end.canonical() == QStringLiteral("2022-09-30"));
    // Before Ana's edit, CARE ends as the first edition said.
    const PlanEditReplay::Result july = after.asOf(QDate(2022, 7, 15));
    CHECK(find(july.plan, july.milestoneIds, care).second.end.canonical() == QStringLiteral("2022-08-15"));

    // Baselines stay with the milestones; the new one gets its imported baseline.
    const auto board = baselines.dates(boardBaseline, &error).value();
    CHECK(board.size() == 160);
    CHECK(board.value(droppedId).end == QDate(2022, 6, 30));
    CHECK(board.value(movedId).end == QDate(2022, 6, 30));
    const auto all = baselines.baselines(first.plan.source, &error).value();
    qint64 importedBaseline = 0;
    for (const Baseline &baseline : all) {
        if (baseline.name == Baseline::importedName())
            importedBaseline = baseline.id;
    }
    const auto imported = baselines.dates(importedBaseline, &error).value();
    CHECK(imported.size() == 161);
    CHECK(imported.value(addedId).end == QDate(2022, 8, 31));
    CHECK(imported.value(movedId).end == QDate(2022, 6, 30)); // as first imported

    // A person can still edit the moved milestone, on the version the import left.
    PlanEdit later;
    later.milestoneId = movedId;
    later.expectedVersion = edits.milestoneVersion(movedId, &error).value();
    CHECK(later.expectedVersion == 1);
    later.asOf = QDate::currentDate();
    later.enteredBy = QStringLiteral("Ana");
    later.set(Field::PlannedEnd, QStringLiteral("2022-10-31"));
    CHECK(edits.record(later).outcome == PlanEditRepository::Result::Outcome::Recorded);

    // The same edition again changes nothing more.
    PlanMerge again;
    REQUIRE(store.plans->mergePlan(edition.plan, edition.findings, {}, QStringLiteral("importer"), &error, {}, nullptr, &again));
    CHECK(again.changesNothing());
    CHECK(again.stillRemoved.size() == 1);
    CHECK(find(load(store).plan, load(store).milestoneIds, moved).second.end.canonical() == QStringLiteral("2022-10-31"));
}

TEST_CASE("a cancelled or failed merge leaves the database as it was", "[store][progress][merge]")
{
    ProgressStore store;
    recordProgress(*store.progress, store.ids.at(1), QDate(2024, 3, 1), {{ProgressField::Id::Status, QStringLiteral("at_risk")}});
    const QStringList countsBefore = tableCounts(store);
    const PlanRepository::StoredPlan before = load(store);

    Plan edition = progressPlan();
    edition.objectives[0].milestones.removeAt(1);
    edition.objectives[0].milestones[0].end = PlanDate::parse(QStringLiteral("Q3-24"));
    edition.objectives[1].milestones.append(progressMilestone(QStringLiteral("Open a school"), QStringLiteral("2024-08-01"),
                                                              QStringLiteral("2024-08-31")));
    for (int cancelAt : {1, 2, 3}) {
        int asked = 0;
        QString error;
        CHECK_FALSE(store.plans->mergePlan(edition, {}, {}, QStringLiteral("importer"), &error,
                                           [&asked, cancelAt] { return ++asked >= cancelAt; }));
        CHECK(error == QStringLiteral("Import cancelled"));
        CHECK(tableCounts(store) == countsBefore);
        const PlanRepository::StoredPlan now = load(store);
        CHECK(now.plan == before.plan);
        CHECK(now.milestoneIds == before.milestoneIds);
        CHECK(now.planEdits == before.planEdits);
    }
}

TEST_CASE("an objective a new edition drops leaves the plan and keeps its history", "[store][progress][merge]")
{
    ProgressStore store;
    const qint64 lone = store.ids.at(3); // the second objective's only milestone
    recordProgress(*store.progress, lone, QDate(2024, 3, 1), {{ProgressField::Id::Status, QStringLiteral("on_track")}});
    Plan edition = progressPlan();
    edition.objectives.removeLast();
    QString error;
    PlanMerge applied;
    REQUIRE(store.plans->mergePlan(edition, {}, {}, QStringLiteral("importer"), &error, {}, nullptr, &applied));
    CHECK(applied.objectivesRemoved.size() == 1);
    CHECK(applied.removed.size() == 1);

    const PlanRepository::StoredPlan after = load(store);
    CHECK(after.plan.objectives.size() == 1);
    CHECK_FALSE(holds(after.milestoneIds, lone));
    CHECK(after.asOf(QDate::currentDate().addDays(-1)).plan.objectives.size() == 2);
    CHECK_FALSE(store.progress->milestone(lone, &error)->inPlan);
    CHECK(store.progress->history(lone, &error).value().size() == 1);

    // Back in the next edition, with its id and history.
    REQUIRE(store.plans->mergePlan(progressPlan(), {}, {}, QStringLiteral("importer"), &error, {}, nullptr, &applied));
    CHECK(applied.returned.size() == 1);
    CHECK(store.storedIds() == store.ids);
    CHECK(store.progress->milestone(lone, &error)->inPlan);
    CHECK(store.progress->current(lone, &error)->version == 1);
}
