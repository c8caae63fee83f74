// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard in the main window: a view beside the outline and the timeline, reached from
// the View menu, reading the store through its loader, and sending plan rows to the outline.
#include "dashboardfixture.h"

#include "dashboardfilterbar.h"
#include "dashboardview.h"
#include "drilldownpanel.h"
#include "plantree/plantreemodel.h"
#include "mainwindow/mainwindow.h"
#include "planpage.h"
#include "timeline/timelinetreeview.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QToolButton>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <functional>

using namespace milepost;
using namespace milepost::test;

namespace {

// The LAUSD 100-Day Plan report, read and stored; what was read.
PlanImportResult storeRealPlan(PlanRepository &plans)
{
    const PlanImportResult read = PlanReader::readFile(QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt"));
    REQUIRE(read.ok);
    QString error;
    const bool stored = plans.replacePlan(read.plan, read.findings, &error);
    INFO(error.toStdString());
    REQUIRE(stored);
    return read;
}

} // namespace

TEST_CASE("the main window shows the dashboard as a view and opens its plan rows in the outline", "[dashboard][mainwindow]")
{
    isolateSettings();
    auto database = memoryDatabase();
    importData(*database, Dataset::CapitalProjects, "lausd-sample-capital-projects.csv");
    PlanRepository plans(*database);
    storeRealPlan(plans);
    DatasetRepository datasets(*database);
    int loads = 0;

    MainWindow window(plans);
    auto *dashboard = new DashboardView(
        [&] {
            ++loads;
            return DashboardData::load(plans, datasets);
        },
        &window);
    window.addDashboard(dashboard);
    window.show();
    QApplication::processEvents();
    CHECK(loads == 0); // not read while out of sight

    auto *action = window.findChild<QAction *>(QStringLiteral("showDashboardAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_3));
    action->trigger();
    QApplication::processEvents();
    auto *views = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
    REQUIRE(views);
    CHECK(views->currentWidget() == dashboard);
    CHECK(loads == 1);
    CHECK(dashboard->data().projects.size() == 36);
    CHECK(dashboard->data().plan.milestoneCount() == 160);

    // "Open new EECs in San Pedro and Kentwood": a milestone row sends its report line.
    const Plan &plan = dashboard->data().plan;
    int line = 0;
    for (const Objective &objective : plan.objectives) {
        for (const Milestone &milestone : objective.milestones) {
            if (milestone.title.startsWith(QStringLiteral("Open new EECs")))
                line = milestone.sourceLine;
        }
    }
    REQUIRE(line > 0);
    Q_EMIT dashboard->sourceLineRequested(line);
    QApplication::processEvents();
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("planTree"));
    REQUIRE(tree);
    CHECK(views->currentWidget() != dashboard);
    CHECK(tree->currentIndex().data().toString().startsWith(QStringLiteral("Open new EECs")));
}

TEST_CASE("the dashboard and the timeline share one as-of date", "[dashboard][mainwindow]")
{
    isolateSettings();
    auto database = memoryDatabase();
    PlanRepository plans(*database);
    storeRealPlan(plans);
    DatasetRepository datasets(*database);

    MainWindow window(plans);
    auto *timeline = window.findChild<TimelineView *>();
    REQUIRE(timeline);
    timeline->setAsOf(QDate(2022, 10, 15)); // as restored from last time
    auto *dashboard = new DashboardView([&] { return DashboardData::load(plans, datasets); }, &window);
    window.addDashboard(dashboard);
    // The dashboard starts from the timeline's date.
    CHECK(dashboard->filterBar()->filter().asOf == QDate(2022, 10, 15));

    // The timeline's toolbar moves the dashboard, whose figures follow.
    timeline->setAsOf(QDate(2023, 1, 1));
    CHECK(dashboard->filterBar()->filter().asOf == QDate(2023, 1, 1));

    // The dashboard's as-of field moves the timeline, as a user's edit would.
    auto *asOfField = dashboard->findChild<QDateEdit *>(QStringLiteral("asOfFilter"));
    REQUIRE(asOfField);
    asOfField->setDate(QDate(2022, 9, 1));
    CHECK(timeline->asOf() == QDate(2022, 9, 1));
    CHECK(dashboard->filterBar()->filter().asOf == QDate(2022, 9, 1));

    // Today on the dashboard makes both follow today.
    auto *today = dashboard->findChild<QPushButton *>(QStringLiteral("asOfToday"));
    REQUIRE(today);
    today->click();
    CHECK(timeline->asOf() == QDate::currentDate());
    CHECK(dashboard->filterBar()->followsToday());
}

TEST_CASE("a dashboard figure's milestones shown on the timeline: exactly those rows, a breadcrumb, and back",
          "[dashboard][mainwindow]")
{
    isolateSettings();
    auto database = memoryDatabase();
    PlanRepository plans(*database);
    const PlanImportResult read = storeRealPlan(plans);
    DatasetRepository datasets(*database);

    MainWindow window(plans);
    auto *dashboard = new DashboardView([&] { return DashboardData::load(plans, datasets); }, &window);
    window.addDashboard(dashboard);
    auto *timeline = window.findChild<TimelineView *>();
    REQUIRE(timeline);
    timeline->setAsOf(QDate(2022, 10, 15));
    window.show();
    auto *views = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
    views->setCurrentWidget(dashboard);
    QApplication::processEvents();

    // Drill into the overdue milestones, as a click on the tile does, then ask for the timeline.
    PlanPage *page = dashboard->planPage();
    const Figure &overdue = page->figures().milestonesIn(MilestoneStatus::State::Overdue);
    REQUIRE(overdue.value == 9);
    page->drillDown()->drill({QStringLiteral("Overdue")}, overdue.rows);
    auto *button = page->findChild<QToolButton *>(QStringLiteral("showOnTimeline"));
    REQUIRE(button);
    button->click();
    QApplication::processEvents();

    CHECK(views->currentWidget() == timeline);
    auto *bar = window.findChild<QWidget *>(QStringLiteral("rowSetBar"));
    REQUIRE(bar);
    CHECK(bar->isVisible());
    auto *label = bar->findChild<QLabel *>(QStringLiteral("rowSetLabel"));
    REQUIRE(label);
    CHECK(label->text().contains(QStringLiteral("Overdue")));
    // The timeline's tree shows the 9 milestones, each once, with their objectives and phases.
    QTreeView *tree = timeline->tree();
    int milestones = 0;
    QStringList titles;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
            const QModelIndex index = tree->model()->index(row, 0, parent);
            if (index.data(PlanTreeModel::MilestoneIndexRole).toInt() >= 0 && index.data(PlanTreeModel::ObjectiveIndexRole).toInt() >= 0) {
                ++milestones;
                titles.append(index.data().toString());
                CHECK(tree->isExpanded(parent)); // opened, so the bars are in sight
            }
            walk(index);
        }
    };
    walk({});
    CHECK(milestones == 9);
    window.resize(1400, 800);
    QApplication::processEvents();
    QDir().mkpath(QStringLiteral(MILEPOST_TEST_OUTPUT_DIR "/dashboard"));
    CHECK(window.grab().save(QStringLiteral(MILEPOST_TEST_OUTPUT_DIR "/dashboard/timeline-from-dashboard.png")));
    const Plan &plan = read.plan;
    for (int row : overdue.rows) {
        const auto ref = page->figures().milestoneRows.at(row);
        CHECK(titles.contains(plan.objectives.at(ref.objective).milestones.at(ref.milestone).title));
    }

