// SPDX-License-Identifier: GPL-3.0-or-later
// The capital timeline's reads: districts counted under every spelling, windows that follow one
// another without a gap or a repeat in the store's order, each reading one district through the
// region index (EXPLAIN QUERY PLAN), and a busy connection refused at once. That the rows equal the
// in-memory timeline's is checked in tests/ui/timeline/tst_capitaltimelinelazy.cpp.
#include "catchcompat.h"

#include "store/capitaltimelinequery.h"
#include "store/database.h"
#include "store/statement.h"

#include <QTemporaryDir>

#include <condition_variable>
#include <thread>

using namespace milepost;

namespace {

std::unique_ptr<Database> openDatabase(const QString &path)
{
    QString error;
    auto database = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(database);
    return database;
}

void execute(Database &database, const QString &sql)
{
    QString error;
    INFO(sql.toStdString());
    REQUIRE(Statement::execute(database.handle(), sql, &error));
}

// 3,000 projects over two sources, lines out of id order, regions "1", " 1", "2" and none; one
// phase each but every tenth project.
void store(Database &database)
{
    execute(database, QStringLiteral(
        "INSERT INTO dataset_sources (id, dataset, name) VALUES (1, 'projects', 'a'), (2, 'projects', 'b');"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
        "INSERT INTO capital_projects (id, source_id, record_key, region, source_line, created_run, changed_run, seen_run) "
        "SELECT i, 1 + i % 2, 'k' || i, CASE i % 4 WHEN 0 THEN '1' WHEN 1 THEN ' 1' WHEN 2 THEN '2' ELSE NULL END, "
        "  (i * 7919) % 3001 + 1, 1, 1, 1 FROM n;"
        "INSERT INTO capital_phases (project_id, phase, occurrence, status, planned_start, planned_end, illustrative, "
        "  source_line, created_run, changed_run, seen_run) "
        "SELECT id, 'Scope', 1, 'Pending', 2459000 + id, 2459100 + id, 0, source_line, 1, 1, 1 FROM capital_projects "
        "WHERE id % 10 <> 0;"));
}

QList<QString> keysInOrder(Database &database, const QString &condition)
{
    Statement statement(database.handle(), QStringLiteral("SELECT record_key FROM capital_projects WHERE %1 "
                                                          "ORDER BY source_id, source_line, id")
                                               .arg(condition));
    QList<QString> keys;
    while (statement.step() == Statement::Result::Row)
        keys.append(statement.columnText(0));
    return keys;
}

} // namespace

TEST_CASE("capital timeline query: districts under every spelling, windows in the store's order",
          "[store][capitaltimeline]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("timeline.milepost"));
    auto database = openDatabase(path);
    store(*database);
    QString error;
    auto query = CapitalTimelineQuery::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(query);

    const auto groups = query->groups({}, &error);
    REQUIRE(groups);
    REQUIRE(groups->size() == 3);
    QHash<QString, CapitalTimelineQuery::Group> byRegion;
    for (const CapitalTimelineQuery::Group &group : *groups)
        byRegion.insert(group.region, group);
    CHECK(byRegion.value(QStringLiteral("1")).projects == 1500);
    CHECK(byRegion.value(QStringLiteral("1")).spellings.size() == 2);
    CHECK(byRegion.value(QStringLiteral("2")).projects == 750);
    CHECK(byRegion.value(QString()).projects == 750);
    CHECK(byRegion.value(QString()).hasNull);
    // Spans of the phases: project 2 has the first day of district 2, project 2998 the last.
    CHECK(byRegion.value(QStringLiteral("2")).first == QDate::fromJulianDay(2459002));
    CHECK(byRegion.value(QStringLiteral("2")).last == QDate::fromJulianDay(2459100 + 2998));

    for (const QString &region : {QStringLiteral("1"), QStringLiteral("2"), QString()}) {
        const CapitalTimelineQuery::Group group = byRegion.value(region);
        const QString condition = region == QLatin1String("1") ? QStringLiteral("trim(region) = '1'")
                                : region.isEmpty()              ? QStringLiteral("region IS NULL")
                                                                : QStringLiteral("region = '2'");
        const QList<QString> expected = keysInOrder(*database, condition);
        QList<QString> read;
        CapitalTimelineQuery::Cursor cursor;
        for (int window = 0; window < 100; ++window) {
            CapitalTimelineQuery::Cursor next;
            const auto projects = query->projects(group, {}, cursor, 97, &next, &error);
            REQUIRE(projects);
            if (projects->isEmpty())
                break;
            CHECK(projects->size() <= 97);
            for (const CapitalProject &project : *projects) {
                read.append(project.key);
                CHECK(project.phases.size() == (project.key.mid(1).toInt() % 10 == 0 ? 0 : 1));
            }
            cursor = next;
        }
        INFO("region '" << region.toStdString() << "'");
        CHECK(read == expected);
    }
}

TEST_CASE("capital timeline query: a window reads one district through the region index", "[store][capitaltimeline]")
{
    auto database = openDatabase(QStringLiteral(":memory:"));
    store(*database);
    execute(*database, QStringLiteral("ANALYZE"));
    // The shape CapitalTimelineQuery::projects() gives a district of one spelling after a cursor:
    // the region index finds the district's rows, not a scan of the table.
    Statement plan(database->handle(),
                   QStringLiteral("EXPLAIN QUERY PLAN SELECT p.id FROM capital_projects p WHERE (p.region = ?5) AND "
                                  "(p.source_id, p.source_line, p.id) > (?1, ?2, ?3) AND 1 = 1 "
                                  "ORDER BY p.source_id, p.source_line, p.id LIMIT ?4"));
    QStringList steps;
    while (plan.step() == Statement::Result::Row)
        steps.append(plan.columnText(3));
    INFO(steps.join(QStringLiteral("; ")).toStdString());
    CHECK(steps.join(QLatin1Char(' ')).contains(QStringLiteral("USING INDEX capital_projects_region (region=?)")));
    CHECK_FALSE(steps.join(QLatin1Char(' ')).contains(QStringLiteral("SCAN p")));
}

TEST_CASE("capital timeline query: a window is refused at once while another thread reads", "[store][capitaltimeline]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("busy.milepost"));
    store(*openDatabase(path));
    QString error;
    auto query = CapitalTimelineQuery::open(path, &error);
    REQUIRE(query);
    std::mutex mutex;
    std::condition_variable changed;
    bool held = false;
    bool done = false;
    std::thread worker([&] {
        const CapitalTimelineQuery::Lock lock(*query);
        std::unique_lock state(mutex);
        held = true;
        changed.notify_all();
        changed.wait(state, [&] { return done; });
    });
    {
        std::unique_lock state(mutex);
        changed.wait(state, [&] { return held; });
    }
    CapitalTimelineQuery::Group group;
    group.spellings = {QStringLiteral("2")};
    CHECK_FALSE(query->projects(group, {}, {}, 10, nullptr, &error));
    CHECK_FALSE(error.isEmpty());
    {
        std::unique_lock state(mutex);
        done = true;
        changed.notify_all();
    }
    worker.join();
    const auto projects = query->projects(group, {}, {}, 10, nullptr, &error);
    REQUIRE(projects);
    CHECK(projects->size() == 10);
}
