// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard read on a worker thread: the data of the latest read is shown when it is in,
// a read that lasts shows progress after a second and can be cancelled (button or Esc), a newer
// read drops the older one's data, and a view closed during a read waits for its worker.
#include "dashboardfixture.h"
#include "eventually.h"

#include "capitalpage.h"
#include "dashboardfilterbar.h"
#include "dashboardview.h"
#include "drilldownpanel.h"
#include "enrollmentpage.h"
#include "keyfiguretile.h"
#include "staffingpage.h"
#include "store/datasetrepository.h"

#include <QApplication>
#include <QPushButton>
#include <QComboBox>
#include <QSignalSpy>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <chrono>

using namespace milepost;
using namespace milepost::test;

namespace {

// A read that holds until it is cancelled or released, then gives data with n projects.
struct HeldRead
{
    std::atomic_bool release = false;
    std::atomic_int started = 0;

    DashboardView::BackgroundLoader loader(int projects)
    {
        return [this, projects](const std::atomic_bool &cancelled) {
            ++started;
            while (!cancelled.load() && !release.load())
                QThread::msleep(2);
            DashboardData data;
            data.projects.resize(projects);
            return data;
        };
    }
};

// A database file at path holding the sample capital projects, staffing and enrollment rows.
void storeEveryDataset(const QString &path)
{
    QString error;
    auto database = Database::open(path, &error);
    REQUIRE(database);
    importData(*database, Dataset::CapitalProjects, "lausd-sample-capital-projects.csv");
    importData(*database, Dataset::Staffing, "lausd-sample-staffing.csv");
    importData(*database, Dataset::Enrollment, "lausd-sample-enrollment.csv");
}

} // namespace

TEST_CASE("the dashboard reads a database file on a worker thread with its own connection", "[dashboard][background]")
{
    isolateSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("dashboard.milepost"));
    {
        QString error;
        auto database = Database::open(path, &error);
        REQUIRE(database);
        importData(*database, Dataset::CapitalProjects, "lausd-sample-capital-projects.csv");
    }
    int mainThreadLoads = 0;
    DashboardView view([&] {
        ++mainThreadLoads;
        return DashboardData();
    });
    view.setBackgroundLoader([path](const std::atomic_bool &cancelled) { return DashboardData::read(path, &cancelled); });
    QSignalSpy loaded(&view, &DashboardView::loaded);
    view.resize(1000, 700);
    view.show();
    CHECK(view.isLoading());
    REQUIRE(loaded.wait(10000));
    CHECK_FALSE(view.isLoading());
    CHECK(mainThreadLoads == 0);
    // The capital projects are counted in the database, never loaded.
    CHECK(view.data().projects.isEmpty());
    REQUIRE(view.data().capitalFigures);
    CHECK(view.data().capitalFigures->projects.value == 36);
    CHECK(view.data().errors.isEmpty());
    const DrillDownPanel *table = view.capitalPage()->drillDown();
    CHECK(table->breadcrumbText() == QStringLiteral("All capital projects · 36 rows"));
    // F5 reads again, in the background too; a quick read keeps the count shown meanwhile.
    QTest::keyClick(&view, Qt::Key_F5);
    CHECK(view.isLoading());
    CHECK(table->breadcrumbText() == QStringLiteral("All capital projects · 36 rows"));
    REQUIRE(loaded.wait(10000));
    CHECK(table->breadcrumbText() == QStringLiteral("All capital projects · 36 rows"));
    CHECK(loaded.size() == 2);
    CHECK(mainThreadLoads == 0);
}

