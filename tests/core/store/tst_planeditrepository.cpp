// SPDX-License-Identifier: GPL-3.0-or-later
// Plan edits: journaled with old and new values, checked against the version read, laid over
// the imported plan when it is loaded, kept across re-imports, and replayed as of past dates.
#include "progressfixture.h"

#include "plan/planreader.h"
#include "store/planeditrepository.h"

using namespace milepost;
using namespace milepost::test;
using Field = PlanEditField::Id;
using Outcome = PlanEditRepository::Result::Outcome;

namespace {

const QDate today(2024, 12, 31);

ObjectiveKey firstObjective()
{
    return {QStringLiteral("plan.txt"), QStringLiteral("Staffing Plan to Support Schools"),
            QStringLiteral("Certificated Employees"), 1};
}

PlanEdit milestoneEdit(PlanEditRepository &edits, qint64 milestoneId, const QDate &asOf, const QMap<Field, QString> &values,
                       const QString &note = {})
{
    QString error;
    PlanEdit edit;
    edit.milestoneId = milestoneId;
    edit.expectedVersion = edits.milestoneVersion(milestoneId, &error).value();
    edit.asOf = asOf;
    edit.enteredBy = QStringLiteral("Ana");
    edit.note = note;
    edit.values = values;
    return edit;
}

PlanEditRepository::Result recordEdit(PlanEditRepository &edits, const PlanEdit &edit)
{
    const auto result = edits.record(edit, today);
    INFO(result.error().toStdString());
    REQUIRE(result.outcome == Outcome::Recorded);
    return result;
}

PlanRepository::StoredPlan load(const ProgressStore &store)
{
    QString error;
    auto stored = store.plans->loadLatest(&error);
    INFO(error.toStdString());
    REQUIRE(stored);
    return *stored;
}

} // namespace

TEST_CASE("a milestone's title, dates and quarter marks are edited and journaled with old and new values",
          "[store][progress][planedit]")
{
    ProgressStore store;
    PlanEditRepository edits(*store.database);
    const qint64 mentors = store.ids.at(1);
    const auto result = recordEdit(edits, milestoneEdit(edits, mentors, QDate(2024, 3, 1),
                                                        {{Field::Title, QStringLiteral("Train  new mentors ")},
                                                         {Field::PlannedEnd, QStringLiteral("6/30/2024")},
                                                         {Field::Quarters, QStringLiteral("Q2-24, Q1-24")}},
                                                        QStringLiteral("Board moved the training")));
    CHECK(result.version == 1);
    const QList<PlanEditEntry::Change> expected{
        {Field::Title, QStringLiteral("Train mentors"), QStringLiteral("Train new mentors")},
        {Field::PlannedEnd, QStringLiteral("2024-05-31"), QStringLiteral("2024-06-30")},
        {Field::Quarters, QStringLiteral(""), QStringLiteral("2024-Q1 2024-Q2")}};
    CHECK(result.changes == expected);

    QString error;
    const auto journal = edits.entries({}, &error).value();
    REQUIRE(journal.size() == 1);
    CHECK(journal.at(0).milestoneId == mentors);
    CHECK(journal.at(0).changes == expected);
    CHECK(journal.at(0).asOf == QDate(2024, 3, 1));
    CHECK(journal.at(0).enteredBy == QStringLiteral("Ana"));
    CHECK(journal.at(0).note == QStringLiteral("Board moved the training"));
    CHECK(journal.at(0).objective == firstObjective());

    const auto stored = load(store);
    const Milestone &edited = stored.plan.objectives.at(0).milestones.at(1);
    CHECK(edited.title == QStringLiteral("Train new mentors"));
    CHECK(edited.start == PlanDate::parse(QStringLiteral("Feb 2024")));
    CHECK(edited.end == PlanDate::exact(QDate(2024, 6, 30)));
    CHECK(edited.quarters == QList<YearQuarter>{{2024, 1}, {2024, 2}});
    // The imported rows are as the file gave them.
    CHECK(stored.imported.objectives.at(0).milestones.at(1).title == QStringLiteral("Train mentors"));
    CHECK(stored.milestoneIds == stored.importedIds);
    CHECK(store.count(QStringLiteral("plan_edit_changes")) == 3);

    // The same values again store nothing.
    const auto again = edits.record(milestoneEdit(edits, mentors, QDate(2024, 3, 1),
                                                  {{Field::Title, QStringLiteral("Train new mentors")}}),
                                    today);
    CHECK(again.outcome == Outcome::Unchanged);
    CHECK(store.count(QStringLiteral("plan_edits")) == 1);
}

