// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "plan/milestonestatus.h"
#include "plan/planreader.h"

using milepost::Milestone;
using milepost::MilestoneStatus;
using milepost::ObjectiveStatus;
using milepost::PlanDate;
using State = MilestoneStatus::State;

namespace {

struct StatusCase
{
    const char *start;
    const char *end;
    const char *objectiveStatus;
    QDate asOf;
    State expected;
    const char *why;
};

Milestone milestone(const char *start, const char *end)
{
    Milestone m;
    m.title = QStringLiteral("A milestone");
    m.start = PlanDate::parse(QString::fromUtf8(start));
    m.end = PlanDate::parse(QString::fromUtf8(end));
    return m;
}

} // namespace

TEST_CASE("milestone status against an as-of date follows the documented rule", "[plan][status]")
{
    const char *completed = "Completed";
    const char *inProgress = "In Progress (Estimated completion - June 2023)";
    const StatusCase cases[] = {
        // Before the start: not started, whatever the objective says.
        {"10/01/22", "12/31/22", inProgress, QDate(2022, 9, 30), State::NotStarted, "day before the start"},
        {"10/01/22", "12/31/22", completed, QDate(2022, 9, 30), State::NotStarted, "completed objective, future milestone"},
        {"Q2-23", "Q3-23", inProgress, QDate(2023, 3, 31), State::NotStarted, "a quarter starts on its first day"},
        // Begun, end further away than the due-soon window.
        {"10/01/22", "12/31/22", inProgress, QDate(2022, 10, 1), State::OnTrack, "the start day itself has begun"},
        {"10/01/22", "12/31/22", inProgress, QDate(2022, 11, 30), State::OnTrack, "31 days left"},
        // Within 30 days of the end, up to and including the end day.
        {"10/01/22", "12/31/22", inProgress, QDate(2022, 12, 1), State::DueSoon, "30 days left"},
        {"10/01/22", "12/31/22", inProgress, QDate(2022, 12, 31), State::DueSoon, "the end day"},
        {"Q2-22", "Q1-23", inProgress, QDate(2023, 3, 15), State::DueSoon, "a quarter ends on its last day"},
        {"6/01/22", "June 2023", inProgress, QDate(2023, 6, 1), State::DueSoon, "a month ends on its last day"},
        // Past the end: done only when the objective says Completed.
        {"10/01/22", "12/31/22", inProgress, QDate(2023, 1, 1), State::Overdue, "day after the end, in progress"},
        {"10/01/22", "12/31/22", completed, QDate(2023, 1, 1), State::Done, "day after the end, completed"},
        {"10/01/22", "12/31/22", "Completed, with ongoing content creation", QDate(2023, 1, 1), State::Done,
         "completed with a remark"},
        {"10/01/22", "12/31/22", "Not started", QDate(2024, 1, 1), State::Overdue, "objective not started"},
        {"10/01/22", "12/31/22", "", QDate(2024, 1, 1), State::Overdue, "objective status unknown"},
        {"Q2-22", "Q1-23", completed, QDate(2023, 4, 1), State::Done, "day after a quarter end"},
        // Ongoing: an Ongoing start has begun, an Ongoing end never comes.
        {"Ongoing", "6/01/23", inProgress, QDate(2020, 1, 1), State::OnTrack, "ongoing start has begun"},
        {"Ongoing", "6/01/23", completed, QDate(2023, 6, 2), State::Done, "ongoing start, past the end"},
        {"Ongoing", "6/01/23", inProgress, QDate(2023, 6, 2), State::Overdue, "ongoing start, past the end"},
        {"3/15/22", "Ongoing", inProgress, QDate(2030, 1, 1), State::OnTrack, "ongoing end never overdue"},
        {"3/15/22", "Ongoing", inProgress, QDate(2022, 3, 14), State::NotStarted, "ongoing end, before the start"},
        {"Ongoing", "Ongoing", completed, QDate(2022, 1, 1), State::OnTrack, "ongoing both ways"},
        // Nothing sound to compare with.
        {"Ongoing", "N/A", completed, QDate(2022, 8, 1), State::Unknown, "end not applicable"},
        {"N/A", "6/01/23", inProgress, QDate(2022, 8, 1), State::Unknown, "start not applicable"},
        {"9/31/22", "12/31/22", inProgress, QDate(2022, 11, 1), State::Unknown, "impossible start date"},
        {"10/01/22", "", inProgress, QDate(2022, 11, 1), State::Unknown, "missing end"},
        {"12/31/22", "10/01/22", inProgress, QDate(2022, 11, 1), State::Unknown, "end before start"},
        {"10/01/22", "12/31/22", inProgress, QDate(), State::Unknown, "no as-of date"},
    };
    for (const StatusCase &c : cases) {
        INFO(c.why << ": " << c.start << " – " << c.end << " as of " << c.asOf.toString(Qt::ISODate).toStdString());
        const MilestoneStatus status
            = MilestoneStatus::compute(milestone(c.start, c.end), ObjectiveStatus::parse(QString::fromUtf8(c.objectiveStatus)), c.asOf);
        CHECK(MilestoneStatus::stateKey(status.state()) == MilestoneStatus::stateKey(c.expected));
        CHECK_FALSE(status.reason().isEmpty());
        // The quick path without a reason applies the very same rule.
        CHECK(MilestoneStatus::stateOf(milestone(c.start, c.end), ObjectiveStatus::parse(QString::fromUtf8(c.objectiveStatus)),
                                       c.asOf, {})
              == c.expected);
    }
}

