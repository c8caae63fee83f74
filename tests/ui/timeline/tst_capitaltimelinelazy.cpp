// SPDX-License-Identifier: GPL-3.0-or-later
// The capital timeline read from the database as it is shown (CapitalTimelineModel::setSource)
// against the same timeline built from every project in memory (setProjects, the oracle): the
// same districts, projects and phases in the same order with the same texts, spans, statuses and
// keys once every window is fetched, with and without a search; windows of windowSize; a model
// consistency check (QAbstractItemModelTester) on 50,000 generated projects; rows fetched as the
// timeline scrolls; the selection kept exact across windows.
#include "catchcompat.h"
#include "warningcounter.h"

#include "datasets/builtinprofiles.h"
#include "datasets/datasetimporter.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "store/statement.h"
#include "timeline/capitaltimelinemodel.h"
#include "timeline/flatrowgeometry.h"
#include "timeline/timelineroles.h"
#include "timeline/timelinetreeview.h"
#include "timeline/timelineview.h"
#include "plantree/planfilterproxymodel.h"
#include "plantree/plantreemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTemporaryDir>

using namespace milepost;

namespace {

void execute(Database &database, const QString &sql)
{
    QString error;
    INFO(sql.toStdString());
    REQUIRE(Statement::execute(database.handle(), sql, &error));
}

std::unique_ptr<Database> openFile(const QString &path)
{
    QString error;
    auto database = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(database);
    return database;
}

// Spellings of one district that differ in spaces, a missing one, codes instead of dates, a
// phase begun after its planned end without a planned start, one open, a project without
// phases, statuses in several spellings, lines out of id order, two sources.
void storeHandMade(Database &database)
{
    execute(database, QStringLiteral(
        "INSERT INTO dataset_sources (id, dataset, name) VALUES (1, 'projects', 'hand'), (2, 'projects', 'other');"
        "INSERT INTO capital_projects (id, source_id, record_key, school_name, site_code, region, project_type, "
        "  description, source_line, created_run, changed_run, seen_run) VALUES "
        "(1, 1, 'a', 'Alpha', 'K1', 'North', 'Roof', 'Roof replacement', 10, 1, 1, 1),"
        "(2, 1, 'b' || char(31) || 'x', 'Beta', 'K2', ' North', 'Boiler', 'Boiler conversion', 2, 1, 1, 1),"
        "(3, 1, 'c', 'Gamma', 'K3', NULL, NULL, 'Windows', 5, 1, 1, 1),"
        "(4, 1, 'd', 'Delta', 'K4', '2', '', 'Boiler work', 7, 1, 1, 1),"
        "(5, 1, 'e', 'Eps', 'K5', '10', 'Boiler', NULL, 20, 1, 1, 1),"
        "(6, 2, 'f', 'Zeta', 'K6', '2', 'Roof', 'No phases', 1, 1, 1, 1),"
        "(7, 1, 'g', 'Eta', 'K7', '2', 'Roof', 'Later line', 8, 1, 1, 1);"
        "INSERT INTO capital_phases (project_id, phase, occurrence, status, planned_start, planned_start_code, "
        "  planned_end, planned_end_code, actual_start, actual_start_code, actual_end, actual_end_code, "
        "  illustrative, source_line, created_run, changed_run, seen_run) VALUES "
        "(1, 'Design', 1, 'Complete', 2459800, NULL, 2460000, NULL, 2459810, NULL, 2460010, NULL, 0, 10, 1, 1, 1),"
        "(1, 'Construction', 1, 'In-Progress', NULL, NULL, 2460100, NULL, 2460200, NULL, NULL, NULL, 0, 11, 1, 1, 1),"
        "(2, 'Scope', 1, 'COMPLETED', NULL, 'PNS', 2459000, NULL, NULL, NULL, NULL, NULL, 1, 3, 1, 1, 1),"
        "(2, 'Design', 1, 'in progress', 2459100, NULL, NULL, 'DOES', 2459150, NULL, NULL, NULL, 0, 4, 1, 1, 1),"
        "(2, 'Design', 2, 'Pending', NULL, NULL, 2461000, NULL, NULL, NULL, NULL, NULL, 0, 4, 1, 1, 1),"
        "(3, 'Design', 1, NULL, NULL, NULL, NULL, NULL, 2459500, NULL, NULL, NULL, 0, 5, 1, 1, 1),"
        "(3, 'Construction', 1, 'Pending', NULL, NULL, 2460050, NULL, NULL, NULL, NULL, NULL, 0, 6, 1, 1, 1),"
        "(4, 'Scope', 1, 'complete', 2459700, NULL, 2459900, NULL, 2459700, NULL, 2459950, NULL, 0, 7, 1, 1, 1),"
        "(5, 'Construction', 1, 'In Progress', 2458000, NULL, 2462000, NULL, 2458100, NULL, NULL, 'PNS', 0, 20, 1, 1, 1),"
        "(7, 'Scope', 1, 'Pending', 2460300, NULL, 2460400, NULL, NULL, NULL, NULL, NULL, 0, 8, 1, 1, 1);"));
}

QString importNyc(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("nyc.milepost"));
    auto database = openFile(path);
    DatasetImporter importer(*database);
    DatasetImporter::Request request;
    request.path = QStringLiteral(MILEPOST_DATA_DIR "/nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv");
    request.profile = BuiltInProfiles::nycSca();
    REQUIRE(importer.run(request).ok);
    return path;
}

