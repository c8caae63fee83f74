// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"
#include "core/datasets/importfixture.h"

#include "datasets/rowpipeline.h"
#include "store/datasetrepository.h"
#include "store/filesystemtype.h"

using namespace milepost;
using namespace milepost::test;

TEST_CASE("every staffing row is stored, rejected with line, column and reason, or counted blank", "[datasets][importer]")
{
    Fixture fixture;
    const QByteArray bytes = staffingHeader
        + "2021-22,C,,Certificated,Teacher,,,412,yes,\n"          // 2 stored
        + "\n"                                                     // 3 blank
        + "2021-22,E,,certificated,Teacher,,,398,yes,\n"          // 4 stored
        + ",,,,,,,,,\n"                                            // 5 blank
        + "2021-22,NE,,Substitute,Teacher,,,3,yes,\n"             // 6 rejected: employee group
        + "2021-22,NW,,Classified,Bus driver,10,-2,4,no,\n"       // 7 rejected: negative count
        + "2021-22,S,,Classified,Campus aide\n"                   // 8 rejected: ragged
        + "2021-22,W,,Classified,Campus aide,,,,no,\n"            // 9 rejected: no figures
        + "2021-22,C,,Certificated,Teacher,,,1,yes,\n"            // 10 rejected: same key as line 2
        + QByteArray("2021-22,S,,Classified,Cafeteria\0worker,,,5,no,\n", 47) // 11 rejected: NUL
        + "2021-23,S,,Classified,Cafeteria worker,,,5,no,\n"      // 12 rejected: period
        + "2022-03-15/2022-06-30,S,\"Site, with comma\",Classified,\"Instructional aide\",1,2,3,,\"a \"\"quoted\"\" note\"\n";
    const ImportReport report = fixture.import(fixture.write(QStringLiteral("staffing.csv"), bytes),
                                               BuiltInProfiles::milepostCsv(Dataset::Staffing));
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
    CHECK(report.rowsRead == 12);
    CHECK(report.stored == 3);
    CHECK(report.blank == 2);
    CHECK(report.rejected == 7);
    CHECK(report.headerLine == 1);

    const auto check = [&report](qint64 line, int column, const char *reasonPart) {
        const ImportEvent *event = eventAt(report, line);
        INFO("line " << line);
        REQUIRE(event);
        CHECK(event->outcome == ImportEvent::Outcome::Rejected);
        CHECK(event->column == column);
        INFO(event->reason.toStdString());
        CHECK(event->reason.contains(QString::fromUtf8(reasonPart)));
    };
    check(6, 4, "Substitute");
    CHECK(eventAt(report, 6)->columnName == QStringLiteral("Employee Group"));
    CHECK(eventAt(report, 6)->value == QStringLiteral("Substitute"));
    check(7, 7, "negative");
    check(8, 0, "has 5 fields but the header has 10");
    check(9, 0, "no positions, vacancies or hires");
    check(10, 0, "same key as line 2");
    check(11, 5, "NUL");
    check(12, 1, "not one school year");
    CHECK(eventsOf(report, ImportEvent::Outcome::Blank).size() == 2);

    DatasetRepository repository(fixture.database());
    const QList<StaffingRecord> records = repository.staffing();
    REQUIRE(records.size() == 3);
    CHECK(records[0].period.canonical() == QStringLiteral("2021-22"));
    CHECK(records[0].hires == 412);
    CHECK_FALSE(records[0].positions);
    CHECK(records[0].illustrative);
    CHECK(records[1].employeeGroup == StaffingRecord::EmployeeGroup::Certificated);
    CHECK(records[2].site == QStringLiteral("Site, with comma"));
    CHECK(records[2].note == QStringLiteral("a \"quoted\" note"));
    CHECK(records[2].period.first() == QDate(2022, 3, 15));
    CHECK_FALSE(records[2].illustrative);
    CHECK(repository.hasIllustrativeData());

    // The run and every event are in the database as well.
    const auto stored = repository.run(report.runId);
    REQUIRE(stored);
    CHECK(stored->rowsRead == 12);
    CHECK(stored->eventCount == report.eventCount);
    qint64 visited = 0;
    CHECK(repository.forEachEvent(report.runId, [&visited](const ImportEvent &) { return ++visited, true; }));
    CHECK(visited == 9); // seven rejections and two blank rows
}

