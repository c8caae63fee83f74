// SPDX-License-Identifier: GPL-3.0-or-later
// The LAUSD sample data that ships in data/: imports whole, keeps the report's figures, and
// flags every invented row.
#include "catchcompat.h"

#include "datasets/builtinprofiles.h"
#include "datasets/datasetimporter.h"
#include "datasets/sampledata.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "store/statement.h"

#include <QFile>
#include <QHash>
#include <QSet>

using namespace milepost;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(MILEPOST_DATA_DIR "/") + QString::fromLatin1(name);
}

ImportReport importSample(Database &database, Dataset::Id dataset, const char *file)
{
    DatasetImporter importer(database);
    DatasetImporter::Request request;
    request.path = dataFile(file);
    request.profile = BuiltInProfiles::milepostCsv(dataset);
    request.source = QStringLiteral("lausd-sample");
    const ImportReport report = importer.run(request);
    INFO(file << ": " << report.error.toStdString());
    REQUIRE(report.ok);
    CHECK(report.rejected == 0);
    CHECK(report.blank == 0);
    CHECK(report.stored == report.rowsRead);
    return report;
}

const QStringList localDistricts{QStringLiteral("C"), QStringLiteral("E"), QStringLiteral("NE"),
                                 QStringLiteral("NW"), QStringLiteral("S"), QStringLiteral("W")};

} // namespace

TEST_CASE("the staffing sample adds up to the hires the report states", "[datasets][sample]")
{
    QString error;
    auto database = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(database);
    importSample(*database, Dataset::Staffing, "lausd-sample-staffing.csv");
    QHash<QString, qint64> hires; // by period and group
    QSet<QString> districts;
    for (const StaffingRecord &record : DatasetRepository(*database).staffing()) {
        CHECK(record.illustrative); // every split is invented
        const QString group = record.employeeGroup == StaffingRecord::EmployeeGroup::Classified ? QStringLiteral("classified")
                                                                                                : QStringLiteral("certificated");
        hires[record.period.canonical() + QLatin1Char(' ') + group] += record.hires.value_or(0);
        districts.insert(record.localDistrict);
    }
    CHECK(hires.value(QStringLiteral("2021-22 certificated")) == 2495);
    CHECK(hires.value(QStringLiteral("2020-21 certificated")) == 1540); // 2,495 / 1.62
    CHECK(hires.value(QStringLiteral("2021-22 classified")) == 2700);
    CHECK(hires.value(QStringLiteral("2022-03-15/2022-06-03 classified")) == 1000);
    CHECK(districts == QSet<QString>(localDistricts.cbegin(), localDistricts.cend()));
}

TEST_CASE("the enrollment sample keeps the report's magnet figures as facts and flags the rest", "[datasets][sample]")
{
    QString error;
    auto database = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(database);
    importSample(*database, Dataset::Enrollment, "lausd-sample-enrollment.csv");
    const QHash<QString, qint64> magnet{{QStringLiteral("C"), 13610},  {QStringLiteral("E"), 12746},
                                        {QStringLiteral("NE"), 12384}, {QStringLiteral("NW"), 17177},
                                        {QStringLiteral("S"), 14042},  {QStringLiteral("W"), 16368}};
    QHash<QString, qint64> totals;
    for (const EnrollmentRecord &record : DatasetRepository(*database).enrollment()) {
        if (record.program == QStringLiteral("Magnet")) {
            CHECK_FALSE(record.illustrative);
            CHECK(record.count == magnet.value(record.localDistrict));
            CHECK(record.schoolYear.canonical() == QStringLiteral("2021-22"));
        } else {
            CHECK(record.illustrative);
        }
        totals[record.program + (record.unit == EnrollmentRecord::Unit::Classrooms ? QStringLiteral(" rooms") : QString())]
            += record.count;
    }
    CHECK(totals.value(QStringLiteral("Magnet")) == 86327); // the report's Total row says 86,227
    CHECK(totals.value(QStringLiteral("UTK rooms")) == 360);
    CHECK(totals.value(QStringLiteral("UTK/CC rooms")) == 120);
    CHECK(totals.value(QStringLiteral("Dual language TK rooms")) == 29);
    CHECK(totals.value(QStringLiteral("English learners")) == 86000);
    CHECK(totals.value(QStringLiteral("RFEP")) == 106000);
}

