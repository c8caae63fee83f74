// SPDX-License-Identifier: GPL-3.0-or-later
// Enrollment figures on a small dataset worked out by hand, and on the bundled sample.
#include "dashboardtestdata.h"

#include "dashboard/enrollmentfigures.h"

using namespace milepost;
using namespace milepost::test;

namespace {

constexpr auto classrooms = EnrollmentRecord::Unit::Classrooms;

// Rows (line = row + 2), as of October 1, 2022, so the year is 2022-23:
//   0  2021-22 NE                  All          1000
//   1  2022-23 NE                  All           950
//   2  2022-23 NE Roosevelt HS     All           300  NE's own count (row 1) stands for it
//   3  2021-22 W                   All           500
//   4  2022-23 E  Garfield HS      All           400
//   5  2022-23 E  Garfield HS      All  grade 9  100  the all-grades row 4 stands for it
//   6  2022-23 E  Lincoln HS       All  grade 9  120
//   7  2022-23 E  Lincoln HS       All  grade 10 110
//   8  2022-23 E  Lincoln HS       All  grade 10 110  same as row 7
//   9  2022-23 NE                  Magnet        200  illustrative
//   10 2021-22 NE                  Magnet        180
//   11 2022-23 NE                  UTK           12 classrooms
//   12 2023-24 NE                  All           900  after the as-of year
//   13 2021-22 E  Garfield HS      All           390
QList<EnrollmentRecord> handMade()
{
    return {
        enrollment("2021-22", "NE", "", "All", "", 1000, 2),
        enrollment("2022-23", "NE", "", "All", "", 950, 3),
        enrollment("2022-23", "NE", "Roosevelt HS", "All", "", 300, 4),
        enrollment("2021-22", "W", "", "All", "", 500, 5),
        enrollment("2022-23", "E", "Garfield HS", "All", "", 400, 6),
        enrollment("2022-23", "E", "Garfield HS", "All", "9", 100, 7),
        enrollment("2022-23", "E", "Lincoln HS", "All", "9", 120, 8),
        enrollment("2022-23", "E", "Lincoln HS", "All", "10", 110, 9),
        enrollment("2022-23", "E", "Lincoln HS", "all", "10", 110, 10),
        enrollment("2022-23", "NE", "", "Magnet", "", 200, 11, true),
        enrollment("2021-22", "NE", "", "Magnet", "", 180, 12),
        enrollment("2022-23", "NE", "", "UTK", "", 12, 13, false, classrooms),
        enrollment("2023-24", "NE", "", "All", "", 900, 14),
        enrollment("2021-22", "E", "Garfield HS", "All", "", 390, 15),
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

TEST_CASE("enrollment totals count each student once", "[dashboard][enrollment]")
{
    const EnrollmentFigures figures = EnrollmentFigures::compute(handMade(), asOf(QDate(2022, 10, 1)));
    CHECK(figures.program == QStringLiteral("all"));
    CHECK(figures.schoolYears == QList<int>{2021, 2022, 2023});
    REQUIRE(figures.schoolYear == 2022);
    CHECK(figures.total.value == 1580); // 950 + 400 + 120 + 110
    CHECK(figures.total.rows == rows({1, 4, 6, 7}));
    CHECK(figures.previousTotal.value == 1890); // 1000 + 500 + 390
    CHECK(figures.previousTotal.rows == rows({0, 3, 13}));

    REQUIRE(figures.notCounted.size() == 3);
    CHECK(figures.notCounted.at(0).row == 2);
    CHECK(figures.notCounted.at(0).reason.contains(QStringLiteral("line 3")));
    CHECK(figures.notCounted.at(1).row == 5);
    CHECK(figures.notCounted.at(1).reason.contains(QStringLiteral("all-grades count on line 6")));
    CHECK(figures.notCounted.at(2).row == 8);
    CHECK(figures.notCounted.at(2).reason.contains(QStringLiteral("Line 9 counts the same students")));
}

TEST_CASE("enrollment change is measured on the Local Districts of both years", "[dashboard][enrollment]")
{
    const EnrollmentFigures figures = EnrollmentFigures::compute(handMade(), asOf(QDate(2022, 10, 1)));
    // W has no 2022-23 count: NE 950 against 1000 and E 630 against 390.
    CHECK(figures.comparableTotal.value == 1580);
    CHECK(figures.comparablePreviousTotal.value == 1390);
    CHECK(figures.comparablePreviousTotal.rows == rows({0, 13}));
    REQUIRE(figures.change());
    CHECK(*figures.change() == 190);
    REQUIRE(figures.changeRatio());
    CHECK(qAbs(*figures.changeRatio() - 190.0 / 1390.0) < 1e-12);
}

TEST_CASE("enrollment trends by year, Local District and program", "[dashboard][enrollment]")
{
    const EnrollmentFigures figures = EnrollmentFigures::compute(handMade(), asOf(QDate(2022, 10, 1)));
    const Breakdown &years = figures.totalsByYear;
    REQUIRE(years.categoryCount() == 3);
    CHECK(years.categories().at(0).text == QStringLiteral("2021-22"));
    CHECK(years.at(0, 0).value == 1890);
    CHECK(years.at(0, 1).value == 1580);
    CHECK(years.at(0, 2).value == 900);

    const Breakdown &districts = figures.trendByDistrict;
    REQUIRE(districts.seriesCount() == 3);
    CHECK(districts.series().at(0).text == QStringLiteral("E"));
    CHECK(districts.series().at(1).text == QStringLiteral("NE"));
    CHECK(districts.series().at(2).text == QStringLiteral("W"));
    CHECK(districts.at(0, 0).value == 390);
    CHECK(districts.at(0, 1).value == 630);
    CHECK(districts.at(0, 2).isEmpty()); // no data, which is not zero students
    CHECK(districts.at(1, 2).value == 900);
    CHECK(districts.at(2, 1).isEmpty());

    const Breakdown &programs = figures.trendByProgram;
    REQUIRE(programs.seriesCount() == 2);
    const int magnet = programs.seriesIndex(QStringLiteral("magnet"));
    CHECK(programs.at(magnet, 0).value == 180);
    CHECK(programs.at(magnet, 1).value == 200);
    CHECK(programs.at(magnet, 1).illustrative);
    CHECK_FALSE(programs.at(magnet, 0).illustrative);

    CHECK(figures.byDistrict.categoryCount() == 2);
    CHECK(figures.byDistrict.at(0, figures.byDistrict.categoryIndex(QStringLiteral("e"))).rows == rows({4, 6, 7}));
    CHECK(figures.byDistrict.at(0, figures.byDistrict.categoryIndex(QStringLiteral("ne"))).value == 950);
    REQUIRE(figures.byProgram.categoryCount() == 2);
    CHECK(figures.byProgram.categories().at(0).key == QStringLiteral("all"));
    CHECK(figures.byProgram.at(0, 1).value == 200);
    // Classrooms are never added to students.
    CHECK(figures.classroomsYear == 2022);
    REQUIRE(figures.classroomsByProgram.categoryCount() == 1);
    CHECK(figures.classroomsByProgram.at(0, 0).value == 12);
    CHECK(figures.classroomsByProgram.at(0, 0).rows == rows({11}));
}

TEST_CASE("enrollment of another program and of one school", "[dashboard][enrollment]")
{
    EnrollmentFigures figures = EnrollmentFigures::compute(handMade(), asOf(QDate(2022, 10, 1)), QStringLiteral("Magnet"));
    CHECK(figures.program == QStringLiteral("magnet"));
    CHECK(figures.total.value == 200);
    CHECK(figures.total.illustrative);
    CHECK(*figures.change() == 20);

    DashboardFilter filter = asOf(QDate(2022, 10, 1));
    filter.school = QStringLiteral("lincoln hs");
    figures = EnrollmentFigures::compute(handMade(), filter);
    CHECK(figures.total.rows == rows({6, 7}));
    CHECK(figures.notCounted.size() == 1);
    CHECK_FALSE(figures.change());
}

TEST_CASE("the enrollment sample: magnet students as the report states them", "[dashboard][enrollment][sample]")
{
    auto database = memoryDatabase();
    importData(*database, Dataset::Enrollment, "lausd-sample-enrollment.csv");
    const QList<EnrollmentRecord> records = DatasetRepository(*database).enrollment();
    const DashboardFilter filter = asOf(QDate(2022, 10, 1));
    // The sample has no "All" program; magnet, English learners and RFEP have six rows each,
    // and magnet comes first.
    CHECK(EnrollmentFigures::defaultProgram(records, filter) == QStringLiteral("magnet"));
    const EnrollmentFigures figures = EnrollmentFigures::compute(records, filter);
    CHECK(figures.schoolYear == 2021);
    // C 13,610 + E 12,746 + NE 12,384 + NW 17,177 + S 14,042 + W 16,368 (the report's total
    // row says 86,227; the rows add up to 86,327, see data/README.md).
    CHECK(figures.total.value == 86327);
    CHECK_FALSE(figures.total.illustrative);
    CHECK(figures.byDistrict.categoryCount() == 6);
    CHECK(figures.byDistrict.at(0, figures.byDistrict.categoryIndex(QStringLiteral("nw"))).value == 17177);
    CHECK_FALSE(figures.change()); // one year only
    CHECK(figures.notCounted.isEmpty());
    // 2022-23 classrooms: 360 UTK, 120 UTK/CC, 29 dual-language TK, all illustrative splits.
    CHECK(figures.classroomsYear == 2022);
    const Breakdown &rooms = figures.classroomsByProgram;
    CHECK(rooms.at(0, rooms.categoryIndex(QStringLiteral("utk"))).value == 360);
    CHECK(rooms.at(0, rooms.categoryIndex(QStringLiteral("utk/cc"))).value == 120);
    CHECK(rooms.at(0, rooms.categoryIndex(QStringLiteral("dual language tk"))).value == 29);
    CHECK(rooms.isIllustrative());

    const EnrollmentFigures learners
        = EnrollmentFigures::compute(records, filter, QStringLiteral("English learners"));
    CHECK(learners.total.value == 86000);
    CHECK(learners.total.illustrative);
}
