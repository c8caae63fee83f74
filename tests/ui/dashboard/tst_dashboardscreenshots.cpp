// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of every dashboard page on the shipped data, for a person to look at. ctest runs
// this file twice: as it is, and with QT_SCALE_FACTOR=2 (dashboard.screenshots.200); the file
// names carry the scale. Each page is also checked for what a screenshot would show wrong.
#include "dashboardfixture.h"
#include "eventually.h"

#include "charts/chartbackend.h"
#include "charts/chartwidget.h"
#include "dashboardfilterbar.h"
#include "dashboardpage.h"
#include "dashboardview.h"
#include "drilldownpanel.h"
#include "keyfiguretile.h"
#include "enrollmentpage.h"
#include "planpage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QLocale>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace milepost;
using namespace milepost::test;

namespace {

QString outputPath(const QString &name, qreal scale)
{
    const QString dir = QStringLiteral(MILEPOST_TEST_OUTPUT_DIR "/dashboard");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/%1-%2x.png").arg(name).arg(qRound(scale * 100) / 100.0);
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

} // namespace

TEST_CASE("screenshots of every dashboard page, whole tiles and labelled charts", "[dashboard][screenshot]")
{
    isolateSettings();
    DashboardView view{DashboardView::Loader()};
    DashboardFilter filter;
    filter.asOf = planAsOf();
    view.filterBar()->setFilter(filter);
    view.resize(1280, 900);
    view.setData(shippedData());
    view.show();
    settle();
    const qreal scale = view.devicePixelRatioF();

    const char *names[] = {"plan", "staffing", "enrollment", "capital"};
    for (int page = 0; page < view.pages()->count(); ++page) {
        view.pages()->setCurrentIndex(page);
        settle();
        auto *current = qobject_cast<DashboardPage *>(view.pages()->currentWidget());
        REQUIRE(current);
        INFO("page " << names[page]);
        CHECK(view.grab().save(outputPath(QStringLiteral("dashboard-%1").arg(QLatin1String(names[page])), scale)));
        // No tile cuts its caption, number or detail short.
        for (const KeyFigureTile *tile : current->tiles()) {
            INFO("tile " << tile->caption().toStdString() << " = " << tile->value().toStdString() << ", "
                         << tile->detail().toStdString());
            CHECK_FALSE(tile->isElided());
        }
        // Each chart, scrolled into view and saved on its own, at the screen's scale.
        auto *area = current->findChild<QScrollArea *>(QStringLiteral("chartArea"));
        REQUIRE(area);
        for (ChartWidget *chart : current->charts()) {
            area->ensureWidgetVisible(chart);
            settle();
            INFO("chart " << chart->spec().title.toStdString());
            CHECK(chart->toImage(scale).save(outputPath(chart->objectName(), scale)));
            // A chart with data shows value labels, unless it was built without them.
            if (chart->spec().undrawnReason().isEmpty() && chart->spec().valueLabels
                && chart->spec().kind != ChartSpec::Kind::Donut)
                CHECK_FALSE(chart->backend()->valueLabels().isEmpty());
        }
    }

    // A drilled-down page, with its breadcrumb.
    view.pages()->setCurrentIndex(0);
    settle();
    QTest::mouseClick(view.planPage()->findChild<KeyFigureTile *>(QStringLiteral("overdueTile")), Qt::LeftButton);
    settle();
    CHECK(view.grab().save(outputPath(QStringLiteral("dashboard-plan-overdue"), scale)));
}

TEST_CASE("screenshot of the capital page on the real NYC export", "[dashboard][screenshot][real]")
{
    const QString path = QStringLiteral(MILEPOST_SHARED_DIR)
        + QStringLiteral("/data/nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv");
    if (!QFile::exists(path)) {
        WARN("shared data file not found, skipping: " << path.toStdString());
        return;
    }
    isolateSettings();
    auto database = memoryDatabase();
    DatasetImporter importer(*database);
    DatasetImporter::Request request;
    request.path = path;
    request.profile = BuiltInProfiles::nycSca();
    REQUIRE(importer.run(request).ok);
    DashboardData data;
    data.projects = DatasetRepository(*database).capitalProjects();
    REQUIRE(data.projects.size() == 6984);

    DashboardView view{DashboardView::Loader()};
    DashboardFilter filter;
    filter.asOf = QDate(2025, 4, 1);
    view.filterBar()->setFilter(filter);
    view.resize(1280, 900);
    view.setData(data);
    view.pages()->setCurrentIndex(3);
    view.show();
    settle();
    const qreal scale = view.devicePixelRatioF();
    CHECK(view.grab().save(outputPath(QStringLiteral("dashboard-capital-nyc"), scale)));
    auto *page = qobject_cast<DashboardPage *>(view.pages()->currentWidget());
    REQUIRE(page);
    for (const KeyFigureTile *tile : page->tiles()) {
        INFO("tile " << tile->caption().toStdString() << " = " << tile->value().toStdString() << ", "
                     << tile->detail().toStdString());
        CHECK_FALSE(tile->isElided());
        CHECK_FALSE(tile->isSampleData());
    }
    auto *area = page->findChild<QScrollArea *>(QStringLiteral("chartArea"));
    REQUIRE(area);
    for (ChartWidget *chart : page->charts()) {
        area->ensureWidgetVisible(chart);
        settle();
        CHECK(chart->toImage(scale).save(outputPath(chart->objectName() + QStringLiteral("-nyc"), scale)));
    }
    // 32 geographic districts: the 20 with the most money are charted, the note says so.
    auto *byDistrict = page->findChild<ChartWidget *>(QStringLiteral("amountsByDistrictChart"));
    REQUIRE(byDistrict);
    CHECK(byDistrict->spec().categories.size() == 20);
    CHECK(byDistrict->spec().note.contains(QStringLiteral("12 more categories")));
}

TEST_CASE("screenshot: the Capital Projects page counted in the database on the NYC export",
          "[dashboard][screenshot][real]")
{
    const QString source = QStringLiteral(MILEPOST_SHARED_DIR)
        + QStringLiteral("/data/nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv");
    if (!QFile::exists(source)) {
        WARN("shared data file not found, skipping: " << source.toStdString());
        return;
    }
    isolateSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nyc.milepost"));
    {
        QString error;
        auto database = Database::open(path, &error);
        REQUIRE(database);
        DatasetImporter importer(*database);
        DatasetImporter::Request request;
        request.path = source;
        request.profile = BuiltInProfiles::nycSca();
        REQUIRE(importer.run(request).ok);
    }
    QSettings().setValue(QStringLiteral("dashboard/page"), 3);
    DashboardView view{DashboardView::Loader()};
    view.setBackgroundLoader([path](const std::atomic_bool &cancelled) { return DashboardData::read(path, &cancelled); });
    DashboardFilter filter;
    filter.asOf = QDate(2025, 4, 1);
    view.filterBar()->setFilter(filter);
    view.resize(1280, 800);
    QSignalSpy loaded(&view, &DashboardView::loaded);
    view.show();
    REQUIRE(loaded.wait(30000));
    settle();
    const qreal scale = view.devicePixelRatioF();
    CHECK(view.grab().save(outputPath(QStringLiteral("dashboard-capital-nyc-database"), scale)));
    auto *page = qobject_cast<DashboardPage *>(view.pages()->currentWidget());
    REQUIRE(page);
    for (const KeyFigureTile *tile : page->tiles()) {
        INFO("tile " << tile->caption().toStdString() << " = " << tile->value().toStdString());
        CHECK_FALSE(tile->isElided());
    }
    CHECK(page->drillDown()->breadcrumbText().endsWith(QStringLiteral("%1 rows").arg(QLocale().toString(6984))));
    // The late projects, drilled into: the rows come from the database.
    auto *late = page->findChild<KeyFigureTile *>(QStringLiteral("lateTile"));
    REQUIRE(late);
    QTest::mouseClick(late, Qt::LeftButton);
    settle();
    CHECK(page->drillDown()->isDrilled());
    CHECK(view.grab().save(outputPath(QStringLiteral("dashboard-capital-nyc-database-late"), scale)));
}

TEST_CASE("screenshot: the Staffing and Enrollment pages counted in the database, their tables read as shown",
          "[dashboard][screenshot]")
{
    isolateSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sample.milepost"));
    {
        QString error;
        auto database = Database::open(path, &error);
        REQUIRE(database);
        importData(*database, Dataset::Staffing, "lausd-sample-staffing.csv");
        importData(*database, Dataset::Enrollment, "lausd-sample-enrollment.csv");
    }
    QSettings().setValue(QStringLiteral("dashboard/page"), 1);
    DashboardView view{DashboardView::Loader()};
    view.setBackgroundLoader([path](const std::atomic_bool &cancelled) { return DashboardData::read(path, &cancelled); });
    DashboardFilter filter;
    filter.asOf = planAsOf();
    view.filterBar()->setFilter(filter);
    view.resize(1280, 800);
    QSignalSpy loaded(&view, &DashboardView::loaded);
    view.show();
    REQUIRE(loaded.wait(30000));
    settle();
    const qreal scale = view.devicePixelRatioF();
    auto *page = qobject_cast<DashboardPage *>(view.pages()->currentWidget());
    REQUIRE(page);
    REQUIRE(page->objectName() == QStringLiteral("staffingPage"));
    CHECK(view.grab().save(outputPath(QStringLiteral("dashboard-staffing-database"), scale)));
    for (const KeyFigureTile *tile : page->tiles()) {
        INFO("tile " << tile->caption().toStdString() << " = " << tile->value().toStdString());
        CHECK_FALSE(tile->isElided());
    }
    // The hires drilled into and sorted by Local District, going down: the database sorts, the
    // table shows.
    QTest::mouseClick(page->findChild<KeyFigureTile *>(QStringLiteral("hiresTile")), Qt::LeftButton);
    QAbstractItemModel *shown = page->drillDown()->view()->model();
    int district = -1;
    for (int column = 0; column < shown->columnCount(); ++column) {
        if (shown->headerData(column, Qt::Horizontal).toString() == QStringLiteral("Local District"))
            district = column;
    }
    REQUIRE(district >= 0);
    page->drillDown()->view()->horizontalHeader()->setSortIndicator(district, Qt::DescendingOrder);
    // Descending, the first rows are W's (the last Local District by name).
    REQUIRE_EVENTUALLY(shown->rowCount() > 1 && shown->index(0, district).data().toString() == QStringLiteral("W"), 5000);
    settle();
    CHECK(page->drillDown()->breadcrumbText().contains(QStringLiteral("Hires")));
    CHECK(shown->index(shown->rowCount() - 1, district).data().toString() < QStringLiteral("W"));
    CHECK(view.grab().save(outputPath(QStringLiteral("dashboard-staffing-database-hires"), scale)));
    view.pages()->setCurrentWidget(view.enrollmentPage());
    settle();
    CHECK(view.grab().save(outputPath(QStringLiteral("dashboard-enrollment-database"), scale)));
}
