// SPDX-License-Identifier: GPL-3.0-or-later
// Wide files: one column per grade or per year, each turned into a row of its own, the column's
// name giving the grade or the year. Rows read = stored + rejected + blank + totals, a wide
// line counting one row per wide column.
#include "catchcompat.h"
#include "core/datasets/importfixture.h"

#include "datasets/rowparser.h"

using namespace milepost;
using namespace milepost::test;

namespace {

ImportProfile wideProfile(const QStringList &columns, const QString &wide, Dataset::Id dataset = Dataset::Enrollment)
{
    ProfileEdits edits(dataset);
    QString error;
    for (const QString &column : columns)
        REQUIRE(edits.addColumn(column, &error));
    REQUIRE(edits.setWide(wide, &error));
    return profileFromEdits(edits, dataset);
}

const QStringList enrollmentColumns{QStringLiteral("school_year=School Year"), QStringLiteral("local_district=LD"),
                                    QStringLiteral("school=School"), QStringLiteral("program=Program")};

QStringList storedRows(Fixture &fixture)
{
    Statement rows(fixture.database().handle(),
                   QStringLiteral("SELECT source_line, school, grade, count FROM enrollment ORDER BY source_line, grade"));
    QStringList result;
    while (rows.step() == Statement::Result::Row)
        result.append(QStringLiteral("%1 %2 %3 %4")
                          .arg(rows.columnText(0), rows.columnText(1), rows.columnText(2), rows.columnText(3)));
    return result;
}

} // namespace

TEST_CASE("a file with one column per grade stores one row per grade and counts every row once",
          "[datasets][wide]")
{
    Fixture fixture;
    const QString path = fixture.write(QStringLiteral("wide.csv"),
                                       "School Year,LD,School,Program,Grade K,Grade 1,Grade 2\n"
                                       "2023-24,Central,Adams ES,All,50,48,\n"   // Grade 2 empty: blank
                                       "2023-24,East,Baker ES,All,40,x,39\n"     // Grade 1 rejected
                                       "TOTAL,,,,90,48,39\n"                      // a footer: one total
                                       ",,,,,,\n"                                 // a blank line: one blank
                                       "2023-24,West,Clark ES,All,,2\n");         // a field short: one rejected
    const ImportProfile profile = wideProfile(enrollmentColumns, QStringLiteral("grade=Grade (.+)"));
    CHECK(profile.wide == WideColumns{QStringLiteral("grade"), QStringLiteral("count"), QStringLiteral("Grade (.+)")});
    const ImportReport report = fixture.import(path, profile);
    REQUIRE(report.ok);
    CHECK(report.rowsRead == 9);
    CHECK(report.stored == 4);
    CHECK(report.rejected == 2);
    CHECK(report.blank == 2);
    CHECK(report.totals == 1);
    CHECK(report.countsAddUp());
    CHECK(storedRows(fixture)
          == QStringList{QStringLiteral("2 Adams ES 1 48"), QStringLiteral("2 Adams ES K 50"),
                         QStringLiteral("3 Baker ES 2 39"), QStringLiteral("3 Baker ES K 40")});
    const QList<ImportEvent> rejected = eventsOf(report, ImportEvent::Outcome::Rejected);
    REQUIRE(rejected.size() == 2);
    CHECK(rejected.at(0).line == 3);
    CHECK(rejected.at(0).column == 6);
    CHECK(rejected.at(0).columnName == QStringLiteral("Grade 1"));
    CHECK(rejected.at(1).line == 6);
    CHECK(rejected.at(1).reason.contains(QStringLiteral("6 fields but the header has 7")));
    const QList<ImportEvent> blank = eventsOf(report, ImportEvent::Outcome::Blank);
    REQUIRE(blank.size() == 2);
    CHECK(blank.at(0).line == 2);
    CHECK(blank.at(0).columnName == QStringLiteral("Grade 2"));

    // The same file again: every grade row is found by its key, none is new or gone.
    const ImportReport again = fixture.import(path, profile);
    REQUIRE(again.ok);
    CHECK(again.unchangedRecords == 4);
    CHECK(again.newRecords == 0);
    CHECK(again.goneRecords == 0);
}

TEST_CASE("a column per fiscal year gives the school year its name stands for", "[datasets][wide]")
{
    // Stored with both years in full: "2008-09" would read back as September 2008 too.
    Fixture fixture;
    const QString path = fixture.write(QStringLiteral("years.csv"),
                                       "LD,Program,FY-2009,FY-2010,Notes\n"
                                       "Central,All,\"1,200\",\"1,250\",estimated\n");
    const ImportProfile profile =
        wideProfile({QStringLiteral("local_district=LD"), QStringLiteral("program=Program")},
                    QStringLiteral("school_year:count=FY-\\d{4}"));
    const ImportReport report = fixture.import(path, profile);
    REQUIRE(report.ok);
    CHECK(report.rowsRead == 2);
    CHECK(report.stored == 2);
    CHECK(fixture.count(QStringLiteral("SELECT count FROM enrollment WHERE school_year = '2008-2009'")) == 1200);
    CHECK(fixture.count(QStringLiteral("SELECT count FROM enrollment WHERE school_year = '2009-2010'")) == 1250);
}

TEST_CASE("wide columns whose names give no value, or no wide column at all, stop before storing", "[datasets][wide]")
{
    Fixture fixture;
    const QString totals = fixture.write(QStringLiteral("totals.csv"), "LD,Program,FY-2009,FY-Total\nCentral,All,1,2\n");
    ImportReport report = fixture.import(totals, wideProfile({QStringLiteral("local_district=LD"), QStringLiteral("program=Program")},
                                                             QStringLiteral("school_year=FY-.+")));
    CHECK_FALSE(report.ok);
    CHECK(report.error.contains(QStringLiteral("the column “FY-Total” does not give a School Year")));
    report = fixture.import(totals, wideProfile({QStringLiteral("local_district=LD"), QStringLiteral("program=Program")},
                                                QStringLiteral("school_year=Year (.+)")));
    CHECK_FALSE(report.ok);
    CHECK(report.error.contains(QStringLiteral("no column's name matches")));
    CHECK(fixture.count(QStringLiteral("SELECT COUNT(*) FROM enrollment")) == 0);
    CHECK(fixture.count(QStringLiteral("SELECT COUNT(*) FROM import_runs")) == 0);
}

TEST_CASE("wide columns are saved with the profile and must be told which field their cells give",
          "[datasets][wide][profile]")
{
    const ImportProfile profile = wideProfile(enrollmentColumns, QStringLiteral("grade=Grade (.+)"));
    QString error;
    const auto back = ImportProfile::fromJson(profile.toJson(), &error);
    REQUIRE(back);
    CHECK(*back == profile);

    ProfileEdits staffing(Dataset::Staffing);
    CHECK_FALSE(staffing.setWide(QStringLiteral("period=FY-\\d{4}"), &error));
    CHECK(error.contains(QStringLiteral("several number fields")));
    CHECK(staffing.setWide(QStringLiteral("period:vacancies=FY-\\d{4}"), &error));
    CHECK_FALSE(staffing.setWide(QStringLiteral("period:vacancies=FY-(\\d{4}"), &error));
    CHECK(error.contains(QStringLiteral("not a regular expression")));

    // A wide field also mapped to a column: refused.
    ImportProfile both = profile;
    both.columns.append({QStringLiteral("grade"), QStringLiteral("Grade"), 1, {}, {}, {}, {}, {}, {}});
    CHECK_FALSE(both.validate(&error));
    CHECK(error.contains(QStringLiteral("comes from the wide columns")));
}