TEST_CASE("re-importing a newer export updates by key and reports new, changed and gone", "[datasets][importer]")
{
    Fixture fixture;
    const ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::Enrollment);
    const QByteArray first = enrollmentHeader
        + "2021-22,C,,Magnet,,,13610,no,\n"
        + "2021-22,E,,Magnet,,,12746,no,\n"
        + "2021-22,NE,,Magnet,,,12384,no,\n";
    const ImportReport one = fixture.import(fixture.write(QStringLiteral("v1.csv"), first), profile);
    REQUIRE(one.ok);
    CHECK(one.newRecords == 3);

    const QByteArray second = enrollmentHeader
        + "2021-22,E,,Magnet,,students,12746,no,\n" // unchanged: "students" is what an empty unit means
        + "2021-22,C,,Magnet,,,13611,no,\n"         // changed
        + "2021-22,NW,,Magnet,,,17177,no,\n";       // new; NE is gone
    const ImportReport two = fixture.import(fixture.write(QStringLiteral("v2.csv"), second), profile);
    REQUIRE(two.ok);
    CHECK(two.newRecords == 1);
    CHECK(two.changedRecords == 1);
    CHECK(two.unchangedRecords == 1);
    CHECK(two.goneRecords == 1);
    const QList<ImportEvent> changed = eventsOf(two, ImportEvent::Outcome::Changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().line == 3);
    CHECK(changed.first().key.contains(QStringLiteral("C | ")));
    const QList<ImportEvent> gone = eventsOf(two, ImportEvent::Outcome::Gone);
    REQUIRE(gone.size() == 1);
    CHECK(gone.first().key.contains(QStringLiteral("NE")));
    CHECK(gone.first().reason.contains(QStringLiteral("line 4")));

    DatasetRepository repository(fixture.database());
    const QList<EnrollmentRecord> records = repository.enrollment();
    REQUIRE(records.size() == 3); // no duplicates
    qint64 total = 0;
    for (const EnrollmentRecord &record : records)
        total += record.count;
    CHECK(total == 12746 + 13611 + 17177);
}

TEST_CASE("a row rejected on re-import keeps the version stored before rather than going", "[datasets][importer]")
{
    Fixture fixture;
    const ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::Enrollment);
    REQUIRE(fixture.import(fixture.write(QStringLiteral("v1.csv"), enrollmentHeader + "2021-22,C,,Magnet,,,13610,no,\n"), profile).ok);
    const ImportReport two =
        fixture.import(fixture.write(QStringLiteral("v2.csv"), enrollmentHeader + "2021-22,C,,Magnet,,,lots,no,\n"), profile);
    REQUIRE(two.ok);
    CHECK(two.rejected == 1);
    CHECK(two.goneRecords == 0);
    CHECK(fixture.count(QStringLiteral("SELECT count FROM enrollment")) == 13610);
}

TEST_CASE("a cancelled dataset import leaves the database exactly as it was", "[datasets][importer]")
{
    Fixture fixture;
    const ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::Enrollment);
    REQUIRE(fixture.import(fixture.write(QStringLiteral("v1.csv"), enrollmentHeader + "2021-22,C,,Magnet,,,13610,no,\n"), profile).ok);
    const QString before = fixture.dump();

    QByteArray big = enrollmentHeader;
    for (int i = 0; i < 3 * DatasetImporter::checkEvery; ++i)
        big += "2021-22,C,School " + QByteArray::number(i) + ",All,,,1,no,\n";
    int asked = 0;
    const ImportReport report = fixture.import(fixture.write(QStringLiteral("big.csv"), big), profile,
                                               [&asked] { return ++asked == 2; });
    CHECK_FALSE(report.ok);
    CHECK(report.cancelled);
    CHECK(report.rowsRead == DatasetImporter::checkEvery); // it was under way when cancelled
    CHECK(fixture.dump() == before);
}

