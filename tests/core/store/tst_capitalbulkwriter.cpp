// SPDX-License-Identifier: GPL-3.0-or-later
// A source's first capital import, stored several rows to an INSERT with the key index built after.
#include "catchcompat.h"
#include "core/datasets/importfixture.h"

#include "store/capitalbulkwriter.h"

using namespace milepost;
using namespace milepost::test;

namespace {

bool hasUniqueKeyIndex(Fixture &fixture)
{
    return fixture.count(QStringLiteral("SELECT count(*) FROM pragma_index_list('capital_projects') "
                                        "WHERE name = 'capital_projects_key' AND \"unique\" = 1"))
        == 1;
}

// The projects table's indexes as the schema wrote them (the key's, the region's), one a line.
QString projectIndexes(Fixture &fixture)
{
    Statement indexes(fixture.database().handle(),
                      QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                                     "'capital_projects' AND sql IS NOT NULL ORDER BY name"));
    QString text;
    while (indexes.step() == Statement::Result::Row)
        text += indexes.columnText(0) + QLatin1Char('\n');
    return text;
}

// What a source stored, without the ids the database gave.
QString storedRows(Fixture &fixture, const QString &source)
{
    Statement rows(fixture.database().handle(),
                   QStringLiteral("SELECT p.record_key, p.site_code, p.school_name, p.funding, p.source_line, ph.phase, "
                                  "ph.occurrence, ph.planned_start, ph.planned_end_code, ph.budget, ph.note, "
                                  "ph.source_line FROM capital_phases ph JOIN capital_projects p ON p.id = ph.project_id "
                                  "JOIN dataset_sources s ON s.id = p.source_id WHERE s.name = ?1 "
                                  "ORDER BY p.record_key, ph.phase, ph.occurrence"));
    rows.bindText(1, source);
    QString text;
    while (rows.step() == Statement::Result::Row) {
        for (int column = 0; column < 12; ++column)
            text += rows.columnText(column) + QLatin1Char('|');
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace

TEST_CASE("a first capital import into an empty table builds the key index once, after its rows",
          "[store][import]")
{
    Fixture fixture;
    const qint64 secureDelete = fixture.count(QStringLiteral("PRAGMA secure_delete"));
    // The index builds may sort on a helper thread; the connection's own setting comes back.
    const qint64 sortThreads = fixture.count(QStringLiteral("PRAGMA threads"));
    const QString indexes = projectIndexes(fixture);
    REQUIRE(indexes.contains(QStringLiteral("capital_projects_region")));
    const ImportReport report = fixture.import(fixture.write(QStringLiteral("projects.csv"), interleavedCapital(101)),
                                               BuiltInProfiles::milepostCsv(Dataset::CapitalProjects));
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
    CHECK(report.stored == 100);
    CHECK(report.newProjects == fixture.count(QStringLiteral("SELECT count(*) FROM capital_projects")));
    CHECK(hasUniqueKeyIndex(fixture));
    CHECK(projectIndexes(fixture) == indexes); // dropped for the rows, built again after them
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")) == 0);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);
    CHECK(fixture.count(QStringLiteral("PRAGMA secure_delete")) == secureDelete); // as the connection had it
    CHECK(fixture.count(QStringLiteral("PRAGMA threads")) == sortThreads);
}

TEST_CASE("next to many stored projects, a new source keeps the key index and stores the same rows",
          "[store][import]")
{
    const QByteArray bytes = interleavedCapital(101);
    const ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::CapitalProjects);
    Fixture empty;
    REQUIRE(empty.import(empty.write(QStringLiteral("projects.csv"), bytes), profile).ok);

    Fixture crowded;
    QString error;
    REQUIRE(Statement::execute(
        crowded.database().handle(),
        QStringLiteral("INSERT INTO dataset_sources (id, dataset, name) VALUES (1, 'projects', 'elsewhere');"
                       "INSERT INTO capital_projects (source_id, record_key, source_line, created_run, changed_run, "
                       "    seen_run) "
                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                       "SELECT 1, 'K' || i, i + 1, 0, 0, 0 FROM n")
            .arg(CapitalBulkWriter::maxProjectsToReindex + 1),
        &error));
    const ImportReport report = crowded.import(crowded.write(QStringLiteral("projects.csv"), bytes), profile);
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
    CHECK(report.stored == 100);
    CHECK(report.rejected == 1);
    CHECK(hasUniqueKeyIndex(crowded));
    const QString rows = storedRows(crowded, profile.name); // a source is named after its profile
    CHECK(rows.count(QLatin1Char('\n')) == 100);
    CHECK(rows == storedRows(empty, profile.name));
    CHECK(crowded.count(QStringLiteral("SELECT count(*) FROM capital_projects WHERE source_id = 1"))
          == CapitalBulkWriter::maxProjectsToReindex + 1);
}

TEST_CASE("a first capital import refused at a phase or a project names its line and changes nothing",
          "[store][import]")
{
    // ABORT undoes the whole many-row INSERT, and the rows are tried again one at a time;
    // FAIL keeps the rows before the refused one, as the bulk INSERTs' OR FAIL does for a
    // constraint, and the refused row is the first one not kept. Line 41 holds both a phase and
    // the first row of a project, in the middle of a statement.
    for (const char *table : {"capital_phases", "capital_projects"}) {
        for (const char *raise : {"ABORT", "FAIL"}) {
            INFO(table << " " << raise);
            Fixture fixture;
            const QString indexes = projectIndexes(fixture);
            QString error;
            REQUIRE(Statement::execute(fixture.database().handle(),
                                       QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.%1 WHEN "
                                                      "NEW.source_line = 41 BEGIN SELECT RAISE(%2, 'disk full'); END")
                                           .arg(QLatin1String(table), QLatin1String(raise)),
                                       &error));
            const QString before = fixture.dump();
            const ImportReport report =
                fixture.import(fixture.write(QStringLiteral("projects.csv"), interleavedCapital(101)),
                               BuiltInProfiles::milepostCsv(Dataset::CapitalProjects));
            CHECK_FALSE(report.ok);
            CHECK(report.error.contains(QStringLiteral("disk full")));
            CHECK(report.error.contains(QStringLiteral("line 41")));
            CHECK(fixture.dump() == before);
            CHECK(hasUniqueKeyIndex(fixture));
            CHECK(projectIndexes(fixture) == indexes);
        }
    }
}

TEST_CASE("a cancelled first capital import keeps the key index and changes nothing", "[store][import]")
{
    Fixture fixture;
    const QString before = fixture.dump();
    const QString indexes = projectIndexes(fixture);
    int asked = 0;
    const ImportReport cancelled = fixture.import(fixture.write(QStringLiteral("big.csv"),
                                                                interleavedCapital(3 * DatasetImporter::checkEvery)),
                                                  BuiltInProfiles::milepostCsv(Dataset::CapitalProjects),
                                                  [&asked] { return ++asked == 2; });
    CHECK(cancelled.cancelled);
    CHECK(fixture.dump() == before);
    CHECK(hasUniqueKeyIndex(fixture));
    CHECK(projectIndexes(fixture) == indexes);
}
