// SPDX-License-Identifier: GPL-3.0-or-later
// The enrollment figures computed in the database against the same figures computed in memory
// (EnrollmentFigures::compute, the oracle) over the rows DatasetRepository reads back: listed,
// every figure, breakdown, row list and reason is the same; counted, every figure's value, row
// count and sample flag. On hand-made rows, generated ones (every rule, several programs,
// filters and as-of dates) and the bundled sample.
#include "catchcompat.h"
#include "core/dashboard/dashboardtestdata.h"
#include "figuresfixture.h"

#include "dashboard/enrollmentfigures.h"
#include "dashboard/tally.h"
#include "store/enrollmentfiguresquery.h"

using namespace milepost;
using namespace milepost::test;

namespace {

using Rows = EnrollmentFiguresQuery::Rows;

std::string describe(const Figure &figure)
{
    const Tally tally = Tally::of(figure);
    return std::to_string(tally.value) + " over " + std::to_string(tally.rows) + (tally.illustrative ? " (sample)" : "");
}

void checkCounted(const char *name, const Figure &actual, const Figure &expected)
{
    INFO(name << ": " << describe(actual) << ", expected " << describe(expected));
    CHECK(Tally::of(actual) == Tally::of(expected));
    CHECK(actual.rows.isEmpty());
}

void checkCounted(const char *name, const Breakdown &actual, const Breakdown &expected)
{
    INFO(name);
    REQUIRE(actual.categories() == expected.categories());
    REQUIRE(actual.series() == expected.series());
    for (int s = 0; s < expected.seriesCount(); ++s) {
        for (int c = 0; c < expected.categoryCount(); ++c)
            checkCounted(expected.categories().at(c).key.toUtf8().constData(), actual.at(s, c), expected.at(s, c));
    }
}

void checkSame(Database &database, const DashboardFilter &filter, const QString &program = {})
{
    INFO("as of " << filter.asOf.toString(Qt::ISODate).toStdString() << ", Local District '"
                  << filter.localDistrict.toStdString() << "', school '" << filter.school.toStdString()
                  << "', program '" << program.toStdString() << "'");
    const QList<EnrollmentRecord> records = DatasetRepository(database).enrollment();
    const EnrollmentFigures expected = EnrollmentFigures::compute(records, filter, program);
    QString error;
    const std::optional<EnrollmentFigures> listed
        = EnrollmentFiguresQuery(database).compute(filter, program, Rows::Listed, &error);
    INFO(error.toStdString());
    REQUIRE(listed);
    CHECK(listed->programs == expected.programs);
    REQUIRE(listed->program == expected.program);
    CHECK(listed->schoolYears == expected.schoolYears);
    REQUIRE(listed->schoolYear == expected.schoolYear);
    CHECK(listed->classroomsYear == expected.classroomsYear);
    CHECK(listed->total == expected.total);
    CHECK(listed->previousTotal == expected.previousTotal);
    CHECK(listed->comparableTotal == expected.comparableTotal);
    CHECK(listed->comparablePreviousTotal == expected.comparablePreviousTotal);
    CHECK(listed->notAdded == expected.notAdded);
    CHECK(listed->totalsByYear == expected.totalsByYear);
    CHECK(listed->trendByDistrict == expected.trendByDistrict);
    CHECK(listed->trendByProgram == expected.trendByProgram);
    CHECK(listed->byDistrict == expected.byDistrict);
    CHECK(listed->byProgram == expected.byProgram);
    CHECK(listed->classroomsByProgram == expected.classroomsByProgram);
    REQUIRE(listed->notCounted.size() == expected.notCounted.size());
    for (qsizetype i = 0; i < expected.notCounted.size(); ++i) {
        INFO("row " << expected.notCounted.at(i).row << ": " << expected.notCounted.at(i).reason.toStdString());
        CHECK(listed->notCounted.at(i) == expected.notCounted.at(i));
    }

    const std::optional<EnrollmentFigures> counted
        = EnrollmentFiguresQuery(database).compute(filter, program, Rows::Counted, &error);
    INFO(error.toStdString());
    REQUIRE(counted);
    CHECK(counted->programs == expected.programs);
    CHECK(counted->program == expected.program);
    CHECK(counted->schoolYear == expected.schoolYear);
    CHECK(counted->classroomsYear == expected.classroomsYear);
    checkCounted("total", counted->total, expected.total);
    checkCounted("previousTotal", counted->previousTotal, expected.previousTotal);
    checkCounted("comparableTotal", counted->comparableTotal, expected.comparableTotal);
    checkCounted("comparablePreviousTotal", counted->comparablePreviousTotal, expected.comparablePreviousTotal);
    checkCounted("notAdded", counted->notAdded, expected.notAdded);
    checkCounted("totalsByYear", counted->totalsByYear, expected.totalsByYear);
    checkCounted("trendByDistrict", counted->trendByDistrict, expected.trendByDistrict);
    checkCounted("trendByProgram", counted->trendByProgram, expected.trendByProgram);
    checkCounted("byDistrict", counted->byDistrict, expected.byDistrict);
    checkCounted("byProgram", counted->byProgram, expected.byProgram);
    checkCounted("classroomsByProgram", counted->classroomsByProgram, expected.classroomsByProgram);
    CHECK(counted->notCounted.isEmpty());
    CHECK(counted->change() == expected.change());
}

DashboardFilter filterOf(const QDate &asOf, const char *district = "", const char *school = "", const char *source = "")
{
    DashboardFilter filter;
    filter.asOf = asOf;
    filter.localDistrict = QString::fromUtf8(district);
    filter.school = QString::fromUtf8(school);
    filter.source = QString::fromUtf8(source);
    return filter;
}

constexpr auto classrooms = EnrollmentRecord::Unit::Classrooms;

} // namespace