TEST_CASE("a dataset import the database refuses half-way leaves it exactly as it was", "[datasets][importer]")
{
    Fixture fixture;
    const ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::Staffing);
    REQUIRE(fixture.import(fixture.write(QStringLiteral("v1.csv"), staffingHeader + "2021-22,C,,Certificated,Teacher,,,412,no,\n"),
                           profile)
                .ok);
    // Stand-in for a full disk: the database refuses the row from line 40 on.
    QString error;
    REQUIRE(Statement::execute(fixture.database().handle(),
                               QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.staffing "
                                              "WHEN NEW.source_line >= 40 BEGIN SELECT RAISE(ABORT, 'disk full'); END"),
                               &error));
    const QString before = fixture.dump();
    QByteArray bytes = staffingHeader;
    for (int i = 0; i < 60; ++i)
        bytes += "2022-23,E,Site " + QByteArray::number(i) + ",Classified,Bus driver,,,1,no,\n";
    const ImportReport report = fixture.import(fixture.write(QStringLiteral("v2.csv"), bytes), profile);
    CHECK_FALSE(report.ok);
    CHECK_FALSE(report.cancelled);
    CHECK(report.error.contains(QStringLiteral("disk full")));
    CHECK(report.error.contains(QStringLiteral("line 40")));
    CHECK(fixture.dump() == before);
}

TEST_CASE("phase rows of a project are grouped, even when not together, and must agree on the project",
          "[datasets][importer]")
{
    Fixture fixture;
    const QByteArray bytes = capitalHeader
        + "P1,S1,Elm Street ES,C,2,Roof,Replace roof,\"DSF1, DSF2\",Design,Complete,2021-01-04,2021-06-30,2021-01-04,2021-07-15,\"$10,000.00\",\"$9,500.00\",\"$9,500.00\",100%,yes,\n"
        + "P2,S2,Oak HS,W,4,Paving,Yard,,Design,In progress,,,,,,,,,yes,\n"
        + "P1,S1,Elm Street ES,C,2,Roof,Replace roof,\"DSF1, DSF2\",Construction,In progress,2021-08-01,N/A,2021-08-02,,(500.00),N/A,0,40%,yes,\n"
        + "P1,S1,Elm St. ES,C,2,Roof,Replace roof,\"DSF1, DSF2\",Closeout,Not started,,,,,,,,,yes,\n"
        + "P3,S3,Pine MS,S,7,HVAC,Boiler,,Design,Complete,2021-01-04,2020-12-01,,,,,,,yes,\n";
    const ImportReport report = fixture.import(fixture.write(QStringLiteral("projects.csv"), bytes),
                                               BuiltInProfiles::milepostCsv(Dataset::CapitalProjects));
    REQUIRE(report.ok);
    CHECK(report.stored == 3);
    CHECK(report.rejected == 2);
    CHECK(eventAt(report, 5)->reason.startsWith(
        QStringLiteral("School Name differs from line 2: “Elm Street ES” there, “Elm St. ES” here")));
    CHECK(eventAt(report, 6)->reason.contains(QStringLiteral("before")));
    CHECK(report.newProjects == 2);

    DatasetRepository repository(fixture.database());
    const QList<CapitalProject> projects = repository.capitalProjects();
    REQUIRE(projects.size() == 2);
    const CapitalProject &elm = projects.first();
    CHECK(elm.key == QStringLiteral("P1"));
    CHECK(elm.boardDistrict == QStringLiteral("2"));
    CHECK(elm.funding == Applicable<QStringList>::known({QStringLiteral("DSF1"), QStringLiteral("DSF2")}));
    REQUIRE(elm.phases.size() == 2);
    const CapitalPhase &design = elm.phases.at(0);
    CHECK(design.budget == Applicable<Money>::known(Money::fromCents(1000000)));
    CHECK(design.percentComplete == Applicable<qint64>::known(10000));
    CHECK(design.actualEnd == Applicable<QDate>::known(QDate(2021, 7, 15)));
    const CapitalPhase &construction = elm.phases.at(1);
    CHECK(construction.plannedEnd == Applicable<QDate>::notApplicable(QStringLiteral("N/A")));
    CHECK(construction.budget == Applicable<Money>::known(Money::fromCents(-50000)));
    CHECK(construction.estimateAtCompletion.isNotApplicable());
    CHECK(construction.actualEnd.isMissing());
    CHECK(construction.sourceLine == 4);
}

