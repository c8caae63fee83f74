// SPDX-License-Identifier: GPL-3.0-or-later
// The real NYC School Construction Authority export, end to end through the built-in profile.
#include "catchcompat.h"

#include "datasets/builtinprofiles.h"
#include "datasets/datasetimporter.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "store/statement.h"

#include <QFile>
#include <QHash>
#include <QSet>

using namespace milepost;

namespace {

QString nycPath()
{
    return QStringLiteral(MILEPOST_SHARED_DIR)
        + QStringLiteral("/data/nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv");
}

qint64 queryInt(Database &database, const QString &sql)
{
    Statement statement(database.handle(), sql);
    REQUIRE(statement.step() == Statement::Result::Row);
    return statement.columnInt64(0);
}

} // namespace

TEST_CASE("every one of the 13,153 rows of the NYC export is stored, rejected or blank", "[datasets][real]")
{
    if (!QFile::exists(nycPath())) {
        WARN("shared data file not found, skipping: " << nycPath().toStdString());
        return;
    }
    QString error;
    auto database = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(database);
    DatasetImporter importer(*database);
    DatasetImporter::Request request;
    request.path = nycPath();
    request.profile = BuiltInProfiles::nycSca();
    const ImportReport report = importer.run(request);
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
    CHECK(report.rowsRead == 13153);
    CHECK(report.countsAddUp());
    CHECK(report.blank == 0);
    // The one row whose phase is named "NULL".
    CHECK(report.rejected == 1);
    CHECK(report.stored == 13152);
    REQUIRE_FALSE(report.events.isEmpty());
    const ImportEvent &rejected = report.events.first();
    CHECK(rejected.outcome == ImportEvent::Outcome::Rejected);
    CHECK(rejected.line == 8574);
    CHECK(rejected.columnName == QStringLiteral("Project Phase Name"));
    CHECK(rejected.value == QStringLiteral("NULL"));

    // 6,985 projects by building, type, description and DSF numbers, less the one whose only
    // row is the rejected one; three of them have two rounds of the same phases, kept as
    // occurrences 1 and 2.
    CHECK(report.newProjects == 6984);
    CHECK(report.newRecords == 13152);
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM capital_projects")) == 6984);
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM capital_phases")) == 13152);
    CHECK(queryInt(*database, QStringLiteral("SELECT count(DISTINCT project_id) FROM capital_phases "
                                             "WHERE occurrence = 2")) == 3);

    // Codes are kept, never turned into values or dropped.
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM capital_phases WHERE actual_start_code = 'PNS'"))
          == 4394 - 1); // the rejected "NULL" phase row is one of them
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM capital_phases WHERE planned_end_code = 'DOES'")) == 819);
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM capital_phases WHERE budget_code = 'TPL'")) == 8);
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM capital_projects WHERE funding_code = 'NULL'")) > 0);

    // One row read back: the first data line.
    DatasetRepository repository(*database);
    const QList<CapitalProject> projects = repository.capitalProjects(&error);
    REQUIRE(projects.size() == 6984);
    const CapitalProject &first = projects.first();
    CHECK(first.siteCode == QStringLiteral("M015"));
    CHECK(first.schoolName == QStringLiteral("P.S. 15 - MANHATTAN"));
    CHECK(first.region == QStringLiteral("1"));
    REQUIRE(first.phases.size() == 1);
    const CapitalPhase &phase = first.phases.first();
    CHECK(phase.name == QStringLiteral("Construction"));
    CHECK(phase.actualStart == Applicable<QDate>::known(QDate(2024, 6, 28)));
    CHECK(phase.plannedEnd == Applicable<QDate>::notApplicable(QStringLiteral("DOER")));
    CHECK(phase.actualEnd.isMissing());
    CHECK(phase.budget == Applicable<Money>::notApplicable(QStringLiteral("DOER")));
    CHECK(phase.estimateAtCompletion == Applicable<Money>::known(Money::fromCents(20665400)));
    CHECK(phase.spent == Applicable<Money>::known(Money::fromCents(0)));
    CHECK(first.funding == Applicable<QStringList>::known({QStringLiteral("DSF0001086173")}));

    // The quoted DSF list of the third row is two references.
    const CapitalProject &listed = projects.at(2);
    CHECK(listed.funding == Applicable<QStringList>::known({QStringLiteral("DSF0001008800"), QStringLiteral("DSF0000991942")}));
}

TEST_CASE("importing the same NYC export again changes nothing and reports every record unchanged", "[datasets][real]")
{
    if (!QFile::exists(nycPath())) {
        WARN("shared data file not found, skipping: " << nycPath().toStdString());
        return;
    }
    QString error;
    auto database = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(database);
    DatasetImporter importer(*database);
    DatasetImporter::Request request;
    request.path = nycPath();
    request.profile = BuiltInProfiles::nycSca();
    REQUIRE(importer.run(request).ok);
    const ImportReport again = importer.run(request);
    REQUIRE(again.ok);
    CHECK(again.newRecords == 0);
    CHECK(again.changedRecords == 0);
    CHECK(again.goneRecords == 0);
    CHECK(again.unchangedRecords == 13152);
    CHECK(again.unchangedProjects == 6984);
    CHECK(again.goneProjects == 0);
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM capital_phases")) == 13152);
}