TEST_CASE("the capital projects sample covers six Local and seven Board Districts, all illustrative", "[datasets][sample]")
{
    QString error;
    auto database = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(database);
    const ImportReport report = importSample(*database, Dataset::CapitalProjects, "lausd-sample-capital-projects.csv");
    CHECK(report.newProjects == 36);
    DatasetRepository repository(*database);
    QSet<QString> regions;
    QSet<QString> boards;
    int notApplicable = 0;
    for (const CapitalProject &project : repository.capitalProjects()) {
        regions.insert(project.region);
        boards.insert(project.boardDistrict);
        for (const CapitalPhase &phase : project.phases) {
            CHECK(phase.illustrative);
            notApplicable += phase.budget.isNotApplicable() ? 1 : 0;
        }
    }
    CHECK(regions == QSet<QString>(localDistricts.cbegin(), localDistricts.cend()));
    CHECK(boards.size() == 7);
    CHECK(notApplicable > 0);
    CHECK(repository.hasIllustrativeData());
}

TEST_CASE("the shipped NYC export is the shared file, unedited", "[datasets][sample]")
{
    const QString shared = QStringLiteral(MILEPOST_SHARED_DIR)
        + QStringLiteral("/data/nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv");
    if (!QFile::exists(shared)) {
        WARN("shared data file not found, skipping: " << shared.toStdString());
        return;
    }
    QFile original(shared);
    QFile shipped(dataFile("nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv"));
    REQUIRE(original.open(QIODevice::ReadOnly));
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    CHECK(shipped.readAll() == original.readAll());
}

TEST_CASE("the sample data is imported on first run only, as the source lausd-sample", "[datasets][sample]")
{
    QString error;
    auto database = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(database);
    REQUIRE(SampleData::importIfEmpty(*database, QStringLiteral(MILEPOST_DATA_DIR), &error));
    DatasetRepository repository(*database);
    const QList<DatasetRepository::Source> sources = repository.sources();
    REQUIRE(sources.size() == 3);
    for (const DatasetRepository::Source &source : sources) {
        CHECK(source.name == SampleData::sourceName());
        CHECK(source.records > 0);
    }
    CHECK(repository.recordCount(Dataset::Staffing) == 96);
    CHECK(repository.hasIllustrativeData());

    // A second start, or a database with the user's own data, is left alone.
    REQUIRE(SampleData::importIfEmpty(*database, QStringLiteral(MILEPOST_DATA_DIR), &error));
    CHECK(repository.recordCount(Dataset::Staffing) == 96);
    CHECK(repository.sources().size() == 3);
}

TEST_CASE("a missing sample file is an error that names it", "[datasets][sample]")
{
    QString error;
    auto database = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(database);
    CHECK_FALSE(SampleData::importIfEmpty(*database, QStringLiteral("/no/such/folder"), &error));
    CHECK(error.contains(QStringLiteral("lausd-sample-staffing.csv")));
    CHECK(DatasetRepository(*database).sources().isEmpty());
}

TEST_CASE("removing the sample removes its rows and its import history, and nothing else", "[datasets][sample]")
{
    QString error;
    auto database = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(database);
    REQUIRE(SampleData::importIfEmpty(*database, QStringLiteral(MILEPOST_DATA_DIR), &error));
    DatasetImporter importer(*database);
    DatasetImporter::Request request;
    request.path = dataFile("lausd-sample-enrollment.csv");
    request.profile = BuiltInProfiles::milepostCsv(Dataset::Enrollment);
    request.source = QStringLiteral("mine");
    REQUIRE(importer.run(request).ok);

    DatasetRepository repository(*database);
    for (const SampleData::File &file : SampleData::files())
        REQUIRE(repository.removeSource(file.dataset, SampleData::sourceName(), &error));
    const QList<DatasetRepository::Source> sources = repository.sources();
    REQUIRE(sources.size() == 1);
    CHECK(sources.first().name == QStringLiteral("mine"));
    CHECK(repository.recordCount(Dataset::Enrollment) == 36);
    CHECK(repository.recordCount(Dataset::Staffing) == 0);
    CHECK(repository.recordCount(Dataset::CapitalProjects) == 0);
    Statement runs(database->handle(), QStringLiteral("SELECT count(*) FROM import_runs"));
    REQUIRE(runs.step() == Statement::Result::Row);
    CHECK(runs.columnInt64(0) == 1);
}
