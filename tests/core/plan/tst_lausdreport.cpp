// SPDX-License-Identifier: GPL-3.0-or-later
// The real 100-Day Plan report, checked against counts read off the report by hand.
#include "catchcompat.h"

#include "plan/phasenames.h"
#include "plan/planreader.h"

#include <QFile>

#include <algorithm>

using namespace milepost;

namespace {

const QString reportPath = QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt");

const PlanImportResult &report()
{
    static const PlanImportResult result = PlanReader::readFile(reportPath);
    return result;
}

struct Expected
{
    const char *phase;
    const char *title;
    int milestones;
};

// Read from the report, heading by heading, counting the rows of each IMPLEMENTATION PLAN table.
const Expected expected[] = {
    {"LEARN", "LEARN", 7},
    {"ASSESS", "Student Performance Review", 0},
    {"ASSESS", "Assessing Infrastructure for College and Career Readiness", 4},
    {"ASSESS", "Broad Fiscal Analysis", 6},
    {"ASSESS", "Scan of Environmental Liabilities In and Around Our Schools", 0},
    {"ASSESS", "Analyze Safe Passages to and from School", 4},
    {"ASSESS", "Capital Improvement Plan", 5},
    {"ASSESS", "Capital Improvement Plan (Green Spaces)", 0},
    {"ASSESS", "Equity Analysis", 5},
    {"ASSESS", "Landscape Analysis", 4},
    {"ASSESS", "Enrollment Trends", 4},
    {"COMMUNICATE", "External Communications", 5},
    {"ACT", "Safe In-Person Return to Headquarters", 0},
    {"ACT", "Maximize Opportunities for Students Through Collaboration with Labor Partners", 0},
    {"ACT", "Review and Assess Prevailing COVID-19 Protocols", 0},
    {"ACT", "Supporting All Students Eligible for Free and Reduced Lunch", 0},
    {"ACT", "Re-Engage Students and Families", 2},
    {"ACT", "Staffing Plan to Support Schools", 4},
    {"ACT", "Staffing Plan to Support Schools", 3},
    {"ACT", "Advocacy Strategy", 8},
    {"ACT", "Quality Summer School and Expanded Learning Opportunities at All Title I Schools", 3},
    {"ACT", "Transparency Dashboard for Capital Improvements", 0},
    {"ACT", "Strategic Plan Development", 6},
    {"ACT", "Implement Routine, Strategic Data-Based Action Meetings", 6},
    {"ACT", "Universal Student Success (Part 1)", 6},
    {"ACT", "Universal Student Success (Part 2)", 6},
    {"ACT", "Alignment of District Divisions and their Functions", 2},
    {"ACT", "Expansion of Early Education Opportunities", 9},
    {"ACT", "2022-23 Budget Adjustments", 1},
    {"ACT", "Reducing Class Sizes", 5},
    {"ACT", "Family Academy", 2},
    {"ACT", "Cultural Arts Passport", 8},
    {"ACT", "Expansion of Learning Options", 5},
    {"ACT", "All Families Connected", 5},
    {"ACT", "Earned Autonomy", 5},
    {"ACT", "Black Student Achievement", 4},
    {"ACT", "Increased Inclusion Opportunities for Students with Disabilities", 7},
    {"ACT", "Increased Achievement for English Learners", 4},
    {"ACT", "Elevating School Nutrition Services", 6},
    {"ACT", "Increased Opportunities for Adult Education Students", 2},
    {"ACT",
     "Partnering with Public and Private Entities in Los Angeles County to Address the Mental Health and Wellness "
     "of Our School Community",
     4},
    {"ACT", "Explore Options to Improve Student Transportation Services", 3},
};

const Objective &objectiveTitled(const QString &title)
{
    const auto &objectives = report().plan.objectives;
    const auto it = std::find_if(objectives.cbegin(), objectives.cend(),
                                 [&](const Objective &o) { return o.title == title; });
    REQUIRE(it != objectives.cend());
    return *it;
}

const Milestone &milestoneStarting(const Objective &objective, const QString &prefix)
{
    const auto it = std::find_if(objective.milestones.cbegin(), objective.milestones.cend(),
                                 [&](const Milestone &m) { return m.title.startsWith(prefix); });
    REQUIRE(it != objective.milestones.cend());
    return *it;
}

} // namespace

