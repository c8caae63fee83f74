// SPDX-License-Identifier: GPL-3.0-or-later
// A file's own words mapped once to Milepost's, and a field taken from part of a column.
#include "catchcompat.h"
#include "core/datasets/importfixture.h"

using namespace milepost;
using namespace milepost::test;

namespace {

const QStringList staffingColumns{QStringLiteral("period=Period"), QStringLiteral("local_district=LD"),
                                  QStringLiteral("employee_group=Group"), QStringLiteral("job_category=Job"),
                                  QStringLiteral("vacancies=Vacancies")};

ImportProfile profileWith(Dataset::Id dataset, const QStringList &columns, const QStringList &valueMaps,
                          const QStringList &extracts = {})
{
    ProfileEdits edits(dataset);
    QString error;
    for (const QString &column : columns)
        REQUIRE(edits.addColumn(column, &error));
    for (const QString &extract : extracts)
        REQUIRE(edits.addExtract(extract, &error));
    for (const QString &valueMap : valueMaps)
        REQUIRE(edits.addValueMapping(valueMap, &error));
    return profileFromEdits(edits, dataset);
}

} // namespace

TEST_CASE("a file's employee groups map once to Milepost's words", "[datasets][valuemap]")
{
    Fixture fixture;
    const QString path = fixture.write(QStringLiteral("staffing.csv"),
                                       "Period,LD,Group,Job,Vacancies\n"
                                       "2023-24,Central,Teachers,Teacher,12\n"
                                       "2023-24,Central,SUPPORT STAFF,Custodian,3\n"
                                       "2023-24,East,Certificated,Counselor,1\n"
                                       "2023-24,East,Volunteers,Tutor,1\n");
    const ImportProfile profile =
        profileWith(Dataset::Staffing, staffingColumns,
                    {QStringLiteral("employee_group:Teachers=certificated"),
                     QStringLiteral("Employee Group:Support staff=classified")});
    const ImportReport report = fixture.import(path, profile);
    REQUIRE(report.ok);
    CHECK(report.stored == 3);
    CHECK(report.rejected == 1);
    CHECK(fixture.count(QStringLiteral("SELECT COUNT(*) FROM staffing WHERE employee_group = 'certificated'")) == 2);
    CHECK(fixture.count(QStringLiteral("SELECT COUNT(*) FROM staffing WHERE employee_group = 'classified'")) == 1);
    REQUIRE(eventAt(report, 5));
    CHECK(eventAt(report, 5)->reason.contains(QStringLiteral("“Volunteers” is not one of")));

    QString error;
    const auto back = ImportProfile::fromJson(profile.toJson(), &error);
    REQUIRE(back);
    CHECK(*back == profile);
    CHECK(back->mappingFor(QStringLiteral("employee_group"))->valueMap.size() == 2);
}

TEST_CASE("a value map to a word the field does not take stops before storing", "[datasets][valuemap]")
{
    Fixture fixture;
    const QString path = fixture.write(QStringLiteral("staffing.csv"), "Period,LD,Group,Job,Vacancies\n"
                                                                       "2023-24,Central,Teachers,Teacher,12\n");
    const ImportReport report = fixture.import(
        path, profileWith(Dataset::Staffing, staffingColumns, {QStringLiteral("employee_group:Teachers=teaching")}));
    CHECK_FALSE(report.ok);
    CHECK(report.error.contains(QStringLiteral("“teaching” cannot stand for “Teachers” in Employee Group")));
    CHECK(fixture.count(QStringLiteral("SELECT COUNT(*) FROM staffing")) == 0);

    ProfileEdits edits(Dataset::Staffing);
    QString error;
    CHECK_FALSE(edits.addValueMapping(QStringLiteral("employee_group=Teachers=certificated"), &error));
    CHECK(error.contains(QStringLiteral("FIELD:FROM=TO")));
    CHECK_FALSE(edits.addValueMapping(QStringLiteral("employee_group:Teachers="), &error));
}

