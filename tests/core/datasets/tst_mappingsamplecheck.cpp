// SPDX-License-Identifier: GPL-3.0-or-later
// The mapping page's check of a mapping on the first rows of a file, before anything is stored.
#include "catchcompat.h"
#include "core/datasets/importfixture.h"

#include "csv/csvsniffer.h"
#include "datasets/mappingsamplecheck.h"

using namespace milepost;
using namespace milepost::test;

namespace {

CsvDialect dialectOf(const QString &path)
{
    const CsvSniffer::Detection detection = CsvSniffer::detectFile(path);
    REQUIRE(detection.ok);
    return detection.dialect;
}

const MappingSampleCheck::FieldResult &resultFor(const MappingSampleCheck &check, Dataset::Id dataset, const char *key)
{
    return check.fields().at(DatasetSchema::indexOf(dataset, QString::fromLatin1(key)));
}

} // namespace

TEST_CASE("a column that does not fit its field is seen on the first rows, with its first value", "[datasets][samplecheck]")
{
    Fixture fixture;
    // The school code mapped to the period: every row rejected by it; one bad count too.
    const QString path = fixture.write(QStringLiteral("staffing.csv"), "Code,LD,Group,Job,Vacancies\n"
                                                                       "K001,Central,certificated,Teacher,12\n"
                                                                       "\n"
                                                                       "K002,East,classified,Custodian,three\n"
                                                                       "K003,East,classified,Custodian,1\n"
                                                                       "TOTAL,,,,16\n");
    ProfileEdits edits(Dataset::Staffing);
    QString error;
    for (const char *column : {"period=Code", "local_district=LD", "employee_group=Group", "job_category=Job",
                               "vacancies=Vacancies"})
        REQUIRE(edits.addColumn(QString::fromLatin1(column), &error));
    const ImportProfile profile = profileFromEdits(edits, Dataset::Staffing);

    const std::optional<MappingSampleCheck> check = MappingSampleCheck::run(path, dialectOf(path), profile, 200, &error);
    INFO(error.toStdString());
    REQUIRE(check);
    // The blank line and the footer are not rows.
    CHECK(check->rowsChecked() == 3);
    CHECK(check->rowsRejected() == 3);
    const MappingSampleCheck::FieldResult &period = resultFor(*check, Dataset::Staffing, "period");
    CHECK(period.rejected == 3);
    CHECK(period.firstLine == 2);
    CHECK(period.firstValue == QStringLiteral("K001"));
    CHECK_FALSE(period.firstReason.isEmpty());
    const MappingSampleCheck::FieldResult &vacancies = resultFor(*check, Dataset::Staffing, "vacancies");
    CHECK(vacancies.rejected == 1);
    CHECK(vacancies.firstLine == 4);
    CHECK(vacancies.firstValue == QStringLiteral("three"));
    CHECK(resultFor(*check, Dataset::Staffing, "local_district").rejected == 0);
    CHECK(check->wholeRow().rejected == 0);

    // Only as many rows as asked for are read.
    const std::optional<MappingSampleCheck> two = MappingSampleCheck::run(path, dialectOf(path), profile, 2, &error);
    REQUIRE(two);
    CHECK(two->rowsChecked() == 2);
    CHECK(resultFor(*two, Dataset::Staffing, "vacancies").rejected == 1);
}

TEST_CASE("the real NYC export's first rows fit its built-in profile, and not without its codes",
          "[datasets][samplecheck]")
{
    const QString path = QStringLiteral(MILEPOST_SHARED_DIR "/data/nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv");
    QString error;
    ImportProfile profile = BuiltInProfiles::nycSca();
    const std::optional<MappingSampleCheck> check = MappingSampleCheck::run(path, dialectOf(path), profile, 500, &error);
    INFO(error.toStdString());
    REQUIRE(check);
    CHECK(check->rowsChecked() == 500);
    CHECK(check->rowsRejected() == 0);

    // Without its "not applicable" codes, the date columns' PNS and DOER are not dates.
    for (ColumnMapping &mapping : profile.columns)
        mapping.notApplicableCodes.clear();
    const std::optional<MappingSampleCheck> bare = MappingSampleCheck::run(path, dialectOf(path), profile, 500, &error);
    REQUIRE(bare);
    CHECK(bare->rowsRejected() > 0);
    const MappingSampleCheck::FieldResult &end = resultFor(*bare, Dataset::CapitalProjects, "planned_end");
    CHECK(end.rejected > 0);
    CHECK(QStringList{QStringLiteral("PNS"), QStringLiteral("DOER"), QStringLiteral("DOES"), QStringLiteral("IEH"),
                      QStringLiteral("FTK"), QStringLiteral("DIIR"), QStringLiteral("DIIT"), QStringLiteral("EMER"),
                      QStringLiteral("DOEL")}
              .contains(end.firstValue));
}

TEST_CASE("a file that lacks a mapped column is refused by the check as by the import", "[datasets][samplecheck]")
{
    Fixture fixture;
    const QString path = fixture.write(QStringLiteral("short.csv"), "LD,Group,Job\nCentral,certificated,Teacher\n");
    ProfileEdits edits(Dataset::Staffing);
    QString error;
    for (const char *column : {"period=Period", "local_district=LD", "employee_group=Group", "job_category=Job"})
        REQUIRE(edits.addColumn(QString::fromLatin1(column), &error));
    const ImportProfile profile = profileFromEdits(edits, Dataset::Staffing);
    CHECK_FALSE(MappingSampleCheck::run(path, dialectOf(path), profile, 10, &error));
    CHECK(error.contains(QStringLiteral("Period")));
}