TEST_CASE("Excel's UTF-16 tab-separated text and a Windows-1252 semicolon file import alike", "[datasets][importer]")
{
    Fixture fixture;
    const QString text = QString::fromUtf8(enrollmentHeader).replace(QLatin1Char(','), QLatin1Char('\t'))
        + QStringLiteral("2022-23\tC\tEscuela Niño\tDual language\tTK\tclassrooms\t29\tyes\tinvented split\r\n");
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const ImportReport unicode = fixture.import(fixture.write(QStringLiteral("unicode.txt"), utf16),
                                                BuiltInProfiles::milepostCsv(Dataset::Enrollment));
    INFO(unicode.error.toStdString());
    REQUIRE(unicode.ok);
    CHECK(unicode.dialect.encoding == TextEncoding::Utf16LE);
    CHECK(unicode.dialect.delimiter == '\t');
    CHECK(unicode.stored == 1);

    ImportProfile european = BuiltInProfiles::milepostCsv(Dataset::CapitalProjects);
    european.decimalSeparator = ',';
    QByteArray cp1252 = capitalHeader;
    cp1252.replace(',', ';');
    cp1252 += "P9;S9;Caf\xE9 School;C;1;Kitchen;\x93New\x94 kitchen;;Design;Complete;;;;;1.234,56 \x80;;;12,5%;no;\n";
    const ImportReport semicolons = fixture.import(fixture.write(QStringLiteral("europe.csv"), cp1252), european);
    INFO(semicolons.error.toStdString());
    REQUIRE(semicolons.ok);
    CHECK(semicolons.dialect.encoding == TextEncoding::Windows1252);
    CHECK(semicolons.dialect.delimiter == ';');
    CHECK(semicolons.stored == 1);

    DatasetRepository repository(fixture.database());
    CHECK(repository.enrollment().first().school == QStringLiteral("Escuela Niño"));
    const CapitalProject project = repository.capitalProjects().first();
    CHECK(project.schoolName == QStringLiteral("Café School"));
    CHECK(project.description == QStringLiteral("“New” kitchen"));
    CHECK(project.phases.first().budget == Applicable<Money>::known(Money::fromCents(123456)));
    CHECK(project.phases.first().percentComplete == Applicable<qint64>::known(1250));
}

TEST_CASE("a file cut off inside a quoted field counts its last row as rejected", "[datasets][importer]")
{
    Fixture fixture;
    const QByteArray bytes = enrollmentHeader + "2021-22,C,,Magnet,,,13610,no,\n2021-22,E,,Magnet,,,12746,no,\"cut off";
    const ImportReport report = fixture.import(fixture.write(QStringLiteral("cut.csv"), bytes),
                                               BuiltInProfiles::milepostCsv(Dataset::Enrollment));
    REQUIRE(report.ok);
    CHECK(report.rowsRead == 2);
    CHECK(report.stored == 1);
    CHECK(report.rejected == 1);
    CHECK(eventAt(report, 3)->reason.contains(QStringLiteral("never closed")));
}