// count generated projects in 7 districts (one also spelled with a space, one without a region),
// each with one to three phases, written by SQL.
void storeGenerated(Database &database, int count)
{
    execute(database, QStringLiteral(
        "INSERT INTO dataset_sources (id, dataset, name) VALUES (1, 'projects', 'generated');"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "INSERT INTO capital_projects (id, source_id, record_key, school_name, site_code, region, project_type, "
        "  description, source_line, created_run, changed_run, seen_run) "
        "SELECT i, 1, 'k' || i, 'School ' || (i % 997), 'S' || (i % 3001), "
        "  CASE i % 8 WHEN 0 THEN NULL WHEN 1 THEN ' 3' ELSE CAST(i % 8 AS TEXT) END, "
        "  CASE i % 3 WHEN 0 THEN 'Roof' WHEN 1 THEN 'Boiler' ELSE 'Windows' END, 'Project ' || i, "
        "  (i * 7919) % %1 + 1, 1, 1, 1 FROM n;"
        "INSERT INTO capital_phases (project_id, phase, occurrence, status, planned_start, planned_end, actual_start, "
        "  actual_end, illustrative, source_line, created_run, changed_run, seen_run) "
        "SELECT p.id, ph.name, 1, CASE (p.id + ph.k) % 3 WHEN 0 THEN 'Complete' WHEN 1 THEN 'In-Progress' ELSE NULL END, "
        "  2459000 + (p.id * 13 + ph.k * 100) % 2000, 2459200 + (p.id * 13 + ph.k * 100) % 2000, "
        "  CASE WHEN (p.id + ph.k) % 3 < 2 THEN 2459010 + (p.id * 13 + ph.k * 100) % 2000 END, "
        "  CASE WHEN (p.id + ph.k) % 3 = 0 THEN 2459300 + (p.id * 13 + ph.k * 100) % 2000 END, 0, p.source_line + ph.k, 1, 1, 1 "
        "FROM capital_projects p JOIN (SELECT 0 AS k, 'Scope' AS name UNION ALL SELECT 1, 'Design' UNION ALL "
        "  SELECT 2, 'Construction') ph ON ph.k <= p.id % 3;")
                          .arg(count));
}

void loadFromDatabase(CapitalTimelineModel &model, const QString &path)
{
    model.setSource(path);
    model.waitForLoad();
    INFO(model.loadError().toStdString());
    REQUIRE(model.loadError().isEmpty());
}

// Fetches every window of every district.
void fetchAll(CapitalTimelineModel &model)
{
    model.setFetchAsked(true);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex district = model.index(row, 0);
        while (model.canFetchMore(district)) {
            const int before = model.rowCount(district);
            model.fetchMore(district);
            REQUIRE(model.rowCount(district) > before);
            CHECK(model.rowCount(district) - before <= CapitalTimelineModel::windowSize);
        }
        CHECK_FALSE(model.hasMoreToFetch(district));
    }
    model.setFetchAsked(false);
}

