// SPDX-License-Identifier: GPL-3.0-or-later
// Staffing figures on a small dataset worked out by hand, and on the bundled sample.
#include "dashboardtestdata.h"

#include "dashboard/staffingfigures.h"

using namespace milepost;
using namespace milepost::test;

namespace {

constexpr auto cert = StaffingRecord::EmployeeGroup::Certificated;
constexpr auto classified = StaffingRecord::EmployeeGroup::Classified;
constexpr std::nullopt_t none = std::nullopt;

// Rows (line = row + 2), as of October 1, 2022, so the year is 2022-23:
//   0  2021-22          NE            Teacher     100 positions, 10 vacancies, 30 hires
//   1  2021-22          NE Roosevelt  Teacher     12 hires: NE's own row 0 stands for it
//   2  2022-23          NE            Teacher     110, 5, 40
//   3  2022-09          NE            Bus driver  50, 8, 3: hires count; a later count (row 4) stands
//   4  2022-10          NE            Bus driver  50, 6, 4
//   5  2022-23          W             Bus driver  9 hires
//   6  9/15-10/15/22    W             Bus driver  2 hires: the whole-year row 5 stands
//   7  6/01-7/31/22     NE            Teacher     5 hires: crosses June 30
//   8  2023-24          NE            Teacher     99 hires: after the as-of year
//   9  2022-23          E             Counselor   20, 2 (illustrative)
//   10 2022-07          NE            Bus driver  1 hire
//   11 7/15-8/15/22     NE            Bus driver  2 hires: overlaps row 10
QList<StaffingRecord> handMade()
{
    return {
        staffing("2021-22", "NE", "", cert, "Teacher", 100, 10, 30, 2),
        staffing("2021-22", "NE", "Roosevelt HS", cert, "Teacher", none, none, 12, 3),
        staffing("2022-23", "NE", "", cert, "Teacher", 110, 5, 40, 4),
        staffing("2022-09", "NE", "", classified, "Bus driver", 50, 8, 3, 5),
        staffing("2022-10", "ne", "", classified, "bus driver", 50, 6, 4, 6),
        staffing("2022-23", "W", "", classified, "Bus driver", none, none, 9, 7),
        staffing("2022-09-15/2022-10-15", "W", "", classified, "Bus driver", none, none, 2, 8),
        staffing("2022-06-01/2022-07-31", "NE", "", cert, "Teacher", none, none, 5, 9),
        staffing("2023-24", "NE", "", cert, "Teacher", none, none, 99, 10),
        staffing("2022-23", "E", "", cert, "Counselor", 20, 2, none, 11, true),
        staffing("2022-07", "NE", "", classified, "Bus driver", none, none, 1, 12),
        staffing("2022-07-15/2022-08-15", "NE", "", classified, "Bus driver", none, none, 2, 13),
    };
}

DashboardFilter asOf(const QDate &date)
{
    DashboardFilter filter;
    filter.asOf = date;
    return filter;
}

QList<int> rows(std::initializer_list<int> list)
{
    return QList<int>(list);
}

} // namespace

TEST_CASE("staffing figures add hires over the year and take the latest count of vacancies", "[dashboard][staffing]")
{
    const StaffingFigures figures = StaffingFigures::compute(handMade(), asOf(QDate(2022, 10, 1)));
    CHECK(figures.schoolYears == QList<int>{2021, 2022, 2023});
    REQUIRE(figures.schoolYear == 2022);
    CHECK(figures.hires.value == 57); // 40 + 3 + 4 + 9 + 1
    CHECK(figures.hires.rows == rows({2, 3, 4, 5, 10}));
    CHECK_FALSE(figures.hires.illustrative);
    CHECK(figures.vacancies.value == 13); // 5 + 6 + 2
    CHECK(figures.vacancies.rows == rows({2, 4, 9}));
    CHECK(figures.vacancies.illustrative);
    CHECK(figures.positions.value == 180);
    REQUIRE(figures.fillRate());
    CHECK(qAbs(*figures.fillRate() - 167.0 / 180.0) < 1e-12);

    CHECK(figures.previousHires.value == 30);
    CHECK(figures.previousHires.rows == rows({0}));
    CHECK(figures.previousVacancies.value == 10);
}

TEST_CASE("staffing change compares only what both years report", "[dashboard][staffing]")
{
    const StaffingFigures figures = StaffingFigures::compute(handMade(), asOf(QDate(2022, 10, 1)));
    // Only NE teachers have hires in both years: 40 against 30.
    CHECK(figures.comparableHires.rows == rows({2}));
    CHECK(figures.comparablePreviousHires.rows == rows({0}));
    REQUIRE(figures.hiresChange());
    CHECK(*figures.hiresChange() == 10);
    REQUIRE(figures.hiresChangeRatio());
    CHECK(qAbs(*figures.hiresChangeRatio() - 1.0 / 3.0) < 1e-12);
}

TEST_CASE("staffing rows that would count the same staff twice are listed with the reason", "[dashboard][staffing]")
{
    const StaffingFigures figures = StaffingFigures::compute(handMade(), asOf(QDate(2022, 10, 1)));
    REQUIRE(figures.notCounted.size() == 4);
    CHECK(figures.notCounted.at(0).row == 1);
    CHECK(figures.notCounted.at(0).reason.contains(QStringLiteral("line 2")));
    CHECK(figures.notCounted.at(1).row == 6);
    CHECK(figures.notCounted.at(1).reason.contains(QStringLiteral("whole-year row on line 7")));
    CHECK(figures.notCounted.at(2).row == 7);
    CHECK(figures.notCounted.at(2).reason.contains(QStringLiteral("crosses")));
    CHECK(figures.notCounted.at(3).row == 11);
    CHECK(figures.notCounted.at(3).reason.contains(QStringLiteral("line 12")));
}

