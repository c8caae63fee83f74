// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"
#include "core/store/testdatabase.h"

#include "datasets/bundleddata.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "store/statement.h"

using namespace milepost;
using namespace milepost::test;

TEST_CASE("sources looked at for presence hold rows exactly where their rows are counted", "[store][datasets][sources]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    auto database = Database::open(dir.filePath(QStringLiteral("sources.milepost")), &error);
    REQUIRE(database);
    REQUIRE(BundledData::seedIfEmpty(*database, QStringLiteral(MILEPOST_DATA_DIR), &error));
    // A source of each dataset without a row (an import whose rows were all rejected), and a
    // capital source whose one project has no phase.
    REQUIRE(Statement::execute(database->handle(),
                               QStringLiteral("INSERT INTO dataset_sources (dataset, name) VALUES "
                                              "('staffing', 'Empty'), ('enrollment', 'Empty'), ('projects', 'Empty'), "
                                              "('projects', 'No phase'); "
                                              "INSERT INTO capital_projects (source_id, record_key, source_line, created_run, "
                                              "  changed_run, seen_run) "
                                              "SELECT id, 'k', 1, 0, 0, 0 FROM dataset_sources WHERE name = 'No phase'"),
                               &error));
    const DatasetRepository datasets(*database);
    const QList<DatasetRepository::Source> counted = datasets.sources(&error);
    const QList<DatasetRepository::Source> present = datasets.sources(&error, DatasetRepository::Count::Presence);
    CHECK(error.isEmpty());
    REQUIRE(counted.size() == 7);
    REQUIRE(present.size() == counted.size());
    int holding = 0;
    for (qsizetype i = 0; i < counted.size(); ++i) {
        INFO(counted.at(i).name.toStdString() << " " << Dataset::key(counted.at(i).dataset).toStdString());
        CHECK(present.at(i).id == counted.at(i).id);
        CHECK(present.at(i).dataset == counted.at(i).dataset);
        CHECK(present.at(i).name == counted.at(i).name);
        CHECK(present.at(i).records == (counted.at(i).records > 0 ? 1 : 0));
        CHECK(present.at(i).illustrative == 0);
        holding += counted.at(i).records > 0 ? 1 : 0;
    }
    CHECK(holding == 3); // the bundled staffing, enrollment and capital samples
}
