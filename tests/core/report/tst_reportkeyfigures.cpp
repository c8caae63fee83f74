// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "plan/planreader.h"
#include "dashboard/planfigures.h"
#include "report/reportkeyfigures.h"

#include <numeric>

using namespace milepost;

namespace {

Milestone milestone(const char *start, const char *end)
{
    Milestone m;
    m.title = QString::fromLatin1(start) + QStringLiteral(" – ") + QString::fromLatin1(end);
    m.start = PlanDate::parse(QString::fromLatin1(start));
    m.end = PlanDate::parse(QString::fromLatin1(end));
    return m;
}

} // namespace

TEST_CASE("key figures count objectives and milestones by status on the as-of date", "[report][figures]")
{
    Objective inProgress;
    inProgress.status = ObjectiveStatus::parse(QStringLiteral("In Progress"));
    inProgress.milestones = {milestone("1/1/22", "3/31/22"),   // ended before the as-of date: overdue
                             milestone("6/1/22", "6/20/22"),   // ends within 30 days: due soon
                             milestone("6/1/22", "12/31/22"),  // on track
                             milestone("7/1/22", "8/1/22"),    // not started
                             milestone("Ongoing", "Ongoing"),  // on track
                             milestone("N/A", "6/30/22")};     // unknown, undated
    Objective completed;
    completed.status = ObjectiveStatus::parse(QStringLiteral("Completed"));
    completed.milestones = {milestone("2/1/22", "Q1-22"), milestone("9/31/22", "10/1/22")};
    Objective empty;
    Plan plan;
    plan.objectives = {inProgress, completed, empty};

    const auto figures = ReportKeyFigures::compute(plan, QDate(2022, 6, 1));
    CHECK(figures.objectives == 3);
    CHECK(figures.milestones == 8);
    CHECK(figures.objectivesIn(ObjectiveStatus::State::InProgress) == 1);
    CHECK(figures.objectivesIn(ObjectiveStatus::State::Completed) == 1);
    CHECK(figures.objectivesIn(ObjectiveStatus::State::Unknown) == 1);
    CHECK(figures.milestonesIn(MilestoneStatus::State::Overdue) == 1);
    CHECK(figures.milestonesIn(MilestoneStatus::State::DueSoon) == 1);
    CHECK(figures.milestonesIn(MilestoneStatus::State::OnTrack) == 2);
    CHECK(figures.milestonesIn(MilestoneStatus::State::NotStarted) == 1);
    CHECK(figures.milestonesIn(MilestoneStatus::State::Done) == 1);
    CHECK(figures.milestonesIn(MilestoneStatus::State::Unknown) == 2);
    CHECK(figures.undatedMilestones == 2);
    CHECK(figures.firstDay == QDate(2022, 1, 1));
    CHECK(figures.lastDay == QDate(2022, 12, 31));
}

TEST_CASE("key figures of the bundled plan add up", "[report][figures]")
{
    const auto read = PlanReader::readFile(QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt"));
    REQUIRE(read.ok);
    const auto figures = ReportKeyFigures::compute(read.plan, QDate(2023, 1, 1));
    CHECK(figures.objectives == 42);
    CHECK(figures.milestones == 160);
    CHECK(std::accumulate(figures.objectivesByState.cbegin(), figures.objectivesByState.cend(), 0) == 42);
    CHECK(std::accumulate(figures.milestonesByState.cbegin(), figures.milestonesByState.cend(), 0) == 160);
    CHECK(figures.firstDay.isValid());
    CHECK(figures.firstDay < figures.lastDay);
}

TEST_CASE("the report's counts are the dashboard's on every as-of date", "[report][figures]")
{
    const auto read = PlanReader::readFile(QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt"));
    REQUIRE(read.ok);
    for (const QDate &asOf : {QDate(2022, 6, 1), QDate(2022, 10, 15), QDate(2023, 1, 1), QDate(2024, 1, 1)}) {
        INFO(asOf.toString(Qt::ISODate).toStdString());
        const auto report = ReportKeyFigures::compute(read.plan, asOf);
        const auto dashboard = PlanFigures::compute(read.plan, asOf);
        for (const auto state : PlanFigures::stateOrder())
            CHECK(report.milestonesIn(state) == dashboard.milestonesIn(state).value);
        for (const auto state : PlanFigures::objectiveStateOrder())
            CHECK(report.objectivesIn(state) == dashboard.objectivesIn(state).value);
    }
}
