// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's charts built from figures with known values: every element is the figure
// at the same place in the breakdown, nothing dropped, reordered or made up.
#include "dashboardfixture.h"

#include "dashboardcharts.h"

using namespace milepost;
using namespace milepost::test;

namespace {

using State = MilestoneStatus::State;

Milestone milestone(const char *start, const char *end)
{
    Milestone m;
    m.title = QString::fromUtf8(start);
    m.start = PlanDate::parse(QString::fromUtf8(start));
    m.end = PlanDate::parse(QString::fromUtf8(end));
    return m;
}

// As of August 15, 2022: Learn has one done and one due-soon milestone; Act one overdue, one
// not started, one ongoing (on track) and one with an impossible end (unknown).
Plan smallPlan()
{
    Objective learn;
    learn.phase = Phase::Learn;
    learn.status = ObjectiveStatus::parse(QStringLiteral("Completed"));
    learn.milestones = {milestone("3/01/22", "6/30/22"), milestone("7/01/22", "8/31/22")};
    Objective act;
    act.phase = Phase::Act;
    act.status = ObjectiveStatus::parse(QStringLiteral("In Progress"));
    act.milestones = {milestone("3/01/22", "7/29/22"), milestone("9/01/22", "6/01/23"), milestone("3/15/22", "Ongoing"),
                      milestone("9/01/22", "9/31/22")};
    Plan plan;
    plan.objectives = {learn, act};
    return plan;
}

} // namespace

TEST_CASE("the status donut has a slice per state, in the palette's status styles", "[dashboard][charts]")
{
    const PlanFigures figures = PlanFigures::compute(smallPlan(), QDate(2022, 8, 15));
    const DashboardCharts::Chart chart = DashboardCharts::planStatusDonut(figures);
    const ChartSpec &spec = chart.spec;
    CHECK(spec.kind == ChartSpec::Kind::Donut);
    REQUIRE(spec.categories.size() == 8);
    CHECK(spec.categoryKeys == QStringList{QStringLiteral("done"), QStringLiteral("on_track"), QStringLiteral("due_soon"),
                                           QStringLiteral("overdue"), QStringLiteral("not_started"),
                                           QStringLiteral("deferred"), QStringLiteral("cancelled"),
                                           QStringLiteral("unknown")});
    // Deferred and Cancelled are recorded, never computed from dates: none here.
    const QList<std::optional<double>> expected{1, 1, 1, 1, 1, std::nullopt, std::nullopt, 1};
    CHECK(spec.series.at(0).values == expected);
    CHECK(spec.categoryStyles.at(3) == ChartStyle::status(State::Overdue));
    CHECK_FALSE(spec.sampleData);
    // The element the chart reports is the figure behind it.
    CHECK(chart.breakdown.at(0, 3).rows == figures.milestonesIn(State::Overdue).rows);
}

TEST_CASE("milestones by phase: stacked by state, empty cells are no data", "[dashboard][charts]")
{
    const PlanFigures figures = PlanFigures::compute(smallPlan(), QDate(2022, 8, 15));
    const ChartSpec spec = DashboardCharts::milestonesByPhase(figures).spec;
    CHECK(spec.kind == ChartSpec::Kind::StackedBars);
    CHECK(spec.categories == QStringList{QStringLiteral("Learn"), QStringLiteral("Assess"), QStringLiteral("Communicate"),
                                         QStringLiteral("Act")});
    REQUIRE(spec.series.size() == 6);
    const int overdue = 3;
    CHECK(spec.series.at(overdue).key == QStringLiteral("overdue"));
    CHECK(spec.series.at(overdue).style == ChartStyle::status(State::Overdue));
    CHECK(spec.series.at(overdue).values == QList<std::optional<double>>{std::nullopt, std::nullopt, std::nullopt, 1.0});
    CHECK(spec.series.at(0).values == QList<std::optional<double>>{1.0, std::nullopt, std::nullopt, std::nullopt});
    CHECK(spec.maximum() == 4); // Act: overdue, not started, on track, unknown
}

TEST_CASE("milestones by quarter leave the undated ones out and say how many", "[dashboard][charts]")
{
    const PlanFigures figures = PlanFigures::compute(smallPlan(), QDate(2022, 8, 15));
    const ChartSpec spec = DashboardCharts::milestonesByQuarter(figures).spec;
    CHECK(spec.categories == QStringList{QStringLiteral("2022 Q2"), QStringLiteral("2022 Q3"), QStringLiteral("2022 Q4"),
                                         QStringLiteral("2023 Q1"), QStringLiteral("2023 Q2")});
    double total = 0;
    for (int s = 0; s < spec.series.size(); ++s) {
        for (int c = 0; c < spec.categories.size(); ++c)
            total += spec.value(s, c).value_or(0);
    }
    CHECK(total == 4);
    CHECK(spec.note.contains(QStringLiteral("Not shown: 2 without a dated end")));
    // No milestone with a dated end is Unknown: that state counts zero and is left out, with no
    // "no data" note, which would suggest something is missing.
    for (const ChartSeries &series : spec.series)
        CHECK(series.key != QStringLiteral("unknown"));
    CHECK_FALSE(spec.note.contains(QStringLiteral("No data")));
}