TEST_CASE("a field taken from part of a column by a pattern", "[datasets][extract]")
{
    Fixture fixture;
    const QString path = fixture.write(QStringLiteral("enrollment.csv"),
                                       "DBN,School Year,Program,Count\n"
                                       "01M015,2023-24,All,120\n"
                                       "32K384,2023-24,All,80\n"
                                       "M015,2023-24,All,10\n");
    const ImportProfile profile = profileWith(
        Dataset::Enrollment,
        {QStringLiteral("school_year=School Year"), QStringLiteral("program=Program"), QStringLiteral("count=Count"),
         QStringLiteral("school=DBN")},
        {}, {QStringLiteral("local_district=DBN:^(\\d\\d)")});
    CHECK(profile.mappingFor(QStringLiteral("local_district"))->extract == QStringLiteral("^(\\d\\d)"));
    const ImportReport report = fixture.import(path, profile);
    REQUIRE(report.ok);
    CHECK(report.stored == 2);
    CHECK(report.rejected == 1);
    CHECK(fixture.count(QStringLiteral("SELECT count FROM enrollment WHERE local_district = '01' AND school = '01M015'"))
          == 120);
    CHECK(fixture.count(QStringLiteral("SELECT count FROM enrollment WHERE local_district = '32'")) == 80);
    REQUIRE(eventAt(report, 4));
    CHECK(eventAt(report, 4)->reason
          == QStringLiteral("“M015” does not match the pattern “^(\\d\\d)” that takes Local District from it"));
    CHECK(eventAt(report, 4)->column == 1);

    QString error;
    const auto back = ImportProfile::fromJson(profile.toJson(), &error);
    REQUIRE(back);
    CHECK(*back == profile);
    ProfileEdits edits(Dataset::Enrollment);
    CHECK_FALSE(edits.addExtract(QStringLiteral("local_district=DBN:^(\\d\\d"), &error));
    CHECK(error.contains(QStringLiteral("not a regular expression")));
    CHECK_FALSE(edits.addExtract(QStringLiteral("local_district=DBN"), &error));
    CHECK(error.contains(QStringLiteral("FIELD=COLUMN:PATTERN")));
}

TEST_CASE("a phase whose project details differ names the field and both values", "[datasets][conflict]")
{
    Fixture fixture;
    const QString path = fixture.write(QStringLiteral("capital.csv"),
                                       "Project,School,Phase\n"
                                       "P1,ADAMS ES,Design\n"
                                       "P1,ADAMS ES - ANNEX,Construction\n"
                                       "P2,BAKER ES,Design\n"
                                       "P1,ADAMS ES,Closeout\n"
                                       "P1,ADAMS,Punch list\n");
    const ImportProfile profile = profileWith(
        Dataset::CapitalProjects,
        {QStringLiteral("project_key=Project"), QStringLiteral("school_name=School"), QStringLiteral("phase=Phase")}, {});
    for (int run = 0; run < 2; ++run) { // a source's first import and a refresh store by other paths
        INFO(run);
        const ImportReport report = fixture.import(path, profile);
        REQUIRE(report.ok);
        CHECK(report.rejected == 2);
        REQUIRE(eventAt(report, 3));
        CHECK(eventAt(report, 3)->reason
              == QStringLiteral("School Name differs from line 2: “ADAMS ES” there, “ADAMS ES - ANNEX” here; the phases "
                                "of one project must agree on it"));
        CHECK(eventAt(report, 3)->column == 2);
        CHECK(eventAt(report, 3)->columnName == QStringLiteral("School"));
        CHECK(eventAt(report, 3)->value == QStringLiteral("ADAMS ES - ANNEX"));
        // Project P1 again after P2: compared with what its first rows stored.
        REQUIRE(eventAt(report, 6));
        CHECK(eventAt(report, 6)->reason.startsWith(QStringLiteral("School Name differs from line 2: “ADAMS ES” there, "
                                                                   "“ADAMS” here")));
    }
}
