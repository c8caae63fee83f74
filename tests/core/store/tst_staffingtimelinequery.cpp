// SPDX-License-Identifier: GPL-3.0-or-later
// The staffing timeline's rows read from the store: the repository's rows, in its order, on a
// connection of the query's own for a file (or a server), on the database's own in memory; a
// cancelled read gives none.

#include "catchcompat.h"
#include "core/store/testdatabase.h"

#include "datasets/builtinprofiles.h"
#include "datasets/datasetimporter.h"
#include "store/datasetrepository.h"
#include "store/staffingtimelinequery.h"

#include <QTemporaryDir>

using namespace milepost;
using namespace milepost::test;

namespace {

void importSample(Database &database)
{
    DatasetImporter importer(database);
    DatasetImporter::Request request;
    request.path = QStringLiteral(MILEPOST_DATA_DIR "/lausd-sample-staffing.csv");
    request.profile = BuiltInProfiles::milepostCsv(Dataset::Staffing);
    const ImportReport report = importer.run(request);
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
}

} // namespace

TEST_CASE("the staffing timeline reads the repository's rows from the store", "[store][timeline][staffing]")
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Database> stored = openTestDatabase(dir, QStringLiteral("staffing.milepost"), &error);
    INFO(error.toStdString());
    REQUIRE(stored);
    std::unique_ptr<Database> memory = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(memory);
    for (Database *database : {stored.get(), memory.get()}) {
        importSample(*database);
        const StaffingTimelineQuery query(*database);
        CHECK(query.readsInBackground() == (database == stored.get()));
        error.clear();
        const QList<StaffingRecord> expected = DatasetRepository(*database).staffing(&error);
        REQUIRE(error.isEmpty());
        REQUIRE(expected.size() > 50);
        const std::optional<QList<StaffingRecord>> records = query.records(&error);
        INFO(error.toStdString());
        REQUIRE(records);
        CHECK(*records == expected);
        // Twice: the query's own connection is kept and read again.
        CHECK(query.records(&error) == records);

        const std::atomic_bool cancelled{true};
        error.clear();
        CHECK_FALSE(query.records(&error, &cancelled));
        CHECK_FALSE(error.isEmpty());
    }
}