TEST_CASE("a plan edit read at an older version is refused and changes nothing", "[store][progress][planedit]")
{
    ProgressStore store;
    PlanEditRepository edits(*store.database);
    const PlanEdit first = milestoneEdit(edits, store.ids.at(0), QDate(2024, 2, 1), {{Field::Title, QStringLiteral("Job fairs")}});
    const PlanEdit second = milestoneEdit(edits, store.ids.at(0), QDate(2024, 2, 1), {{Field::Title, QStringLiteral("Career fairs")}});
    recordEdit(edits, first);
    const auto stale = edits.record(second, today);
    CHECK(stale.outcome == Outcome::Stale);
    CHECK(stale.version == 1);
    CHECK(store.count(QStringLiteral("plan_edits")) == 1);
    CHECK(load(store).plan.objectives.at(0).milestones.at(0).title == QStringLiteral("Job fairs"));
}

TEST_CASE("plan edits that cannot stand are refused with their reasons", "[store][progress][planedit]")
{
    ProgressStore store;
    PlanEditRepository edits(*store.database);
    const qint64 id = store.ids.at(1); // Feb 2024 to 2024-05-31
    auto refused = [&](const PlanEdit &edit, const QString &reason) {
        const auto result = edits.record(edit, today);
        CHECK(result.outcome == Outcome::Invalid);
        CHECK(result.error().contains(reason));
        CHECK(store.count(QStringLiteral("plan_edits")) == 0);
    };
    refused(milestoneEdit(edits, id, QDate(2024, 3, 1), {{Field::PlannedEnd, QStringLiteral("2024-01-31")}}),
            QStringLiteral("is before the planned start"));
    refused(milestoneEdit(edits, id, QDate(2024, 3, 1), {{Field::Title, QStringLiteral("  ")}}),
            QStringLiteral("needs a title"));
    refused(milestoneEdit(edits, id, QDate(2024, 3, 1), {{Field::PlannedStart, QStringLiteral("someday")}}),
            QStringLiteral("cannot be read"));
    refused(milestoneEdit(edits, id, QDate(2024, 3, 1), {{Field::Quarters, QStringLiteral("Q5-24")}}),
            QStringLiteral("are not quarters"));
    refused(milestoneEdit(edits, id, QDate(2025, 1, 1), {{Field::Title, QStringLiteral("Later")}}),
            QStringLiteral("after today"));
    refused(milestoneEdit(edits, id, QDate(2024, 3, 1), {{Field::ObjectiveStatus, QStringLiteral("done")}}),
            QStringLiteral("not a field of a milestone"));
    PlanEdit unknown = milestoneEdit(edits, id, QDate(2024, 3, 1), {{Field::Title, QStringLiteral("X")}});
    unknown.milestoneId = 999;
    CHECK(edits.record(unknown, today).outcome == Outcome::Unknown);
}

