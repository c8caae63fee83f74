// SPDX-License-Identifier: GPL-3.0-or-later
// The shared dashboard filters: what they match, and what they say when they cannot apply.
#include "dashboardtestdata.h"

#include "dashboard/dashboarddata.h"
#include "dashboard/dashboardfilter.h"
#include "plan/planreader.h"
#include "store/planrepository.h"

using namespace milepost;
using namespace milepost::test;

TEST_CASE("filters match whole values, ignoring case and spaces", "[dashboard][filter]")
{
    DashboardFilter filter;
    CHECK_FALSE(filter.filtersRows());
    filter.localDistrict = QStringLiteral(" ne ");
    CHECK(filter.filtersRows());
    const auto cert = StaffingRecord::EmployeeGroup::Certificated;
    CHECK(filter.matches(staffing("2022-23", "NE", "", cert, "Teacher", 1, {}, {}, 2)));
    CHECK_FALSE(filter.matches(staffing("2022-23", "NEW", "", cert, "Teacher", 1, {}, {}, 2)));
    CHECK(filter.matches(enrollment("2022-23", "Ne", "", "All", "", 1, 2)));
    CHECK(filter.matches(project("P", "NE", "1", "", "", {})));
    CHECK_FALSE(filter.matches(project("P", "E", "1", "", "", {})));
}

TEST_CASE("a filter a dataset has no column for is not applied, and says so", "[dashboard][filter]")
{
    DashboardFilter filter;
    filter.boardDistrict = QStringLiteral("5");
    filter.localDistrict = QStringLiteral("NE");
    // Staffing has no Board District: the Board District does not filter it out.
    CHECK(filter.matches(staffing("2022-23", "NE", "", StaffingRecord::EmployeeGroup::Classified, "Bus driver", 1, {},
                                  {}, 2)));
    CHECK(filter.describe(DashboardFilter::Source::Staffing) == QStringList{QStringLiteral("Local District: NE")});
    CHECK(filter.notApplied(DashboardFilter::Source::Staffing)
          == QStringList{QStringLiteral("The Board District filter does not apply: the staffing data has no Board District.")});
    CHECK(filter.notApplied(DashboardFilter::Source::CapitalProjects).isEmpty());
    CHECK(filter.describe(DashboardFilter::Source::CapitalProjects).size() == 2);
    CHECK(filter.notApplied(DashboardFilter::Source::Plan).size() == 2);
    CHECK(filter.describe(DashboardFilter::Source::Plan).isEmpty());
}

TEST_CASE("dashboard data is read from the store with the filter choices", "[dashboard][filter]")
{
    auto database = memoryDatabase();
    importData(*database, Dataset::Staffing, "lausd-sample-staffing.csv");
    importData(*database, Dataset::CapitalProjects, "lausd-sample-capital-projects.csv");
    PlanRepository plans(*database);
    const PlanImportResult read = PlanReader::readFile(QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt"));
    REQUIRE(read.ok);
    QString error;
    REQUIRE(plans.replacePlan(read.plan, read.findings, &error));

    const DashboardData data = DashboardData::load(plans, DatasetRepository(*database));
    CHECK(data.errors.isEmpty());
    CHECK(data.hasPlan);
    CHECK(data.plan.milestoneCount() == 160);
    CHECK(data.staffing.size() == 96);
    CHECK(data.enrollment.isEmpty());
    CHECK(data.projects.size() == 36);
    CHECK(data.localDistricts() == QStringList{QStringLiteral("C"), QStringLiteral("E"), QStringLiteral("NE"),
                                               QStringLiteral("NW"), QStringLiteral("S"), QStringLiteral("W")});
    CHECK(data.boardDistricts() == QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                               QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                                               QStringLiteral("7")});
    CHECK(data.schools().contains(QStringLiteral("Esperanza Elementary School")));
}