TEST_CASE("a new filter or program is counted again in the database without reading again", "[dashboard][background]")
{
    isolateSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("recount.milepost"));
    storeEveryDataset(path);
    std::atomic_int reads = 0;
    DashboardView view(DashboardView::Loader{});
    view.setBackgroundLoader([path, &reads](const std::atomic_bool &cancelled) {
        ++reads;
        return DashboardData::read(path, &cancelled);
    });
    QSignalSpy loaded(&view, &DashboardView::loaded);
    view.resize(1000, 700);
    view.show();
    REQUIRE(loaded.wait(10000));
    // Counted in the database, with the rows the pages drill into: as computed in memory over
    // the rows stored (which the read leaves in the database).
    QList<StaffingRecord> staffingRows;
    QList<EnrollmentRecord> enrollmentRows;
    {
        QString error;
        auto database = Database::open(path, &error);
        REQUIRE(database);
        staffingRows = DatasetRepository(*database).staffing();
        enrollmentRows = DatasetRepository(*database).enrollment();
    }
    REQUIRE(!staffingRows.isEmpty());
    REQUIRE(!enrollmentRows.isEmpty());
    const auto checkPages = [&] {
        const DashboardData &data = view.data();
        REQUIRE(data.staffingFigures);
        REQUIRE(data.enrollmentFigures);
        CHECK(data.countErrors.isEmpty());
        CHECK(data.staffing.isEmpty());
        CHECK(data.enrollment.isEmpty());
        const StaffingFigures staffing = StaffingFigures::compute(staffingRows, data.capitalFilter);
        CHECK(view.staffingPage()->figures().hires == staffing.hires);
        CHECK(view.staffingPage()->figures().byLocalDistrict == staffing.byLocalDistrict);
        CHECK(view.staffingPage()->figures().notCounted == staffing.notCounted);
        const EnrollmentFigures enrollment
            = EnrollmentFigures::compute(enrollmentRows, data.capitalFilter, view.enrollmentPage()->program());
        CHECK(view.enrollmentPage()->figures().program == enrollment.program);
        CHECK(view.enrollmentPage()->figures().total == enrollment.total);
        CHECK(view.enrollmentPage()->figures().trendByDistrict == enrollment.trendByDistrict);
    };
    checkPages();
    CHECK(view.staffingPage()->figures().hires.value > 0);
    CHECK(view.capitalPage()->figures().projects.value == 36);
    // The Local District filter offers every Local District the staffing and enrollment rows
    // name: the count's passes found their places, which the view's data keeps.
    const auto *localDistricts = view.filterBar()->findChild<QComboBox *>(QStringLiteral("localDistrictFilter"));
    REQUIRE(localDistricts);
    const auto placeOf = [&](const QString &district, const QString &school) {
        CHECK(view.data().datasetPlaces.contains(std::pair{district, school}));
        CHECK(localDistricts->findText(district.trimmed(), Qt::MatchFixedString) >= 0);
    };
    for (const StaffingRecord &row : std::as_const(staffingRows))
        placeOf(row.localDistrict, row.site);
    for (const EnrollmentRecord &row : std::as_const(enrollmentRows))
        placeOf(row.localDistrict, row.school);

    DashboardFilter filter = view.filterBar()->filter();
    filter.localDistrict = QStringLiteral("NE");
    view.filterBar()->setFilter(filter);
    Q_EMIT view.filterBar()->filterChanged(view.filterBar()->filter());
    REQUIRE(loaded.wait(10000));
    CHECK(reads.load() == 1);
    CHECK(view.data().capitalFilter.localDistrict == QStringLiteral("NE"));
    checkPages();
    CHECK(view.capitalPage()->figures().projects.value < 36);
    CHECK(view.capitalPage()->figures().projects.value > 0);

    view.enrollmentPage()->setProgram(QStringLiteral("magnet"));
    REQUIRE(loaded.wait(10000));
    CHECK(reads.load() == 1);
    CHECK(view.enrollmentPage()->figures().program == QStringLiteral("magnet"));
    checkPages();
}