    // Reading the plan again (an import) ends the selection: its rows named the plan shown before.
    window.reload();
    QApplication::processEvents();
    CHECK_FALSE(bar->isVisible());
    button->click();
    QApplication::processEvents();
    REQUIRE(bar->isVisible());

    // Esc on the timeline brings every row back, as the button does; ask again for the button.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Escape);
    QApplication::processEvents();
    CHECK_FALSE(bar->isVisible());
    button->click();
    QApplication::processEvents();
    REQUIRE(bar->isVisible());

    // "Show every row" brings back the whole plan.
    auto *clear = bar->findChild<QToolButton *>(QStringLiteral("rowSetClear"));
    REQUIRE(clear);
    clear->click();
    QApplication::processEvents();
    CHECK_FALSE(bar->isVisible());
    milestones = 0;
    titles.clear();
    std::function<void(const QModelIndex &)> count = [&](const QModelIndex &parent) {
        for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
            const QModelIndex index = tree->model()->index(row, 0, parent);
            if (index.data(PlanTreeModel::MilestoneIndexRole).toInt() >= 0)
                ++milestones;
            count(index);
        }
    };
    count({});
    CHECK(milestones == 160);
}

TEST_CASE("the plan's findings show on the plan's views, not over the dashboard", "[dashboard][mainwindow]")
{
    isolateSettings();
    QSettings().clear();
    auto database = memoryDatabase();
    PlanRepository plans(*database);
    storeRealPlan(plans);
    DatasetRepository datasets(*database);
    {
        MainWindow window(plans);
        auto *dashboard = new DashboardView([&] { return DashboardData::load(plans, datasets); }, &window);
        window.addDashboard(dashboard);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto *views = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("findingsDock"));
        REQUIRE(views);
        REQUIRE(dock);
        CHECK(dock->isVisible());
        views->setCurrentWidget(dashboard);
        CHECK_FALSE(dock->isVisible());
        CHECK_FALSE(dock->toggleViewAction()->isChecked());
        views->setCurrentIndex(1); // the timeline
        CHECK(dock->isVisible());

        // Closed by the person on a plan view, it stays closed there, across a visit to the dashboard.
        dock->toggleViewAction()->trigger();
        CHECK_FALSE(dock->isVisible());
        views->setCurrentWidget(dashboard);
        views->setCurrentIndex(0);
        CHECK_FALSE(dock->isVisible());
        views->setCurrentWidget(dashboard);
        window.close();
    }
    // ...and across a restart, even when the window closed on the dashboard.
    {
        MainWindow window(plans);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("findingsDock"));
        REQUIRE(dock);
        CHECK_FALSE(dock->isVisible());
        dock->toggleViewAction()->trigger();
        CHECK(dock->isVisible());
        window.close();
    }
    QSettings().clear();
}

TEST_CASE("with nothing to report, the findings panel gives its height to the plan", "[dashboard][mainwindow]")
{
    isolateSettings();
    QSettings().clear();
    auto database = memoryDatabase();
    PlanRepository plans(*database);
    PlanImportResult read = PlanReader::readFile(QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt"));
    REQUIRE(read.ok);
    QString error;
    REQUIRE(plans.replacePlan(read.plan, {}, &error)); // the same plan, stored without its findings
    MainWindow window(plans);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("findingsDock"));
    REQUIRE(dock);
    CHECK_FALSE(dock->isVisible());
    // View › Findings still opens it on demand.
    dock->toggleViewAction()->trigger();
    CHECK(dock->isVisible());
    window.close();
    QSettings().clear();
}
