// SPDX-License-Identifier: GPL-3.0-or-later
// The Capital Projects table read from the database a window at a time: rows added as the view
// asks for more, every cell the database's, sorting done by the database, a model consistency
// check (QAbstractItemModelTester) over a generated table of 5,000 projects; and the dashboard
// read in the background drilling into figures counted in the database.
#include "dashboardfixture.h"
#include "warningcounter.h"

#include "capitalpage.h"
#include "capitalprojecttablemodel.h"
#include "dashboardfilterbar.h"
#include "dashboardview.h"
#include "drilldownpanel.h"
#include "keyfiguretile.h"
#include "recordtablemodel.h"
#include "rowsetproxymodel.h"
#include "store/statement.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace milepost;
using namespace milepost::test;

namespace {

constexpr int generated = 5000;

// Projects 1..5000: school "School <i % 100>", region "R<i % 7>", three types, budget 100 i
// cents over two phases; even projects have ended (a day late up to 5 early or late).
void generate(const QString &path)
{
    QString error;
    auto database = Database::open(path, &error);
    REQUIRE(database);
    const bool ok = Statement::execute(database->handle(), QStringLiteral(
        "INSERT INTO dataset_sources (id, dataset, name) VALUES (1, 'projects', 'generated');"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "INSERT INTO capital_projects (id, source_id, record_key, school_name, site_code, region, board_district, "
        "  project_type, description, source_line, created_run, changed_run, seen_run) "
        "SELECT i, 1, 'k' || i, 'School ' || (i % 100), 'K' || i, 'R' || (i % 7), 'BD ' || (i % 4), "
        "  CASE i % 3 WHEN 0 THEN 'Roof' WHEN 1 THEN 'Boiler' ELSE 'Windows' END, 'Project ' || i, 2 * i, 1, 1, 1 FROM n;"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "INSERT INTO capital_phases (project_id, phase, occurrence, status, planned_end, actual_end, budget, "
        "  illustrative, source_line, created_run, changed_run, seen_run) "
        "SELECT i, 'Design', 1, 'Complete', 2460000 + i % 400, 2460000 + i % 400 + i % 11 - 5, 40 * i, 0, 2 * i, 1, 1, 1 "
        "FROM n;"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "INSERT INTO capital_phases (project_id, phase, occurrence, status, planned_end, actual_end, budget, "
        "  illustrative, source_line, created_run, changed_run, seen_run) "
        "SELECT i, 'Construction', 1, CASE WHEN i % 2 = 0 THEN 'Complete' ELSE 'In progress' END, 2460500 + i % 400, "
        "  CASE WHEN i % 2 = 0 THEN 2460500 + i % 400 + i % 11 - 5 END, 60 * i, 0, 2 * i + 1, 1, 1, 1 FROM n;")
                                                          .arg(generated),
                                      &error);
    INFO(error.toStdString());
    REQUIRE(ok);
}

std::shared_ptr<CapitalDashboardQuery> counted(const QString &path, CapitalFigures *figures)
{
    QString error;
    auto database = Database::open(path, &error);
    REQUIRE(database);
    auto query = std::make_shared<CapitalDashboardQuery>(std::move(database));
    DashboardFilter filter;
    filter.asOf = QDate(2024, 1, 1);
    const std::optional<CapitalFigures> computed = query->compute(filter, nullptr, &error);
    INFO(error.toStdString());
    REQUIRE(computed);
    *figures = *computed;
    return query;
}

QString cell(const QAbstractItemModel &model, int row, CapitalDashboardQuery::Column column)
{
    return model.data(model.index(row, int(column))).toString();
}

} // namespace

