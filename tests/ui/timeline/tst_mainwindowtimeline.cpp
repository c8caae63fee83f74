// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline inside the main window: a tab next to the outline, filtered by the same search,
// opening details in the outline, and remembered with the window.
#include "catchcompat.h"
#include "datasetfixtures.h"

#include "dashboard/dashboarddata.h"
#include "dashboard/dashboardview.h"
#include "mainwindow/mainwindow.h"
#include "plan/planreader.h"
#include "store/database.h"
#include "store/planrepository.h"
#include "timeline/capitaltimelinemodel.h"
#include "timeline/staffingtimelinemodel.h"
#include "timeline/flatrowgeometry.h"
#include "timeline/plantimelinemodel.h"
#include "timeline/timelinetreeview.h"
#include "timeline/timelinechart.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <memory>

using namespace milepost;

namespace {

struct StoredPlan
{
    StoredPlan()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MilepostTests"));
        QCoreApplication::setApplicationName(QStringLiteral("MilepostTimelineTests"));
        QSettings().clear();
        REQUIRE(dir.isValid());
        QString error;
        database = Database::open(dir.filePath(QStringLiteral("plan.sqlite")), &error);
        REQUIRE(database);
        repository = std::make_unique<PlanRepository>(*database);
        const PlanImportResult imported
            = PlanReader::readFile(QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt"));
        REQUIRE(imported.ok);
        REQUIRE(repository->replacePlan(imported.plan, imported.findings, &error));
    }
    ~StoredPlan() { QSettings().clear(); }

    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<PlanRepository> repository;
};

template<typename T>
T *child(const QWidget &window, const char *name)
{
    T *found = window.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

} // namespace

TEST_CASE("the timeline is a tab next to the outline, reached with Ctrl+2", "[timeline][mainwindow]")
{
    StoredPlan stored;
    MainWindow window(*stored.repository);
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *views = child<QTabWidget>(window, "mainViews");
    auto *timeline = child<TimelineView>(window, "timelineView");
    CHECK(views->indexOf(timeline) == 1);
    CHECK(views->currentIndex() == 0);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    CHECK(views->currentWidget() == timeline);
    settle();
    CHECK(timeline->rows()->rowCount() > 190);
    timeline->setAsOf(QDate(2022, 11, 15));
    settle();
    const QString directory = QString::fromUtf8(MILEPOST_TEST_OUTPUT_DIR);
    REQUIRE(QDir().mkpath(directory));
    CHECK(window.grab().save(directory + QStringLiteral("/mainwindow-timeline.png")));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    CHECK(views->currentIndex() == 0);
}

TEST_CASE("the search filters the timeline, and opening a bar shows it in the outline", "[timeline][mainwindow]")
{
    StoredPlan stored;
    MainWindow window(*stored.repository);
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *timeline = child<TimelineView>(window, "timelineView");
    child<QTabWidget>(window, "mainViews")->setCurrentWidget(timeline);
    child<QLineEdit>(window, "searchField")->setText(QStringLiteral("experience survey"));
    settle();
    FlatRowGeometry *rows = timeline->rows();
    int milestoneRow = -1;
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->index(row).data().toString() == QStringLiteral("Student and School Experience Survey"))
            milestoneRow = row;
    }
    REQUIRE(milestoneRow >= 0);
    CHECK(rows->rowCount() < 12);

    TimelineChart *chart = timeline->chart();
    const TimelinePaintOptions options = chart->paintOptions();
    const QRectF rect(QPointF(0, 0), QSizeF(chart->viewport()->size()));
    const QPoint inRow(100, int(chart->painter().rowRect(milestoneRow, rect, options).center().y()));
    QTest::mouseDClick(chart->viewport(), Qt::LeftButton, Qt::NoModifier, inRow);
    CHECK(child<QTabWidget>(window, "mainViews")->currentIndex() == 0);
    auto *tree = child<QTreeView>(window, "planTree");
    CHECK(tree->currentIndex().data().toString() == QStringLiteral("Student and School Experience Survey"));
    CHECK(child<QTextBrowser>(window, "detailsBrowser")->toPlainText().contains(QStringLiteral("Student and School Experience Survey")));
}

