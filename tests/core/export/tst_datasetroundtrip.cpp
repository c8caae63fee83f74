// SPDX-License-Identifier: GPL-3.0-or-later
// Export → import of the same dataset gives the same data: each dataset is imported from the
// files in data/, exported as Milepost's own CSV, imported again into a fresh store with the
// built-in milepost profile, and read back.
#include "catchcompat.h"

#include "csv/csvreader.h"
#include "datasets/builtinprofiles.h"
#include "datasets/datasetimporter.h"
#include "export/datasetexporter.h"
#include "store/database.h"
#include "store/datasetrepository.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

using namespace milepost;

namespace {

struct Store
{
    explicit Store(const QString &path)
    {
        QString error;
        database = Database::open(path, &error);
        INFO(error.toStdString());
        REQUIRE(database);
    }

    void import(const QString &file, const ImportProfile &profile, qint64 expectedRejected = 0)
    {
        DatasetImporter::Request request;
        request.path = file;
        request.profile = profile;
        const ImportReport report = DatasetImporter(*database).run(request);
        INFO(report.error.toStdString());
        REQUIRE(report.ok);
        CHECK(report.rejected == expectedRejected);
    }

    std::unique_ptr<Database> database;
};

QString dataFile(const char *name)
{
    return QStringLiteral(MILEPOST_DATA_DIR "/") + QLatin1String(name);
}

// Where a row was read from (the line, and the source it was stored under, which names the file
// imported) is not part of the data a round trip keeps.
template<typename Record>
QList<Record> withoutLines(QList<Record> records)
{
    for (Record &record : records) {
        record.sourceLine = 0;
        record.source.clear();
    }
    return records;
}

QList<CapitalProject> withoutLines(QList<CapitalProject> projects)
{
    for (CapitalProject &project : projects) {
        project.sourceLine = 0;
        project.source.clear();
        for (CapitalPhase &phase : project.phases)
            phase.sourceLine = 0;
    }
    return projects;
}

// Exports dataset from the first store and imports the file into the second with profile.
void roundTrip(QTemporaryDir &dir, Store &from, Store &to, const QString &dataset, const ImportProfile &profile)
{
    const QString path = dir.filePath(dataset + QStringLiteral(".csv"));
    const auto exported = DatasetExporter(*from.database).exportToFile(dataset, path);
    INFO(exported.error.toStdString());
    REQUIRE(exported.ok);
    CHECK(exported.rows > 0);
    to.import(path, profile);
}

} // namespace

TEST_CASE("staffing and enrollment come back equal", "[export][roundtrip][datasets]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Store original(dir.filePath(QStringLiteral("a.sqlite")));
    Store copy(dir.filePath(QStringLiteral("b.sqlite")));
    original.import(dataFile("lausd-sample-staffing.csv"), BuiltInProfiles::milepostCsv(Dataset::Staffing));
    original.import(dataFile("lausd-sample-enrollment.csv"), BuiltInProfiles::milepostCsv(Dataset::Enrollment));
    roundTrip(dir, original, copy, QStringLiteral("staffing"), BuiltInProfiles::milepostCsv(Dataset::Staffing));
    roundTrip(dir, original, copy, QStringLiteral("enrollment"), BuiltInProfiles::milepostCsv(Dataset::Enrollment));

    const DatasetRepository a(*original.database);
    const DatasetRepository b(*copy.database);
    CHECK(a.staffing().size() == 96);
    CHECK(withoutLines(a.staffing()) == withoutLines(b.staffing()));
    CHECK(withoutLines(a.enrollment()) == withoutLines(b.enrollment()));
}

TEST_CASE("capital projects come back equal, phase by phase", "[export][roundtrip][datasets]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Store original(dir.filePath(QStringLiteral("a.sqlite")));
    Store copy(dir.filePath(QStringLiteral("b.sqlite")));
    original.import(dataFile("lausd-sample-capital-projects.csv"), BuiltInProfiles::milepostCsv(Dataset::CapitalProjects));
    roundTrip(dir, original, copy, QStringLiteral("phases"), BuiltInProfiles::milepostCsv(Dataset::CapitalProjects));
    const auto before = DatasetRepository(*original.database).capitalProjects();
    CHECK_FALSE(before.isEmpty());
    CHECK(withoutLines(before) == withoutLines(DatasetRepository(*copy.database).capitalProjects()));
}