TEST_CASE("files that cannot be imported at all change nothing and say why", "[datasets][importer]")
{
    Fixture fixture;
    const ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::Enrollment);
    const QString before = fixture.dump();

    const ImportReport empty = fixture.import(fixture.write(QStringLiteral("empty.csv"), QByteArray()), profile);
    CHECK_FALSE(empty.ok);
    CHECK(empty.error.contains(QStringLiteral("empty")));

    const ImportReport headerOnly = fixture.import(fixture.write(QStringLiteral("header.csv"), enrollmentHeader), profile);
    CHECK(headerOnly.ok);
    CHECK(headerOnly.rowsRead == 0);

    const ImportReport wrong = fixture.import(fixture.write(QStringLiteral("wrong.csv"), staffingHeader), profile);
    CHECK_FALSE(wrong.ok);
    CHECK(wrong.error.contains(QStringLiteral("School Year")));

    QByteArray twice = enrollmentHeader;
    twice.replace("Count", "School Year");
    const ImportReport duplicate = fixture.import(fixture.write(QStringLiteral("twice.csv"), twice), profile);
    CHECK_FALSE(duplicate.ok);
    CHECK(duplicate.error.contains(QStringLiteral("several columns")));

    const ImportReport missing = fixture.import(QStringLiteral("/no/such/file.csv"), profile);
    CHECK_FALSE(missing.ok);
    CHECK(missing.error.contains(QStringLiteral("/no/such/file.csv")));

    // Only the header-only import left a trace: its run, with nothing in it.
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM import_runs")) == 1);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM enrollment")) == 0);
    CHECK(before != fixture.dump());
}

TEST_CASE("re-importing capital projects reports phases and projects new, changed and gone, and keeps a "
          "rejected phase",
          "[datasets][importer]")
{
    Fixture fixture;
    const ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::CapitalProjects);
    const QByteArray first = capitalHeader
        + "P1,S1,Elm ES,C,2,Roof,Replace roof,,Design,Complete,2021-01-04,2021-06-30,,,\"$1,000.00\",,,,no,\n"
        + "P1,S1,Elm ES,C,2,Roof,Replace roof,,Construction,Not started,2021-08-01,2022-06-30,,,\"$9,000.00\",,,,no,\n"
        + "P2,S2,Oak HS,W,4,Paving,Yard,,Design,Complete,,,,,,,,,no,\n";
    REQUIRE(fixture.import(fixture.write(QStringLiteral("v1.csv"), first), profile).ok);

    const QByteArray second = capitalHeader
        + "P1,S1,Elm ES,C,2,Roof,Replace roof,,Design,Complete,2021-01-04,2021-06-30,,,\"$1,200.00\",,,,no,\n"
        + "P1,S1,Elm ES,C,2,Roof,Replace roof,,Construction,Not started,2021-08-01,2022-02-30,,,\"$9,500.00\",,,,no,\n"
        + "P3,S3,Pine MS,S,7,HVAC,Boiler,,Design,Not started,,,,,,,,,no,\n";
    const ImportReport report = fixture.import(fixture.write(QStringLiteral("v2.csv"), second), profile);
    REQUIRE(report.ok);
    CHECK(report.rejected == 1); // 2022-02-30
    CHECK(report.changedRecords == 1);
    CHECK(report.newRecords == 1);
    CHECK(report.goneRecords == 1);
    CHECK(report.unchangedProjects == 1);
    CHECK(report.newProjects == 1);
    CHECK(report.goneProjects == 1);

    const QList<CapitalProject> projects = DatasetRepository(fixture.database()).capitalProjects();
    REQUIRE(projects.size() == 2);
    const CapitalProject &elm = projects.first();
    CHECK(elm.key == QStringLiteral("P1"));
    REQUIRE(elm.phases.size() == 2);
    CHECK(elm.phases.at(0).budget == Applicable<Money>::known(Money::fromCents(120000)));
    // The rejected row's phase keeps what the first file said.
    CHECK(elm.phases.at(1).name == QStringLiteral("Construction"));
    CHECK(elm.phases.at(1).budget == Applicable<Money>::known(Money::fromCents(900000)));
    CHECK(elm.phases.at(1).plannedEnd == Applicable<QDate>::known(QDate(2022, 6, 30)));
    CHECK(projects.at(1).key == QStringLiteral("P3"));
}