TEST_CASE("enrollment figures in the database: hand-made rows, one of each rule", "[store][figuresquery][enrollment]")
{
    auto database = memoryDatabase();
    // As tst_enrollmentfigures' rows, with a school year that does not read back.
    storeEnrollment(*database,
                    {enrollment("2021-22", "NE", "", "All", "", 1000, 2),
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
                     enrollment("2021-22", "E", "Garfield HS", "All", "", 1, 16)},
                    "hand",
                    {QString(), QString(), QString(), QString(), QString(), QString(), QString(), QString(), QString(),
                     QString(), QString(), QString(), QString(), QString(), QStringLiteral("the year before last")});
    for (const QDate &date : {QDate(2022, 10, 1), QDate(2023, 10, 1), QDate(2019, 1, 1), QDate()}) {
        checkSame(*database, filterOf(date));
        checkSame(*database, filterOf(date), QStringLiteral("magnet"));
    }
    checkSame(*database, filterOf(QDate(2022, 10, 1), "e"));
    checkSame(*database, filterOf(QDate(2022, 10, 1), "", "lincoln hs"));
    checkSame(*database, filterOf(QDate(2022, 10, 1)), QStringLiteral("no such program"));

    // As tst_enrollmentfigures works it out: 950 (NE's own count) + 400 (Garfield, all
    // grades) + 120 + 110 (Lincoln's grades, the second grade 10 row not added).
    const std::optional<EnrollmentFigures> figures
        = EnrollmentFiguresQuery(*database).compute(filterOf(QDate(2022, 10, 1)), {}, Rows::Counted);
    REQUIRE(figures);
    CHECK(figures->program == QStringLiteral("all"));
    CHECK(figures->schoolYear == 2022);
    CHECK(figures->total.value == 950 + 400 + 120 + 110);
    CHECK(figures->classroomsByProgram.total().value == 12);
}

TEST_CASE("enrollment figures in the database equal the ones in memory on generated rows",
          "[store][figuresquery][enrollment]")
{
    auto database = memoryDatabase();
    storeEnrollment(*database, randomEnrollment(20261202, 700), "first");
    storeEnrollment(*database, randomEnrollment(11, 150), "second");
    for (const QDate &date : {QDate(2021, 3, 1), QDate(2022, 10, 1), QDate(2024, 7, 1), QDate(2018, 1, 1), QDate()}) {
        checkSame(*database, filterOf(date));
        checkSame(*database, filterOf(date), QStringLiteral("magnet"));
        checkSame(*database, filterOf(date), QStringLiteral("tk"));
    }
    checkSame(*database, filterOf(QDate(2022, 10, 1), "C"));
    checkSame(*database, filterOf(QDate(2022, 10, 1), "", "ROOSEVELT HS"), QStringLiteral("dual language"));
    checkSame(*database, filterOf(QDate(2021, 10, 1), "ld 10", "garfield"));
    checkSame(*database, filterOf(QDate(2022, 10, 1), "", "", "Second "), QStringLiteral("magnet"));
    checkSame(*database, filterOf(QDate(2022, 10, 1), "C", "", "FIRST"));
}

TEST_CASE("enrollment figures in the database when the table's order is not the repository's",
          "[store][figuresquery][enrollment]")
{
    auto database = memoryDatabase();
    storeEnrollment(*database, randomEnrollment(33, 500), "first");
    storeEnrollment(*database, randomEnrollment(34, 150), "second");
    // Lines backwards within each source: the rows are numbered by (source, line, id), not as
    // the table holds them.
    runSql(*database, QStringLiteral("UPDATE enrollment SET source_line = 100000 - source_line"));
    for (const QDate &date : {QDate(2022, 10, 1), QDate(2024, 7, 1), QDate()})
        checkSame(*database, filterOf(date));
    checkSame(*database, filterOf(QDate(2022, 10, 1), "ne"));
    checkSame(*database, filterOf(QDate(2021, 10, 1), "", "", "second"));
}

