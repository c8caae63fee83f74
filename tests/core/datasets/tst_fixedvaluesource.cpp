// SPDX-License-Identifier: GPL-3.0-or-later
// Files of one year each, given their year as a fixed value: the source an import refreshes
// unless told otherwise includes the fixed values, so two years both stay and the same year
// imported again refreshes.
#include "catchcompat.h"
#include "core/datasets/importfixture.h"

using namespace milepost;
using namespace milepost::test;

namespace {

const QByteArray oneYear = "LD,Employee Group,Job Category,Vacancies,Hires\n"
                           "Central,Certificated,Teacher,12,140\n"
                           "East,Classified,Bus driver,3,22\n";

ImportProfile oneYearProfile(const QString &period)
{
    ProfileEdits edits(Dataset::Staffing);
    QString error;
    REQUIRE(edits.addValue(QStringLiteral("period=") + period, &error));
    for (const char *column : {"local_district=LD", "employee_group=Employee Group", "job_category=Job Category",
                               "vacancies=Vacancies", "hires=Hires"})
        REQUIRE(edits.addColumn(QString::fromLatin1(column), &error));
    ImportProfile profile = profileFromEdits(edits, Dataset::Staffing);
    profile.name = QStringLiteral("one-year-staffing");
    return profile;
}

} // namespace

TEST_CASE("the default source of a profile with fixed values names them", "[datasets][mapping][source]")
{
    CHECK(oneYearProfile(QStringLiteral("2019-20")).defaultSource()
          == QStringLiteral("one-year-staffing (period=2019-20)"));
    ImportProfile plain = BuiltInProfiles::milepostCsv(Dataset::Staffing);
    CHECK(plain.defaultSource() == plain.name);
}

TEST_CASE("two one-year files with different fixed values both stay", "[datasets][mapping][source]")
{
    Fixture fixture;
    const QString path = fixture.write(QStringLiteral("staffing.csv"), oneYear);
    const ImportReport first = fixture.import(path, oneYearProfile(QStringLiteral("2019-20")));
    REQUIRE(first.ok);
    CHECK(first.newRecords == 2);
    const ImportReport second = fixture.import(path, oneYearProfile(QStringLiteral("2020-21")));
    REQUIRE(second.ok);
    CHECK(second.source != first.source);
    CHECK(second.newRecords == 2);
    CHECK(second.goneRecords == 0);
    CHECK(fixture.count(QStringLiteral("SELECT COUNT(*) FROM staffing")) == 4);
    CHECK(fixture.count(QStringLiteral("SELECT COUNT(DISTINCT period) FROM staffing")) == 2);
}

TEST_CASE("importing the same one-year file again refreshes it", "[datasets][mapping][source]")
{
    Fixture fixture;
    const QString path = fixture.write(QStringLiteral("staffing.csv"), oneYear);
    REQUIRE(fixture.import(path, oneYearProfile(QStringLiteral("2019-20"))).ok);
    // A newer export of the same year: one row changed, one gone.
    const QString newer = fixture.write(QStringLiteral("staffing-newer.csv"),
                                        "LD,Employee Group,Job Category,Vacancies,Hires\n"
                                        "Central,Certificated,Teacher,10,142\n");
    const ImportReport again = fixture.import(newer, oneYearProfile(QStringLiteral("2019-20")));
    REQUIRE(again.ok);
    CHECK(again.changedRecords == 1);
    CHECK(again.goneRecords == 1);
    CHECK(again.newRecords == 0);
    CHECK(fixture.count(QStringLiteral("SELECT COUNT(*) FROM staffing")) == 1);
    CHECK(fixture.count(QStringLiteral("SELECT vacancies FROM staffing")) == 10);
}

TEST_CASE("a source given by name is used as given, fixed values or not", "[datasets][mapping][source]")
{
    Fixture fixture;
    const QString path = fixture.write(QStringLiteral("staffing.csv"), oneYear);
    DatasetImporter importer(fixture.database());
    DatasetImporter::Request request;
    request.path = path;
    request.profile = oneYearProfile(QStringLiteral("2019-20"));
    request.source = QStringLiteral("  all years  ");
    const ImportReport report = importer.run(request);
    REQUIRE(report.ok);
    CHECK(report.source == QStringLiteral("all years"));
}