TEST_CASE("the due-soon window is configurable", "[plan][status]")
{
    const Milestone m = milestone("10/01/22", "12/31/22");
    const ObjectiveStatus objective = ObjectiveStatus::parse(QStringLiteral("In Progress"));
    const QDate asOf(2022, 11, 30); // 31 days before the end
    CHECK(MilestoneStatus::compute(m, objective, asOf).state() == State::OnTrack);
    CHECK(MilestoneStatus::compute(m, objective, asOf, {31}).state() == State::DueSoon);
    CHECK(MilestoneStatus::compute(m, objective, QDate(2022, 12, 31), {0}).state() == State::DueSoon);
    CHECK(MilestoneStatus::compute(m, objective, QDate(2022, 12, 30), {0}).state() == State::OnTrack);
}

TEST_CASE("the reason names the dates it compared", "[plan][status]")
{
    const ObjectiveStatus objective = ObjectiveStatus::parse(QStringLiteral("In Progress"));
    const MilestoneStatus overdue = MilestoneStatus::compute(milestone("10/01/22", "12/31/22"), objective, QDate(2023, 1, 10));
    CHECK(overdue.reason().contains(PlanDate::exact(QDate(2022, 12, 31)).displayText()));
    CHECK(overdue.reason().contains(QStringLiteral("10 days")));
    const MilestoneStatus oneDay = MilestoneStatus::compute(milestone("10/01/22", "12/31/22"), objective, QDate(2023, 1, 1));
    CHECK(oneDay.reason().contains(QStringLiteral("1 day before")));
    const MilestoneStatus unreadable = MilestoneStatus::compute(milestone("9/31/22", "12/31/22"), objective, QDate(2023, 1, 10));
    CHECK(unreadable.reason().contains(QStringLiteral("9/31/22")));
}

TEST_CASE("state keys round-trip and unknown keys are reported", "[plan][status]")
{
    for (State state : {State::Unknown, State::NotStarted, State::OnTrack, State::DueSoon, State::Overdue, State::Done,
                        State::Deferred, State::Cancelled}) {
        bool ok = false;
        CHECK(MilestoneStatus::stateFromKey(MilestoneStatus::stateKey(state), &ok) == state);
        CHECK(ok);
        CHECK_FALSE(MilestoneStatus::stateName(state).isEmpty());
    }
    bool ok = true;
    CHECK(MilestoneStatus::stateFromKey(QStringLiteral("late"), &ok) == State::Unknown);
    CHECK_FALSE(ok);
}

TEST_CASE("every milestone of the real plan gets a state, as of the report's end of year", "[plan][status][lausd]")
{
    const auto result = milepost::PlanReader::readFile(QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt"));
    REQUIRE(result.ok);
    int counts[MilestoneStatus::stateCount] = {};
    int total = 0;
    QStringList unknown;
    for (const auto &objective : result.plan.objectives) {
        for (const Milestone &m : objective.milestones) {
            const State state = MilestoneStatus::compute(m, objective.status, QDate(2022, 12, 31)).state();
            ++counts[int(state)];
            ++total;
            if (state == State::Unknown)
                unknown << m.title;
        }
    }
    CHECK(total == result.plan.milestoneCount());
    // Two rows of the report give nothing to compare: "Ongoing  N/A" and an end of "9/31/22".
    REQUIRE(unknown.size() == 2);
    CHECK(unknown.at(0) == QStringLiteral("Host community town halls to share and orient school communities around "
                                          "implementation of the Strategic Plan"));
    CHECK(unknown.at(1) == QStringLiteral("Implement new Virtual Academy schools"));
    int sum = 0;
    for (int c : counts)
        sum += c;
    CHECK(sum == total);
    // The report was written in the autumn of 2022: by year end some work is done, some still open.
    CHECK(counts[int(State::Done)] > 0);
    CHECK(counts[int(State::OnTrack)] > 0);
}
