// SPDX-License-Identifier: GPL-3.0-or-later
// A new edition of a plan matched against the stored one: each category, the rename
// candidates, and the person's edits kept over the edition's values.
#include "catchcompat.h"

#include "planedit/planmerge.h"
#include "planedit/planmergetext.h"

using namespace milepost;
using Field = PlanEditField::Id;

namespace {

Milestone milestone(const QString &title, const QString &start, const QString &end)
{
    Milestone m;
    m.title = title;
    m.start = PlanDate::parse(start);
    m.end = PlanDate::parse(end);
    return m;
}

Objective objective(const QString &title, const QList<Milestone> &milestones, const QString &status = QStringLiteral("In Progress"))
{
    Objective o;
    o.title = title;
    o.subtitle = QStringLiteral("Sub");
    o.status = ObjectiveStatus::parse(status);
    o.milestones = milestones;
    return o;
}

// Two objectives, ids 1..3 and 4..5.
PlanMerge::Stored storedPlan()
{
    PlanMerge::Stored stored;
    stored.imported.source = QStringLiteral("plan.txt");
    stored.imported.objectives = {
        objective(QStringLiteral("Staffing"),
                  {milestone(QStringLiteral("Hold hiring fairs"), QStringLiteral("2024-01-15"), QStringLiteral("2024-03-31")),
                   milestone(QStringLiteral("Train new mentors for every school"), QStringLiteral("2024-02-01"), QStringLiteral("2024-05-31")),
                   milestone(QStringLiteral("Post vacancies"), QStringLiteral("2024-01-02"), QStringLiteral("2024-01-31"))}),
        objective(QStringLiteral("Budget"),
                  {milestone(QStringLiteral("Draft the budget"), QStringLiteral("2024-02-01"), QStringLiteral("2024-04-30")),
                   milestone(QStringLiteral("Adopt the budget"), QStringLiteral("2024-05-01"), QStringLiteral("2024-06-30"))}),
    };
    stored.ids = {{1, 2, 3}, {4, 5}};
    return stored;
}

PlanEditEntry entry(qint64 id, qint64 milestoneId, const QDate &asOf, const QList<PlanEditEntry::Change> &changes,
                    const QString &edition = {})
{
    PlanEditEntry e;
    e.id = id;
    e.milestoneId = milestoneId;
    e.asOf = asOf;
    e.enteredBy = QStringLiteral("ana");
    e.edition = edition;
    e.changes = changes;
    return e;
}

const PlanMerge::Milestone *findById(const QList<PlanMerge::Milestone> &list, qint64 id)
{
    for (const PlanMerge::Milestone &m : list) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the same plan again merges as all unchanged", "[planedit][merge]")
{
    const PlanMerge::Stored stored = storedPlan();
    const PlanMerge merge = PlanMerge::compute(stored, stored.imported);
    CHECK(merge.unchanged.size() == 5);
    CHECK(merge.changesNothing());
    CHECK(merge.editionCount() == 5);
    CHECK(merge.storedCount() == 5);
    CHECK(merge.candidates.isEmpty());
    CHECK(merge.storedObjectiveFor == QList<int>{0, 1});
    for (const PlanMerge::Milestone &m : merge.unchanged)
        CHECK(m.journal.isEmpty());
}

TEST_CASE("a new edition sorts its milestones into unchanged, changed, new and removed", "[planedit][merge]")
{
    const PlanMerge::Stored stored = storedPlan();
    Plan edition = stored.imported;
    Objective &staffing = edition.objectives[0];
    staffing.milestones[0].end = PlanDate::parse(QStringLiteral("2024-04-30")); // moved
    staffing.milestones.removeAt(2); // "Post vacancies" dropped
    staffing.milestones.append(milestone(QStringLiteral("Survey principals"), QStringLiteral("2024-03-01"), QStringLiteral("2024-03-31")));
    edition.objectives[1].milestones[1].quarters = {{2024, 2}};
    edition.objectives[1].status = ObjectiveStatus::parse(QStringLiteral("Completed"));

    const PlanMerge merge = PlanMerge::compute(stored, edition);
    CHECK(merge.unchanged.size() == 2); // Train mentors, Draft the budget
    REQUIRE(merge.changed.size() == 2);
    REQUIRE(merge.added.size() == 1);
    REQUIRE(merge.removed.size() == 1);
    CHECK(merge.returned.isEmpty());
    CHECK(merge.editionCount() == edition.milestoneCount());
    CHECK(merge.storedCount() == stored.imported.milestoneCount());

    const PlanMerge::Milestone *moved = findById(merge.changed, 1);
    REQUIRE(moved);
    REQUIRE(moved->editionChanges.size() == 1);
    CHECK(moved->editionChanges.first() == PlanEditEntry::Change{Field::PlannedEnd, QStringLiteral("2024-03-31"), QStringLiteral("2024-04-30")});
    CHECK(moved->journal == moved->editionChanges); // no person edited it: journaled as is
    const PlanMerge::Milestone *quarters = findById(merge.changed, 5);
    REQUIRE(quarters);
    CHECK(quarters->editionChanges.first().field == Field::Quarters);
    CHECK(quarters->editionChanges.first().newValue == QStringLiteral("2024-Q2"));

    CHECK(merge.added.first().id == 0);
    CHECK(merge.added.first().newTitle == QStringLiteral("Survey principals"));
    CHECK(merge.added.first().journal == QList<PlanEditEntry::Change>{{Field::Removed, QStringLiteral("yes"), QStringLiteral("no")}});
    CHECK(merge.removed.first().id == 3);
    CHECK(merge.removed.first().journal == QList<PlanEditEntry::Change>{{Field::Removed, QStringLiteral("no"), QStringLiteral("yes")}});

    REQUIRE(merge.statusChanged.size() == 1);
    CHECK(merge.statusChanged.first().oldStatus == QStringLiteral("In Progress"));
    CHECK(merge.statusChanged.first().newStatus == QStringLiteral("Completed"));
    CHECK(PlanMergeText::editionSum(merge) == QStringLiteral("Milestones in the new edition: 5 = 2 unchanged + 2 changed + 1 new + 0 back"));
    CHECK(PlanMergeText::storedSum(merge) == QStringLiteral("Milestones in the stored edition: 5 = 2 unchanged + 2 changed + 1 removed"));
}

TEST_CASE("a changed title is offered as a rename, never matched unconfirmed", "[planedit][merge]")
{
    const PlanMerge::Stored stored = storedPlan();
    Plan edition = stored.imported;
    edition.objectives[0].milestones[1].title = QStringLiteral("Train new mentors for each school");
    edition.objectives[1].milestones[0].title = QStringLiteral("Hold a town hall"); // nothing alike

    const PlanMerge offered = PlanMerge::compute(stored, edition);
    REQUIRE(offered.candidates.size() == 1);
    const PlanMerge::Candidate &candidate = offered.candidates.first();
    CHECK(candidate.oldTitle == QStringLiteral("Train new mentors for every school"));
    CHECK(candidate.newTitle == QStringLiteral("Train new mentors for each school"));
    CHECK(candidate.objectiveTitle == QStringLiteral("Staffing"));
    CHECK(candidate.similarity >= PlanMerge::candidateThreshold);
    CHECK_FALSE(candidate.isObjective());
    // Unconfirmed: removed and new, as is the pair with nothing alike.
    CHECK(offered.removed.size() == 2);
    CHECK(offered.added.size() == 2);
    CHECK(findById(offered.removed, 2));
    CHECK(offered.editionCount() == 5);
    CHECK(offered.storedCount() == 5);
    CHECK(PlanMergeText::matchOption(candidate)
          == QStringLiteral("--match \"Train new mentors for every school=Train new mentors for each school\""));

    const PlanMerge confirmed = PlanMerge::compute(
        stored, edition, {{QStringLiteral("Train new mentors for every school"), QStringLiteral("Train new mentors for each school")}});
    CHECK(confirmed.candidates.isEmpty());
    CHECK(confirmed.unusedRenames.isEmpty());
    const PlanMerge::Milestone *renamed = findById(confirmed.changed, 2);
    REQUIRE(renamed);
    CHECK(renamed->renamed);
    CHECK(renamed->journal == QList<PlanEditEntry::Change>{{Field::Title, QStringLiteral("Train new mentors for every school"),
                                                             QStringLiteral("Train new mentors for each school")}});
    CHECK(confirmed.removed.size() == 1);
    CHECK(confirmed.added.size() == 1);

    // A person may confirm a pair the merge did not find alike; a rename naming nothing is reported.
    const PlanMerge forced = PlanMerge::compute(
        stored, edition, {{QStringLiteral("Draft the budget"), QStringLiteral("Hold a town hall")}, {QStringLiteral("No such"), QStringLiteral("Thing")}});
    CHECK(findById(forced.changed, 4));
    REQUIRE(forced.unusedRenames.size() == 1);
    CHECK(forced.unusedRenames.first().oldTitle == QStringLiteral("No such"));
}

TEST_CASE("titles are alike by their words or their letters", "[planedit][merge]")
{
    CHECK(PlanMerge::similarity(QStringLiteral("Hiring fairs"), QStringLiteral("hiring   FAIRS.")) == 1.0);
    CHECK(PlanMerge::similarity(QStringLiteral("Launch the dashboard"), QStringLiteral("Launch the data dashboard")) >= 0.8);
    CHECK(PlanMerge::similarity(QStringLiteral("Recieve Board approval"), QStringLiteral("Receive Board approval")) >= 0.9);
    CHECK(PlanMerge::similarity(QStringLiteral("Draft the budget"), QStringLiteral("Hold a town hall")) < PlanMerge::candidateThreshold);
    CHECK(PlanMerge::similarity(QString(), QStringLiteral("x")) == 0.0);
}

TEST_CASE("a person's edit stays on top of a new edition and the clash is reported", "[planedit][merge]")
{
    PlanMerge::Stored stored = storedPlan();
    // Ana moved the end of milestone 1 and the start of milestone 4.
    stored.journal = {entry(10, 1, QDate(2024, 2, 1), {{Field::PlannedEnd, QStringLiteral("2024-03-31"), QStringLiteral("2024-05-15")}}),
                      entry(11, 4, QDate(2024, 2, 1), {{Field::PlannedStart, QStringLiteral("2024-02-01"), QStringLiteral("2024-02-15")}})};
    Plan edition = stored.imported;
    edition.objectives[0].milestones[0].end = PlanDate::parse(QStringLiteral("2024-04-30")); // clashes with Ana's
    edition.objectives[1].milestones[0].start = PlanDate::parse(QStringLiteral("2024-02-15")); // agrees with Ana's
    edition.objectives[1].milestones[0].end = PlanDate::parse(QStringLiteral("2024-05-31")); // Ana did not touch it

    const PlanMerge merge = PlanMerge::compute(stored, edition);
    const PlanMerge::Milestone *clashed = findById(merge.changed, 1);
    REQUIRE(clashed);
    CHECK(clashed->journal.isEmpty());
    REQUIRE(clashed->clashes.size() == 1);
    CHECK(clashed->clashes.first().personValue == QStringLiteral("2024-05-15"));
    CHECK(clashed->clashes.first().editionOld == QStringLiteral("2024-03-31"));
    CHECK(clashed->clashes.first().editionNew == QStringLiteral("2024-04-30"));
    const PlanMerge::Milestone *agreed = findById(merge.changed, 4);
    REQUIRE(agreed);
    CHECK(agreed->clashes.isEmpty());
    CHECK(agreed->journal == QList<PlanEditEntry::Change>{{Field::PlannedEnd, QStringLiteral("2024-04-30"), QStringLiteral("2024-05-31")}});
    CHECK(merge.clashCount() == 1);

    // An edition's own earlier change is not a person's: the next edition changes it again.
    stored.journal = {entry(12, 1, QDate(2024, 2, 1), {{Field::PlannedEnd, QStringLiteral("2024-02-29"), QStringLiteral("2024-03-31")}},
                            QStringLiteral("plan.txt"))};
    const PlanMerge again = PlanMerge::compute(stored, edition);
    const PlanMerge::Milestone *moved = findById(again.changed, 1);
    REQUIRE(moved);
    CHECK(moved->clashes.isEmpty());
    CHECK(moved->journal.size() == 1);
}

TEST_CASE("a milestone an edition dropped comes back by its title and stays dropped otherwise", "[planedit][merge]")
{
    PlanMerge::Stored stored = storedPlan();
    stored.journal = {entry(20, 3, QDate(2024, 3, 1), {{Field::Removed, QStringLiteral("no"), QStringLiteral("yes")}},
                            QStringLiteral("plan.txt"))};
    const PlanMerge back = PlanMerge::compute(stored, stored.imported);
    REQUIRE(back.returned.size() == 1);
    CHECK(back.returned.first().id == 3);
    CHECK(back.returned.first().journal == QList<PlanEditEntry::Change>{{Field::Removed, QStringLiteral("yes"), QStringLiteral("no")}});
    CHECK(back.editionCount() == 5);
    CHECK(back.storedCount() == 4);

    Plan without = stored.imported;
    without.objectives[0].milestones.removeAt(2);
    const PlanMerge still = PlanMerge::compute(stored, without);
    CHECK(still.removed.isEmpty());
    REQUIRE(still.stillRemoved.size() == 1);
    CHECK(still.changesNothing());

    // Removed by a person, not by an edition: the edition that still has it does not bring it back.
    stored.journal.first().edition.clear();
    const PlanMerge person = PlanMerge::compute(stored, stored.imported);
    CHECK(person.returned.isEmpty());
    CHECK(findById(person.unchanged, 3));
}

TEST_CASE("objectives are new, removed or offered as renamed", "[planedit][merge]")
{
    const PlanMerge::Stored stored = storedPlan();
    Plan edition = stored.imported;
    edition.objectives[1].title = QStringLiteral("Budget Plan");
    edition.objectives.append(objective(QStringLiteral("Family Academy"),
                                        {milestone(QStringLiteral("Open the academy"), QStringLiteral("2024-06-01"), QStringLiteral("2024-06-30"))}));

    const PlanMerge offered = PlanMerge::compute(stored, edition);
    REQUIRE(offered.objectivesAdded.size() == 2);
    REQUIRE(offered.objectivesRemoved.size() == 1);
    CHECK(offered.objectivesRemoved.first().oldTitle == QStringLiteral("Budget"));
    REQUIRE(offered.candidates.size() == 1);
    CHECK(offered.candidates.first().isObjective());
    CHECK(offered.removed.size() == 2);
    CHECK(offered.added.size() == 3);
    CHECK(offered.editionCount() == edition.milestoneCount());
    CHECK(offered.storedCount() == stored.imported.milestoneCount());

    const PlanMerge confirmed = PlanMerge::compute(stored, edition, {{QStringLiteral("Budget"), QStringLiteral("Budget Plan")}});
    REQUIRE(confirmed.objectivesRenamed.size() == 1);
    CHECK(confirmed.objectivesAdded.size() == 1);
    CHECK(confirmed.objectivesRemoved.isEmpty());
    CHECK(findById(confirmed.unchanged, 4));
    CHECK(findById(confirmed.unchanged, 5));
    CHECK(confirmed.storedObjectiveFor == QList<int>{0, 1, -1});
}
