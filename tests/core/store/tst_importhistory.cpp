// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"
#include "core/datasets/importfixture.h"

#include "store/datasetrepository.h"
#include "store/importhistory.h"
#include "store/importrunlog.h"

using namespace milepost;
using namespace milepost::test;

namespace {

// Every row of every table (sqlite_sequence aside), in a fixed order: two databases with the
// same dump hold the same data.
QString everyTable(Database &database)
{
    Statement tables(database.handle(), QStringLiteral("SELECT s.name, (SELECT count(*) FROM pragma_table_info(s.name)) "
                                                       "FROM sqlite_schema s WHERE s.type = 'table' "
                                                       "AND s.name NOT LIKE 'sqlite_%' ORDER BY s.name"));
    QString text;
    while (tables.step() == Statement::Result::Row) {
        const QString table = tables.columnText(0);
        const int columns = int(tables.columnInt64(1));
        REQUIRE(columns > 0);
        QStringList order;
        for (int column = 1; column <= columns; ++column)
            order.append(QString::number(column));
        Statement rows(database.handle(),
                       QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table, order.join(QLatin1Char(','))));
        text += table + QLatin1Char('\n');
        Statement::Result row = Statement::Result::Done;
        while ((row = rows.step()) == Statement::Result::Row) {
            for (int column = 0; column < columns; ++column)
                text += (rows.columnIsNull(column) ? QStringLiteral("NULL") : rows.columnText(column)) + QLatin1Char('|');
            text += QLatin1Char('\n');
        }
        INFO(table.toStdString() << ": " << rows.error().toStdString());
        REQUIRE(row == Statement::Result::Done);
    }
    return text;
}

ImportReport importAs(Fixture &fixture, const QString &file, const QByteArray &bytes, Dataset::Id dataset,
                      const QString &source = {})
{
    DatasetImporter importer(fixture.database());
    DatasetImporter::Request request;
    request.path = fixture.write(file, bytes);
    request.profile = BuiltInProfiles::milepostCsv(dataset);
    request.source = source;
    const ImportReport report = importer.run(request);
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
    return report;
}

const QByteArray staffingV1 = staffingHeader
    + "2021-22,C,,Certificated,Teacher,10,1,2,no,\n"
    + "2021-22,E,,Certificated,Teacher,20,2,3,no,\n"
    + "2021-22,NE,,Classified,Bus driver,5,0,1,no,\n"
    + "2021-22,NW,,Classified,Bus driver,6,0,1,no,\n";
// C changed, E unchanged on its line, NE gone, NW unchanged on another line, S new.
const QByteArray staffingV2 = staffingHeader
    + "2021-22,C,,Certificated,Teacher,11,1,2,no,\n"
    + "2021-22,E,,Certificated,Teacher,20,2,3,no,\n"
    + "2021-22,NW,,Classified,Bus driver,6,0,1,no,\n"
    + "2021-22,S,,Certificated,Teacher,7,0,0,no,\n";

} // namespace

TEST_CASE("removing a refresh puts back exactly what the database held before it", "[store][importhistory]")
{
    Fixture fixture;
    importAs(fixture, QStringLiteral("v1.csv"), staffingV1, Dataset::Staffing);
    const QString afterFirst = everyTable(fixture.database());
    const ImportReport second = importAs(fixture, QStringLiteral("v2.csv"), staffingV2, Dataset::Staffing);
    CHECK(second.changedRecords == 1);
    CHECK(second.newRecords == 1);
    CHECK(second.goneRecords == 1);
    REQUIRE(everyTable(fixture.database()) != afterFirst);
    // C (changed), NE (gone) and NW (moved to another line) are kept; E was only seen.
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM staffing_superseded")) == 3);

    ImportHistory history(fixture.database());
    const auto effect = history.effectOfRemoving(second.runId);
    REQUIRE(effect);
    CHECK(effect->removedRows == 1);
    CHECK(effect->restoredRows == 2);
    CHECK_FALSE(effect->lastOfSource);

    QString error;
    ImportHistory::Effect done;
    REQUIRE(history.remove(second.runId, &error, true, &done));
    INFO(error.toStdString());
    CHECK(done.removedRows == 1);
    CHECK(everyTable(fixture.database()) == afterFirst);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);

    // The same file again is the same refresh as before.
    const ImportReport again = importAs(fixture, QStringLiteral("v2.csv"), staffingV2, Dataset::Staffing);
    CHECK(again.changedRecords == 1);
    CHECK(again.newRecords == 1);
    CHECK(again.unchangedRecords == 2);
    CHECK(again.goneRecords == 1);
}