TEST_CASE("the bundled report is the shared 100-Day Plan report", "[plan][lausd]")
{
    QFile bundled(reportPath);
    REQUIRE(bundled.open(QIODevice::ReadOnly));
    QFile shared(QStringLiteral(MILEPOST_SHARED_DIR "/seeds/lausd-100-day-plan-report-2022.txt"));
    if (!shared.open(QIODevice::ReadOnly)) {
        WARN("shared/ is not beside the checkout; comparing skipped");
        return;
    }
    CHECK(bundled.readAll() == shared.readAll());
}

TEST_CASE("every objective of the 100-Day Plan report is read with its milestones", "[plan][lausd]")
{
    const PlanImportResult &result = report();
    REQUIRE(result.ok);
    CHECK(result.plan.title == QStringLiteral("100-Day Plan REPORT"));
    REQUIRE(result.plan.objectives.size() == qsizetype(std::size(expected)));
    int total = 0;
    for (qsizetype i = 0; i < result.plan.objectives.size(); ++i) {
        const Objective &objective = result.plan.objectives[i];
        INFO("objective " << i + 1 << ": " << objective.title.toStdString());
        CHECK(PhaseNames::key(objective.phase) == QString::fromUtf8(expected[i].phase));
        CHECK(objective.title == QString::fromUtf8(expected[i].title));
        CHECK(objective.milestones.size() == expected[i].milestones);
        CHECK_FALSE(objective.objectiveText.isEmpty());
        CHECK_FALSE(objective.status.text().isEmpty());
        CHECK_FALSE(objective.narrative.isEmpty());
        for (const Milestone &milestone : objective.milestones) {
            CHECK_FALSE(milestone.title.isEmpty());
            CHECK(milestone.sourceLine > objective.sourceLine);
        }
        total += expected[i].milestones;
    }
    CHECK(total == 160);
    CHECK(result.plan.milestoneCount() == 160);
}

TEST_CASE("the two staffing objectives differ by their subtitles", "[plan][lausd]")
{
    const auto &objectives = report().plan.objectives;
    QStringList subtitles;
    for (const Objective &o : objectives) {
        if (o.title == QStringLiteral("Staffing Plan to Support Schools"))
            subtitles.append(o.subtitle);
    }
    REQUIRE(subtitles.size() == 2);
    CHECK(subtitles[0] == QStringLiteral("Certificated Employees: Teachers, Counselors, etc."));
    CHECK(subtitles[1] == QStringLiteral("Classified Employees: Bus Drivers, Cafeteria Workers, etc."));
}

TEST_CASE("status text is kept as written with state and estimated completion", "[plan][lausd]")
{
    const Objective &equity = objectiveTitled(QStringLiteral("Equity Analysis"));
    CHECK(equity.status.text() == QStringLiteral("In Progress (Estimated completion - June 2023)"));
    CHECK(equity.status.state() == ObjectiveStatus::State::InProgress);
    CHECK(equity.status.estimatedCompletion().kind() == PlanDate::Kind::Month);
    CHECK(equity.status.estimatedCompletion().lastDay() == QDate(2023, 6, 30));

    const Objective &alignment = objectiveTitled(QStringLiteral("Alignment of District Divisions and their Functions"));
    CHECK(alignment.status.estimatedCompletion().firstDay() == QDate(2022, 8, 5));

    const Objective &external = objectiveTitled(QStringLiteral("External Communications"));
    CHECK(external.status.text() == QStringLiteral("Completed, with ongoing content creation"));
    CHECK(external.status.state() == ObjectiveStatus::State::Completed);

    int completed = 0;
    int inProgress = 0;
    for (const Objective &o : report().plan.objectives) {
        completed += o.status.state() == ObjectiveStatus::State::Completed;
        inProgress += o.status.state() == ObjectiveStatus::State::InProgress;
    }
    CHECK(completed == 37);
    CHECK(inProgress == 5);
}

