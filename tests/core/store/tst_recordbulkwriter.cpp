// SPDX-License-Identifier: GPL-3.0-or-later
// A source's first staffing or enrollment import on a server goes in COPYs (RecordBulkWriter):
// the same rows, counts and events as SQLite's row-by-row import, a key met again in the file
// told with both lines, a row the server refuses named by its line as the upsert names it, and
// nothing kept when the import fails or is cancelled; a refresh goes by the upsert as before.
// Needs the test cluster (testdatabase.h).
#include "catchcompat.h"
#include "core/datasets/importfixture.h"

#include "store/datasetrepository.h"
#include "store/recordbulkwriter.h"

#include <QStringList>

using namespace milepost;
using namespace milepost::test;

namespace {

// Data rows of a staffing or enrollment file, line n's key made from n: more rows than three
// COPYs take, a key met again within its batch (line 12 has line 5's) and after its batch was
// stored (line 1000 has line 3's), a row the parser rejects (line 20), text with COPY's own
// characters, and a last row over two physical lines.
QByteArray recordFile(Dataset::Id dataset, int rows)
{
    const QByteArray districts[] = {"C", "E", "NE", "NW", "S", "W"};
    QByteArray bytes = dataset == Dataset::Staffing ? staffingHeader : enrollmentHeader;
    for (int line = 2; line < rows + 2; ++line) {
        const int keyLine = line == 12 ? 5 : line == 1000 ? 3 : line;
        const QByteArray site = QByteArray::number(keyLine);
        const QByteArray &district = districts[keyLine % 6];
        const QByteArray count = line == 20 ? "-4" : QByteArray::number(line % 50);
        const QByteArray note = line % 7 == 0 ? "\"tab\there \\N back\\slash \\t é 中\"" : "line " + QByteArray::number(line);
        if (dataset == Dataset::Staffing)
            bytes += "2021-22," + district + ",Site " + site + ",Certificated,Teacher,,," + count + ",no," + note + "\n";
        else
            bytes += "2021-22," + district + ",School " + site + ",Magnet,K,students," + count + ",no," + note + "\n";
    }
    bytes += dataset == Dataset::Staffing ? "2022-23,C,Last,Classified,Aide,1,,,yes,\"two\nlines\"\n"
                                          : "2022-23,C,Last,UTK,,classrooms,1,yes,\"two\nlines\"\n";
    return bytes;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

ImportReport importInto(Database &database, const QString &path, Dataset::Id dataset,
                        const DatasetImporter::Cancelled &cancelled = {})
{
    DatasetImporter importer(database);
    DatasetImporter::Request request;
    request.path = path;
    request.profile = BuiltInProfiles::milepostCsv(dataset);
    return importer.run(request, {}, cancelled);
}

std::unique_ptr<Database> openServer()
{
    QString error;
    auto server = Database::open(freshPgDatabase(), &error);
    INFO(error.toStdString());
    REQUIRE(server);
    return server;
}

std::unique_ptr<Database> openFile(const QTemporaryDir &dir)
{
    QString error;
    auto file = Database::open(dir.filePath(QStringLiteral("file.milepost")), &error);
    INFO(error.toStdString());
    REQUIRE(file);
    return file;
}

QString tableOf(Dataset::Id dataset)
{
    return dataset == Dataset::Staffing ? QStringLiteral("staffing") : QStringLiteral("enrollment");
}

// From now on, every statement that stores rows into the dataset's table on the server leaves
// its first word (COPY, INSERT) and how many rows it stored in stored_by.
void logStatements(Database &server, Dataset::Id dataset)
{
    QString error;
    const bool made = Statement::execute(
        server.handle(),
        QStringLiteral("CREATE TABLE stored_by (position serial, statement text, rows bigint);"
                       "CREATE FUNCTION log_stored() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "INSERT INTO stored_by (statement, rows) "
                       "SELECT split_part(ltrim(current_query()), ' ', 1), count(*) FROM stored; RETURN NULL; END $$;"
                       "CREATE TRIGGER log_stored AFTER INSERT ON %1 REFERENCING NEW TABLE AS stored "
                       "FOR EACH STATEMENT EXECUTE FUNCTION log_stored()")
            .arg(tableOf(dataset)),
        &error);
    INFO(error.toStdString());
    REQUIRE(made);
}

// "COPY 500", "INSERT 1", ...: what stored_by holds from position after on.
QStringList statements(Database &server, qint64 after = 0)
{
    Statement rows(server.handle(),
                   QStringLiteral("SELECT statement || ' ' || rows FROM stored_by WHERE position > ?1 ORDER BY position"));
    rows.bindInt64(1, after);
    QStringList result;
    while (rows.step() == Statement::Result::Row)
        result.append(rows.columnText(0));
    return result;
}

qint64 count(Database &database, const QString &sql)
{
    Statement statement(database.handle(), sql);
    REQUIRE(statement.step() == Statement::Result::Row);
    return statement.columnInt64(0);
}

QStringList eventLines(const ImportReport &report)
{
    QStringList lines;
    for (const ImportEvent &event : report.events)
        lines.append(QStringLiteral("%1 %2 %3 %4: %5")
                         .arg(event.line)
                         .arg(event.column)
                         .arg(ImportEvent::outcomeKey(event.outcome), event.key, event.reason));
    return lines;
}

void checkSameReport(const ImportReport &onServer, const ImportReport &onFile)
{
    INFO(onServer.error.toStdString());
    REQUIRE(onFile.ok);
    REQUIRE(onServer.ok);
    CHECK(onServer.rowsRead == onFile.rowsRead);
    CHECK(onServer.stored == onFile.stored);
    CHECK(onServer.rejected == onFile.rejected);
    CHECK(onServer.newRecords == onFile.newRecords);
    CHECK(onServer.changedRecords == onFile.changedRecords);
    CHECK(onServer.unchangedRecords == onFile.unchangedRecords);
    CHECK(onServer.goneRecords == onFile.goneRecords);
    CHECK(onServer.eventCount == onFile.eventCount);
    CHECK(eventLines(onServer) == eventLines(onFile));
}

// What DatasetRepository reads of the dataset on both engines is the same.
void checkSameRows(Database &server, Database &file, Dataset::Id dataset, qint64 rows)
{
    const DatasetRepository onServer(server);
    const DatasetRepository onFile(file);
    if (dataset == Dataset::Staffing) {
        const QList<StaffingRecord> records = onFile.staffing();
        CHECK(records.size() == rows);
        CHECK(onServer.staffing() == records);
    } else {
        const QList<EnrollmentRecord> records = onFile.enrollment();
        CHECK(records.size() == rows);
        CHECK(onServer.enrollment() == records);
    }
}

void checkFirstImport(Dataset::Id dataset)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("records.csv"), recordFile(dataset, 1300));
    const auto file = openFile(dir);
    const auto server = openServer();
    logStatements(*server, dataset);
    const ImportReport onFile = importInto(*file, path, dataset);
    const ImportReport onServer = importInto(*server, path, dataset);
    checkSameReport(onServer, onFile);
    CHECK(onServer.stored == 1301 - 3); // lines 12, 20 and 1000 rejected
    checkSameRows(*server, *file, dataset, onServer.stored);
    CHECK(count(*server, QStringLiteral("SELECT count(*) FROM %1 WHERE note = 'tab\there \\N back\\slash \\t é 中'")
                             .arg(tableOf(dataset)))
          == 185); // lines 7, 14, ..., 1295

