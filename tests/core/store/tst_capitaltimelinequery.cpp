// SPDX-License-Identifier: GPL-3.0-or-later
// The capital projects timeline read from the store a window at a time gives what the same
// projects in memory give: the districts, their projects in order, their spans, for every
// search; the projects read back by key with their phases. On the bundled sample (months and
// fiscal years among its dates) and the real NYC export (../shared), in a file or on a server.

#include "catchcompat.h"
#include "core/store/testdatabase.h"

#include "datasets/builtinprofiles.h"
#include "datasets/datasetimporter.h"
#include "store/capitaltimelinequery.h"
#include "store/datasetrepository.h"
#include "timeline/capitalprojectlist.h"

#include <QFile>
#include <QTemporaryDir>

using namespace milepost;
using namespace milepost::test;

namespace {

QString districtTitle(const QString &region)
{
    return region.isEmpty() ? QStringLiteral("No district given") : QStringLiteral("District ") + region;
}

// The store's districts and the list's agree: the same regions, spans and projects in order
// (the list keys a project by its place, the store by its id).
void checkSame(const CapitalTimelineQuery &query, const CapitalProjectList &list, const QString &search)
{
    INFO("search: " << search.toStdString());
    const CapitalTimelineMatch match(search, &districtTitle);
    QString error;
    const std::optional<QList<CapitalTimelineDistrict>> stored = query.districts(match, &error);
    INFO(error.toStdString());
    REQUIRE(stored);
    const QList<CapitalTimelineDistrict> expected = *list.districts(match);
    REQUIRE(stored->size() == expected.size());
    for (qsizetype d = 0; d < expected.size(); ++d) {
        const CapitalTimelineDistrict &mine = stored->at(d);
        const CapitalTimelineDistrict &theirs = expected.at(d);
        INFO("district " << theirs.region.toStdString());
        CHECK(mine.region == theirs.region);
        CHECK(mine.span == theirs.span);
        REQUIRE(mine.projects.size() == theirs.projects.size());
        // Every project, read back in windows of 100 as the timeline reads them.
        for (qsizetype from = 0; from < mine.projects.size(); from += 100) {
            const std::optional<QList<CapitalProject>> read = query.projects(mine.projects.mid(from, 100), &error);
            REQUIRE(read);
            const QList<CapitalProject> want = *list.projects(theirs.projects.mid(from, 100));
            REQUIRE(read->size() == want.size());
            for (qsizetype p = 0; p < want.size(); ++p)
                CHECK(read->at(p) == want.at(p));
        }
    }
}

void checkFile(const ImportProfile &profile, const QString &file, const QStringList &searches)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    auto database = openTestDatabase(dir, QStringLiteral("timeline.milepost"), &error);
    INFO(error.toStdString());
    REQUIRE(database);
    DatasetImporter importer(*database);
    DatasetImporter::Request request;
    request.path = file;
    request.profile = profile;
    REQUIRE(importer.run(request).ok);
    const CapitalProjectList list(DatasetRepository(*database).capitalProjects());
    REQUIRE(list.list().size() > 10);
    const CapitalTimelineQuery query(*database);
    for (const QString &search : searches)
        checkSame(query, list, search);
}

} // namespace

TEST_CASE("the capital timeline read from the store equals the projects in memory: the sample", "[store][timeline][capital]")
{
    checkFile(BuiltInProfiles::milepostCsv(Dataset::CapitalProjects),
              QStringLiteral(MILEPOST_DATA_DIR "/lausd-sample-capital-projects.csv"),
              {QString(), QStringLiteral("construction"), QStringLiteral("district 2"), QStringLiteral("roof  design"),
               QStringLiteral("no such words")});
}

TEST_CASE("the capital timeline read from the store equals the projects in memory: the NYC export",
          "[store][timeline][capital][real]")
{
    const QString file = QStringLiteral(MILEPOST_SHARED_DIR)
        + QStringLiteral("/data/nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv");
    if (!QFile::exists(file)) {
        WARN("shared data file not found, skipping: " << file.toStdString());
        return;
    }
    checkFile(BuiltInProfiles::nycSca(), file,
              {QString(), QStringLiteral("boiler"), QStringLiteral("new explorations"), QStringLiteral("district 7 construction"),
               QStringLiteral("in-progress design"), QStringLiteral("PNS")});
}