TEST_CASE("staffing breakdowns by group, job category and Local District", "[dashboard][staffing]")
{
    const StaffingFigures figures = StaffingFigures::compute(handMade(), asOf(QDate(2022, 10, 1)));
    const Breakdown &groups = figures.byEmployeeGroup;
    CHECK(groups.at(0, 0).value == 40);
    CHECK(groups.at(1, 0).value == 7);
    CHECK(groups.at(1, 0).rows == rows({2, 9}));
    CHECK(groups.at(0, 1).value == 17);
    CHECK(groups.at(0, 1).rows == rows({3, 4, 5, 10}));
    CHECK(groups.at(1, 1).value == 6);

    const Breakdown &categories = figures.byJobCategory;
    REQUIRE(categories.categoryCount() == 3);
    // Largest first; "bus driver" and "Bus driver" are one category.
    CHECK(categories.categories().at(0).text == QStringLiteral("Teacher"));
    CHECK(categories.categories().at(1).text == QStringLiteral("Bus driver"));
    CHECK(categories.categories().at(2).text == QStringLiteral("Counselor"));
    CHECK(categories.at(0, 1).value == 17);
    CHECK(categories.at(1, 1).value == 6);
    CHECK(categories.at(1, 2).value == 2);

    const Breakdown &districts = figures.byLocalDistrict;
    REQUIRE(districts.categoryCount() == 3);
    CHECK(districts.categories().at(0).text == QStringLiteral("E"));
    CHECK(districts.categories().at(1).text == QStringLiteral("NE"));
    CHECK(districts.categories().at(2).text == QStringLiteral("W"));
    CHECK(districts.at(0, 1).value == 48);
    CHECK(districts.at(0, 1).rows == rows({2, 3, 4, 10}));
    CHECK(districts.at(1, 1).value == 11);
    CHECK(districts.at(0, 2).value == 9);
    CHECK(districts.at(1, 0).value == 2);
    CHECK(districts.at(1, 0).illustrative);
    // The breakdowns add up to the totals.
    CHECK(districts.seriesTotal(0) == figures.hires);
    CHECK(groups.seriesTotal(1) == figures.vacancies);
}

TEST_CASE("the staffing filter narrows to one Local District or one site", "[dashboard][staffing]")
{
    DashboardFilter filter = asOf(QDate(2022, 10, 1));
    filter.localDistrict = QStringLiteral(" ne ");
    StaffingFigures figures = StaffingFigures::compute(handMade(), filter);
    CHECK(figures.hires.value == 48);
    CHECK(figures.byLocalDistrict.categoryCount() == 1);

    filter.school = QStringLiteral("Roosevelt HS");
    figures = StaffingFigures::compute(handMade(), filter);
    // Only the site row is left, in 2021-22: the latest year up to the as-of date.
    CHECK(figures.schoolYear == 2021);
    CHECK(figures.hires.rows == rows({1}));
    CHECK(figures.hires.value == 12);
}

TEST_CASE("an as-of date before every row leaves no year", "[dashboard][staffing]")
{
    const StaffingFigures figures = StaffingFigures::compute(handMade(), asOf(QDate(2019, 1, 1)));
    CHECK(figures.schoolYear == 0);
    CHECK(figures.hires.isEmpty());
    CHECK_FALSE(figures.fillRate());
    CHECK_FALSE(figures.hiresChange());
}

TEST_CASE("the staffing sample: 2,495 teachers and 2,700 classified hires, teachers up 62%", "[dashboard][staffing][sample]")
{
    auto database = memoryDatabase();
    importData(*database, Dataset::Staffing, "lausd-sample-staffing.csv");
    const QList<StaffingRecord> records = DatasetRepository(*database).staffing();
    const StaffingFigures figures = StaffingFigures::compute(records, asOf(QDate(2022, 10, 1)));
    REQUIRE(figures.schoolYear == 2021);
    const Breakdown &groups = figures.byEmployeeGroup;
    CHECK(groups.at(0, groups.categoryIndex(QStringLiteral("certificated"))).value == 2495);
    // The whole-year classified rows stand for the year; the "since March 15" rows are part
    // of the same year's hires and are not added again.
    CHECK(groups.at(0, groups.categoryIndex(QStringLiteral("classified"))).value == 2700);
    CHECK(figures.hires.value == 2495 + 2700);
    CHECK(figures.hires.illustrative);
    REQUIRE(figures.notCounted.size() == 42);
    for (const StaffingFigures::Exclusion &excluded : figures.notCounted) {
        CHECK(records.at(excluded.row).period.canonical() == QStringLiteral("2022-03-15/2022-06-03"));
        CHECK(excluded.reason.contains(QStringLiteral("whole-year row")));
    }
    // Only teachers are reported for 2020-21: 1,540, derived from the report's 62% increase.
    CHECK(figures.previousHires.value == 1540);
    CHECK(figures.comparableHires.value == 2495);
    REQUIRE(figures.hiresChangeRatio());
    CHECK(qRound(*figures.hiresChangeRatio() * 100) == 62);
    // No sample row gives positions or vacancies.
    CHECK(figures.vacancies.isEmpty());
    CHECK_FALSE(figures.fillRate());
}
