// SPDX-License-Identifier: GPL-3.0-or-later
// The staffing figures computed in the database against the same figures computed in memory
// (StaffingFigures::compute, the oracle) over the rows DatasetRepository reads back: listed,
// every figure, breakdown, row list and reason is the same; counted, every figure's value, row
// count and sample flag. On hand-made rows, generated ones (every rule, many filters and as-of
// dates) and the bundled sample.
#include "catchcompat.h"
#include "core/dashboard/dashboardtestdata.h"
#include "figuresfixture.h"

#include "dashboard/staffingfigures.h"
#include "dashboard/tally.h"
#include "store/staffingfiguresquery.h"

using namespace milepost;
using namespace milepost::test;

namespace {

using Rows = StaffingFiguresQuery::Rows;

std::string describe(const Figure &figure)
{
    const Tally tally = Tally::of(figure);
    return std::to_string(tally.value) + " over " + std::to_string(tally.rows) + (tally.illustrative ? " (sample)" : "");
}

// Counted: the same numbers, no rows listed.
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

std::string describeRows(const QList<int> &rows)
{
    std::string text;
    for (int row : rows)
        text += std::to_string(row) + " ";
    return text;
}

void checkListed(const char *name, const Figure &actual, const Figure &expected)
{
    INFO(name << ": " << describe(actual) << " [" << describeRows(actual.rows) << "], expected " << describe(expected)
              << " [" << describeRows(expected.rows) << "]");
    CHECK(actual == expected);
}

void checkSame(Database &database, const DashboardFilter &filter)
{
    INFO("as of " << filter.asOf.toString(Qt::ISODate).toStdString() << ", Local District '"
                  << filter.localDistrict.toStdString() << "', school '" << filter.school.toStdString() << "'");
    const QList<StaffingRecord> records = DatasetRepository(database).staffing();
    const StaffingFigures expected = StaffingFigures::compute(records, filter);
    QString error;
    const std::optional<StaffingFigures> listed = StaffingFiguresQuery(database).compute(filter, Rows::Listed, &error);
    INFO(error.toStdString());
    REQUIRE(listed);
    CHECK(listed->schoolYears == expected.schoolYears);
    REQUIRE(listed->schoolYear == expected.schoolYear);
    checkListed("hires", listed->hires, expected.hires);
    checkListed("vacancies", listed->vacancies, expected.vacancies);
    checkListed("positions", listed->positions, expected.positions);
    checkListed("fillPositions", listed->fillPositions, expected.fillPositions);
    checkListed("fillVacancies", listed->fillVacancies, expected.fillVacancies);
    checkListed("previousHires", listed->previousHires, expected.previousHires);
    checkListed("previousVacancies", listed->previousVacancies, expected.previousVacancies);
    checkListed("comparableHires", listed->comparableHires, expected.comparableHires);
    checkListed("comparablePreviousHires", listed->comparablePreviousHires, expected.comparablePreviousHires);
    checkListed("notAdded", listed->notAdded, expected.notAdded);
    CHECK(listed->byEmployeeGroup == expected.byEmployeeGroup);
    CHECK(listed->byJobCategory == expected.byJobCategory);
    CHECK(listed->byLocalDistrict == expected.byLocalDistrict);
    REQUIRE(listed->notCounted.size() == expected.notCounted.size());
    for (qsizetype i = 0; i < expected.notCounted.size(); ++i) {
        INFO("row " << expected.notCounted.at(i).row << ": " << expected.notCounted.at(i).reason.toStdString());
        CHECK(listed->notCounted.at(i) == expected.notCounted.at(i));
    }

    const std::optional<StaffingFigures> counted = StaffingFiguresQuery(database).compute(filter, Rows::Counted, &error);
    INFO(error.toStdString());
    REQUIRE(counted);
    CHECK(counted->schoolYears == expected.schoolYears);
    CHECK(counted->schoolYear == expected.schoolYear);
    checkCounted("hires", counted->hires, expected.hires);
    checkCounted("vacancies", counted->vacancies, expected.vacancies);
    checkCounted("positions", counted->positions, expected.positions);
    checkCounted("fillPositions", counted->fillPositions, expected.fillPositions);
    checkCounted("fillVacancies", counted->fillVacancies, expected.fillVacancies);
    checkCounted("previousHires", counted->previousHires, expected.previousHires);
    checkCounted("previousVacancies", counted->previousVacancies, expected.previousVacancies);
    checkCounted("comparableHires", counted->comparableHires, expected.comparableHires);
    checkCounted("comparablePreviousHires", counted->comparablePreviousHires, expected.comparablePreviousHires);
    checkCounted("notAdded", counted->notAdded, expected.notAdded);
    checkCounted("byEmployeeGroup", counted->byEmployeeGroup, expected.byEmployeeGroup);
    checkCounted("byJobCategory", counted->byJobCategory, expected.byJobCategory);
    checkCounted("byLocalDistrict", counted->byLocalDistrict, expected.byLocalDistrict);
    CHECK(counted->notCounted.isEmpty());
    CHECK(counted->fillRate() == expected.fillRate());
    CHECK(counted->hiresChange() == expected.hiresChange());
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

constexpr auto cert = StaffingRecord::EmployeeGroup::Certificated;
constexpr auto classified = StaffingRecord::EmployeeGroup::Classified;
constexpr std::nullopt_t none = std::nullopt;

} // namespace

TEST_CASE("staffing figures in the database: hand-made rows, one of each rule", "[store][figuresquery][staffing]")
{
    auto database = memoryDatabase();
    // As tst_staffingfigures' rows, with a site under a Local District row in the year shown,
    // hires of the same day, and a period that does not read back.
    storeStaffing(*database,
                  {staffing("2021-22", "NE", "", cert, "Teacher", 100, 10, 30, 2),
                   staffing("2021-22", "NE", "Roosevelt HS", cert, "Teacher", none, none, 12, 3),
                   staffing("2022-23", "NE", "", cert, "Teacher", 110, 5, 40, 4),
                   staffing("2022-23", "ne ", "Roosevelt HS", cert, "teacher", 10, 1, 4, 5),
                   staffing("2022-09", "NE", "", classified, "Bus driver", 50, 8, 3, 6),
                   staffing("2022-10", "ne", "", classified, "bus driver", 50, 6, 4, 7),
                   staffing("2022-23", "W", "", classified, "Bus driver", none, none, 9, 8),
                   staffing("2022-09-15/2022-10-15", "W", "", classified, "Bus driver", none, none, 2, 9),
                   staffing("2022-06-01/2022-07-31", "NE", "", cert, "Teacher", none, none, 5, 10),
                   staffing("2023-24", "NE", "", cert, "Teacher", none, none, 99, 11),
                   staffing("2022-23", "E", "", cert, "Counselor", 20, 2, none, 12, true),
                   staffing("2022-07", "NE", "", classified, "Bus driver", none, none, 1, 13),
                   staffing("2022-07-15/2022-08-15", "NE", "", classified, "Bus driver", none, none, 2, 14),
                   staffing("2022-08-01/2022-08-31", "NE", "", classified, "Bus driver", none, 3, 6, 15),
                   staffing("2022-08", "E", "Garfield", cert, "Counselor", 3, none, none, 16),
                   staffing("2022-08", "E", "Garfield", cert, "Counselor", 4, none, none, 17)},
                  "hand", {QString(), QString(), QString(), QString(), QString(), QString(), QString(), QString(),
                           QString(), QString(), QString(), QString(), QString(), QString(), QString(),
                           QStringLiteral("August 2022 (revised)")});
    for (const QDate &date : {QDate(2022, 10, 1), QDate(2023, 10, 1), QDate(2019, 1, 1), QDate()})
        checkSame(*database, filterOf(date));
    checkSame(*database, filterOf(QDate(2022, 10, 1), "NE"));
    checkSame(*database, filterOf(QDate(2022, 10, 1), "", " roosevelt hs"));
    checkSame(*database, filterOf(QDate(2022, 10, 1), "nowhere"));

    // Worked out by hand for 2022-23 (as of 1 October 2022): hires 40 (NE teachers) + 4 (bus
    // drivers, October: the part-year rows do not overlap: July 1, August 6 from line 15; the
    // July 15-August 15 row overlaps July's) ...
    const std::optional<StaffingFigures> figures
        = StaffingFiguresQuery(*database).compute(filterOf(QDate(2022, 10, 1)), Rows::Counted);
    REQUIRE(figures);
    CHECK(figures->schoolYear == 2022);
    // NE teachers 40 (Roosevelt's 4 stand under NE's own row); NE bus drivers 3 + 4 + 1 + 6
    // (September, October, July, August; July 15 - August 15 overlaps July); W 9 (whole year).
    CHECK(figures->hires.value == 40 + 3 + 4 + 1 + 6 + 9);
    // Vacancies: NE teachers 5, NE bus drivers 6 (October, the latest), E counselors 2.
    CHECK(figures->vacancies.value == 5 + 6 + 2);
    CHECK(figures->vacancies.illustrative);
}

TEST_CASE("staffing figures in the database equal the ones in memory on generated rows",
          "[store][figuresquery][staffing]")
{
    auto database = memoryDatabase();
    storeStaffing(*database, randomStaffing(20261202, 600), "first");
    storeStaffing(*database, randomStaffing(7, 150), "second");
    for (const QDate &date : {QDate(2021, 3, 1), QDate(2022, 10, 1), QDate(2024, 7, 1), QDate(2018, 1, 1), QDate()})
        checkSame(*database, filterOf(date));
    checkSame(*database, filterOf(QDate(2022, 10, 1), "ne"));
    checkSame(*database, filterOf(QDate(2022, 10, 1), "SÜD"));
    checkSame(*database, filterOf(QDate(2022, 10, 1), "", "ROOSEVELT HS"));
    checkSame(*database, filterOf(QDate(2021, 10, 1), "NE", "garfield"));
    checkSame(*database, filterOf(QDate(2022, 10, 1), "", "", " SECOND"));
    checkSame(*database, filterOf(QDate(2021, 10, 1), "ne", "", "first"));
    checkSame(*database, filterOf(QDate(2022, 10, 1), "", "", "third"));
}

TEST_CASE("staffing figures in the database when the table's order is not the repository's",
          "[store][figuresquery][staffing]")
{
    auto database = memoryDatabase();
    storeStaffing(*database, randomStaffing(31, 500), "first");
    storeStaffing(*database, randomStaffing(32, 150), "second");
    // Lines backwards within each source: the rows are numbered by (source, line, id), not as
    // the table holds them.
    runSql(*database, QStringLiteral("UPDATE staffing SET source_line = 100000 - source_line"));
    for (const QDate &date : {QDate(2022, 10, 1), QDate(2024, 7, 1), QDate()})
        checkSame(*database, filterOf(date));
    checkSame(*database, filterOf(QDate(2022, 10, 1), "ne"));
    checkSame(*database, filterOf(QDate(2021, 10, 1), "", "", "second"));
}

TEST_CASE("staffing figures from two sources: the Source filter, pooled figures and the sample share",
          "[store][figuresquery][staffing][sources]")
{
    auto database = memoryDatabase();
    storeStaffing(*database,
                  {staffing("2022-23", "NE", "", cert, "Teacher", 100, 10, 30, 2),
                   staffing("2022-23", "NE", "", classified, "Bus driver", 20, 2, 5, 3, true)},
                  "North file");
    storeStaffing(*database,
                  {staffing("2022-23", "W", "", cert, "Teacher", 50, 5, 15, 2),
                   staffing("2022-23", "W", "", cert, "Counselor", 10, 1, none, 3, true)},
                  "South file");
    const QStringList both{QStringLiteral("North file"), QStringLiteral("South file")};
    const auto count = [&](const DashboardFilter &filter) {
        checkSame(*database, filter);
        std::optional<StaffingFigures> figures = StaffingFiguresQuery(*database).compute(filter, Rows::Counted);
        REQUIRE(figures);
        return *figures;
    };

    // All sources: hires 30 + 5 + 15 = 50, of which the sample bus drivers' 5 (10%); vacancies
    // 10 + 2 + 5 + 1 = 18, of which 2 + 1 sample; positions 180, of which 20 + 10 sample.
    const StaffingFigures all = count(filterOf(QDate(2022, 10, 1)));
    CHECK(all.hires.value == 50);
    CHECK(all.hires.sampleValue == 5);
    CHECK(all.hires.sources == both);
    CHECK(all.hires.isPooled());
    CHECK(all.hires.sampleShare() == 0.1);
    CHECK(all.vacancies.value == 18);
    CHECK(all.vacancies.sampleValue == 3);
    CHECK(all.vacancies.sources == both);
    CHECK(all.positions.value == 180);
    CHECK(all.positions.sampleValue == 30);
    // A breakdown's cell has the sources of its own rows: classified hires come from the north.
    const int classifiedColumn = all.byEmployeeGroup.categoryIndex(StaffingFigures::groupKey(classified));
    CHECK(all.byEmployeeGroup.at(0, classifiedColumn).sources == QStringList{QStringLiteral("North file")});
    CHECK(all.byEmployeeGroup.at(0, classifiedColumn).sampleValue == 5);

    // One source, spelled in another case: only its rows, not pooled.
    const StaffingFigures north = count(filterOf(QDate(2022, 10, 1), "", "", " north FILE"));
    CHECK(north.hires.value == 35);
    CHECK(north.hires.sampleValue == 5);
    CHECK(north.hires.sources == QStringList{QStringLiteral("North file")});
    CHECK_FALSE(north.hires.isPooled());
    CHECK(north.vacancies.value == 12);
    CHECK(north.positions.value == 120);

    // The south's sample counselors give vacancies but no hires: its hires are not sample data.
    const StaffingFigures south = count(filterOf(QDate(2022, 10, 1), "", "", "South file"));
    CHECK(south.hires.value == 15);
    CHECK_FALSE(south.hires.illustrative);
    CHECK(south.hires.sampleShare() == std::nullopt);
    CHECK(south.vacancies.value == 6);
    CHECK(south.vacancies.sampleValue == 1);
    CHECK(south.vacancies.illustrative);

    // A source no dataset has: nothing passes.
    const StaffingFigures nowhere = count(filterOf(QDate(2022, 10, 1), "", "", "East file"));
    CHECK(nowhere.schoolYear == 0);
    CHECK(nowhere.hires.isEmpty());
}

TEST_CASE("staffing figures in the database equal the ones in memory on the sample", "[store][figuresquery][staffing][sample]")
{
    auto database = memoryDatabase();
    importData(*database, Dataset::Staffing, "lausd-sample-staffing.csv");
    REQUIRE(DatasetRepository(*database).staffing().size() == 96);
    for (const QDate &date : {QDate(2022, 10, 1), QDate(2021, 10, 1), QDate(2025, 1, 1)})
        checkSame(*database, filterOf(date));
    checkSame(*database, filterOf(QDate(2022, 10, 1), "NE"));
    const std::optional<StaffingFigures> figures
        = StaffingFiguresQuery(*database).compute(filterOf(QDate(2022, 10, 1)), Rows::Counted);
    REQUIRE(figures);
    CHECK(figures->hires.value == 2495 + 2700); // as tst_staffingfigures states it
    CHECK(figures->notAdded.value == 42);
}
