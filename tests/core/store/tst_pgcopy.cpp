// SPDX-License-Identifier: GPL-3.0-or-later
// A first capital import on a server goes in COPYs (PgCopy, CapitalBulkWriter): the same rows as
// on SQLite, hostile text back unchanged, and a row the server refuses named by its line with
// nothing kept. Needs the test cluster (testdatabase.h).
#include "catchcompat.h"
#include "core/datasets/importfixture.h"

#include "store/capitalbulkwriter.h"

using namespace milepost;
using namespace milepost::test;

namespace {

QString writeFile(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("capital.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

ImportReport importInto(Database &database, const QString &path)
{
    DatasetImporter importer(database);
    DatasetImporter::Request request;
    request.path = path;
    request.profile = BuiltInProfiles::milepostCsv(Dataset::CapitalProjects);
    return importer.run(request, {}, {});
}

QString stored(Database &database)
{
    Statement rows(database.handle(),
                   QStringLiteral("SELECT p.id, p.record_key, p.site_code, p.school_name, p.funding, p.source_line, "
                                  "ph.phase, ph.occurrence, ph.planned_start, ph.planned_end_code, ph.budget, ph.note, "
                                  "ph.source_line FROM capital_phases ph JOIN capital_projects p ON p.id = ph.project_id "
                                  "ORDER BY p.record_key, ph.phase, ph.occurrence"));
    QString text;
    while (rows.step() == Statement::Result::Row) {
        for (int column = 0; column < 13; ++column)
            text += (rows.columnIsNull(column) ? QStringLiteral("<null>") : rows.columnText(column)) + QLatin1Char('|');
        text += QLatin1Char('\n');
    }
    return text;
}

// More rows than one COPY takes, and text with the COPY format's own characters in it.
QByteArray hostileCapital()
{
    QByteArray bytes = interleavedCapital(1500);
    bytes += "Q1,S\\N,\"Tab\there \\\\ back\\slash\",C,2,Roof,\"Two\nlines\",\"it's; DROP TABLE plans; --\",Design,"
             "In progress,2021-01-01,N/A,,,10,,,,no,\"\\N and \\t and \r\n and é 中\"\n";
    return bytes;
}

} // namespace

TEST_CASE("a first capital import on the server stores in COPYs what SQLite stores", "[store][pgcopy]")
{
    if (!pgClusterAvailable())
        return;
    QTemporaryDir dir;
    const QString path = writeFile(dir, hostileCapital());
    QString error;
    const auto file = Database::open(dir.filePath(QStringLiteral("file.milepost")), &error);
    const auto server = Database::open(freshPgDatabase(), &error);
    REQUIRE(file);
    REQUIRE(server);
    const ImportReport onFile = importInto(*file, path);
    const ImportReport onServer = importInto(*server, path);
    INFO(onServer.error.toStdString());
    REQUIRE(onFile.ok);
    REQUIRE(onServer.ok);
    CHECK(onServer.stored == onFile.stored);
    CHECK(onServer.rejected == onFile.rejected);
    CHECK(onServer.stored > CapitalBulkWriter::rowsPerCopy);
    const QString fileRows = stored(*file);
    CHECK(fileRows.contains(QStringLiteral("Tab\there \\\\ back\\slash")));
    CHECK(fileRows.contains(QStringLiteral("\\N and \\t and \r\n and é 中")));
    CHECK(stored(*server) == fileRows);
}

TEST_CASE("a row the server refuses in a COPY is named by its line, and nothing is kept", "[store][pgcopy]")
{
    if (!pgClusterAvailable())
        return;
    QTemporaryDir dir;
    const QString path = writeFile(dir, interleavedCapital(1500));
    QString error;
    const auto server = Database::open(freshPgDatabase(), &error);
    REQUIRE(server);
    // A CHECK the server holds and the file breaks on line 700 (the second COPY of phases).
    REQUIRE(Statement::execute(server->handle(),
                               QStringLiteral("ALTER TABLE capital_phases ADD CONSTRAINT refuse CHECK (source_line <> 700)"),
                               &error));
    const ImportReport report = importInto(*server, path);
    CHECK_FALSE(report.ok);
    CHECK(report.error.contains(QStringLiteral("line 700")));
    CHECK(report.error.contains(QStringLiteral("refuse")));
    Statement count(server->handle(), QStringLiteral("SELECT (SELECT count(*) FROM capital_projects) + "
                                                     "(SELECT count(*) FROM capital_phases) + (SELECT count(*) FROM import_runs)"));
    REQUIRE(count.step() == Statement::Result::Row);
    CHECK(count.columnInt64(0) == 0);
}

TEST_CASE("a first capital import on the server leaves its tables readable by others", "[store][pgcopy]")
{
    if (!pgClusterAvailable())
        return;
    QTemporaryDir dir;
    const QString path = writeFile(dir, interleavedCapital(3000));
    const QString conninfo = freshPgDatabase();
    QString error;
    const auto server = Database::open(conninfo, &error);
    const auto reader = Database::open(conninfo, &error);
    REQUIRE(server);
    REQUIRE(reader);
    // A reader that would wait for a lock gives up after 2 s and says so.
    REQUIRE(Statement::execute(reader->handle(), QStringLiteral("SET lock_timeout = '2s'"), &error));
    QStringList reads;
    DatasetImporter importer(*server);
    DatasetImporter::Request request;
    request.path = path;
    request.profile = BuiltInProfiles::milepostCsv(Dataset::CapitalProjects);
    // Asked at the first row and every DatasetImporter::checkEvery rows, in the import's transaction.
    const ImportReport report = importer.run(request, {}, [&reads, &reader] {
        Statement read(reader->handle(), QStringLiteral("SELECT count(*) FROM capital_projects"));
        reads.append(read.step() == Statement::Result::Row ? QString::number(read.columnInt64(0)) : read.error());
        return false;
    });
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
    // Each read answered at once, seeing nothing before the commit; one after rows were stored.
    CHECK(reads.size() >= 2);
    CHECK(reads.count(QStringLiteral("0")) == reads.size());
}