TEST_CASE("a removed milestone leaves the plan and keeps its history, putting it back returns it",
          "[store][progress][planedit]")
{
    ProgressStore store;
    PlanEditRepository edits(*store.database);
    const qint64 id = store.ids.at(2);
    recordProgress(*store.progress, id, QDate(2024, 2, 1), {{ProgressField::Id::Status, QStringLiteral("on_track")}});
    const auto removal = recordEdit(edits, milestoneEdit(edits, id, QDate(2024, 3, 1), {{Field::Removed, QStringLiteral("yes")}},
                                                         QStringLiteral("Merged into the spring fairs")));
    CHECK(removal.changes == QList<PlanEditEntry::Change>{{Field::Removed, QStringLiteral("no"), QStringLiteral("yes")}});

    auto stored = load(store);
    CHECK(stored.plan.objectives.at(0).milestones.size() == 2);
    CHECK(stored.milestoneIds.at(0) == QList<qint64>{store.ids.at(0), store.ids.at(1)});
    CHECK(stored.importedIds.at(0).size() == 3);
    QString error;
    CHECK_FALSE(store.progress->milestone(id, &error)->inPlan);
    CHECK(store.progress->history(id, &error)->size() == 1);
    ProgressUpdate refused = progressUpdate(*store.progress, id, QDate(2024, 4, 1), {{ProgressField::Id::Status, QStringLiteral("done")}});
    CHECK(store.progress->record(refused, today).outcome == ProgressRepository::RecordResult::Outcome::UnknownMilestone);

    recordEdit(edits, milestoneEdit(edits, id, QDate(2024, 4, 1), {{Field::Removed, QStringLiteral("no")}}));
    stored = load(store);
    CHECK(stored.milestoneIds.at(0) == store.ids.mid(0, 3));
    CHECK(store.progress->milestone(id, &error)->inPlan);
    CHECK(store.count(QStringLiteral("milestone_keys")) == 4);
}

TEST_CASE("a milestone added to an objective is part of the plan and takes progress", "[store][progress][planedit]")
{
    ProgressStore store;
    PlanEditRepository edits(*store.database);
    PlanEdit add;
    add.addsMilestone = true;
    add.objective = firstObjective();
    add.asOf = QDate(2024, 3, 1);
    add.enteredBy = QStringLiteral("Ana");
    add.set(Field::Title, QStringLiteral("Mentor stipends"));
    add.set(Field::PlannedStart, QStringLiteral("2024-04-01"));
    add.set(Field::PlannedEnd, QStringLiteral("Q3-24"));
    const auto result = recordEdit(edits, add);
    CHECK(result.milestoneId > store.ids.last());
    CHECK(result.changes
          == QList<PlanEditEntry::Change>{{Field::Title, QString(), QStringLiteral("Mentor stipends")},
                                          {Field::PlannedStart, QString(), QStringLiteral("2024-04-01")},
                                          {Field::PlannedEnd, QString(), QStringLiteral("2024-Q3")},
                                          {Field::Quarters, QString(), QStringLiteral("")},
                                          {Field::Removed, QStringLiteral("yes"), QStringLiteral("no")}});

    const auto stored = load(store);
    REQUIRE(stored.plan.objectives.at(0).milestones.size() == 4);
    const Milestone &added = stored.plan.objectives.at(0).milestones.at(3);
    CHECK(added.title == QStringLiteral("Mentor stipends"));
    CHECK(added.start == PlanDate::exact(QDate(2024, 4, 1)));
    CHECK(added.end.kind() == PlanDate::Kind::Quarter);
    CHECK(added.end.lastDay() == QDate(2024, 9, 30));
    CHECK(stored.milestoneIds.at(0).at(3) == result.milestoneId);
    CHECK(stored.plan.objectives.at(1).milestones.size() == 1);
    recordProgress(*store.progress, result.milestoneId, QDate(2024, 4, 2), {{ProgressField::Id::Percent, QStringLiteral("10")}});

    // An add needs its title and dates, and an objective that is in the plan.
    PlanEdit incomplete = add;
    incomplete.values.remove(Field::PlannedEnd);
    CHECK(edits.record(incomplete, today).outcome == Outcome::Invalid);
    PlanEdit nowhere = add;
    nowhere.objective.title = QStringLiteral("No such objective");
    CHECK(edits.record(nowhere, today).outcome == Outcome::Unknown);
}