    // One COPY a batch of the reading pipeline (RowPipeline::batchRows rows), and no INSERT.
    static_assert(RecordBulkWriter::rowsPerCopy == 512);
    CHECK(statements(*server) == QStringList{QStringLiteral("COPY 510"), QStringLiteral("COPY 511"),
                                             QStringLiteral("COPY 277")});

    const ImportEvent *sameBatch = eventAt(onServer, 12);
    const ImportEvent *storedBefore = eventAt(onServer, 1000);
    REQUIRE(sameBatch);
    REQUIRE(storedBefore);
    CHECK(sameBatch->reason.contains(QStringLiteral("same key as line 5")));
    CHECK(storedBefore->reason.contains(QStringLiteral("same key as line 3")));
}

} // namespace

TEST_CASE("a first staffing import on the server goes in COPYs and stores what SQLite stores", "[store][recordbulk]")
{
    if (!pgClusterAvailable())
        return;
    checkFirstImport(Dataset::Staffing);
}

TEST_CASE("a first enrollment import on the server goes in COPYs and stores what SQLite stores", "[store][recordbulk]")
{
    if (!pgClusterAvailable())
        return;
    checkFirstImport(Dataset::Enrollment);
}

TEST_CASE("the LAUSD staffing and enrollment samples read back from the server as from SQLite", "[store][recordbulk]")
{
    if (!pgClusterAvailable())
        return;
    QTemporaryDir dir;
    const auto file = openFile(dir);
    const auto server = openServer();
    for (const auto &[dataset, name] : {std::pair{Dataset::Staffing, "lausd-sample-staffing.csv"},
                                        std::pair{Dataset::Enrollment, "lausd-sample-enrollment.csv"}}) {
        INFO(name);
        logStatements(*server, dataset);
        const QString path = QStringLiteral(MILEPOST_DATA_DIR "/") + QString::fromLatin1(name);
        const ImportReport onFile = importInto(*file, path, dataset);
        const ImportReport onServer = importInto(*server, path, dataset);
        checkSameReport(onServer, onFile);
        checkSameRows(*server, *file, dataset, onServer.stored);
        CHECK(statements(*server) == QStringList{QStringLiteral("COPY %1").arg(onServer.stored)});
        // The trigger goes, so that the next dataset's can be made.
        QString error;
        REQUIRE(Statement::execute(server->handle(), QStringLiteral("DROP TABLE stored_by; DROP FUNCTION log_stored() CASCADE"),
                                   &error));
    }
}