const QList<int> comparedRoles{Qt::DisplayRole,
                               Qt::ToolTipRole,
                               TimelineRoles::ItemKindRole,
                               TimelineRoles::StartRole,
                               TimelineRoles::EndRole,
                               TimelineRoles::StartEdgeRole,
                               TimelineRoles::EndEdgeRole,
                               TimelineRoles::StatusRole,
                               TimelineRoles::StatusReasonRole,
                               TimelineRoles::ProblemRole,
                               TimelineRoles::KeyRole,
                               TimelineRoles::ActualStartRole,
                               TimelineRoles::ActualEndRole};

// Every row under parent alike in both models, in every column and role above.
void checkSameTree(const QAbstractItemModel &actual, const QAbstractItemModel &expected, const QModelIndex &actualParent,
                   const QModelIndex &expectedParent, int &rows)
{
    INFO("under " << expectedParent.data().toString().toStdString());
    REQUIRE(actual.rowCount(actualParent) == expected.rowCount(expectedParent));
    for (int row = 0; row < expected.rowCount(expectedParent); ++row) {
        ++rows;
        for (int column = 0; column < expected.columnCount(); ++column) {
            const QModelIndex a = actual.index(row, column, actualParent);
            const QModelIndex e = expected.index(row, column, expectedParent);
            for (int role : comparedRoles) {
                INFO("row " << row << " column " << column << " role " << role << ": "
                            << a.data(role).toString().toStdString() << " expected " << e.data(role).toString().toStdString());
                REQUIRE(a.data(role) == e.data(role));
            }
        }
        checkSameTree(actual, expected, actual.index(row, 0, actualParent), expected.index(row, 0, expectedParent), rows);
    }
}

int checkSameAsInMemory(const QString &path, const QString &search, const QDate &asOf)
{
    INFO("search \"" << search.toStdString() << "\" as of " << asOf.toString(Qt::ISODate).toStdString());
    QList<CapitalProject> projects;
    {
        auto database = openFile(path);
        projects = DatasetRepository(*database).capitalProjects();
    }
    CapitalTimelineModel memory;
    memory.setAsOf(asOf);
    memory.setProjects(projects);
    memory.setSearchText(search);
    CapitalTimelineModel lazy;
    lazy.setAsOf(asOf);
    lazy.setSearchText(search);
    loadFromDatabase(lazy, path);
    fetchAll(lazy);
    int rows = 0;
    checkSameTree(lazy, memory, {}, {}, rows);
    return rows;
}

} // namespace

TEST_CASE("the capital timeline from the database equals the one in memory on a hand-made fixture",
          "[timeline][capital][lazy]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hand.milepost"));
    storeHandMade(*openFile(path));
    // 4 districts (North and " North" one), 7 projects, 10 phases.
    CHECK(checkSameAsInMemory(path, QString(), QDate(2023, 6, 1)) == 21);
    CHECK(checkSameAsInMemory(path, QString(), QDate(2030, 1, 1)) == 21);
    // A project's words, a phase's, a district's title, a status, a code-free key part, none.
    for (const char *search : {"boiler", "boiler design", "district 2", "north scope", "no district windows",
                               "in-progress", "progress alpha", "b | x", "roof 2", "nothing like it", "%", "_"}) {
        checkSameAsInMemory(path, QString::fromUtf8(search), QDate(2023, 6, 1));
    }
    CHECK(checkSameAsInMemory(path, QStringLiteral("boiler design"), QDate(2023, 6, 1)) > 0);
    CHECK(checkSameAsInMemory(path, QStringLiteral("nothing like it"), QDate(2023, 6, 1)) == 0);
}

TEST_CASE("the capital timeline from the database equals the one in memory on the NYC export",
          "[timeline][capital][lazy][real]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = importNyc(dir);
    CHECK(checkSameAsInMemory(path, QString(), QDate(2025, 5, 1)) > 20000);
    CHECK(checkSameAsInMemory(path, QStringLiteral("new explorations"), QDate(2025, 5, 1)) > 0);
    checkSameAsInMemory(path, QStringLiteral("district 7 construction"), QDate(2025, 5, 1));
}

