// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"
#include "core/datasets/importfixture.h"

#include "store/databasebackup.h"

using namespace milepost;
using namespace milepost::test;

namespace {

ImportReport importFile(Fixture &fixture, const QString &path, bool dryRun)
{
    DatasetImporter importer(fixture.database());
    DatasetImporter::Request request;
    request.path = path;
    request.profile = BuiltInProfiles::milepostCsv(Dataset::Enrollment);
    request.dryRun = dryRun;
    return importer.run(request);
}

} // namespace

TEST_CASE("a dry run reports exactly what the import will do and changes nothing", "[datasets][importer][dryrun]")
{
    Fixture fixture;
    REQUIRE(importFile(fixture,
                       fixture.write(QStringLiteral("v1.csv"), enrollmentHeader + "2021-22,C,,Magnet,,,13610,no,\n"
                                                                   + "2021-22,NE,,Magnet,,,12384,no,\n"),
                       false)
                .ok);
    const QString v2 = fixture.write(QStringLiteral("v2.csv"), enrollmentHeader + "2021-22,C,,Magnet,,,13611,no,\n"
                                                                   + "\n" + "2021-22,NW,,Magnet,,,lots,no,\n"
                                                                   + "2021-22,S,,Magnet,,,900,no,\n");
    const QString before = fixture.dump();
    const qsizetype backups = DatabaseBackup::list(fixture.databasePath()).size();

    const ImportReport predicted = importFile(fixture, v2, true);
    INFO(predicted.error.toStdString());
    REQUIRE(predicted.ok);
    CHECK(predicted.runId == 0);
    CHECK(predicted.countsAddUp());
    CHECK(fixture.dump() == before);
    CHECK(DatabaseBackup::list(fixture.databasePath()).size() == backups);

    const ImportReport done = importFile(fixture, v2, false);
    REQUIRE(done.ok);
    CHECK(done.runId != 0);
    for (const auto &[a, b] : {std::pair{predicted.rowsRead, done.rowsRead}, {predicted.stored, done.stored},
                               {predicted.rejected, done.rejected}, {predicted.blank, done.blank},
                               {predicted.newRecords, done.newRecords}, {predicted.changedRecords, done.changedRecords},
                               {predicted.goneRecords, done.goneRecords}})
        CHECK(a == b);
    CHECK(done.stored == 2);
    CHECK(done.rejected == 1);
    CHECK(done.blank == 1);
    CHECK(done.goneRecords == 1);
}

TEST_CASE("a dry run of a source's first capital import, stored in bulk, leaves the schema and rows as they were",
          "[datasets][importer][dryrun]")
{
    Fixture fixture;
    const QString path = fixture.write(QStringLiteral("capital.csv"), interleavedCapital(400));
    const QString before = fixture.dump();
    const auto schema = [&fixture] {
        Statement statement(fixture.database().handle(), QStringLiteral("SELECT group_concat(name || ':' || sql, '\n') "
                                                                        "FROM (SELECT name, sql FROM sqlite_schema ORDER BY name)"));
        REQUIRE(statement.step() == Statement::Result::Row);
        return statement.columnText(0);
    };
    const QString schemaBefore = schema();
    DatasetImporter importer(fixture.database());
    DatasetImporter::Request request;
    request.path = path;
    request.profile = BuiltInProfiles::milepostCsv(Dataset::CapitalProjects);
    request.dryRun = true;
    const ImportReport predicted = importer.run(request);
    INFO(predicted.error.toStdString());
    REQUIRE(predicted.ok);
    CHECK(predicted.stored > 0);
    CHECK(fixture.dump() == before);
    CHECK(schema() == schemaBefore);
    CHECK(schema().contains(QStringLiteral("capital_projects_key")));

    request.dryRun = false;
    const ImportReport done = importer.run(request);
    REQUIRE(done.ok);
    CHECK(done.stored == predicted.stored);
    CHECK(done.rejected == predicted.rejected);
    CHECK(done.newProjects == predicted.newProjects);
}