TEST_CASE("a project whose rows were all rejected on re-import is kept, not gone", "[datasets][importer]")
{
    Fixture fixture;
    const ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::CapitalProjects);
    const QByteArray first = capitalHeader + "P1,S1,Elm ES,C,2,Roof,Replace roof,,Design,Complete,,,,,\"$1,000.00\",,,,no,\n";
    REQUIRE(fixture.import(fixture.write(QStringLiteral("v1.csv"), first), profile).ok);
    const QByteArray second = capitalHeader + "P1,S1,Elm ES,C,2,Roof,Replace roof,,Design,Complete,,,,,lots,,,,no,\n";
    const ImportReport report = fixture.import(fixture.write(QStringLiteral("v2.csv"), second), profile);
    REQUIRE(report.ok);
    CHECK(report.rejected == 1);
    CHECK(report.goneRecords == 0);
    CHECK(report.goneProjects == 0);
    const QList<CapitalProject> projects = DatasetRepository(fixture.database()).capitalProjects();
    REQUIRE(projects.size() == 1);
    CHECK(projects.first().phases.first().budget == Applicable<Money>::known(Money::fromCents(100000)));
}

TEST_CASE("an import as the file's only connection leaves it in WAL with foreign keys enforced", "[datasets][importer]")
{
    Fixture fixture;
    // This test assumes the temporary folder is on a local file system, where Milepost uses WAL.
    const QByteArray fileSystem = FileSystemType::of(fixture.databasePath());
    INFO("temporary folder file system: " << fileSystem.toStdString());
    REQUIRE(Database::canUseWal(fileSystem));
    REQUIRE(fixture.database().journalMode() == QStringLiteral("wal"));
    const QByteArray bytes = capitalHeader + "P1,S1,Elm Street ES,C,2,Roof,Replace roof,,Design,Complete,,,,,,,,,no,\n";
    REQUIRE(fixture.import(fixture.write(QStringLiteral("projects.csv"), bytes),
                           BuiltInProfiles::milepostCsv(Dataset::CapitalProjects))
                .ok);
    CHECK(fixture.database().journalMode() == QStringLiteral("wal"));
    CHECK(fixture.count(QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM capital_phases")) == 1);
}

TEST_CASE("an import while another connection reads the file keeps WAL, and the reader sees it once committed",
          "[datasets][importer]")
{
    Fixture fixture;
    // This test assumes the temporary folder is on a local file system, where Milepost uses WAL.
    const QByteArray fileSystem = FileSystemType::of(fixture.databasePath());
    INFO("temporary folder file system: " << fileSystem.toStdString());
    REQUIRE(Database::canUseWal(fileSystem));
    QString error;
    const std::unique_ptr<Database> window = Database::open(fixture.databasePath(), &error);
    REQUIRE(window);
    const QByteArray bytes = capitalHeader + "P1,S1,Elm Street ES,C,2,Roof,Replace roof,,Design,Complete,,,,,,,,,no,\n";
    REQUIRE(fixture.import(fixture.write(QStringLiteral("projects.csv"), bytes),
                           BuiltInProfiles::milepostCsv(Dataset::CapitalProjects))
                .ok);
    CHECK(fixture.database().journalMode() == QStringLiteral("wal"));
    CHECK(window->journalMode() == QStringLiteral("wal"));
    Statement phases(window->handle(), QStringLiteral("SELECT count(*) FROM capital_phases"));
    REQUIRE(phases.step() == Statement::Result::Row);
    CHECK(phases.columnInt64(0) == 1);
}

TEST_CASE("an import that would leave a row without its parent fails and changes nothing", "[datasets][importer]")
{
    Fixture fixture;
    const ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::CapitalProjects);
    REQUIRE(fixture.import(fixture.write(QStringLiteral("v1.csv"),
                                         capitalHeader + "P1,S1,Elm Street ES,C,2,Roof,Replace roof,,Design,Complete,,,,,,,,,no,\n"),
                           profile)
                .ok);
    // Stand-in for a bug in the import: a phase of a project that does not exist. The import
    // does not have SQLite look up every parent as it goes, but checks them all before it commits.
    QString error;
    REQUIRE(Statement::execute(fixture.database().handle(),
                               QStringLiteral("CREATE TEMP TRIGGER orphan AFTER INSERT ON main.capital_phases "
                                              "WHEN NEW.project_id < 1000 BEGIN INSERT INTO capital_phases "
                                              "(project_id, phase, occurrence, illustrative, source_line, created_run, "
                                              "changed_run, seen_run) VALUES (NEW.project_id + 1000, NEW.phase, 1, 0, 1, "
                                              "NEW.created_run, NEW.created_run, NEW.created_run); END"),
                               &error));
    const QString before = fixture.dump();
    const ImportReport report = fixture.import(
        fixture.write(QStringLiteral("v2.csv"), capitalHeader + "P2,S2,Oak HS,W,4,Paving,Yard,,Design,In progress,,,,,,,,,no,\n"),
        profile);
    CHECK_FALSE(report.ok);
    CHECK(report.error.contains(QStringLiteral("capital_projects")));
    CHECK(fixture.dump() == before);
    CHECK(fixture.count(QStringLiteral("PRAGMA foreign_keys")) == 1);
}

TEST_CASE("rows read on the reading thread keep their order, lines and text across many batches", "[datasets][importer]")
{
    Fixture fixture;
    // Rows of several batches, with a blank and a rejected row at batch edges and a quoted,
    // multi-line note, so that every row's text and line must survive the hand-over.
    QByteArray bytes = staffingHeader;
    const qint64 rows = 5 * qint64(RowPipeline::batchRows) + 3;
    qint64 line = 2;
    qint64 blank = 0;
    qint64 rejected = 0;
    QList<qint64> rejectedLines;
    for (qint64 i = 0; i < rows; ++i, ++line) {
        if (i % qint64(RowPipeline::batchRows) == 0 && i > 0) {
            bytes += "\n";
            ++blank;
        } else if (i % qint64(RowPipeline::batchRows) == qint64(RowPipeline::batchRows) - 1) {
            bytes += "2021-22,C,Site " + QByteArray::number(i) + ",Substitute,Teacher,,,1,no,\n";
            ++rejected;
            rejectedLines.append(line);
        } else {
            bytes += "2021-22,C,Site " + QByteArray::number(i) + ",Certificated,Teacher,,," + QByteArray::number(i)
                + ",no,\"line " + QByteArray::number(line) + "\nand the next\"\n";
            ++line; // the note spans two lines
        }
    }
    const ImportReport report = fixture.import(fixture.write(QStringLiteral("many.csv"), bytes),
                                               BuiltInProfiles::milepostCsv(Dataset::Staffing));
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
    CHECK(report.rowsRead == rows);
    CHECK(report.blank == blank);
    CHECK(report.rejected == rejected);
    CHECK(report.stored == rows - blank - rejected);
    QList<qint64> lines;
    for (const ImportEvent &event : eventsOf(report, ImportEvent::Outcome::Rejected))
        lines.append(event.line);
    CHECK(lines == rejectedLines);

    // Each stored row's note names the line it started on, and its hires are its position.
    Statement check(fixture.database().handle(),
                    QStringLiteral("SELECT count(*) FROM staffing WHERE note = 'line ' || source_line || char(10) || "
                                   "'and the next' AND site = 'Site ' || hires"));
    REQUIRE(check.step() == Statement::Result::Row);
    CHECK(check.columnInt64(0) == report.stored);
}

TEST_CASE("a first capital import stores its phases in groups exactly as a re-import reads them",
          "[datasets][importer]")
{
    Fixture fixture;
    const ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::CapitalProjects);
    const QString path = fixture.write(QStringLiteral("projects.csv"), interleavedCapital(101));
    const ImportReport first = fixture.import(path, profile);
    INFO(first.error.toStdString());
    REQUIRE(first.ok);
    CHECK(first.rowsRead == 101);
    CHECK(first.rejected == 1);
    CHECK(first.stored == 100);
    CHECK(first.newRecords == 100);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM capital_phases")) == 100);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM capital_phases WHERE note = 'line ' || source_line")) == 100);
    CHECK(fixture.count(QStringLiteral("SELECT max(occurrence) FROM capital_phases")) > 1);

    // The same file again goes row by row: every phase and project is found unchanged.
    const ImportReport second = fixture.import(path, profile);
    REQUIRE(second.ok);
    CHECK(second.newRecords == 0);
    CHECK(second.changedRecords == 0);
    CHECK(second.unchangedRecords == 100);
    CHECK(second.goneRecords == 0);
    CHECK(second.newProjects == 0);
    CHECK(second.changedProjects == 0);
}
