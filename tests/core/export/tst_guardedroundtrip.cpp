// SPDX-License-Identifier: GPL-3.0-or-later
// Milepost's own CSV reads back to exactly the data exported: the formula guard its writer puts
// before =, +, -, @ and a leading tab is removed by the milepost profiles, so that export →
// import → export → import → export writes the same bytes twice and stores the same text.
#include "catchcompat.h"

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

// Text as Milepost's CSV writes it: guarded cells, one apostrophe that is the text's own, and one
// guarded text that starts with an apostrophe of its own ('=x, written ''=x).
const QByteArray staffingFile = "Period,Local District,Site,Employee Group,Job Category,Positions,Vacancies,Hires,"
                                "Illustrative,Note\r\n"
                                "2024-25,'=SUM(A1),'@x,Certificated,'-1 note,10,2,1,no,'+x\r\n"
                                "2024-25,Central,'\tleading tab,Certificated,Teachers,3,0,0,no,'plain apostrophe\r\n"
                                "2024-25,Central,''=x,Classified,'-5,4,1,1,no,\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\"\r\n";
const QByteArray enrollmentFile = "School Year,Local District,School,Program,Grade,Unit,Count,Illustrative,Note\r\n"
                                  "2024-25,'=SUM(A1),'@school,'-1 note,K,,120,no,'+x\r\n"
                                  "2024-25,East,'\tTab School,General,'-,,30,yes,'plain\r\n";
const QByteArray phasesFile =
    "Project Key,Site Code,School Name,Region,Board District,Project Type,Description,Funding,Phase,Status,"
    "Planned Start,Planned End,Actual Start,Actual End,Budget,Estimate at Completion,Spent,Percent Complete,"
    "Illustrative,Note\r\n"
    "'=P1,'@S1,'-1 note,'+R,1,Roof,'\tleading tab,\"'-DSF1, DSF2\",Design,'=status,2024-01-02,2024-02-03,,,"
    "-1500.25,,,12.5,no,'@note\r\n"
    "'=P1,'@S1,'-1 note,'+R,1,Roof,'\tleading tab,\"'-DSF1, DSF2\",Construction,Open,2024-03-01,N/A,,,"
    "100,,,,no,'apostrophe of its own\r\n";

struct Store
{
    Store(QTemporaryDir &dir, const QString &name)
    {
        QString error;
        database = Database::open(dir.filePath(name), &error);
        INFO(error.toStdString());
        REQUIRE(database);
    }

    ImportReport run(const QString &path, const ImportProfile &profile)
    {
        DatasetImporter::Request request;
        request.path = path;
        request.profile = profile;
        const ImportReport report = DatasetImporter(*database).run(request);
        INFO(report.error.toStdString());
        REQUIRE(report.ok);
        CHECK(report.countsAddUp());
        return report;
    }

    void import(const QString &path, const ImportProfile &profile) { CHECK(run(path, profile).rejected == 0); }

    QByteArray exportCsv(QTemporaryDir &dir, const QString &dataset, const QString &name)
    {
        const QString path = dir.filePath(name);
        const auto result = DatasetExporter(*database).exportToFile(dataset, path);
        INFO(result.error.toStdString());
        REQUIRE(result.ok);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    std::unique_ptr<Database> database;
};

QString write(QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

// export → import → export → import → export from the first store; the three exports are the
// same bytes, and each holds the guarded cells as the source file wrote them.
void roundTripTwice(const QString &dataset, Dataset::Id id, const QByteArray &source, const QList<QByteArray> &guarded)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ImportProfile profile = BuiltInProfiles::milepostCsv(id);
    Store first(dir, QStringLiteral("first.sqlite"));
    first.import(write(dir, QStringLiteral("source.csv"), source), profile);
    const QByteArray exported1 = first.exportCsv(dir, dataset, QStringLiteral("1.csv"));

    Store second(dir, QStringLiteral("second.sqlite"));
    second.import(dir.filePath(QStringLiteral("1.csv")), profile);
    const QByteArray exported2 = second.exportCsv(dir, dataset, QStringLiteral("2.csv"));

    Store third(dir, QStringLiteral("third.sqlite"));
    third.import(dir.filePath(QStringLiteral("2.csv")), profile);
    const QByteArray exported3 = third.exportCsv(dir, dataset, QStringLiteral("3.csv"));

    INFO(exported1.toStdString());
    INFO(exported2.toStdString());
    CHECK(exported2 == exported1);
    CHECK(exported3 == exported2);
    // No guard put before another: '' only where the text itself starts with an apostrophe.
    CHECK(exported3.count("''") == source.count("''"));
    for (const QByteArray &cell : guarded) {
        INFO(cell.toStdString());
        CHECK(source.contains(cell));
        CHECK(exported1.contains(cell));
    }
}

} // namespace

