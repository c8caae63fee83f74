// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's key figures: on a small plan worked out by hand, and on the real 100-Day Plan
// report on dates where the answer can be read off the report.
#include "catchcompat.h"

#include "dashboard/planfigures.h"
#include "plan/phasenames.h"
#include "plan/planreader.h"

using namespace milepost;
using State = MilestoneStatus::State;

namespace {

Milestone milestone(const char *title, const char *start, const char *end)
{
    Milestone m;
    m.title = QString::fromUtf8(title);
    m.start = PlanDate::parse(QString::fromUtf8(start));
    m.end = PlanDate::parse(QString::fromUtf8(end));
    return m;
}

// As of August 15, 2022 (in 2022 Q3, which ends September 30):
//   row objective          milestone              dates               state
//   0   A Learn Completed  a1                     3/01/22-6/30/22     Done (ended, objective Completed)
//   1                      a2                     7/01/22-8/31/22     Due soon (16 days), due this quarter
//   2   B Act In progress  b1                     3/01/22-7/29/22     Overdue
//   3                      b2                     9/01/22-6/01/23     Not started
//   4                      b3                     3/15/22-Ongoing     On track, no dated end
//   5                      b4                     9/01/22-9/31/22     Unknown (no such day), no dated end
//   6                      b5                     6/01/22-9/30/22     On track (46 days), due this quarter
//       C Assess Not started, no milestones
Plan handMadePlan()
{
    Objective a;
    a.phase = Phase::Learn;
    a.title = QStringLiteral("A");
    a.status = ObjectiveStatus::parse(QStringLiteral("Completed"));
    a.milestones = {milestone("a1", "3/01/22", "6/30/22"), milestone("a2", "7/01/22", "8/31/22")};
    Objective b;
    b.phase = Phase::Act;
    b.title = QStringLiteral("B");
    b.status = ObjectiveStatus::parse(QStringLiteral("In Progress (Estimated completion - June 2023)"));
    b.milestones = {milestone("b1", "3/01/22", "7/29/22"), milestone("b2", "9/01/22", "6/01/23"),
                    milestone("b3", "3/15/22", "Ongoing"), milestone("b4", "9/01/22", "9/31/22"),
                    milestone("b5", "6/01/22", "9/30/22")};
    Objective c;
    c.phase = Phase::Assess;
    c.title = QStringLiteral("C");
    c.status = ObjectiveStatus::parse(QStringLiteral("Not started"));
    Plan plan;
    plan.objectives = {a, b, c};
    return plan;
}

QList<int> rows(std::initializer_list<int> list)
{
    return QList<int>(list);
}

const PlanImportResult &realPlan()
{
    static const PlanImportResult result
        = PlanReader::readFile(QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt"));
    return result;
}

} // namespace

TEST_CASE("plan figures count each milestone once, by its state on the as-of date", "[dashboard][plan]")
{
    const PlanFigures figures = PlanFigures::compute(handMadePlan(), QDate(2022, 8, 15));
    REQUIRE(figures.milestoneCount() == 7);
    CHECK(figures.milestoneRows.at(3) == PlanFigures::MilestoneRef{1, 1});
    CHECK(figures.quarter == YearQuarter{2022, 3});

    CHECK(figures.milestonesIn(State::Done).rows == rows({0}));
    CHECK(figures.milestonesIn(State::DueSoon).rows == rows({1}));
    CHECK(figures.milestonesIn(State::Overdue).rows == rows({2}));
    CHECK(figures.milestonesIn(State::NotStarted).rows == rows({3}));
    CHECK(figures.milestonesIn(State::OnTrack).rows == rows({4, 6}));
    CHECK(figures.milestonesIn(State::OnTrack).value == 2);
    CHECK(figures.milestonesIn(State::Unknown).rows == rows({5}));
    CHECK(figures.milestonesByStatus.total().value == 7);

    CHECK(figures.dueThisQuarter.rows == rows({1, 6}));
    CHECK(figures.withoutDatedEnd.rows == rows({4, 5}));

    CHECK(figures.objectivesIn(ObjectiveStatus::State::Completed).rows == rows({0}));
    CHECK(figures.objectivesIn(ObjectiveStatus::State::InProgress).rows == rows({1}));
    CHECK(figures.objectivesIn(ObjectiveStatus::State::NotStarted).rows == rows({2}));
    CHECK(figures.objectivesIn(ObjectiveStatus::State::Unknown).isEmpty());
}

TEST_CASE("milestones by phase put every state of a phase in its column", "[dashboard][plan]")
{
    const PlanFigures figures = PlanFigures::compute(handMadePlan(), QDate(2022, 8, 15));
    const Breakdown &byPhase = figures.milestonesByPhase;
    REQUIRE(byPhase.categoryCount() == 4);
    const int learn = byPhase.categoryIndex(QStringLiteral("LEARN"));
    const int act = byPhase.categoryIndex(QStringLiteral("ACT"));
    const auto cell = [&](int phase, State state) {
        return byPhase.at(byPhase.seriesIndex(MilestoneStatus::stateKey(state)), phase).rows;
    };
    CHECK(cell(learn, State::Done) == rows({0}));
    CHECK(cell(learn, State::DueSoon) == rows({1}));
    CHECK(cell(act, State::Overdue) == rows({2}));
    CHECK(cell(act, State::NotStarted) == rows({3}));
    CHECK(cell(act, State::OnTrack) == rows({4, 6}));
    CHECK(cell(act, State::Unknown) == rows({5}));
    CHECK(byPhase.categoryTotal(byPhase.categoryIndex(QStringLiteral("ASSESS"))).isEmpty());
    CHECK(byPhase.categoryTotal(act).rows == rows({2, 3, 4, 5, 6}));
}

TEST_CASE("milestones per quarter run without gaps from the first end to the last", "[dashboard][plan]")
{
    const PlanFigures figures = PlanFigures::compute(handMadePlan(), QDate(2022, 8, 15));
    const Breakdown &byQuarter = figures.milestonesByQuarter;
    QStringList keys;
    for (const Breakdown::Label &label : byQuarter.categories())
        keys.append(label.key);
    CHECK(keys == QStringList{QStringLiteral("2022-Q2"), QStringLiteral("2022-Q3"), QStringLiteral("2022-Q4"),
                              QStringLiteral("2023-Q1"), QStringLiteral("2023-Q2")});
    CHECK(byQuarter.categories().at(1).text == QStringLiteral("2022 Q3"));
    CHECK(byQuarter.categoryTotal(0).rows == rows({0}));
    CHECK(byQuarter.categoryTotal(1).rows == rows({1, 2, 6}));
    CHECK(byQuarter.categoryTotal(2).isEmpty());
    CHECK(byQuarter.categoryTotal(3).isEmpty());
    CHECK(byQuarter.categoryTotal(4).rows == rows({3}));
    CHECK(byQuarter.at(byQuarter.seriesIndex(QStringLiteral("overdue")), 1).rows == rows({2}));
    // The quarters and the milestones without a dated end account for every milestone.
    CHECK(byQuarter.total().value + figures.withoutDatedEnd.value == figures.milestoneCount());
}

TEST_CASE("without an as-of date every milestone with readable dates is unknown", "[dashboard][plan]")
{
    const PlanFigures figures = PlanFigures::compute(handMadePlan(), QDate());
    CHECK(figures.milestonesIn(State::Unknown).value == 7);
    CHECK(figures.dueThisQuarter.isEmpty());
}

TEST_CASE("the real plan: 42 objectives, 37 completed and 5 in progress", "[dashboard][plan][lausd]")
{
    REQUIRE(realPlan().ok);
    const PlanFigures figures = PlanFigures::compute(realPlan().plan, QDate(2022, 8, 20));
    // Read off the report's 42 STATUS lines: in progress are Equity Analysis, Landscape
    // Analysis, Strategic Plan Development, Alignment of District Divisions and Cultural Arts
    // Passport; "Completed, with ongoing content creation" is completed.
    CHECK(figures.objectivesByStatus.total().value == 42);
    CHECK(figures.objectivesIn(ObjectiveStatus::State::Completed).value == 37);
    CHECK(figures.objectivesIn(ObjectiveStatus::State::InProgress).value == 5);
    QStringList inProgress;
    for (int row : figures.objectivesIn(ObjectiveStatus::State::InProgress).rows)
        inProgress.append(realPlan().plan.objectives.at(row).title);
    CHECK(inProgress == QStringList{QStringLiteral("Equity Analysis"), QStringLiteral("Landscape Analysis"),
                                    QStringLiteral("Strategic Plan Development"),
                                    QStringLiteral("Alignment of District Divisions and their Functions"),
                                    QStringLiteral("Cultural Arts Passport")});

    // Milestones per phase, counted table by table (see tst_lausdreport).
    const Breakdown &byPhase = figures.milestonesByPhase;
    CHECK(byPhase.categoryTotal(byPhase.categoryIndex(QStringLiteral("LEARN"))).value == 7);
    CHECK(byPhase.categoryTotal(byPhase.categoryIndex(QStringLiteral("ASSESS"))).value == 32);
    CHECK(byPhase.categoryTotal(byPhase.categoryIndex(QStringLiteral("COMMUNICATE"))).value == 5);
    CHECK(byPhase.categoryTotal(byPhase.categoryIndex(QStringLiteral("ACT"))).value == 116);
}

TEST_CASE("the real plan long after its end: done, overdue and ongoing as the report reads", "[dashboard][plan][lausd]")
{
    REQUIRE(realPlan().ok);
    const PlanFigures figures = PlanFigures::compute(realPlan().plan, QDate(2030, 1, 1));
    REQUIRE(figures.milestoneCount() == 160);
    // Unknown: "Host community town halls" ends 9/31/22, "Implement new Virtual Academy
    // schools" ends N/A. On track: the 10 milestones that end "Ongoing". Overdue: every dated
    // end in the five objectives in progress (5 + 4 + 5 + 2 + 6). Done: the rest.
    CHECK(figures.milestonesIn(State::Unknown).value == 2);
    CHECK(figures.milestonesIn(State::OnTrack).value == 10);
    CHECK(figures.milestonesIn(State::Overdue).value == 22);
    CHECK(figures.milestonesIn(State::Done).value == 126);
    CHECK(figures.milestonesIn(State::NotStarted).value == 0);
    CHECK(figures.milestonesIn(State::DueSoon).value == 0);
    CHECK(figures.withoutDatedEnd.value == 12);
    CHECK(figures.dueThisQuarter.isEmpty());
    for (int row : figures.milestonesIn(State::Unknown).rows) {
        const PlanFigures::MilestoneRef ref = figures.milestoneRows.at(row);
        const QString title = realPlan().plan.objectives.at(ref.objective).milestones.at(ref.milestone).title;
        CHECK((title.startsWith(QStringLiteral("Host community town halls"))
               || title.startsWith(QStringLiteral("Implement new Virtual Academy"))));
    }
}

TEST_CASE("the real plan before it starts: everything not started but the ongoing starts", "[dashboard][plan][lausd]")
{
    REQUIRE(realPlan().ok);
    const PlanFigures figures = PlanFigures::compute(realPlan().plan, QDate(2020, 1, 1));
    // Eight milestones start "Ongoing" and so have begun; one of them ends N/A (unknown).
    CHECK(figures.milestonesIn(State::Unknown).value == 2);
    CHECK(figures.milestonesIn(State::OnTrack).value == 7);
    CHECK(figures.milestonesIn(State::NotStarted).value == 151);
}

TEST_CASE("the real plan in August 2022: twenty milestones still due this quarter", "[dashboard][plan][lausd]")
{
    REQUIRE(realPlan().ok);
    // Counted in the report: dated ends from 8/20/22 to 9/30/22 (9/31/22 is no date).
    const PlanFigures figures = PlanFigures::compute(realPlan().plan, QDate(2022, 8, 20));
    CHECK(figures.dueThisQuarter.value == 20);
    for (int row : figures.dueThisQuarter.rows) {
        CHECK(figures.milestoneStates.at(row) != State::Done);
        const PlanFigures::MilestoneRef ref = figures.milestoneRows.at(row);
        const QDate end = realPlan().plan.objectives.at(ref.objective).milestones.at(ref.milestone).end.lastDay();
        CHECK(end >= QDate(2022, 8, 20));
        CHECK(end <= QDate(2022, 9, 30));
    }
    // Every milestone is in exactly one state.
    CHECK(figures.milestonesByStatus.total().value == 160);
    CHECK(figures.milestonesByStatus.total().rows.size() == 160);
}