TEST_CASE("an objective's status and estimated completion are edited, the imported status text stays",
          "[store][progress][planedit]")
{
    ProgressStore store;
    PlanEditRepository edits(*store.database);
    PlanEdit edit;
    edit.objective = firstObjective();
    edit.asOf = QDate(2024, 3, 1);
    edit.enteredBy = QStringLiteral("Ana");
    edit.note = QStringLiteral("Hiring behind");
    edit.set(Field::ObjectiveStatus, QStringLiteral("At risk"));
    edit.set(Field::EstimatedCompletion, QStringLiteral("Dec 2024"));
    const auto result = recordEdit(edits, edit);
    CHECK(result.changes
          == QList<PlanEditEntry::Change>{{Field::ObjectiveStatus, QString(), QStringLiteral("at_risk")},
                                          {Field::EstimatedCompletion, QStringLiteral(""), QStringLiteral("2024-12")}});
    QString error;
    CHECK(edits.objectiveVersion(firstObjective(), &error) == 1);
    ObjectiveKey second = firstObjective();
    second.occurrence = 2;
    CHECK(edits.objectiveVersion(second, &error) == 0);

    const auto stored = load(store);
    const Objective &objective = stored.plan.objectives.at(0);
    CHECK(objective.status.text() == QStringLiteral("In Progress"));
    CHECK(objective.status.state() == ObjectiveStatus::State::InProgress);
    CHECK(objective.recordedStatus == QStringLiteral("at_risk"));
    REQUIRE(objective.editedEstimate);
    CHECK(objective.editedEstimate->canonical() == QStringLiteral("2024-12"));
    // The other objective of the same title and subtitle is not touched.
    CHECK(stored.plan.objectives.at(1).recordedStatus.isEmpty());
    CHECK_FALSE(stored.plan.objectives.at(1).editedEstimate);

    edit.expectedVersion = 1;
    edit.values = {{Field::ObjectiveStatus, QString()}};
    const auto cleared = recordEdit(edits, edit);
    CHECK(cleared.changes == QList<PlanEditEntry::Change>{{Field::ObjectiveStatus, QStringLiteral("at_risk"), QString()}});
    CHECK(load(store).plan.objectives.at(0).recordedStatus.isEmpty());
}