TEST_CASE("the capital projects table fetches windows of rows from the database", "[dashboard][lazy]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("generated.milepost"));
    generate(path);
    CapitalFigures figures;
    const auto query = counted(path, &figures);
    REQUIRE(figures.projects.value == generated);

    WarningCounter warnings;
    CapitalProjectTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setSelection(query, {}, figures.projects.rowCount());
    // A batch, and what the tester fetched besides.
    CHECK(model.rowCount() >= CapitalProjectTableModel::batchSize);
    CHECK(model.rowCount() < generated);
    CHECK(model.headerData(0, Qt::Horizontal, RecordTableModel::TotalRowsRole).toLongLong() == generated);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const int before = model.rowCount();
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == generated);
    CHECK(inserted.size() == (generated - before) / CapitalProjectTableModel::batchSize);

    // Every cell the database's, across windows (more than the model keeps at once).
    const auto rows = query->rows({}, 0, generated);
    REQUIRE(rows);
    for (int row = 0; row < generated; row += 37) {
        INFO("row " << row);
        CHECK(cell(model, row, CapitalDashboardQuery::School) == rows->at(row).schoolName);
        CHECK(cell(model, row, CapitalDashboardQuery::Line) == QString::number(rows->at(row).sourceLine));
        CHECK(cell(model, row, CapitalDashboardQuery::Schedule)
              == CapitalProjectTableModel::scheduleText(rows->at(row).summary));
    }
    CHECK(cell(model, 0, CapitalDashboardQuery::Line) == QStringLiteral("2")); // source order
    CHECK(cell(model, generated - 1, CapitalDashboardQuery::Line) == QString::number(2 * generated));

    // Sorted by the database, on a worker: budgets descending, every row still there once.
    QSignalSpy sorted(&model, &CapitalProjectTableModel::sorted);
    model.sort(int(CapitalDashboardQuery::Budget), Qt::DescendingOrder);
    CHECK(model.isSorting());
    REQUIRE(sorted.wait(20000));
    CHECK_FALSE(model.isSorting());
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == generated);
    CHECK(cell(model, 0, CapitalDashboardQuery::Line) == QString::number(2 * generated)); // the largest budget
    QSet<QString> lines;
    for (int row = 0; row < generated; ++row)
        lines.insert(cell(model, row, CapitalDashboardQuery::Line));
    CHECK(lines.size() == generated);
    CHECK(cell(model, 4321, CapitalDashboardQuery::Line) == QString::number(2 * (generated - 4321)));

    // A figure's rows: the late projects, exactly as many as it counts.
    model.setSelection(query, {CapitalSelection::Kind::Late, {}, {}}, figures.late.rowCount());
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == figures.late.rowCount());
    for (int row = 0; row < model.rowCount(); row += 11)
        CHECK(cell(model, row, CapitalDashboardQuery::Schedule).contains(QStringLiteral("late")));
    INFO(warnings.warnings().join(QLatin1Char('\n')).toStdString());
    CHECK(warnings.warnings().isEmpty());
}

TEST_CASE("the drill-down table shows the database's rows and sorts them there", "[dashboard][lazy]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("generated.milepost"));
    generate(path);
    CapitalFigures figures;
    const auto query = counted(path, &figures);

    CapitalProjectTableModel model;
    model.setSelection(query, {}, figures.projects.rowCount());
    DrillDownPanel panel(QStringLiteral("All capital projects"));
    panel.resize(900, 400);
    panel.setBaseModel(&model, QStringLiteral("All capital projects"));
    panel.show();
    QApplication::processEvents();
    CHECK(panel.breadcrumbText().endsWith(QStringLiteral("%1 rows").arg(QLocale().toString(qint64(generated)))));
    CHECK(panel.view()->model()->rowCount() < generated); // fetched as the view scrolls
    panel.view()->scrollToBottom();
    QApplication::processEvents();
    CHECK(panel.view()->model()->rowCount() > CapitalProjectTableModel::batchSize);

    // A click on the header sorts in the database; the proxy keeps the model's order.
    QSignalSpy sorted(&model, &CapitalProjectTableModel::sorted);
    panel.view()->horizontalHeader()->setSortIndicator(int(CapitalDashboardQuery::Budget), Qt::AscendingOrder);
    REQUIRE(sorted.wait(20000));
    QApplication::processEvents();
    const QAbstractItemModel *shown = panel.view()->model();
    CHECK(shown->data(shown->index(0, int(CapitalDashboardQuery::Line))).toString() == QStringLiteral("2"));
    CHECK(shown->data(shown->index(1, int(CapitalDashboardQuery::Line))).toString() == QStringLiteral("4"));
}