TEST_CASE("a page out of sight lets go of the count it showed, and shows the newer count when it comes into sight",
          "[dashboard][background]")
{
    isolateSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("released.milepost"));
    storeEveryDataset(path);
    QList<EnrollmentRecord> enrollmentRows;
    {
        QString error;
        auto database = Database::open(path, &error);
        REQUIRE(database);
        enrollmentRows = DatasetRepository(*database).enrollment();
    }
    DashboardView view(DashboardView::Loader{});
    view.setBackgroundLoader([path](const std::atomic_bool &cancelled) { return DashboardData::read(path, &cancelled); });
    QSignalSpy loaded(&view, &DashboardView::loaded);
    view.resize(1000, 700);
    view.show();
    REQUIRE(loaded.wait(10000));
    auto *pages = view.findChild<QTabWidget *>();
    REQUIRE(pages);
    // The enrollment page seen once, then the staffing page in front.
    EnrollmentPage *enrollment = view.enrollmentPage();
    const int allRows = enrollment->model()->rowCount();
    const int columns = enrollment->model()->columnCount();
    const QVariant firstHeader = enrollment->model()->headerData(0, Qt::Horizontal);
    REQUIRE(allRows == enrollmentRows.size());
    REQUIRE(columns > 3);
    REQUIRE(enrollment->figures().total.value > 0);
    // Sorted by the person, down the second column.
    auto *table = enrollment->drillDown()->findChild<QTableView *>();
    REQUIRE(table);
    table->sortByColumn(1, Qt::DescendingOrder);
    REQUIRE_EVENTUALLY(!enrollment->model()->isSorting(), 5000);
    pages->setCurrentWidget(view.staffingPage());

    DashboardFilter filter = view.filterBar()->filter();
    filter.localDistrict = QStringLiteral("NE");
    view.filterBar()->setFilter(filter);
    Q_EMIT view.filterBar()->filterChanged(view.filterBar()->filter());
    REQUIRE(loaded.wait(10000));
    REQUIRE(view.data().capitalFilter.localDistrict == QStringLiteral("NE"));
    // Out of sight, the enrollment page holds nothing of the count before (figures, rows, what
    // its tiles and charts drill into); its table keeps its columns. The page in front is the
    // new count's.
    CHECK(enrollment->model()->rowCount() == 0);
    CHECK(enrollment->figures().total.value == 0);
    CHECK(enrollment->figures().trendByDistrict == EnrollmentFigures().trendByDistrict);
    CHECK(enrollment->model()->columnCount() == columns);
    CHECK(enrollment->model()->headerData(0, Qt::Horizontal) == firstHeader);
    auto *staffing = view.findChild<StaffingPage *>();
    REQUIRE(staffing);
    CHECK(staffing->model()->rowCount() > 0);
    CHECK(staffing->figures().hires.value > 0);

    // In sight again: the newer count, its rows, and tiles that drill into them.
    pages->setCurrentWidget(enrollment);
    const EnrollmentFigures expected = EnrollmentFigures::compute(enrollmentRows, view.data().capitalFilter, enrollment->program());
    CHECK(enrollment->figures().total == expected.total);
    CHECK(enrollment->figures().trendByDistrict == expected.trendByDistrict);
    const int neRows = int(std::count_if(enrollmentRows.cbegin(), enrollmentRows.cend(), [](const EnrollmentRecord &row) {
        return DashboardFilter::same(QStringLiteral("NE"), row.localDistrict);
    }));
    REQUIRE(neRows > 0);
    CHECK(neRows < allRows);
    CHECK(enrollment->model()->rowCount() == neRows);
    // The table as the person left it: its columns sorted as they were.
    CHECK(table->horizontalHeader()->sortIndicatorSection() == 1);
    CHECK(table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    auto *students = enrollment->findChild<KeyFigureTile *>(QStringLiteral("studentsTile"));
    REQUIRE(students);
    CHECK_FALSE(enrollment->drillDown()->isDrilled());
    students->click();
    CHECK(enrollment->drillDown()->isDrilled());
    const qsizetype drilled = expected.total.rows.size();
    REQUIRE(drilled > 0);
    CHECK(enrollment->drillDown()->breadcrumbText().endsWith(
        drilled == 1 ? QStringLiteral("Students · 1 row") : QStringLiteral("Students · %1 rows").arg(drilled)));
}