TEST_CASE("the window remembers the timeline tab, the search and the timeline's settings", "[timeline][mainwindow]")
{
    StoredPlan stored;
    {
        MainWindow window(*stored.repository);
        window.resize(1400, 900);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto *timeline = child<TimelineView>(window, "timelineView");
        child<QTabWidget>(window, "mainViews")->setCurrentWidget(timeline);
        child<QLineEdit>(window, "searchField")->setText(QStringLiteral("dashboard"));
        timeline->setFiscal(true, 7);
        timeline->chart()->setPixelsPerDay(4.0);
        timeline->chart()->scrollToDate(QDate(2022, 5, 2));
        settle();
        window.close();
    }
    MainWindow window(*stored.repository);
    window.show();
    settle();
    auto *timeline = child<TimelineView>(window, "timelineView");
    CHECK(child<QTabWidget>(window, "mainViews")->currentWidget() == timeline);
    CHECK(child<QLineEdit>(window, "searchField")->text() == QStringLiteral("dashboard"));
    CHECK(timeline->chart()->scale().calendar().isFiscal());
    CHECK(timeline->chart()->pixelsPerDay() == 4.0);
    // The window restores its settings before it loads the plan; the position still comes back.
    CHECK(timeline->chart()->leftDate() == QDate(2022, 5, 2));
    CHECK(timeline->rows()->rowCount() < 40); // filtered by the restored search
}

TEST_CASE("the timeline shows the stored capital projects, filtered by the window's search", "[timeline][mainwindow][capital]")
{
    StoredPlan stored;
    DatasetImporter importer(*stored.database);
    DatasetImporter::Request request;
    request.path = test::nycExportPath();
    request.profile = BuiltInProfiles::nycSca();
    REQUIRE(importer.run(request).ok);
    DatasetRepository datasets(*stored.database);
    MainWindow window(*stored.repository);
    auto *dashboard = new DashboardView([&] { return DashboardData::load(*stored.repository, datasets); }, &window);
    window.addDashboard(dashboard);
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *timeline = child<TimelineView>(window, "timelineView");
    child<QTabWidget>(window, "mainViews")->setCurrentWidget(timeline);
    child<QComboBox>(window, "timelineShow")->setCurrentIndex(int(TimelineView::Subject::CapitalProjects));
    settle();
    // Read from the store through the dashboard's loader: every project counted under its
    // district, the projects in view and a screen below read, with their phases.
    CHECK(timeline->capitalModel()->projectCount() == 6984);
    const int districts = timeline->capitalModel()->rowCount();
    CHECK(districts > 30);
    CHECK(timeline->rows()->rowCount() > districts + 40);
    CHECK(timeline->capitalModel()->loadedProjects().size() < 6984);
    child<QLineEdit>(window, "searchField")->setText(QStringLiteral("new explorations"));
    settle();
    CHECK(timeline->rows()->rowCount() < 40);
    CHECK(timeline->rows()->index(1).data().toString().startsWith(QStringLiteral("NEW EXPLORATIONS")));
    // The tree beside the chart shows them too, open.
    CHECK(timeline->tree()->isExpanded(timeline->rows()->index(0)));
    CHECK(timeline->tree()->indexBelow(timeline->rows()->index(0)) == timeline->rows()->index(1));
    const QString directory = QString::fromUtf8(MILEPOST_TEST_OUTPUT_DIR);
    CHECK(window.grab().save(directory + QStringLiteral("/mainwindow-timeline-capital.png")));
    // Back on the plan, the same search filters the plan.
    child<QComboBox>(window, "timelineShow")->setCurrentIndex(int(TimelineView::Subject::Plan));
    settle();
    CHECK(timeline->shownModel() == timeline->timelineModel());
    CHECK(timeline->rows()->rowCount() == 0); // no plan row mentions the school

    // Staffing imported while the window is open: F5 on the timeline reads the store again.
    child<QLineEdit>(window, "searchField")->clear();
    child<QComboBox>(window, "timelineShow")->setCurrentIndex(int(TimelineView::Subject::Staffing));
    settle();
    CHECK(timeline->rows()->rowCount() == 0);
    DatasetImporter::Request staffing;
    staffing.path = QStringLiteral(MILEPOST_DATA_DIR "/lausd-sample-staffing.csv");
    staffing.profile = BuiltInProfiles::milepostCsv(Dataset::Staffing);
    REQUIRE(importer.run(staffing).ok);
    timeline->chart()->setFocus();
    QTest::keyClick(timeline->chart(), Qt::Key_F5);
    settle();
    CHECK(timeline->staffingModel()->records().size() == 96);
    CHECK(timeline->rows()->index(0).data().toString() == QStringLiteral("Local District C"));
}
