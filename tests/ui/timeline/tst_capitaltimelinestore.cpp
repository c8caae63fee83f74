// SPDX-License-Identifier: GPL-3.0-or-later
// The capital projects timeline as the app shows it: read from a database file, the districts
// on a worker thread (the window goes on meanwhile), the projects a window at a time.

#include "catchcompat.h"
#include "datasetfixtures.h"

#include "plantree/planfilterproxymodel.h"
#include "plantree/plantreemodel.h"
#include "store/capitaltimelinequery.h"
#include "timeline/capitaltimelinemodel.h"
#include "timeline/flatrowgeometry.h"
#include "timeline/timelinechart.h"
#include "timeline/timelineview.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace milepost;

namespace {

QString outputPath(const QString &name)
{
    const QString directory = QString::fromUtf8(MILEPOST_TEST_OUTPUT_DIR);
    QDir().mkpath(directory);
    return directory + QLatin1Char('/') + name;
}

// Events until the model has its rows (or 30 s pass).
bool waitForRows(const CapitalTimelineModel &model)
{
    QElapsedTimer timer;
    timer.start();
    while ((model.isReading() || model.rowCount() == 0) && timer.elapsed() < 30000)
        QTest::qWait(10);
    QTest::qWait(20); // the windows read as the rows come into view
    return !model.isReading() && model.rowCount() > 0;
}

struct StoredTimeline
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::shared_ptr<CapitalTimelineQuery> query;
    PlanTreeModel plan;
    PlanFilterProxyModel filter;
    std::unique_ptr<TimelineView> view;

    StoredTimeline()
    {
        REQUIRE(dir.isValid());
        QString error;
        database = Database::open(dir.filePath(QStringLiteral("timeline.milepost")), &error);
        REQUIRE(database);
        DatasetImporter importer(*database);
        DatasetImporter::Request request;
        request.path = test::nycExportPath();
        request.profile = BuiltInProfiles::nycSca();
        REQUIRE(importer.run(request).ok);
        query = std::make_shared<CapitalTimelineQuery>(*database);
        filter.setSourceModel(&plan);
        view = std::make_unique<TimelineView>(&plan, &filter);
        view->resize(1280, 800);
        view->setDatasetLoader([this](bool) { return TimelineView::Datasets{{}, {}, query, query->dataVersion(), nullptr}; });
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
    }
};

} // namespace

TEST_CASE("Esc stops the first read of the capital projects, and F5 reads them again", "[timeline][capital][store]")
{
    StoredTimeline t;
    t.view->setSubject(TimelineView::Subject::CapitalProjects);
    CapitalTimelineModel *model = t.view->capitalModel();
    REQUIRE(model->isReading());
    QTest::keyClick(t.view.get(), Qt::Key_Escape);
    CHECK_FALSE(model->isReading());
    CHECK(model->wasStopped());
    QTest::qWait(500); // the stopped read's rows, had they been shown, would be in by now
    CHECK(model->rowCount() == 0);
    CHECK(t.view->chart()->placeholderText()
          == QStringLiteral("Reading the capital projects was stopped. F5 reads them again."));
    CHECK(t.view->grab().save(outputPath(QStringLiteral("timeline-capital-stopped.png"))));
    // Esc again does nothing more; F5 reads them.
    QTest::keyClick(t.view.get(), Qt::Key_Escape);
    QTest::keyClick(t.view.get(), Qt::Key_F5);
    CHECK(model->isReading());
    REQUIRE(waitForRows(*model));
    CHECK(model->rowCount() == 32);
    CHECK_FALSE(model->wasStopped());

    // A read while rows are shown (a search) is not stopped by Esc.
    t.view->setSearchText(QStringLiteral("roof"));
    REQUIRE(model->isReading());
    QTest::keyClick(t.view.get(), Qt::Key_Escape);
    CHECK(model->isReading());
    REQUIRE(waitForRows(*model));
    CHECK_FALSE(model->wasStopped());
}

TEST_CASE("the capital timeline reads its districts from the file on a worker, its projects as they come into view",
          "[timeline][capital][store][real][screenshot]")
{
    StoredTimeline t;
    CHECK(t.query->readsInBackground());
    t.view->setSubject(TimelineView::Subject::CapitalProjects);
    // Asked for, the districts are read off this thread: the view says so until they are in.
    CHECK(t.view->capitalModel()->isReading());
    CHECK(t.view->chart()->placeholderText() == QStringLiteral("Reading the capital projects… Esc stops."));
    CHECK(t.view->grab().save(outputPath(QStringLiteral("timeline-capital-reading.png"))));
    REQUIRE(waitForRows(*t.view->capitalModel()));
    CHECK(t.view->grab().save(outputPath(QStringLiteral("timeline-capital-read.png"))));
    CapitalTimelineModel *model = t.view->capitalModel();
    CHECK(model->projectCount() == 6984);
    CHECK(model->rowCount() == 32);
    CHECK(model->error().isEmpty());
    // Only the projects in view, and a screen below, are read.
    CHECK(model->loadedProjects().size() >= 100);
    CHECK(model->loadedProjects().size() < 6984);
    CHECK(t.view->rows()->rowCount() > 32);

    // From the keyboard: Page Down through the tree reads on as the mouse's scrolling does.
    {
        QTreeView *tree = t.view->findChild<QTreeView *>(QStringLiteral("timelineTree"));
        REQUIRE(tree);
        tree->setFocus();
        tree->setCurrentIndex(model->index(0, 0));
        const qsizetype before = model->loadedProjects().size();
        for (int page = 0; page < 60; ++page) {
            QTest::keyClick(tree, Qt::Key_PageDown);
            QTest::qWait(1);
        }
        QTest::qWait(20);
        CHECK(model->loadedProjects().size() > before);
        // Only the districts scrolled through read on: the tree's own layouts, which ask every
        // open district for more, read nothing (before, each window read one in every district).
        QModelIndex current = tree->currentIndex();
        while (current.parent().isValid())
            current = current.parent();
        REQUIRE(current.isValid());
        int farther = 0;
        for (int row = current.row() + 2; row < model->rowCount(); ++row, ++farther)
            CHECK(model->rowCount(model->index(row, 0)) <= 100);
        CHECK(farther > 20);
        CHECK(t.view->rows()->rowCount() == tree->model()->rowCount() + model->loadedProjects().size()
                  + [&] {
                        qsizetype phases = 0;
                        for (const CapitalProject &project : model->loadedProjects())
                            phases += project.phases.size();
                        return phases;
                    }());
    }

    // The same data again (showing the view again): nothing read again.
    const qsizetype read = model->loadedProjects().size();
    t.view->reloadDatasets();
    CHECK_FALSE(model->isReading());
    CHECK(model->loadedProjects().size() == read);

    // A search is read on a worker too; a newer one cancels the one before.
    t.view->setSearchText(QStringLiteral("boiler"));
    t.view->setSearchText(QStringLiteral("new explorations"));
    CHECK(model->isReading());
    REQUIRE(waitForRows(*model));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 0).data().toString().startsWith(QStringLiteral("District 1 (")));
    const QModelIndex district = model->index(0, 0);
    REQUIRE(model->rowCount(district) > 0);
    for (int row = 0; row < model->rowCount(district); ++row)
        CHECK(model->index(row, 0, district).data().toString().startsWith(QStringLiteral("NEW EXPLORATIONS")));

    // Closed before a read ends: the worker is stopped and waited for.
    t.view->setSearchText(QStringLiteral("construction"));
    CHECK(model->isReading());
    t.view.reset();
}
