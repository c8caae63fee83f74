// SPDX-License-Identifier: GPL-3.0-or-later
// What a new database starts with, for the window and the command line alike.
#include "catchcompat.h"

#include "datasets/bundleddata.h"
#include "datasets/sampledata.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "store/planrepository.h"
#include "store/statement.h"

#include <QTemporaryDir>

using namespace milepost;

namespace {

const QString dataDir = QStringLiteral(MILEPOST_DATA_DIR);

qint64 count(Database &database, const char *sql)
{
    Statement statement(database.handle(), QString::fromLatin1(sql));
    REQUIRE(statement.step() == Statement::Result::Row);
    return statement.columnInt64(0);
}

} // namespace

TEST_CASE("a new database is seeded with the bundled plan and the sample datasets")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    auto database = Database::open(dir.filePath(QStringLiteral("new.sqlite")), &error);
    REQUIRE(database);
    REQUIRE(BundledData::seedIfEmpty(*database, dataDir, &error));
    CHECK(error.isEmpty());
    CHECK(PlanRepository(*database).planCount() == 1);
    CHECK(count(*database, "SELECT count(*) FROM milestones") == 160);
    CHECK(count(*database, "SELECT count(*) FROM objectives") == 42);
    const QList<DatasetRepository::Source> sources = DatasetRepository(*database).sources();
    CHECK(sources.size() == SampleData::files().size());
    for (const DatasetRepository::Source &source : sources)
        CHECK(source.name == SampleData::sourceName());

    SECTION("seeding again changes nothing")
    {
        const qint64 staffing = count(*database, "SELECT count(*) FROM staffing");
        REQUIRE(BundledData::seedIfEmpty(*database, dataDir, &error));
        CHECK(PlanRepository(*database).planCount() == 1);
        CHECK(count(*database, "SELECT count(*) FROM milestones") == 160);
        CHECK(count(*database, "SELECT count(*) FROM staffing") == staffing);
    }
    SECTION("sample data once removed stays removed")
    {
        DatasetRepository datasets(*database);
        for (const DatasetRepository::Source &source : datasets.sources())
            REQUIRE(datasets.removeSource(source.dataset, source.name, &error));
        REQUIRE(datasets.sources().isEmpty());
        REQUIRE(BundledData::seedIfEmpty(*database, dataDir, &error));
        CHECK(datasets.sources().isEmpty());
    }
}

TEST_CASE("seeding from a folder without the bundled files fails and stores nothing")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    auto database = Database::open(dir.filePath(QStringLiteral("new.sqlite")), &error);
    REQUIRE(database);
    CHECK_FALSE(BundledData::seedIfEmpty(*database, dir.filePath(QStringLiteral("empty")), &error));
    CHECK(error.contains(BundledData::planFileName()));
    CHECK(PlanRepository(*database).planCount() == 0);
    CHECK(DatasetRepository(*database).sources().isEmpty());
}