TEST_CASE("the capital timeline's windows pass the model tester on 50,000 projects", "[timeline][capital][lazy]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("generated.milepost"));
    storeGenerated(*openFile(path), 50000);
    const test::WarningCounter warnings;
    CapitalTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    loadFromDatabase(model, path);
    REQUIRE(model.rowCount() == 7); // none given, districts 2 to 7 (3 also as " 3")
    // Every district's windows, checked by the tester as they come.
    fetchAll(model);
    CHECK(model.projects().size() == 50000);
    // A search in the database, then cleared, checked the same way.
    model.setSearchText(QStringLiteral("boiler school 99"));
    model.waitForLoad();
    fetchAll(model);
    CHECK(model.projects().size() > 0);
    CHECK(model.projects().size() < 50000);
    model.setSearchText(QString());
    model.waitForLoad();
    CHECK(model.rowCount() == 7);
    INFO((warnings.warnings().isEmpty() ? QString() : warnings.warnings().constFirst()).toStdString());
    CHECK(warnings.warnings().isEmpty());
}

TEST_CASE("the capital timeline fetches rows as it scrolls and keeps the selection across windows",
          "[timeline][capital][lazy]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("generated.milepost"));
    storeGenerated(*openFile(path), 20000);
    PlanTreeModel plan;
    PlanFilterProxyModel filter;
    filter.setSourceModel(&plan);
    TimelineView view(&plan, &filter);
    view.resize(1280, 800);
    view.show();
    view.setDatasetLoader([path](bool) { return TimelineView::Datasets{{}, {}, path}; });
    view.setSubject(TimelineView::Subject::CapitalProjects);
    CapitalTimelineModel *model = view.capitalModel();
    model->waitForLoad();
    QApplication::processEvents();
    REQUIRE(model->isLazy());
    REQUIRE(model->rowCount() == 7);
    // Shown: the first window of each open district (the tree lays them out), not the 20,000.
    const QModelIndex first = model->index(0, 0);
    CHECK(first.data().toString().contains(QStringLiteral("2,500")));
    CHECK(model->rowCount(first) == CapitalTimelineModel::windowSize);
    CHECK(model->projects().size() <= 7 * CapitalTimelineModel::windowSize);
    CHECK(view.rows()->isExpanded(first));

    // The project in the 150th row of the first district, selected.
    const QModelIndex chosen = model->index(149, 0, first);
    const QString key = chosen.data(TimelineRoles::KeyRole).toString();
    view.tree()->selectionModel()->setCurrentIndex(chosen, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // Scroll to the last project read of the district, four times: a window comes each time the
    // view gets there, and only then.
    QScrollBar *bar = view.tree()->verticalScrollBar();
    for (int step = 1; step <= 4; ++step) {
        const int before = model->rowCount(first);
        view.tree()->scrollTo(model->index(before - 1, 0, first), QAbstractItemView::PositionAtCenter);
        QApplication::processEvents();
        INFO("step " << step << ", scroll bar at " << bar->value());
        CHECK(model->rowCount(first) == before + CapitalTimelineModel::windowSize);
    }
    CHECK(model->rowCount(first) == 5 * CapitalTimelineModel::windowSize);
    // Projects read in the order of the database, without gaps or repeats: the 150th is where
    // it was and is still the one selected.
    CHECK(model->index(149, 0, first).data(TimelineRoles::KeyRole).toString() == key);
    const QModelIndex current = view.tree()->selectionModel()->currentIndex();
    CHECK(current.data(TimelineRoles::KeyRole).toString() == key);
    CHECK(view.tree()->selectionModel()->selectedRows().size() == 1);

    // A row of a later window selected in the tree is the row the chart marks, and the same
    // project a database read of the district lists there.
    const int late = 3 * CapitalTimelineModel::windowSize + 17;
    REQUIRE(model->rowCount(first) > late);
    const QModelIndex lateIndex = model->index(late, 0, first);
    view.tree()->selectionModel()->setCurrentIndex(lateIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    CHECK(view.rows()->index(view.rows()->rowOf(lateIndex)) == lateIndex);
    CapitalTimelineModel oracle;
    {
        auto database = openFile(path);
        oracle.setProjects(DatasetRepository(*database).capitalProjects());
    }
    CHECK(oracle.index(late, 0, oracle.index(0, 0)).data(TimelineRoles::KeyRole) == lateIndex.data(TimelineRoles::KeyRole));
    CHECK(oracle.index(0, 0).data().toString() == first.data().toString());
}
