// SPDX-License-Identifier: GPL-3.0-or-later
// Mapping typed by a person (the command line's --map, --value and --na-code), and the fixed
// values it gives: parsed once, stored on every row, saved with the profile.
#include "catchcompat.h"
#include "core/datasets/importfixture.h"

#include "datasets/mappingsuggester.h"
#include "datasets/profileedits.h"
#include "store/datasetrepository.h"
#include "store/profilerepository.h"

using namespace milepost;
using namespace milepost::test;

TEST_CASE("fields are named by key or by name, without regard to case or spaces", "[datasets][profile][edits]")
{
    CHECK(ProfileEdits::findField(Dataset::Enrollment, QStringLiteral("school_year"))->key == std::string("school_year"));
    CHECK(ProfileEdits::findField(Dataset::Enrollment, QStringLiteral("School Year"))->key == std::string("school_year"));
    CHECK(ProfileEdits::findField(Dataset::Staffing, QStringLiteral("PERIOD"))->key == std::string("period"));
    CHECK_FALSE(ProfileEdits::findField(Dataset::Staffing, QStringLiteral("school_year")));

    ProfileEdits edits(Dataset::Staffing);
    QString error;
    CHECK_FALSE(edits.addColumn(QStringLiteral("colour=LD"), &error));
    CHECK(error.contains(QStringLiteral("no field “colour”")));
    CHECK_FALSE(edits.addValue(QStringLiteral("period"), &error));
    CHECK_FALSE(edits.addValue(QStringLiteral("period="), &error));
    CHECK(edits.isEmpty());
}

TEST_CASE("edits map a column, give a value and add codes to the fields that may hold one", "[datasets][profile][edits]")
{
    ImportProfile profile = BuiltInProfiles::nycSca();
    ProfileEdits edits(Dataset::CapitalProjects);
    QString error;
    REQUIRE(edits.addColumn(QStringLiteral("Status=Phase Status"), &error));
    REQUIRE(edits.addValue(QStringLiteral("board_district=4"), &error));
    edits.addNotApplicableCode(QStringLiteral("DIIX"));
    edits.addNotApplicableCode(QStringLiteral("diix"));
    edits.apply(&profile);
    CHECK(profile.mappingFor(QStringLiteral("status"))->column == QStringLiteral("Phase Status"));
    CHECK(profile.mappingFor(QStringLiteral("board_district"))->value == QStringLiteral("4"));
    CHECK(profile.mappingFor(QStringLiteral("board_district"))->column.isEmpty());
    CHECK(profile.mappingFor(QStringLiteral("budget"))->notApplicableCodes.count(QStringLiteral("DIIX")) == 1);
    CHECK(profile.mappingFor(QStringLiteral("actual_start"))->notApplicableCodes.contains(QStringLiteral("PNS")));
    // Text fields hold no codes: a code there would reject the row.
    CHECK_FALSE(profile.mappingFor(QStringLiteral("phase"))->notApplicableCodes.contains(QStringLiteral("DIIX")));
    CHECK(profile.validate(&error));
}

TEST_CASE("a fixed value is part of the profile's JSON and cannot come with a column", "[datasets][profile][edits]")
{
    ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::Staffing);
    profile.name = QStringLiteral("one year");
    profile.builtIn = false;
    profile.formulaGuarded = false;
    ColumnMapping period = *profile.mappingFor(QStringLiteral("period"));
    period.column.clear();
    period.value = QStringLiteral("2019-20");
    profile.setMapping(period);
    QString error;
    const auto read = ImportProfile::fromJson(profile.toJson(), &error);
    INFO(error.toStdString());
    REQUIRE(read);
    CHECK(*read == profile);

    period.column = QStringLiteral("Period");
    profile.setMapping(period);
    CHECK_FALSE(profile.validate(&error));
    CHECK(error.contains(QStringLiteral("both a column")));
}

TEST_CASE("a file without Period or Program imports with a value for each, every row holding it",
          "[datasets][importer][edits]")
{
    Fixture fixture;
    const QByteArray bytes = "LD,Count\n"
                             "Central,1200\n"
                             "East,980\n";
    const QString path = fixture.write(QStringLiteral("one-year.csv"), bytes);
    const QStringList header{QStringLiteral("LD"), QStringLiteral("Count")};
    CHECK_FALSE(MappingSuggester::bestProfile(BuiltInProfiles::forDataset(Dataset::Enrollment), header));

    ProfileEdits edits(Dataset::Enrollment);
    QString error;
    REQUIRE(edits.addValue(QStringLiteral("School Year=2019-20"), &error));
    REQUIRE(edits.addValue(QStringLiteral("program=All"), &error));
    REQUIRE(edits.addColumn(QStringLiteral("local_district=LD"), &error));
    ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::Enrollment);
    edits.apply(&profile);
    QStringList leftOut;
    const auto fitted = MappingSuggester::fitted(profile, header, &leftOut);
    REQUIRE(fitted);
    CHECK_FALSE(fitted->formulaGuarded);
    CHECK(leftOut.size() == 5);

    const ImportReport report = fixture.import(path, *fitted);
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
    CHECK(report.stored == 2);
    const QList<EnrollmentRecord> records = DatasetRepository(fixture.database()).enrollment();
    REQUIRE(records.size() == 2);
    for (const EnrollmentRecord &record : records) {
        CHECK(record.schoolYear.canonical() == QStringLiteral("2019-20"));
        CHECK(record.program == QStringLiteral("All"));
    }
    CHECK(records.at(0).localDistrict != records.at(1).localDistrict);

    // Saved, the profile reads the next file the same way.
    ImportProfile saved = *fitted;
    saved.name = QStringLiteral("one-year-enrollment");
    saved.builtIn = false;
    ProfileRepository repository(fixture.database());
    REQUIRE(repository.save(saved, &error));
    const auto found = repository.find(saved.name, &error);
    REQUIRE(found);
    CHECK(found->mappingFor(QStringLiteral("school_year"))->value == QStringLiteral("2019-20"));
    CHECK(*found == saved);
}

TEST_CASE("a fixed value that cannot be read stops the import before any row", "[datasets][importer][edits]")
{
    Fixture fixture;
    const QString path = fixture.write(QStringLiteral("one-year.csv"), "LD,Program,Count\nCentral,All,1200\n");
    ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::Enrollment);
    ProfileEdits edits(Dataset::Enrollment);
    QString error;
    REQUIRE(edits.addValue(QStringLiteral("school_year=2019-21"), &error));
    REQUIRE(edits.addColumn(QStringLiteral("local_district=LD"), &error));
    edits.apply(&profile);
    const auto fitted = MappingSuggester::fitted(profile, {QStringLiteral("LD"), QStringLiteral("Program"), QStringLiteral("Count")});
    REQUIRE(fitted);
    const ImportReport report = fixture.import(path, *fitted);
    CHECK_FALSE(report.ok);
    CHECK(report.error.contains(QStringLiteral("the value “2019-21” for School Year cannot be used")));
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM enrollment")) == 0);
}