TEST_CASE("the real NYC export's not-applicable codes come back, twice, in the same bytes",
          "[export][roundtrip][datasets]")
{
    // Its date and amount columns hold eleven codes (PNS, DOER, ...) that Milepost's own profile
    // cannot know: they are written "N/A (DOER)" and read back as DOER.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Store original(dir.filePath(QStringLiteral("a.sqlite")));
    Store copy(dir.filePath(QStringLiteral("b.sqlite")));
    Store again(dir.filePath(QStringLiteral("c.sqlite")));
    original.import(dataFile("nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv"), BuiltInProfiles::nycSca(),
                    1); // the phase named NULL
    const ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::CapitalProjects);
    const QString path = dir.filePath(QStringLiteral("phases.csv"));
    const auto bytes = [&] {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };
    roundTrip(dir, original, copy, QStringLiteral("phases"), profile);
    const QByteArray first = bytes();
    roundTrip(dir, copy, again, QStringLiteral("phases"), profile);
    const bool sameBytes = bytes() == first; // not printed: two megabytes
    CHECK(sameBytes);
    CHECK(first.contains(",N/A (DOER),"));
    CHECK(first.contains(",N/A (PNS),"));

    const auto before = DatasetRepository(*original.database).capitalProjects();
    REQUIRE(before.size() == 6984);
    qsizetype coded = 0;
    for (const CapitalProject &project : before) {
        for (const CapitalPhase &phase : project.phases)
            coded += phase.plannedEnd.isNotApplicable() ? 1 : 0;
    }
    CHECK(coded == 7397);
    // Compared first: Catch would print thousands of projects on a failure.
    const bool copied = withoutLines(before) == withoutLines(DatasetRepository(*copy.database).capitalProjects());
    const bool copiedAgain = withoutLines(before) == withoutLines(DatasetRepository(*again.database).capitalProjects());
    CHECK(copied);
    CHECK(copiedAgain);
}

TEST_CASE("months and fiscal years in capital dates come back at their precision, twice", "[export][roundtrip][datasets]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("capital.csv"));
    {
        QFile file(source);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Project Key,Site Code,School Name,Region,Board District,Project Type,Description,Funding,Phase,"
                   "Status,Planned Start,Planned End,Actual Start,Actual End,Budget,Estimate at Completion,Spent,"
                   "Percent Complete,Illustrative,Note\n"
                   "P1,S1,Adams ES,NE,1,Roof,New roof,,Scope,Complete,May 2009,FY2012,2009-05-14,Dec 2011,,,,,no,\n"
                   "P1,S1,Adams ES,NE,1,Roof,New roof,,Design,,FY2012,FY2012,Sep 2011,2012-06-30,,,,,no,\n"
                   // ends before it starts: rejected
                   "P2,S2,Baker MS,NE,1,Roof,New roof,,Scope,,2011-12-01,Jan 2000,,,,,,,no,\n"
                   "P3,S3,Clark HS,NE,1,HVAC,New boiler,,Scope,,Jan 2000,2000-01-31,February 2000,FY2001,,,,,no,\n");
    }
    Store original(dir.filePath(QStringLiteral("a.sqlite")));
    Store copy(dir.filePath(QStringLiteral("b.sqlite")));
    Store again(dir.filePath(QStringLiteral("c.sqlite")));
    const ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::CapitalProjects);
    original.import(source, profile, 1);
    roundTrip(dir, original, copy, QStringLiteral("phases"), profile);
    roundTrip(dir, copy, again, QStringLiteral("phases"), profile);

    const auto before = DatasetRepository(*original.database).capitalProjects();
    REQUIRE(before.size() == 2);
    const CapitalPhase &scope = before.at(0).phases.at(0);
    CHECK(scope.plannedStartPrecision == DatePrecision::Month);
    CHECK(scope.plannedEndPrecision == DatePrecision::Year);
    CHECK(scope.actualStartPrecision == DatePrecision::Day);
    CHECK(scope.actualEndPrecision == DatePrecision::Month);
    CHECK(scope.actualEnd.value() == QDate(2011, 12, 31));
    CHECK(withoutLines(before) == withoutLines(DatasetRepository(*copy.database).capitalProjects()));
    CHECK(withoutLines(before) == withoutLines(DatasetRepository(*again.database).capitalProjects()));

    // The file holds what was written, not a day Milepost chose.
    QFile exported(dir.filePath(QStringLiteral("phases.csv")));
    REQUIRE(exported.open(QIODevice::ReadOnly));
    const QByteArray text = exported.readAll();
    CHECK(text.contains(",May 2009,FY2012,2009-05-14,Dec 2011,"));
    CHECK(text.contains(",Jan 2000,2000-01-31,Feb 2000,FY2001,"));
}