TEST_CASE("the plan as of past dates includes the edits dated by then, checked by hand", "[store][progress][planedit]")
{
    ProgressStore store;
    PlanEditRepository edits(*store.database);
    const qint64 fairs = store.ids.at(0); // "Hiring fairs", 2024-01-15 to Q2-24
    recordEdit(edits, milestoneEdit(edits, fairs, QDate(2024, 2, 1), {{Field::Title, QStringLiteral("Job fairs")}}));
    recordEdit(edits, milestoneEdit(edits, fairs, QDate(2024, 3, 1), {{Field::PlannedEnd, QStringLiteral("2024-07-31")}}));
    recordEdit(edits, milestoneEdit(edits, fairs, QDate(2024, 4, 1), {{Field::Removed, QStringLiteral("yes")}}));
    // Entered last, dated first: it changes the start from its date on, its old value is the
    // imported one, and the current start is its value (no later-dated edit set the start).
    const auto backdated = recordEdit(edits, milestoneEdit(edits, fairs, QDate(2024, 1, 20),
                                                           {{Field::PlannedStart, QStringLiteral("2024-01-20")}}));
    CHECK(backdated.changes
          == QList<PlanEditEntry::Change>{{Field::PlannedStart, QStringLiteral("2024-01-15"), QStringLiteral("2024-01-20")}});
    CHECK(backdated.version == 4);

    const auto stored = load(store);
    auto fairsAsOf = [&](const QDate &day) -> std::optional<Milestone> {
        const auto plan = stored.asOf(day);
        const qsizetype at = plan.milestoneIds.at(0).indexOf(fairs);
        if (at < 0)
            return std::nullopt;
        return plan.plan.objectives.at(0).milestones.at(at);
    };
    const Milestone jan10 = fairsAsOf(QDate(2024, 1, 10)).value();
    CHECK(jan10.title == QStringLiteral("Hiring fairs"));
    CHECK(jan10.start == PlanDate::exact(QDate(2024, 1, 15)));
    CHECK(jan10.end.canonical() == QStringLiteral("2024-Q2"));
    const Milestone jan31 = fairsAsOf(QDate(2024, 1, 31)).value();
    CHECK(jan31.title == QStringLiteral("Hiring fairs"));
    CHECK(jan31.start == PlanDate::exact(QDate(2024, 1, 20)));
    const Milestone feb15 = fairsAsOf(QDate(2024, 2, 15)).value();
    CHECK(feb15.title == QStringLiteral("Job fairs"));
    CHECK(feb15.end.canonical() == QStringLiteral("2024-Q2"));
    const Milestone mar15 = fairsAsOf(QDate(2024, 3, 15)).value();
    CHECK(mar15.end == PlanDate::exact(QDate(2024, 7, 31)));
    CHECK_FALSE(fairsAsOf(QDate(2024, 4, 1)));
    CHECK(stored.asOf(QDate(2024, 4, 1)).milestoneIds.at(0) == QList<qint64>{store.ids.at(1), store.ids.at(2)});
    // Now: the same as as of the last date.
    CHECK(stored.plan == stored.asOf(QDate(2024, 12, 31)).plan);
    CHECK(stored.plan.objectives.at(0).milestones.size() == 2);

    // The current values row holds the replay to the end.
    Statement current(store.database->handle(),
                      QStringLiteral("SELECT title, planned_start, planned_end, quarters, removed, version "
                                     "FROM milestone_plan_edits WHERE milestone_id = ?1"));
    current.bindInt64(1, fairs);
    REQUIRE(current.step() == Statement::Result::Row);
    CHECK(current.columnText(0) == QStringLiteral("Job fairs"));
    CHECK(current.columnText(1) == QStringLiteral("2024-01-20"));
    CHECK(current.columnText(2) == QStringLiteral("2024-07-31"));
    CHECK(current.columnIsNull(3));
    CHECK(current.columnText(4) == QStringLiteral("yes"));
    CHECK(current.columnInt64(5) == 4);

    // Between two dates: the edits after since, up to until.
    QString error;
    const auto between = edits.entries({QDate(2024, 1, 31), QDate(2024, 3, 1), 0}, &error).value();
    REQUIRE(between.size() == 2);
    CHECK(between.at(0).asOf == QDate(2024, 3, 1)); // newest first
    CHECK(between.at(1).asOf == QDate(2024, 2, 1));
}

TEST_CASE("the journal of plan edits is never rewritten", "[store][progress][planedit]")
{
    ProgressStore store;
    PlanEditRepository edits(*store.database);
    recordEdit(edits, milestoneEdit(edits, store.ids.at(0), QDate(2024, 2, 1), {{Field::Title, QStringLiteral("Job fairs")}}));
    QString error;
    CHECK_FALSE(Statement::execute(store.database->handle(), QStringLiteral("UPDATE plan_edits SET note = 'x'"), &error));
    CHECK_FALSE(Statement::execute(store.database->handle(), QStringLiteral("DELETE FROM plan_edit_changes"), &error));
    CHECK(store.count(QStringLiteral("plan_edit_changes")) == 1);
}