TEST_CASE("quarter marks map to their years in every table layout", "[plan][lausd]")
{
    const auto q = [](int year, int quarter) { return YearQuarter{year, quarter}; };

    // Year row above the column names, window Q3 2022 - Q2 2023.
    const Milestone &parents = milestoneStarting(objectiveTitled(QStringLiteral("LEARN")), QStringLiteral("District-level parent"));
    CHECK(parents.start.firstDay() == QDate(2022, 11, 1));
    CHECK(parents.end.firstDay() == QDate(2023, 5, 31));
    CHECK(parents.quarters == QList<YearQuarter>{q(2022, 4), q(2023, 1), q(2023, 2)});

    // Window Q2 2022 - Q1 2023.
    const Milestone &care = milestoneStarting(
        objectiveTitled(QStringLiteral("Assessing Infrastructure for College and Career Readiness")),
        QStringLiteral("Complete and launch College Access"));
    CHECK(care.start.firstDay() == QDate(2020, 1, 16));
    CHECK(care.quarters == QList<YearQuarter>{q(2022, 2), q(2022, 3)});

    // Window Q2 2022 - Q4 2023 with quarter dates.
    const Milestone &funding = milestoneStarting(objectiveTitled(QStringLiteral("Capital Improvement Plan")),
                                                 QStringLiteral("Develop funding strategy"));
    CHECK(funding.start.kind() == PlanDate::Kind::Quarter);
    CHECK(funding.start.firstDay() == QDate(2023, 7, 1));
    CHECK(funding.end.lastDay() == QDate(2023, 12, 31));
    CHECK(funding.quarters == QList<YearQuarter>{q(2023, 3), q(2023, 4)});

    // The fifth column, Q3 2023, under an "IMPLEMENTATION PLAN" year row.
    const Objective &arts = objectiveTitled(QStringLiteral("Cultural Arts Passport"));
    CHECK(milestoneStarting(arts, QStringLiteral("Students will begin")).quarters == QList<YearQuarter>{q(2023, 3)});
    CHECK(milestoneStarting(arts, QStringLiteral("Identify potential partners")).end.kind() == PlanDate::Kind::Ongoing);

    // Year row above "MAJOR MILESTONES  START  END  Q3 ..." (Advocacy Strategy).
    const Milestone &urban = milestoneStarting(objectiveTitled(QStringLiteral("Advocacy Strategy")),
                                               QStringLiteral("Identify advocacy priorities"));
    CHECK(urban.quarters == QList<YearQuarter>{q(2022, 4)});

    // Column names on their own row with "<b>MAJOR MILESTONES</b>" below them (Family Academy).
    CHECK(milestoneStarting(objectiveTitled(QStringLiteral("Family Academy")), QStringLiteral("Identify and train")).quarters
          == QList<YearQuarter>{q(2022, 3)});

    // No caption at all (Adult Education), and 04/06/22 dates.
    const Milestone &workforce = milestoneStarting(
        objectiveTitled(QStringLiteral("Increased Opportunities for Adult Education Students")), QStringLiteral("Develop a workforce"));
    CHECK(workforce.start.firstDay() == QDate(2022, 4, 6));
    CHECK(workforce.quarters == QList<YearQuarter>{q(2022, 3), q(2022, 4)});

    // "MAJOR MILESTONES (Data Dashboard Related)" names the table's section.
    CHECK(milestoneStarting(objectiveTitled(QStringLiteral("Universal Student Success (Part 1)")), QStringLiteral("Metrics added"))
              .section
          == QStringLiteral("Data Dashboard Related"));

    // Ongoing start and N/A end.
    const Milestone &virtualAcademy = milestoneStarting(objectiveTitled(QStringLiteral("Expansion of Learning Options")),
                                                        QStringLiteral("Implement new Virtual Academy"));
    CHECK(virtualAcademy.start.kind() == PlanDate::Kind::Ongoing);
    CHECK(virtualAcademy.end.kind() == PlanDate::Kind::NotApplicable);
    CHECK(virtualAcademy.quarters.size() == 4);
}

TEST_CASE("the report's own anomalies become findings with their lines", "[plan][lausd]")
{
    const QList<Finding> &findings = report().findings;
    REQUIRE(findings.size() == 4);

    CHECK(findings[0].line == 718);
    CHECK(findings[0].column == 3);
    CHECK(findings[0].kind == Finding::Kind::InvalidDate);
    CHECK(findings[0].message.contains(QStringLiteral("9/31/22")));
    const Milestone &townHalls = milestoneStarting(objectiveTitled(QStringLiteral("Strategic Plan Development")),
                                                   QStringLiteral("Host community town halls"));
    CHECK(townHalls.end.kind() == PlanDate::Kind::Invalid);
    CHECK(townHalls.end.raw() == QStringLiteral("9/31/22"));

    CHECK(findings[1].line == 962); // Identify potential partners: Ongoing, yet 2023 Q3 unmarked
    CHECK(findings[1].kind == Finding::Kind::MarksDisagree);
    CHECK(findings[2].line == 966); // Students will begin attending: only 2023 Q3 marked
    CHECK(findings[2].kind == Finding::Kind::MarksDisagree);
    CHECK(findings[3].line == 1042); // high-school lockers end 9/30/22 but 2022 Q4 is marked
    CHECK(findings[3].kind == Finding::Kind::MarksDisagree);
    CHECK(findings[3].message.contains(QStringLiteral("2022 Q4")));
}
