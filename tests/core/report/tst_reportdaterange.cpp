// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "plan/planreader.h"
#include "report/reportdaterange.h"

using namespace milepost;

namespace {

Milestone marked(const char *start, const char *end, QList<YearQuarter> quarters)
{
    Milestone m;
    m.start = PlanDate::parse(QString::fromLatin1(start));
    m.end = PlanDate::parse(QString::fromLatin1(end));
    m.quarters = std::move(quarters);
    return m;
}

Plan planOf(QList<Milestone> milestones)
{
    Objective objective;
    objective.milestones = std::move(milestones);
    Plan plan;
    plan.objectives = {objective};
    return plan;
}

ReportDateRange rangeFor(const Plan &plan, const ReportPageOptions &options = {})
{
    return ReportDateRange::choose(ReportKeyFigures::compute(plan, QDate(2022, 12, 1)), options);
}

} // namespace

TEST_CASE("key figures give the first and last day of the quarters the plan marks", "[report][range]")
{
    const Plan plan = planOf({marked("1/16/20", "6/30/23", {{2022, 4}, {2023, 1}}),
                              marked("8/1/22", "Ongoing", {{2022, 3}}),
                              marked("9/1/22", "9/30/22", {})});
    const auto figures = ReportKeyFigures::compute(plan, QDate(2022, 12, 1));
    CHECK(figures.firstMarkedDay == QDate(2022, 7, 1));
    CHECK(figures.lastMarkedDay == QDate(2023, 3, 31));
    CHECK(figures.firstDay == QDate(2020, 1, 16));
    CHECK(figures.lastDay == QDate(2023, 6, 30));
}

TEST_CASE("by default the timeline covers the quarters the plan marks", "[report][range]")
{
    const Plan plan = planOf({marked("1/16/20", "6/30/23", {{2022, 4}, {2023, 1}}),
                              marked("8/1/22", "9/30/22", {{2022, 3}})});
    const ReportDateRange range = rangeFor(plan);
    CHECK(range.first == QDate(2022, 7, 1));
    CHECK(range.last == QDate(2023, 3, 31));
}

TEST_CASE("every date covers whole quarters from the first date to the last", "[report][range]")
{
    ReportPageOptions options;
    options.timelineSpan = ReportPageOptions::TimelineSpan::AllDates;
    const Plan plan = planOf({marked("1/16/20", "5/10/23", {{2022, 4}})});
    const ReportDateRange range = rangeFor(plan, options);
    CHECK(range.first == QDate(2020, 1, 1));
    CHECK(range.last == QDate(2023, 6, 30));
}

TEST_CASE("a plan without quarter marks prints its dates", "[report][range]")
{
    const ReportDateRange range = rangeFor(planOf({marked("2/14/22", "11/3/22", {})}));
    CHECK(range.first == QDate(2022, 1, 1));
    CHECK(range.last == QDate(2022, 12, 31));
}

TEST_CASE("a range asked for is printed exactly, an open end takes the plan's", "[report][range]")
{
    const Plan plan = planOf({marked("1/16/20", "6/30/23", {{2022, 3}, {2023, 2}})});
    ReportPageOptions options;
    options.rangeFirst = QDate(2022, 8, 15);
    options.rangeLast = QDate(2022, 12, 20);
    ReportDateRange range = rangeFor(plan, options);
    CHECK(range.first == QDate(2022, 8, 15));
    CHECK(range.last == QDate(2022, 12, 20));

    options.rangeLast = QDate();
    range = rangeFor(plan, options);
    CHECK(range.first == QDate(2022, 8, 15));
    CHECK(range.last == QDate(2023, 6, 30));

    options.rangeFirst = QDate(2024, 1, 1); // after the plan's last day: nothing to print
    CHECK_FALSE(rangeFor(plan, options).isValid());
}

TEST_CASE("an undated plan has no range", "[report][range]")
{
    CHECK_FALSE(rangeFor(planOf({marked("N/A", "N/A", {})})).isValid());
    CHECK_FALSE(rangeFor(Plan{}).isValid());
}

TEST_CASE("the 100-Day Plan prints the quarters its tables mark, not the years before", "[report][range][lausd]")
{
    const auto read = PlanReader::readFile(QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt"));
    REQUIRE(read.ok);
    const auto figures = ReportKeyFigures::compute(read.plan, QDate(2022, 12, 1));
    // "CARE ... 1/16/20" is the plan's earliest date; its tables' quarter columns run from
    // 2022 Q2 (9 milestones marked) to 2023 Q4 (1 marked).
    CHECK(figures.firstDay == QDate(2020, 1, 16));
    const ReportDateRange range = ReportDateRange::choose(figures, ReportPageOptions{});
    CHECK(range.first == QDate(2022, 4, 1));
    CHECK(range.last == QDate(2023, 12, 31));
}