TEST_CASE("the dashboard read in the background counts capital projects in the database and drills there",
          "[dashboard][background][lazy]")
{
    isolateSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("dashboard.milepost"));
    generate(path);
    DashboardView view([] { return DashboardData(); });
    view.setBackgroundLoader([path](const std::atomic_bool &cancelled) { return DashboardData::read(path, &cancelled); });
    QSignalSpy loaded(&view, &DashboardView::loaded);
    view.resize(1280, 800);
    view.show();
    REQUIRE(loaded.wait(20000));
    CHECK(view.data().projects.isEmpty()); // never loaded into memory
    REQUIRE(view.data().capitalFigures);
    CapitalPage *capital = view.capitalPage();
    CHECK(capital->figures().projects.value == generated);
    CHECK(capital->drillDown()->shownModel() == capital->databaseModel());
    CHECK(capital->drillDown()->shownRowCount() == generated);

    auto *late = capital->findChild<KeyFigureTile *>(QStringLiteral("lateTile"));
    REQUIRE(late);
    QTest::mouseClick(late, Qt::LeftButton);
    CHECK(capital->drillDown()->isDrilled());
    CHECK(capital->drillDown()->shownModel() == capital->drilledModel());
    CHECK(capital->drillDown()->shownRowCount() == capital->figures().late.value);

    // A filter counts again, on the worker; the schools offered come from the database.
    DashboardFilter filter = view.filterBar()->filter();
    filter.localDistrict = QStringLiteral("r3");
    view.filterBar()->setFilter(filter);
    Q_EMIT view.filterBar()->filterChanged(view.filterBar()->filter());
    REQUIRE(loaded.wait(20000));
    // The page is not in front: it is computed when asked for (or shown).
    CHECK(view.capitalPage()->figures().projects.value == generated / 7 + (generated % 7 >= 3 ? 1 : 0));
    CHECK(view.data().schools().size() == 100);
}

TEST_CASE("the school filter completes from a model, narrowed by the Local District", "[dashboard][filter]")
{
    isolateSettings();
    DashboardFilterBar bar;
    QStringList schools;
    QList<std::pair<QString, QString>> districts;
    for (int i = 0; i < 20000; ++i) {
        const QString school = QStringLiteral("School %1").arg(i);
        schools.append(school);
        districts.append({QStringLiteral("LD %1").arg(i % 4), school});
    }
    bar.setChoices({QStringLiteral("LD 0"), QStringLiteral("LD 1"), QStringLiteral("LD 2"), QStringLiteral("LD 3")}, {},
                   schools);
    bar.setSchoolDistricts(districts);
    auto *field = bar.findChild<QLineEdit *>(QStringLiteral("schoolFilter"));
    REQUIRE(field);
    REQUIRE(field->completer());
    CHECK(field->completer()->model()->rowCount() == 20000);
    CHECK(bar.findChild<QComboBox *>(QStringLiteral("schoolFilter")) == nullptr); // no list of every school

    DashboardFilter filter = bar.filter();
    filter.localDistrict = QStringLiteral("LD 2");
    bar.setFilter(filter);
    CHECK(bar.offeredSchools().size() == 5000);
    CHECK(bar.offeredSchools().first() == QStringLiteral("School 2"));

    bar.show();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("school 1234"));
    field->completer()->setCompletionPrefix(field->text());
    CHECK(field->completer()->completionCount() >= 1);
    QTest::keyClick(field, Qt::Key_Escape); // closes the popup
    QTest::keyClick(field, Qt::Key_Return);
    CHECK(bar.filter().school == QStringLiteral("School 1234")); // as the data spells it
    // Text that names no school does not count: the field shows the school filtered by again.
    field->setText(QStringLiteral("Nowhere"));
    QTest::keyClick(field, Qt::Key_Return);
    CHECK(bar.filter().school == QStringLiteral("School 1234"));
    CHECK(field->text() == QStringLiteral("School 1234"));
    field->clear();
    QTest::keyClick(field, Qt::Key_Return);
    CHECK(bar.filter().school.isEmpty());
}
