// SPDX-License-Identifier: GPL-3.0-or-later
// A date column is read in one order for the whole file: a value that only the other order reads
// stops the import before anything is kept, instead of the other rows being stored with month and
// day exchanged.
#include "catchcompat.h"
#include "core/datasets/importfixture.h"

#include "store/datasetrepository.h"

using namespace milepost;
using namespace milepost::test;

namespace {

ImportProfile capitalProfile(const QString &dateFormat)
{
    ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::CapitalProjects);
    for (const char *field : {"planned_start", "planned_end", "actual_start", "actual_end"}) {
        ColumnMapping mapping = *profile.mappingFor(QString::fromLatin1(field));
        mapping.dateFormat = dateFormat;
        profile.setMapping(mapping);
    }
    return profile;
}

QByteArray twoDigits(int value)
{
    return QByteArray::number(value).rightJustified(2, '0');
}

// The Planned Start of row i of dayFirstFile: the first firstProof rows have days of the 12th or
// earlier, which read both ways; the row after them is 28 June 2024.
QDate plannedStartOf(int i, int firstProof)
{
    if (i == firstProof)
        return QDate(2024, 6, 28);
    const int month = 1 + (i * 5) % 12;
    return QDate(2024, month, i < firstProof ? 1 + i % 12 : 1 + i % 28);
}

// Capital rows written day first (DD/MM/YYYY) in Planned Start, projects P0, P1, ...
QByteArray dayFirstFile(int rows, int firstProof)
{
    QByteArray bytes = capitalHeader;
    for (int i = 0; i < rows; ++i) {
        const QDate date = plannedStartOf(i, firstProof);
        bytes += "P" + QByteArray::number(i) + ",S,School,C,1,Roof,Roof " + QByteArray::number(i) + ",,Design,Complete,"
            + twoDigits(date.day()) + "/" + twoDigits(date.month()) + "/2024,,,,,,,,no,\n";
    }
    return bytes;
}

} // namespace

TEST_CASE("a day-first file read month-first stores nothing and names the line that proves it", "[datasets][importer][dateorder]")
{
    Fixture fixture;
    // What the database held before: an earlier import, which must stay exactly as it was.
    const ImportReport earlier = fixture.import(
        fixture.write(QStringLiteral("earlier.csv"), capitalHeader + "Q1,S,School,C,1,Roof,Roof,,Design,Complete,2021-03-04,,,,,,,,no,\n"),
        BuiltInProfiles::milepostCsv(Dataset::CapitalProjects));
    REQUIRE(earlier.ok);
    const QString before = fixture.dump();

    // 300 rows; the first 120 read both ways (and would be stored swapped), line 122 is 28/06/2024.
    const QString path = fixture.write(QStringLiteral("dayfirst.csv"), dayFirstFile(300, 120));
    const ImportReport report = fixture.import(path, capitalProfile(QStringLiteral("M/D/YYYY")));
    CHECK_FALSE(report.ok);
    CHECK_FALSE(report.cancelled);
    INFO(report.error.toStdString());
    CHECK(report.error.contains(QStringLiteral("“Planned Start” needs the date format D/M/YYYY")));
    CHECK(report.error.contains(QStringLiteral("on line 122, “28/06/2024” can only be 2024-06-28, written day first")));
    CHECK(report.error.contains(QStringLiteral("no row was stored")));
    CHECK(fixture.dump() == before);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM capital_phases")) == 1);

    // The four date columns are mapped and in doubt; only Planned Start has values.
    REQUIRE(report.dateColumns.size() == 4);
    const DateColumnCheck &check = report.dateColumns.first();
    CHECK(check.label == QStringLiteral("Planned Start"));
    CHECK(check.format == QStringLiteral("M/D/YYYY"));
    CHECK(check.contradicted());
    CHECK_FALSE(check.confirmed());
    CHECK(check.neededFormat == QStringLiteral("D/M/YYYY"));
    CHECK(check.proofLine == 122);
    CHECK(check.proofValue == QStringLiteral("28/06/2024"));

    // Read day first, the same file is stored whole, every date the day it names.
    const ImportReport right = fixture.import(path, capitalProfile(QStringLiteral("D/M/YYYY")));
    INFO(right.error.toStdString());
    REQUIRE(right.ok);
    CHECK(right.stored == 300);
    CHECK(right.rejected == 0);
    int checked = 0;
    for (const CapitalProject &project : DatasetRepository(fixture.database()).capitalProjects()) {
        if (!project.key.startsWith(QLatin1Char('P')))
            continue;
        REQUIRE(project.phases.size() == 1);
        const int row = project.key.mid(1).toInt();
        INFO(project.key.toStdString());
        CHECK(project.phases.first().plannedStart.value() == plannedStartOf(row, 120));
        ++checked;
    }
    CHECK(checked == 300);
    REQUIRE(right.dateColumns.size() == 4);
    CHECK(right.dateColumns.first().confirmed());
    CHECK(right.dateColumns.first().line == 122);
    CHECK_FALSE(right.dateColumns.first().contradicted());
}

