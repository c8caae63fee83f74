// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's data read again and again from one file: each read counts on the capital query
// of the last one, and counts what is stored then, an import by another connection included.

#include "catchcompat.h"
#include "dashboardtestdata.h"

#include "dashboard/dashboardreader.h"
#include "datasets/builtinprofiles.h"
#include "datasets/datasetimporter.h"
#include "store/capitaldashboardquery.h"
#include "store/database.h"
#include "store/datasetrepository.h"

#include <QFile>
#include <QTemporaryDir>

using namespace milepost;

namespace {

void import(const QString &path, const QString &file, const ImportProfile &profile)
{
    QString error;
    auto database = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(database);
    DatasetImporter importer(*database);
    DatasetImporter::Request request;
    request.path = file;
    request.profile = profile;
    REQUIRE(importer.run(request).ok);
}

// The Capital Projects page counted by a read, and the same counted in memory over every project
// stored now.
void checkCounted(DashboardData &data, const QString &path, const DashboardFilter &filter)
{
    data.countCapital(filter);
    REQUIRE(data.capitalFigures);
    QString error;
    auto database = Database::open(path, &error);
    REQUIRE(database);
    const CapitalFigures expected = CapitalFigures::compute(DatasetRepository(*database).capitalProjects(), filter);
    CHECK(data.capitalFigures->projects.value == expected.projects.value);
    CHECK(data.capitalFigures->budget.value == expected.budget.value);
    CHECK(data.capitalFigures->late.value == expected.late.value);
    CHECK(data.capitalFigures->overBudget.value == expected.overBudget.value);
    CHECK(data.capitalFigures->spent.value == expected.spent.value);
    // The filter's places, taken with the count: the projects' own, each once, and offered.
    QStringList regions;
    QStringList boards;
    for (const CapitalProject &project : DatasetRepository(*database).capitalProjects()) {
        if (!project.region.isEmpty() && !regions.contains(project.region))
            regions.append(project.region);
        if (!project.boardDistrict.isEmpty() && !boards.contains(project.boardDistrict))
            boards.append(project.boardDistrict);
    }
    QStringList counted = data.capitalRegions;
    QStringList countedBoards = data.capitalBoardDistricts;
    for (QStringList *list : {&regions, &boards, &counted, &countedBoards})
        list->sort();
    CHECK_FALSE(regions.isEmpty());
    CHECK(counted == regions);
    CHECK(countedBoards == boards);
    for (const QString &region : std::as_const(regions))
        CHECK(data.filterChoices()->localDistricts.contains(region.trimmed(), Qt::CaseInsensitive));
}

} // namespace

TEST_CASE("the dashboard read again counts on the last read's capital query, and what is stored then",
          "[dashboard][store][capitaldashboard]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("reader.milepost"));
    import(path, QStringLiteral(MILEPOST_DATA_DIR "/lausd-sample-capital-projects.csv"),
           BuiltInProfiles::milepostCsv(Dataset::CapitalProjects));
    DashboardFilter filter;
    filter.asOf = QDate(2024, 7, 1);

    DashboardReader reader(path);
    DashboardData first = reader.read();
    REQUIRE(first.errors.isEmpty());
    REQUIRE(first.capitalQuery);
    checkCounted(first, path, filter);
    CHECK(first.capitalProjectCount == 36);

    // Read again (the tab shown again, F5): the same query, the same page.
    DashboardData second = reader.read();
    REQUIRE(second.errors.isEmpty());
    CHECK(second.capitalQuery.get() == first.capitalQuery.get());
    checkCounted(second, path, filter);

    // Another connection imports a second source: the next read counts it.
    const QString nyc = QStringLiteral(MILEPOST_SHARED_DIR)
        + QStringLiteral("/data/nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv");
    if (!QFile::exists(nyc)) {
        WARN("shared data file not found, skipping the rest: " << nyc.toStdString());
        return;
    }
    import(path, nyc, BuiltInProfiles::nycSca());
    DashboardData third = reader.read();
    REQUIRE(third.errors.isEmpty());
    CHECK(third.capitalQuery.get() == first.capitalQuery.get());
    checkCounted(third, path, filter);

    // A read cancelled before it began leaves nothing to reuse: the next one starts afresh.
    const std::atomic_bool cancelled{true};
    reader.read(&cancelled);
    DashboardData fourth = reader.read();
    CHECK(fourth.capitalQuery.get() != first.capitalQuery.get());
    checkCounted(fourth, path, filter);
}
