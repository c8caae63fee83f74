// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window as a district first sees it: a private database seeded with the plan and the
// sample data Milepost ships, the dashboard added, the as-of date inside the plan's run, and
// settings isolated. For tests that look at every page of the window.
#include "catchcompat.h"

#include "dashboard/dashboarddata.h"
#include "dashboard/dashboardview.h"
#include "datasets/bundleddata.h"
#include "mainwindow/mainwindow.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "store/planrepository.h"
#include "store/progressrepository.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace milepost::test {

inline void settleEvents()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

struct ShippedWindow
{
    ShippedWindow()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MilepostTests"));
        QCoreApplication::setApplicationName(QStringLiteral("MilepostWindowTests"));
        QSettings().clear();
        // Numbers and dates as an American district reads them, whatever test ran before.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        REQUIRE(dir.isValid());
        QString error;
        database = Database::open(dir.filePath(QStringLiteral("shipped.sqlite")), &error);
        INFO(error.toStdString());
        REQUIRE(database);
        REQUIRE(BundledData::seedIfEmpty(*database, QStringLiteral(MILEPOST_DATA_DIR), &error));
        plans = std::make_unique<PlanRepository>(*database);
        datasets = std::make_unique<DatasetRepository>(*database);
        progress = std::make_unique<ProgressRepository>(*database);
        window = std::make_unique<MainWindow>(*plans, progress.get());
        dashboard = new DashboardView([this] { return DashboardData::load(*plans, *datasets, progress.get()); },
                                      window.get());
        window->addDashboard(dashboard);
        timeline = window->findChild<TimelineView *>();
        REQUIRE(timeline);
        timeline->setAsOf(QDate(2022, 10, 15));
        views = window->findChild<QTabWidget *>(QStringLiteral("mainViews"));
        REQUIRE(views);
    }

    void show(const QSize &size = QSize(1280, 800))
    {
        window->resize(size);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        settleEvents();
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<PlanRepository> plans;
    std::unique_ptr<DatasetRepository> datasets;
    std::unique_ptr<ProgressRepository> progress;
    std::unique_ptr<MainWindow> window;
    DashboardView *dashboard = nullptr;
    TimelineView *timeline = nullptr;
    QTabWidget *views = nullptr;
};

} // namespace milepost::test