TEST_CASE("rows read both ways are never stored swapped: 04/06/2025 read day first is June 4", "[datasets][importer][dateorder]")
{
    Fixture fixture;
    const QByteArray bytes = capitalHeader + "P1,S,School,C,1,Roof,Roof,,Design,Complete,04/06/2025,,,,,,,,no,\n"
        + "P2,S,School,C,1,Roof,Roof 2,,Design,Complete,13/04/2021,,,,,,,,no,\n";
    const QString path = fixture.write(QStringLiteral("two.csv"), bytes);
    const ImportReport wrong = fixture.import(path, capitalProfile(QStringLiteral("M/D/YYYY")));
    CHECK_FALSE(wrong.ok);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM capital_phases")) == 0);
    const ImportReport right = fixture.import(path, capitalProfile(QStringLiteral("D/M/YYYY")));
    REQUIRE(right.ok);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM capital_phases WHERE date(planned_start) = '2025-06-04'")) == 1);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM capital_phases WHERE date(planned_start) = '2021-04-13'")) == 1);
}

TEST_CASE("a mixed date column is refused whichever order the profile reads", "[datasets][importer][dateorder]")
{
    Fixture fixture;
    const QByteArray bytes = capitalHeader + "P1,S,School,C,1,Roof,Roof,,Design,Complete,06/28/2024,,,,,,,,no,\n"
        + "P2,S,School,C,1,Roof,Roof 2,,Design,Complete,01/02/2024,,,,,,,,no,\n"
        + "P3,S,School,C,1,Roof,Roof 3,,Design,Complete,28/06/2024,,,,,,,,no,\n";
    const QString path = fixture.write(QStringLiteral("mixed.csv"), bytes);
    const QString before = fixture.dump();

    const ImportReport monthFirst = fixture.import(path, capitalProfile(QStringLiteral("M/D/YYYY")));
    CHECK_FALSE(monthFirst.ok);
    CHECK(monthFirst.error.contains(QStringLiteral("on line 4")));
    REQUIRE(monthFirst.dateColumns.size() == 4);
    CHECK(monthFirst.dateColumns.first().mixed());
    CHECK(monthFirst.dateColumns.first().line == 2);

    const ImportReport dayFirst = fixture.import(path, capitalProfile(QStringLiteral("D/M/YYYY")));
    CHECK_FALSE(dayFirst.ok);
    CHECK(dayFirst.error.contains(QStringLiteral("needs the date format M/D/YYYY: on line 2")));
    CHECK(fixture.dump() == before);
}

TEST_CASE("an ambiguous date column is read as the profile says, and the report says no value showed the order",
          "[datasets][importer][dateorder]")
{
    Fixture fixture;
    const QByteArray bytes = capitalHeader + "P1,S,School,C,1,Roof,Roof,,Design,Complete,04/06/2025,,,,,,,,no,\n";
    const ImportReport report = fixture.import(fixture.write(QStringLiteral("one.csv"), bytes),
                                               capitalProfile(QStringLiteral("M/D/YYYY")));
    REQUIRE(report.ok);
    REQUIRE(report.dateColumns.size() == 4);
    CHECK(report.dateColumns.first().ambiguous());
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM capital_phases WHERE date(planned_start) = '2025-04-06'")) == 1);
    // ISO dates leave no doubt: Milepost's own CSV lists no date column.
    const ImportReport iso = fixture.import(
        fixture.write(QStringLiteral("iso.csv"), capitalHeader + "P1,S,School,C,1,Roof,Roof,,Design,Complete,2025-06-04,,,,,,,,no,\n"),
        BuiltInProfiles::milepostCsv(Dataset::CapitalProjects));
    REQUIRE(iso.ok);
    CHECK(iso.dateColumns.isEmpty());
}

TEST_CASE("an impossible date in a month-first column is rejected by row and does not stop the import",
          "[datasets][importer][dateorder]")
{
    Fixture fixture;
    const QByteArray bytes = capitalHeader + "P1,S1,School,C,1,Paving,Yard,,Design,Complete,03/04/2021,,,,,,,,,\n"
        + "P2,S2,School,C,1,Paving,Yard,,Design,Complete,9/31/2022,,,,,,,,,\n"
        + "P3,S3,School,C,1,Paving,Yard,,Design,Complete,31/31/2022,,,,,,,,,\n";
    const ImportReport report = fixture.import(fixture.write(QStringLiteral("bad.csv"), bytes),
                                               capitalProfile(QStringLiteral("M/D/YYYY")));
    REQUIRE(report.ok);
    CHECK(report.stored == 1);
    CHECK(report.rejected == 2);
    CHECK(eventAt(report, 3)->reason.contains(QStringLiteral("30 days")));
    CHECK(eventAt(report, 4)->reason.contains(QStringLiteral("no month 31")));
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM capital_phases WHERE date(planned_start) = '2021-03-04'")) == 1);
}