TEST_CASE("enrollment figures in the database with lines and counts beyond 32 bits", "[store][figuresquery][enrollment]")
{
    auto database = memoryDatabase();
    storeEnrollment(*database, randomEnrollment(35, 400), "first");
    // The pass keeps a line and a count in 32 bits when they fit, and apart when they do not:
    // no line or count here does; the reasons name lines, the totals
    // add counts.
    runSql(*database, QStringLiteral("UPDATE enrollment SET source_line = source_line + 5000000000"));
    runSql(*database, QStringLiteral("UPDATE enrollment SET count = count + 3000000000"));
    for (const QDate &date : {QDate(2022, 10, 1), QDate()})
        checkSame(*database, filterOf(date));
    checkSame(*database, filterOf(QDate(2022, 10, 1), "ne"));
    const EnrollmentFigures figures = EnrollmentFigures::compute(DatasetRepository(*database).enrollment(),
                                                                 filterOf(QDate()));
    CHECK(figures.total.value > 3000000000LL);
}

TEST_CASE("enrollment figures from two sources: the Source filter, pooled figures and the sample share",
          "[store][figuresquery][enrollment][sources]")
{
    auto database = memoryDatabase();
    storeEnrollment(*database,
                    {enrollment("2022-23", "NE", "", "All", "", 900, 2), enrollment("2021-22", "NE", "", "All", "", 850, 3)},
                    "Census 2023");
    storeEnrollment(*database,
                    {enrollment("2022-23", "W", "", "All", "", 300, 2, true),
                     enrollment("2021-22", "W", "", "All", "", 280, 3, true)},
                    "Estimates");
    const auto count = [&](const DashboardFilter &filter) {
        checkSame(*database, filter);
        std::optional<EnrollmentFigures> figures = EnrollmentFiguresQuery(*database).compute(filter, {}, Rows::Counted);
        REQUIRE(figures);
        return *figures;
    };
    // 2022-23: 900 + 300 students, of which the estimated 300 are sample data (25%).
    const EnrollmentFigures all = count(filterOf(QDate(2022, 10, 1)));
    CHECK(all.total.value == 1200);
    CHECK(all.total.sampleValue == 300);
    CHECK(all.total.sampleShare() == 0.25);
    CHECK(all.total.sources == QStringList{QStringLiteral("Census 2023"), QStringLiteral("Estimates")});
    CHECK(all.previousTotal.value == 1130);
    CHECK(all.previousTotal.sampleValue == 280);

    const EnrollmentFigures census = count(filterOf(QDate(2022, 10, 1), "", "", "census 2023"));
    CHECK(census.total.value == 900);
    CHECK_FALSE(census.total.illustrative);
    CHECK(census.total.sampleValue == 0);
    CHECK(census.total.sources == QStringList{QStringLiteral("Census 2023")});
    CHECK_FALSE(census.total.isPooled());

    const EnrollmentFigures estimates = count(filterOf(QDate(2022, 10, 1), "", "", "Estimates"));
    CHECK(estimates.total.value == 300);
    CHECK(estimates.total.sampleShare() == 1.0);
}

TEST_CASE("enrollment figures in the database without an All program", "[store][figuresquery][enrollment]")
{
    auto database = memoryDatabase();
    QList<EnrollmentRecord> records = randomEnrollment(5, 300);
    records.erase(std::remove_if(records.begin(), records.end(),
                                 [](const EnrollmentRecord &r) { return EnrollmentFigures::programKey(r.program) == QLatin1String("all"); }),
                  records.end());
    storeEnrollment(*database, records);
    checkSame(*database, filterOf(QDate(2022, 10, 1)));
    checkSame(*database, filterOf(QDate(2022, 10, 1), "E"));
}

TEST_CASE("enrollment figures in the database equal the ones in memory on the sample",
          "[store][figuresquery][enrollment][sample]")
{
    auto database = memoryDatabase();
    importData(*database, Dataset::Enrollment, "lausd-sample-enrollment.csv");
    REQUIRE(DatasetRepository(*database).enrollment().size() == 36);
    for (const QDate &date : {QDate(2022, 10, 1), QDate(2021, 10, 1), QDate(2025, 1, 1)}) {
        checkSame(*database, filterOf(date));
        checkSame(*database, filterOf(date), QStringLiteral("magnet"));
    }
    checkSame(*database, filterOf(QDate(2022, 10, 1), "NE"));
}