TEST_CASE("removing a capital refresh brings back changed and gone phases and projects", "[store][importhistory]")
{
    Fixture fixture;
    const QByteArray first = capitalHeader
        + "P1,S1,Elm ES,C,2,Roof,Replace roof,,Design,Complete,2021-01-04,2021-06-30,,,\"$1,000.00\",,,,no,\n"
        + "P1,S1,Elm ES,C,2,Roof,Replace roof,,Construction,Not started,2021-08-01,2022-06-30,,,\"$9,000.00\",,,,no,\n"
        + "P2,S2,Oak HS,W,4,Paving,Yard,,Design,Complete,,,,,,,,,no,\n";
    importAs(fixture, QStringLiteral("v1.csv"), first, Dataset::CapitalProjects);
    const QString afterFirst = everyTable(fixture.database());
    // P1's design changes, its construction is rejected (kept), P1 gains a phase, P2 goes, P3 is new.
    const QByteArray second = capitalHeader
        + "P1,S1,Elm ES,C,2,Roof,Replace roof,,Design,Complete,2021-01-04,2021-06-30,,,\"$1,200.00\",,,,no,\n"
        + "P1,S1,Elm ES,C,2,Roof,Replace roof,,Construction,Not started,2021-08-01,2022-02-30,,,\"$9,500.00\",,,,no,\n"
        + "P1,S1,Elm ES,C,2,Roof,Replace roof,,Closeout,Not started,,,,,,,,,no,\n"
        + "P3,S3,Pine MS,S,7,HVAC,Boiler,,Design,Not started,,,,,,,,,no,\n";
    const ImportReport report = importAs(fixture, QStringLiteral("v2.csv"), second, Dataset::CapitalProjects);
    CHECK(report.goneProjects == 1);
    CHECK(report.newProjects == 1);

    ImportHistory history(fixture.database());
    const auto effect = history.effectOfRemoving(report.runId);
    REQUIRE(effect);
    CHECK(effect->removedRows == 2);  // P1's closeout and P3's design
    CHECK(effect->restoredRows == 2); // P1's design and P2's design
    QString error;
    REQUIRE(history.remove(report.runId, &error));
    INFO(error.toStdString());
    CHECK(everyTable(fixture.database()) == afterFirst);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);
}

TEST_CASE("removing the import of another source leaves the database as after the first", "[store][importhistory]")
{
    Fixture fixture;
    const QByteArray bytes = enrollmentHeader + "2021-22,C,,Magnet,,,13610,no,\n" + "2021-22,E,,Magnet,,,12746,no,\n";
    const ImportReport a = importAs(fixture, QStringLiteral("a.csv"), bytes, Dataset::Enrollment, QStringLiteral("A"));
    const QString afterA = everyTable(fixture.database());
    const ImportReport b = importAs(fixture, QStringLiteral("b.csv"), bytes, Dataset::Enrollment, QStringLiteral("B"));
    CHECK(b.newRecords == 2);

    ImportHistory history(fixture.database());
    const QList<ImportHistory::Run> runs = history.runs();
    REQUIRE(runs.size() == 2);
    CHECK(runs.at(0).id == b.runId); // newest first
    CHECK(runs.at(0).source == QStringLiteral("B"));
    CHECK(runs.at(0).file.endsWith(QStringLiteral("b.csv")));
    CHECK(runs.at(0).stored == 2);
    CHECK(runs.at(0).rowsRead == 2);
    CHECK(runs.at(0).importedBy == ImportRunLog::currentUser());
    CHECK(runs.at(0).importedAt.isValid());
    CHECK(runs.at(0).latestOfSource);
    CHECK(runs.at(1).latestOfSource);

    const auto effect = history.effectOfRemoving(b.runId);
    REQUIRE(effect);
    CHECK(effect->lastOfSource);
    CHECK(effect->removedRows == 2);
    REQUIRE(history.remove(b.runId));
    CHECK(everyTable(fixture.database()) == afterA);
    REQUIRE(history.remove(a.runId));
    CHECK(history.runs().isEmpty());
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM enrollment")) == 0);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM dataset_sources")) == 0);
}