TEST_CASE("staffing charts carry the sample badge when illustrative rows feed them", "[dashboard][charts]")
{
    const DashboardData data = shippedData();
    DashboardFilter filter;
    filter.asOf = planAsOf();
    const StaffingFigures figures = StaffingFigures::compute(data.staffing, filter);
    const DashboardCharts::Chart chart = DashboardCharts::staffingByLocalDistrict(figures);
    CHECK(chart.spec.sampleData);
    CHECK(chart.spec.title.contains(QStringLiteral("2021-22")));
    CHECK(chart.spec.categories == QStringList{QStringLiteral("C"), QStringLiteral("E"), QStringLiteral("NE"),
                                               QStringLiteral("NW"), QStringLiteral("S"), QStringLiteral("W")});
    // Hires of NW: 497 teachers and the whole-year classified rows (97+118+86+32+75+86+43).
    CHECK(*chart.spec.value(0, 3) == 497 + 97 + 118 + 86 + 32 + 75 + 86 + 43);
    // No vacancies in the sample: the series is left out, and the note says so.
    CHECK(chart.spec.series.size() == 1);
    CHECK(chart.spec.series.constFirst().key == StaffingFigures::hiresKey);
    CHECK(chart.spec.note.contains(QStringLiteral("No data for: Vacancies.")));
    const ChartSpec byCategory = DashboardCharts::staffingByJobCategory(figures).spec;
    CHECK(byCategory.horizontal);
    CHECK(byCategory.categories.constFirst() == QStringLiteral("Teacher"));
}

TEST_CASE("more districts than bars: the largest are charted, the rest noted", "[dashboard][charts]")
{
    QList<CapitalProject> projects;
    for (int i = 1; i <= 25; ++i) {
        CapitalProject project
            = test::project("P", QByteArray::number(i).constData(), "", "", "Roofing",
                            {phase("Construction", "", {}, {}, {}, dollars(1000 * i))});
        projects.append(project);
    }
    DashboardFilter filter;
    filter.asOf = QDate(2025, 1, 1);
    const CapitalFigures figures = CapitalFigures::compute(projects, filter);
    const DashboardCharts::Chart chart = DashboardCharts::capitalAmountsByDistrict(figures);
    REQUIRE(chart.spec.categories.size() == DashboardCharts::maximumBars);
    CHECK(chart.spec.categories.constFirst() == QStringLiteral("25"));
    CHECK(chart.spec.note.contains(QStringLiteral("5 more categories")));
    CHECK(*chart.spec.value(0, 0) == 25000 * 100.0);
    CHECK(chart.breakdown.at(0, 0).rows == QList<int>{24});
    CHECK(chart.spec.format == ChartSpec::Format::Money);
}

TEST_CASE("enrollment trends are lines that break where a year has no data", "[dashboard][charts]")
{
    const QList<EnrollmentRecord> records{
        enrollment("2020-21", "NE", "", "All", "", 1000, 2),
        enrollment("2022-23", "NE", "", "All", "", 900, 3),
        enrollment("2020-21", "W", "", "All", "", 500, 4),
        enrollment("2021-22", "W", "", "All", "", 480, 5),
    };
    DashboardFilter filter;
    filter.asOf = QDate(2023, 1, 1);
    const EnrollmentFigures figures = EnrollmentFigures::compute(records, filter);
    const ChartSpec spec = DashboardCharts::enrollmentTrendByDistrict(figures).spec;
    CHECK(spec.kind == ChartSpec::Kind::Lines);
    CHECK(spec.categories == QStringList{QStringLiteral("2020-21"), QStringLiteral("2021-22"), QStringLiteral("2022-23")});
    REQUIRE(spec.series.size() == 2);
    CHECK(spec.series.at(0).values == QList<std::optional<double>>{1000.0, std::nullopt, 900.0});
    CHECK(spec.series.at(1).values == QList<std::optional<double>>{500.0, 480.0, std::nullopt});
}

TEST_CASE("a trend of one school year says it needs a second", "[dashboard][charts]")
{
    const QList<EnrollmentRecord> oneYear{
        enrollment("2021-22", "NE", "", "All", "", 1000, 2),
        enrollment("2021-22", "W", "", "All", "", 500, 3),
    };
    DashboardFilter filter;
    filter.asOf = QDate(2023, 1, 1);
    const EnrollmentFigures figures = EnrollmentFigures::compute(oneYear, filter);
    CHECK(DashboardCharts::enrollmentTrendByDistrict(figures).spec.note.contains(QStringLiteral("Only 2021-22 so far")));
    CHECK(DashboardCharts::enrollmentTrendByProgram(figures).spec.note.contains(QStringLiteral("Only 2021-22 so far")));

    const QList<EnrollmentRecord> twoYears{oneYear.first(), enrollment("2022-23", "NE", "", "All", "", 900, 4)};
    const EnrollmentFigures trend = EnrollmentFigures::compute(twoYears, filter);
    CHECK_FALSE(DashboardCharts::enrollmentTrendByDistrict(trend).spec.note.contains(QStringLiteral("so far")));
}

TEST_CASE("the slip histogram stacks ended and open projects by days late", "[dashboard][charts]")
{
    const DashboardData data = shippedData();
    DashboardFilter filter;
    filter.asOf = planAsOf();
    const CapitalFigures figures = CapitalFigures::compute(data.projects, filter);
    const DashboardCharts::Chart chart = DashboardCharts::scheduleSlip(figures);
    CHECK(chart.spec.kind == ChartSpec::Kind::Histogram);
    CHECK(chart.spec.categories.size() == 6);
    REQUIRE(chart.spec.series.size() == 2);
    double charted = 0;
    for (int s = 0; s < 2; ++s) {
        for (int c = 0; c < 6; ++c)
            charted += chart.spec.value(s, c).value_or(0);
    }
    CHECK(charted == double(figures.slipDistribution.total().value));
    CHECK(chart.spec.sampleData);
}