TEST_CASE("re-importing an edited copy of the real report keeps every plan edit and every update",
          "[store][progress][planedit][reimport]")
{
    const auto read = PlanReader::readFile(QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt"));
    REQUIRE(read.ok);
    ProgressStore store(read.plan);
    REQUIRE(store.ids.size() == 160);
    PlanEditRepository edits(*store.database);
    for (qsizetype i = 0; i < store.ids.size(); i += 10)
        recordProgress(*store.progress, store.ids.at(i), QDate(2022, 10, 1), {{ProgressField::Id::Status, QStringLiteral("on_track")}});
    recordEdit(edits, milestoneEdit(edits, store.ids.at(5), QDate(2022, 10, 3), {{Field::Title, QStringLiteral("Renamed by hand")}}));
    recordEdit(edits, milestoneEdit(edits, store.ids.at(10), QDate(2022, 10, 3), {{Field::Removed, QStringLiteral("yes")}}));
    PlanEdit add;
    add.addsMilestone = true;
    add.objective = ObjectiveKey::ofPlan(read.plan).at(0);
    add.asOf = QDate(2022, 10, 4);
    add.enteredBy = QStringLiteral("Ana");
    add.set(Field::Title, QStringLiteral("Added by hand"));
    add.set(Field::PlannedStart, QStringLiteral("2022-10-04"));
    add.set(Field::PlannedEnd, QStringLiteral("2022-12-16"));
    const qint64 added = recordEdit(edits, add).milestoneId;
    recordProgress(*store.progress, added, QDate(2022, 10, 5), {{ProgressField::Id::Percent, QStringLiteral("20")}});

    QString error;
    const auto updatesBefore = store.progress->entries({}, &error).value();
    const auto editsBefore = edits.entries({}, &error).value();
    const auto planBefore = load(store);

    // The next edition: the 21st milestone's end date changed in the file (an exact day two
    // weeks after the last day it gave).
    Plan edition = read.plan;
    Milestone *changed = nullptr;
    qsizetype flat = 0;
    for (Objective &objective : edition.objectives) {
        for (Milestone &milestone : objective.milestones) {
            if (flat++ == 20)
                changed = &milestone;
        }
    }
    REQUIRE(changed);
    REQUIRE(changed->end.isDated());
    const QDate newEnd = changed->end.lastDay().addDays(14);
    changed->end = PlanDate::exact(newEnd);
    REQUIRE(store.plans->replacePlan(edition, read.findings, &error));

    CHECK(store.progress->entries({}, &error).value() == updatesBefore);
    // Every edit a person made is kept as it was; the edition's one change is journaled after
    // them as an edit of the import, naming the file.
    const auto editsAfter = edits.entries({}, &error).value();
    REQUIRE(editsAfter.size() == editsBefore.size() + 1);
    QList<PlanEditEntry> journal;
    for (const PlanEditEntry &entry : editsAfter) {
        if (!editsBefore.contains(entry))
            journal.append(entry);
    }
    REQUIRE(journal.size() == 1);
    const PlanEditEntry &journaled = journal.first();
    CHECK(journaled.isEdition());
    CHECK(journaled.milestoneId == store.ids.at(20));
    REQUIRE(journaled.changes.size() == 1);
    CHECK(journaled.changes.at(0).field == Field::PlannedEnd);
    CHECK(journaled.changes.at(0).newValue == PlanDate::exact(newEnd).canonical());
    const auto planAfter = load(store);
    CHECK(planAfter.milestoneIds == planBefore.milestoneIds);
    qsizetype found = 0;
    for (qsizetype o = 0; o < planAfter.plan.objectives.size(); ++o) {
        const auto &milestones = planAfter.plan.objectives.at(o).milestones;
        for (qsizetype m = 0; m < milestones.size(); ++m) {
            const qint64 id = planAfter.milestoneIds.at(o).at(m);
            found += id == store.ids.at(5) && milestones.at(m).title == QStringLiteral("Renamed by hand") ? 1 : 0;
            found += id == added && milestones.at(m).title == QStringLiteral("Added by hand") ? 1 : 0;
            CHECK(id != store.ids.at(10));
            if (id == store.ids.at(20))
                CHECK(milestones.at(m).end == PlanDate::exact(newEnd));
        }
    }
    CHECK(found == 2);
    CHECK(planAfter.plan.milestoneCount() == 160);
}