TEST_CASE("school years and months that read both ways come back as themselves", "[export][roundtrip][datasets]")
{
    // "2008-09" is the school year where only one can stand (enrollment), and "Dec 2011" a month
    // where both can (a staffing period): written back so that they read the same again.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto write = [&](const char *name, const QByteArray &bytes) {
        QFile file(dir.filePath(QLatin1String(name)));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    };
    const QString enrollment = write("enrollment.csv",
                                     "School Year,Local District,School,Program,Grade,Unit,Count,Illustrative,Note\n"
                                     "2008-09,Central,Adams,All,K,students,100,no,\n"
                                     "2011-12,Central,Adams,All,K,students,110,no,\n"
                                     "2012-13,Central,Adams,All,K,students,120,no,\n");
    const QString staffing = write("staffing.csv",
                                   "Period,Local District,Site,Employee Group,Job Category,Positions,Vacancies,Hires,"
                                   "Illustrative,Note\n"
                                   "Dec 2011,Central,,Certificated,Teacher,,4,,no,\n"
                                   "FY2012,Central,,Certificated,Teacher,,9,,no,\n"
                                   "2011-11,Central,,Certificated,Teacher,,5,,no,\n");
    Store original(dir.filePath(QStringLiteral("a.sqlite")));
    Store copy(dir.filePath(QStringLiteral("b.sqlite")));
    Store again(dir.filePath(QStringLiteral("c.sqlite")));
    original.import(enrollment, BuiltInProfiles::milepostCsv(Dataset::Enrollment));
    original.import(staffing, BuiltInProfiles::milepostCsv(Dataset::Staffing));
    for (const char *dataset : {"enrollment", "staffing"}) {
        const ImportProfile profile = BuiltInProfiles::milepostCsv(
            qstrcmp(dataset, "staffing") == 0 ? Dataset::Staffing : Dataset::Enrollment);
        roundTrip(dir, original, copy, QLatin1String(dataset), profile);
        roundTrip(dir, copy, again, QLatin1String(dataset), profile);
    }
    const DatasetRepository a(*original.database);
    REQUIRE(a.enrollment().size() == 3);
    REQUIRE(a.staffing().size() == 3);
    CHECK(a.enrollment().at(0).schoolYear.first() == QDate(2008, 7, 1));
    CHECK(a.staffing().at(0).period == Period::month(2011, 12));
    for (const Store *store : {&copy, &again}) {
        const DatasetRepository b(*store->database);
        CHECK(withoutLines(a.enrollment()) == withoutLines(b.enrollment()));
        CHECK(withoutLines(a.staffing()) == withoutLines(b.staffing()));
    }
}

TEST_CASE("the NYC export comes back equal, its own not-applicable codes included", "[export][roundtrip][datasets]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Store original(dir.filePath(QStringLiteral("a.sqlite")));
    Store copy(dir.filePath(QStringLiteral("b.sqlite")));
    // One row of the NYC file is rejected on import (see the import tests); the rest is the data.
    original.import(dataFile("nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv"), BuiltInProfiles::nycSca(), 1);
    // Milepost's own CSV writes a code as the source wrote it (PNS, DOES, ...); the profile that
    // reads it back lists those codes, as the NYC profile does.
    ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::CapitalProjects);
    const ImportProfile nyc = BuiltInProfiles::nycSca();
    for (ColumnMapping &column : profile.columns) {
        for (const ColumnMapping &source : nyc.columns) {
            if (source.field == column.field) {
                for (const QString &code : source.notApplicableCodes) {
                    if (!column.notApplicableCodes.contains(code))
                        column.notApplicableCodes.append(code);
                }
            }
        }
    }
    roundTrip(dir, original, copy, QStringLiteral("phases"), profile);
    const auto before = DatasetRepository(*original.database).capitalProjects();
    CHECK(before.size() > 6000);
    CHECK(withoutLines(before) == withoutLines(DatasetRepository(*copy.database).capitalProjects()));
}

TEST_CASE("the projects dataset has a row per project with its number of phases", "[export][datasets]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Store store(dir.filePath(QStringLiteral("a.sqlite")));
    store.import(dataFile("lausd-sample-capital-projects.csv"), BuiltInProfiles::milepostCsv(Dataset::CapitalProjects));
    const QString path = dir.filePath(QStringLiteral("projects.csv"));
    const auto exported = DatasetExporter(*store.database).exportToFile(QStringLiteral("projects"), path);
    REQUIRE(exported.ok);
    const auto projects = DatasetRepository(*store.database).capitalProjects();
    CHECK(exported.rows == projects.size());

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvDialect dialect;
    dialect.byteOrderMark = true;
    CsvReader reader(&file, dialect);
    CsvRecord record;
    REQUIRE(reader.next(record));
    REQUIRE(record.fieldCount() == 9);
    CHECK(record.text(0) == QStringLiteral("Project Key"));
    CHECK(record.text(8) == QStringLiteral("Phases"));
    int row = 0;
    while (reader.next(record)) {
        REQUIRE(row < projects.size());
        INFO(projects[row].key.toStdString());
        CHECK(record.text(0) == projects[row].key);
        CHECK(record.text(8).toInt() == projects[row].phases.size());
        ++row;
    }
    CHECK(row == projects.size());
}