TEST_CASE("staffing in Milepost's own CSV survives export and import twice, guarded text included",
          "[export][roundtrip][injection]")
{
    roundTripTwice(QStringLiteral("staffing"), Dataset::Staffing, staffingFile,
                   {",'=SUM(A1),'@x,", ",'\tleading tab,", ",'-1 note,", ",'+x\r\n", ",''=x,", ",'-5,",
                    ",'plain apostrophe\r\n", "\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\""});

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Store store(dir, QStringLiteral("s.sqlite"));
    store.import(write(dir, QStringLiteral("s.csv"), staffingFile), BuiltInProfiles::milepostCsv(Dataset::Staffing));
    const QList<StaffingRecord> records = DatasetRepository(*store.database).staffing();
    REQUIRE(records.size() == 3);
    QStringList texts;
    for (const StaffingRecord &record : records)
        texts << record.localDistrict << record.site << record.jobCategory << record.note;
    // The text the guard stood before, and the apostrophes that were the text's own.
    CHECK(texts.contains(QStringLiteral("=SUM(A1)")));
    CHECK(texts.contains(QStringLiteral("@x")));
    CHECK(texts.contains(QStringLiteral("-1 note")));
    CHECK(texts.contains(QStringLiteral("+x")));
    CHECK(texts.contains(QStringLiteral("\tleading tab")));
    CHECK(texts.contains(QStringLiteral("'plain apostrophe")));
    CHECK(texts.contains(QStringLiteral("'=x")));
    CHECK(texts.contains(QStringLiteral("-5")));
    CHECK(texts.contains(QStringLiteral("=HYPERLINK(\"a\",\"b\")")));
}

TEST_CASE("enrollment in Milepost's own CSV survives export and import twice", "[export][roundtrip][injection]")
{
    roundTripTwice(QStringLiteral("enrollment"), Dataset::Enrollment, enrollmentFile,
                   {",'=SUM(A1),'@school,'-1 note,K,", ",'\tTab School,", ",'-,", ",'+x\r\n", ",'plain\r\n"});
}

TEST_CASE("capital phases in Milepost's own CSV survive export and import twice, lists and codes included",
          "[export][roundtrip][injection]")
{
    roundTripTwice(QStringLiteral("phases"), Dataset::CapitalProjects, phasesFile,
                   {"'=P1,'@S1,'-1 note,'+R,1,Roof,'\tleading tab,\"'-DSF1, DSF2\",", ",'=status,", ",'@note\r\n",
                    ",'apostrophe of its own\r\n"});

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Store store(dir, QStringLiteral("p.sqlite"));
    store.import(write(dir, QStringLiteral("p.csv"), phasesFile), BuiltInProfiles::milepostCsv(Dataset::CapitalProjects));
    const QList<CapitalProject> projects = DatasetRepository(*store.database).capitalProjects();
    REQUIRE(projects.size() == 1);
    CHECK(projects.first().key == QStringLiteral("=P1"));
    CHECK(projects.first().description == QStringLiteral("\tleading tab"));
    REQUIRE(projects.first().phases.size() == 2);
    CHECK(projects.first().phases.first().status == QStringLiteral("=status"));
}

TEST_CASE("a file that is not Milepost's own keeps its leading apostrophes", "[export][roundtrip][injection]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Store store(dir, QStringLiteral("u.sqlite"));
    ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::Staffing);
    profile.name = QStringLiteral("a district's own");
    profile.builtIn = false;
    profile.formulaGuarded = false;
    store.import(write(dir, QStringLiteral("u.csv"), staffingFile), profile);
    QStringList districts;
    for (const StaffingRecord &record : DatasetRepository(*store.database).staffing())
        districts << record.localDistrict;
    CHECK(districts.contains(QStringLiteral("'=SUM(A1)")));
    CHECK_FALSE(districts.contains(QStringLiteral("=SUM(A1)")));
}

TEST_CASE("in Milepost's own CSV a source's code written N/A (CODE) is that code, elsewhere it is no value",
          "[export][roundtrip][datasets]")
{
    const QByteArray file =
        "Project Key,Site Code,School Name,Region,Board District,Project Type,Description,Funding,Phase,Status,"
        "Planned Start,Planned End,Actual Start,Actual End,Budget,Estimate at Completion,Spent,Percent Complete,"
        "Illustrative,Note\r\n"
        "P1,S1,Adams,NE,1,Roof,New roof,DSF1,Design,Open,2024-01-02,N/A (PNS),,,N/A (TBD),N/A,,,no,\r\n";
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Store store(dir, QStringLiteral("codes.sqlite"));
    store.import(write(dir, QStringLiteral("codes.csv"), file), BuiltInProfiles::milepostCsv(Dataset::CapitalProjects));
    const QList<CapitalProject> projects = DatasetRepository(*store.database).capitalProjects();
    REQUIRE(projects.size() == 1);
    REQUIRE(projects.first().phases.size() == 1);
    const CapitalPhase &phase = projects.first().phases.first();
    CHECK(phase.plannedEnd.code() == QStringLiteral("PNS"));
    CHECK(phase.budget.code() == QStringLiteral("TBD"));
    CHECK(phase.estimateAtCompletion.code() == QStringLiteral("N/A"));
    const QByteArray exported = store.exportCsv(dir, QStringLiteral("phases"), QStringLiteral("codes-out.csv"));
    CHECK(exported.contains(",N/A (PNS),,,N/A (TBD),N/A,"));

    // A district's own profile with the same columns: the text is not a code it lists.
    ImportProfile own = BuiltInProfiles::milepostCsv(Dataset::CapitalProjects);
    own.name = QStringLiteral("a district's own");
    own.builtIn = false;
    own.formulaGuarded = false;
    Store other(dir, QStringLiteral("other.sqlite"));
    const ImportReport report = other.run(dir.filePath(QStringLiteral("codes.csv")), own);
    CHECK(report.rejected == 1);
    CHECK(report.stored == 0);
}