TEST_CASE("a cancelled read stops and its data is never shown", "[dashboard][background]")
{
    isolateSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cancel.milepost"));
    {
        QString error;
        auto database = Database::open(path, &error);
        REQUIRE(database);
        importData(*database, Dataset::CapitalProjects, "lausd-sample-capital-projects.csv");
    }
    // The database's own read, cancelled before it starts: SQLite stops at once.
    std::atomic_bool cancelled = true;
    const DashboardData stopped = DashboardData::read(path, &cancelled);
    CHECK_FALSE(stopped.errors.isEmpty());
    CHECK(stopped.projects.isEmpty());

    HeldRead held;
    DashboardView view(DashboardView::Loader{});
    view.setBackgroundLoader(held.loader(5));
    QSignalSpy loaded(&view, &DashboardView::loaded);
    view.show();
    REQUIRE(view.isLoading());
    auto *progress = view.findChild<QWidget *>(QStringLiteral("dashboardProgress"));
    REQUIRE(progress);
    CHECK_FALSE(progress->isVisible()); // not for the first second
    // No row count before the first data: the tables say they are being counted.
    const DrillDownPanel *table = view.capitalPage()->drillDown();
    CHECK(table->breadcrumbText().endsWith(QStringLiteral(" · counting…")));
    REQUIRE_EVENTUALLY(progress->isVisible(), 3000);
    auto *cancel = view.findChild<QPushButton *>(QStringLiteral("dashboardCancelLoad"));
    REQUIRE(cancel);
    cancel->click();
    CHECK_FALSE(view.isLoading());
    CHECK_FALSE(progress->isVisible());
    CHECK(table->breadcrumbText().endsWith(QStringLiteral(" · 0 rows"))); // nothing was read
    QTest::qWait(100);
    CHECK(loaded.isEmpty());
    CHECK(view.data().projects.isEmpty());

    // Esc cancels too.
    view.reloadInBackground();
    REQUIRE_EVENTUALLY(held.started.load() == 2, 3000);
    QTest::keyClick(&view, Qt::Key_Escape);
    CHECK_FALSE(view.isLoading());
    QTest::qWait(100);
    CHECK(loaded.isEmpty());
}

TEST_CASE("a newer read drops the data of the one before", "[dashboard][background]")
{
    isolateSettings();
    HeldRead first;
    HeldRead second;
    DashboardView view(DashboardView::Loader{});
    QSignalSpy loaded(&view, &DashboardView::loaded);
    view.setBackgroundLoader(first.loader(3));
    view.reloadInBackground();
    REQUIRE_EVENTUALLY(first.started.load() == 1, 3000);
    view.setBackgroundLoader(second.loader(7));
    view.reloadInBackground(); // cancels the first
    first.release = true;
    REQUIRE_EVENTUALLY(second.started.load() == 1, 3000);
    QTest::qWait(100);
    CHECK(loaded.isEmpty());
    second.release = true;
    REQUIRE(loaded.wait(5000));
    CHECK(view.data().projects.size() == 7);
    QTest::qWait(100);
    CHECK(loaded.size() == 1);
}

TEST_CASE("a view closed during a read waits for its worker", "[dashboard][background]")
{
    isolateSettings();
    HeldRead held;
    {
        auto view = std::make_unique<DashboardView>(DashboardView::Loader{});
        view->setBackgroundLoader(held.loader(1));
        view->reloadInBackground();
        REQUIRE_EVENTUALLY(held.started.load() == 1, 3000);
    } // the destructor cancels the read and waits: the worker never calls into a deleted view
    QTest::qWait(50);
    QApplication::processEvents();
    CHECK(held.started.load() == 1);
}