TEST_CASE("a row the server refuses stops a first import at its line, as the upsert does, and keeps nothing",
          "[store][recordbulk]")
{
    if (!pgClusterAvailable())
        return;
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("staffing.csv"), recordFile(Dataset::Staffing, 1300));
    const QString refuse = QStringLiteral("ALTER TABLE staffing ADD CONSTRAINT refuse CHECK (source_line <> 700)");
    QString error;

    // Through COPY: line 700 is in the second batch, after a first one was stored.
    const auto copied = openServer();
    REQUIRE(Statement::execute(copied->handle(), refuse, &error));
    const ImportReport report = importInto(*copied, path, Dataset::Staffing);
    CHECK_FALSE(report.ok);
    CHECK(report.error.contains(QStringLiteral("line 700")));
    CHECK(report.error.contains(QStringLiteral("refuse")));
    CHECK(count(*copied, QStringLiteral("SELECT (SELECT count(*) FROM staffing) + (SELECT count(*) FROM import_runs) + "
                                        "(SELECT count(*) FROM dataset_sources)"))
          == 0);

    // Through the upsert: the same file refreshing a source that holds its line 2.
    const auto upserted = openServer();
    REQUIRE(Statement::execute(upserted->handle(), refuse, &error));
    const QString first = writeFile(dir, QStringLiteral("first.csv"), recordFile(Dataset::Staffing, 1));
    REQUIRE(importInto(*upserted, first, Dataset::Staffing).ok);
    const ImportReport refreshed = importInto(*upserted, path, Dataset::Staffing);
    CHECK_FALSE(refreshed.ok);
    // The same message up to the row's values, which hold ids of the database's choosing.
    CHECK(report.error.section(QLatin1Char('\n'), 0, 0) == refreshed.error.section(QLatin1Char('\n'), 0, 0));
}

TEST_CASE("a refresh of a source first imported through COPY goes by the upsert as on SQLite", "[store][recordbulk]")
{
    if (!pgClusterAvailable())
        return;
    QTemporaryDir dir;
    const QByteArray first = enrollmentHeader + "2021-22,C,,Magnet,,,13610,no,\n"
                           + "2021-22,E,,Magnet,,,12746,no,\n"
                           + "2021-22,NE,,Magnet,,,12384,no,\n";
    const QByteArray second = enrollmentHeader + "2021-22,E,,Magnet,,students,12746,no,\n" // unchanged
                            + "2021-22,C,,Magnet,,,13611,no,\n"                             // changed
                            + "2021-22,NW,,Magnet,,,17177,no,\n"                            // new; NE is gone
                            + "2021-22,NW,,Magnet,,,1,no,\n";                               // same key as line 4
    const auto file = openFile(dir);
    const auto server = openServer();
    logStatements(*server, Dataset::Enrollment);
    for (const QByteArray &bytes : {first, second}) {
        const QString path = writeFile(dir, QStringLiteral("enrollment.csv"), bytes);
        checkSameReport(importInto(*server, path, Dataset::Enrollment), importInto(*file, path, Dataset::Enrollment));
        checkSameRows(*server, *file, Dataset::Enrollment, 3);
    }
    // The refresh's INSERT ... ON CONFLICT DO NOTHING runs once a row and stores the new one.
    CHECK(statements(*server) == QStringList{QStringLiteral("COPY 3"), QStringLiteral("INSERT 0"),
                                             QStringLiteral("INSERT 0"), QStringLiteral("INSERT 1"),
                                             QStringLiteral("INSERT 0")});
}

TEST_CASE("a first import on the server cancelled after some COPYs keeps nothing", "[store][recordbulk]")
{
    if (!pgClusterAvailable())
        return;
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("staffing.csv"),
                                   recordFile(Dataset::Staffing, 3 * DatasetImporter::checkEvery));
    const auto server = openServer();
    logStatements(*server, Dataset::Staffing);
    int asked = 0;
    qint64 copies = 0;
    const ImportReport report = importInto(*server, path, Dataset::Staffing, [&] {
        copies = statements(*server).size(); // the import's own connection sees its rows
        return ++asked == 2;
    });
    CHECK(report.cancelled);
    CHECK(copies == DatasetImporter::checkEvery / RecordBulkWriter::rowsPerCopy);
    CHECK(count(*server, QStringLiteral("SELECT (SELECT count(*) FROM staffing) + (SELECT count(*) FROM import_runs) + "
                                        "(SELECT count(*) FROM stored_by)"))
          == 0);
}

TEST_CASE("a dry run of a first import on the server counts what it would store and keeps nothing", "[store][recordbulk]")
{
    if (!pgClusterAvailable())
        return;
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("enrollment.csv"), recordFile(Dataset::Enrollment, 1300));
    const auto server = openServer();
    DatasetImporter importer(*server);
    DatasetImporter::Request request;
    request.path = path;
    request.profile = BuiltInProfiles::milepostCsv(Dataset::Enrollment);
    request.dryRun = true;
    const ImportReport report = importer.run(request, {}, {});
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
    CHECK(report.stored == 1301 - 3);
    CHECK(report.runId == 0);
    CHECK(count(*server, QStringLiteral("SELECT (SELECT count(*) FROM enrollment) + (SELECT count(*) FROM import_runs) + "
                                        "(SELECT count(*) FROM dataset_sources)"))
          == 0);
}