TEST_CASE("an import refreshed later cannot be removed before the refresh", "[store][importhistory]")
{
    Fixture fixture;
    const ImportReport first = importAs(fixture, QStringLiteral("v1.csv"), staffingV1, Dataset::Staffing);
    importAs(fixture, QStringLiteral("v2.csv"), staffingV2, Dataset::Staffing);
    const QString before = everyTable(fixture.database());
    ImportHistory history(fixture.database());
    CHECK_FALSE(history.runs().constLast().latestOfSource);
    QString error;
    CHECK_FALSE(history.remove(first.runId, &error));
    CHECK(error.contains(QStringLiteral("later import of the same source")));
    CHECK_FALSE(history.remove(9999, &error));
    CHECK(error.contains(QStringLiteral("no import 9999")));
    CHECK(everyTable(fixture.database()) == before);
}

TEST_CASE("a removal the database refuses half-way leaves everything as it was", "[store][importhistory]")
{
    Fixture fixture;
    importAs(fixture, QStringLiteral("v1.csv"), staffingV1, Dataset::Staffing);
    const ImportReport second = importAs(fixture, QStringLiteral("v2.csv"), staffingV2, Dataset::Staffing);
    // The rows are restored by then; deleting the run itself fails.
    REQUIRE(Statement::execute(fixture.database().handle(),
                               QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE DELETE ON import_runs "
                                              "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"),
                               nullptr));
    const QString before = everyTable(fixture.database());
    ImportHistory history(fixture.database());
    QString error;
    CHECK_FALSE(history.remove(second.runId, &error, false));
    CHECK(error.contains(QStringLiteral("refused for the test")));
    CHECK(everyTable(fixture.database()) == before);
    REQUIRE(Statement::execute(fixture.database().handle(), QStringLiteral("DROP TRIGGER refuse"), nullptr));
    CHECK(history.remove(second.runId, &error, false));
}

TEST_CASE("every dataset table has a superseded copy with the same columns after its run", "[store][importhistory]")
{
    // A column added to a dataset table must be added to its copy: a refresh copies every column.
    Fixture fixture;
    const auto columnsOf = [&fixture](const QString &table) {
        Statement statement(fixture.database().handle(),
                            QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
        QStringList names;
        while (statement.step() == Statement::Result::Row)
            names.append(statement.columnText(0));
        return names;
    };
    for (const char *table : {"staffing", "enrollment", "capital_projects", "capital_phases"}) {
        const QString name = QLatin1String(table);
        INFO(table);
        const QStringList columns = columnsOf(name);
        REQUIRE_FALSE(columns.isEmpty());
        CHECK(columnsOf(name + QStringLiteral("_superseded")) == QStringList{QStringLiteral("superseded_run")} + columns);
    }
}

TEST_CASE("a refresh made before imports kept what they replace is not removed, a first import still is",
          "[store][importhistory]")
{
    Fixture fixture;
    importAs(fixture, QStringLiteral("v1.csv"), staffingV1, Dataset::Staffing);
    const ImportReport second = importAs(fixture, QStringLiteral("v2.csv"), staffingV2, Dataset::Staffing);
    // As a run of schema version 5 left it: nothing kept.
    REQUIRE(Statement::execute(fixture.database().handle(),
                               QStringLiteral("UPDATE import_runs SET keeps_replaced = 0; DELETE FROM staffing_superseded"),
                               nullptr));
    ImportHistory history(fixture.database());
    const QList<ImportHistory::Run> runs = history.runs();
    REQUIRE(runs.size() == 2);
    CHECK(runs.at(0).latestOfSource);
    CHECK_FALSE(runs.at(0).reversible);
    CHECK_FALSE(runs.at(0).removable());
    CHECK(runs.at(1).reversible); // the source's first import: removing it removes the source
    const QString before = everyTable(fixture.database());
    QString error;
    CHECK_FALSE(history.remove(second.runId, &error));
    CHECK(error.contains(QStringLiteral("restore the backup taken before it")));
    CHECK(everyTable(fixture.database()) == before);

    // A source imported once under version 5 goes with its only import.
    Fixture other;
    const ImportReport only = importAs(other, QStringLiteral("v1.csv"), staffingV1, Dataset::Staffing);
    REQUIRE(Statement::execute(other.database().handle(), QStringLiteral("UPDATE import_runs SET keeps_replaced = 0"),
                               nullptr));
    ImportHistory otherHistory(other.database());
    REQUIRE(otherHistory.runs().size() == 1);
    CHECK(otherHistory.runs().first().removable());
    CHECK(otherHistory.remove(only.runId, &error));
    CHECK(other.count(QStringLiteral("SELECT count(*) FROM staffing")) == 0);
}
