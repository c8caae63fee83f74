// SPDX-License-Identifier: GPL-3.0-or-later
// A file may lack the columns of optional fields: the profile that fits it leaves them out and
// the rows are stored with those fields empty or at their default.
#include "catchcompat.h"
#include "core/datasets/importfixture.h"

#include "datasets/mappingsuggester.h"
#include "datasets/datasetschema.h"
#include "export/datasetexporter.h"
#include "store/datasetrepository.h"

using namespace milepost;
using namespace milepost::test;

namespace {

const QStringList handWrittenHeader{QStringLiteral("School Year"), QStringLiteral("Local District"),
                                    QStringLiteral("Program"), QStringLiteral("Count")};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("a file with only the required columns fits the built-in profile without the optional ones",
          "[datasets][mapping][optional]")
{
    const auto best = MappingSuggester::bestProfile(BuiltInProfiles::forDataset(Dataset::Enrollment), handWrittenHeader);
    REQUIRE(best);
    CHECK(best->name == BuiltInProfiles::milepostCsvName(Dataset::Enrollment));
    CHECK(best->columns.size() == 4);
    CHECK(MappingSuggester::missingColumns(*best, handWrittenHeader).isEmpty());

    QStringList leftOut;
    REQUIRE(MappingSuggester::fitted(BuiltInProfiles::milepostCsv(Dataset::Enrollment), handWrittenHeader, &leftOut));
    CHECK(leftOut
          == QStringList{QStringLiteral("school"), QStringLiteral("grade"), QStringLiteral("unit"),
                         QStringLiteral("illustrative"), QStringLiteral("note")});
    CHECK(MappingSuggester::neededColumns(BuiltInProfiles::milepostCsv(Dataset::Enrollment), handWrittenHeader).isEmpty());
}

TEST_CASE("a file without a required column fits no profile and says which column it needs",
          "[datasets][mapping][optional]")
{
    const QStringList header{QStringLiteral("School Year"), QStringLiteral("Local District"), QStringLiteral("School"),
                             QStringLiteral("Count")};
    CHECK_FALSE(MappingSuggester::bestProfile(BuiltInProfiles::forDataset(Dataset::Enrollment), header));
    CHECK_FALSE(MappingSuggester::fitted(BuiltInProfiles::milepostCsv(Dataset::Enrollment), header));
    CHECK(MappingSuggester::neededColumns(BuiltInProfiles::milepostCsv(Dataset::Enrollment), header)
          == QStringList{QStringLiteral("Program")});
}

TEST_CASE("capital phases without a key, nor a site and description, still fit no profile",
          "[datasets][mapping][optional]")
{
    // Phase is the only required field, but a phase must be told apart from another project's.
    const QStringList header{QStringLiteral("Phase"), QStringLiteral("Budget")};
    CHECK_FALSE(MappingSuggester::bestProfile(BuiltInProfiles::forDataset(Dataset::CapitalProjects), header));
    CHECK(MappingSuggester::neededColumns(BuiltInProfiles::milepostCsv(Dataset::CapitalProjects), header).contains(
        QStringLiteral("Project Key")));
    const QStringList keyed{QStringLiteral("Project Key"), QStringLiteral("Phase"), QStringLiteral("Budget")};
    const auto best = MappingSuggester::bestProfile(BuiltInProfiles::forDataset(Dataset::CapitalProjects), keyed);
    REQUIRE(best);
    CHECK(best->columns.size() == 3);
}

TEST_CASE("Milepost's own header fits its profile with nothing left out", "[datasets][mapping][optional]")
{
    for (const Dataset::Id dataset : Dataset::all) {
        QStringList leftOut{QStringLiteral("not cleared")};
        const auto fitted = MappingSuggester::fitted(BuiltInProfiles::milepostCsv(dataset), DatasetSchema::csvHeader(dataset), &leftOut);
        REQUIRE(fitted);
        CHECK(leftOut.isEmpty());
        CHECK(*fitted == BuiltInProfiles::milepostCsv(dataset));
    }
}

TEST_CASE("a hand-written enrollment file with four columns imports, the rest is empty or its default",
          "[datasets][importer][optional]")
{
    Fixture fixture;
    const QByteArray bytes = "School Year,Local District,Program,Count\n"
                             "2023-24,Central,All,1200\n"
                             "2023-24,East,All,980\n"
                             "\n"
                             "2023-24,West,Magnet,\n" // rejected: Count is required
                             "2024-25,Central,All,1250\n";
    const QString path = fixture.write(QStringLiteral("enrollment.csv"), bytes);
    const auto profile = MappingSuggester::bestProfile(BuiltInProfiles::forDataset(Dataset::Enrollment), handWrittenHeader);
    REQUIRE(profile);
    const ImportReport report = fixture.import(path, *profile);
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
    CHECK(report.rowsRead == 5);
    CHECK(report.stored == 3);
    CHECK(report.rejected == 1);
    CHECK(report.blank == 1);
    CHECK(report.countsAddUp());

    const QList<EnrollmentRecord> records = DatasetRepository(fixture.database()).enrollment();
    REQUIRE(records.size() == 3);
    for (const EnrollmentRecord &record : records) {
        CHECK(record.school.isEmpty());
        CHECK(record.grade.isEmpty());
        CHECK(record.unit == EnrollmentRecord::Unit::Students);
        CHECK_FALSE(record.illustrative);
        CHECK(record.note.isEmpty());
    }
    qint64 total = 0;
    for (const EnrollmentRecord &record : records)
        total += record.count;
    CHECK(total == 1200 + 980 + 1250);
}

TEST_CASE("an export of enrollment imported by the profile that fits it exports the same bytes",
          "[datasets][importer][optional][roundtrip]")
{
    Fixture fixture;
    const QString path = fixture.write(QStringLiteral("enrollment.csv"), "School Year,Local District,Program,Count\n"
                                                                         "2023-24,Central,All,1200\n"
                                                                         "2023-24,East,Magnet,980\n");
    const auto fitting = MappingSuggester::bestProfile(BuiltInProfiles::forDataset(Dataset::Enrollment), handWrittenHeader);
    REQUIRE(fitting);
    REQUIRE(fixture.import(path, *fitting).ok);
    const QString exported1 = fixture.write(QStringLiteral("1.csv"), {});
    REQUIRE(DatasetExporter(fixture.database()).exportToFile(QStringLiteral("enrollment"), exported1).ok);

    // Milepost's own CSV has every column: the best profile for it is the full built-in one.
    Fixture second;
    const QStringList header = DatasetSchema::csvHeader(Dataset::Enrollment);
    const auto own = MappingSuggester::bestProfile(BuiltInProfiles::forDataset(Dataset::Enrollment), header);
    REQUIRE(own);
    CHECK(*own == BuiltInProfiles::milepostCsv(Dataset::Enrollment));
    const QString copy = second.write(QStringLiteral("copy.csv"), readAll(exported1));
    const ImportReport report = second.import(copy, *own);
    REQUIRE(report.ok);
    CHECK(report.stored == 2);
    const QString exported2 = second.write(QStringLiteral("2.csv"), {});
    REQUIRE(DatasetExporter(second.database()).exportToFile(QStringLiteral("enrollment"), exported2).ok);
    CHECK(readAll(exported2) == readAll(exported1));
    CHECK(DatasetRepository(second.database()).enrollment().size() == 2);
}
