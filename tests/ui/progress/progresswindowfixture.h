// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window over a store holding the sample plan, with progress: for the editing tests.
#include "catchcompat.h"
#include "../sampleplan.h"

#include "mainwindow/mainwindow.h"
#include "plantree/plantreemodel.h"
#include "progress/progressactions.h"
#include "progress/progresscontroller.h"
#include "store/database.h"
#include "store/planrepository.h"
#include "store/progressrepository.h"
#include "store/statement.h"
#include "timeline/timelineview.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>
#include <memory>

namespace milepost::test {

struct ProgressWindow
{
    ProgressWindow()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MilepostTests"));
        QCoreApplication::setApplicationName(QStringLiteral("MilepostProgressTests"));
        QSettings().clear();
        REQUIRE(dir.isValid());
        QString error;
        database = Database::open(dir.filePath(QStringLiteral("plan.sqlite")), &error);
        REQUIRE(database);
        plans = std::make_unique<PlanRepository>(*database);
        progress = std::make_unique<ProgressRepository>(*database);
        REQUIRE(plans->replacePlan(samplePlan(), {}, &error));
        ids = plans->loadLatest(&error)->milestoneIds;
    }

    // Opens the window (after anything recorded before it), as of asOf.
    MainWindow &open(const QDate &asOf = QDate(2022, 10, 1))
    {
        window = std::make_unique<MainWindow>(*plans, progress.get());
        window->progressController()->setUserName(QStringLiteral("Ana"));
        window->progressController()->setToday(QDate(2022, 12, 1));
        window->resize(1280, 800);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        tree()->expandAll();
        setAsOf(asOf);
        return *window;
    }

    void setAsOf(const QDate &asOf) const
    {
        auto *timeline = window->findChild<TimelineView *>(QStringLiteral("timelineView"));
        REQUIRE(timeline);
        timeline->setAsOf(asOf);
    }

    QTreeView *tree() const { return window->findChild<QTreeView *>(QStringLiteral("planTree")); }
    PlanTreeModel *model() const
    {
        QAbstractItemModel *model = tree()->model();
        while (auto *proxy = qobject_cast<QAbstractProxyModel *>(model))
            model = proxy->sourceModel();
        return qobject_cast<PlanTreeModel *>(model);
    }
    // The tree's index of a milestone, in a column.
    QModelIndex row(int objective, int milestone, int column = PlanTreeModel::TitleColumn) const
    {
        const QModelIndex source = model()->milestoneIndex(objective, milestone, column);
        QModelIndex index = source;
        QList<const QAbstractProxyModel *> proxies;
        for (QAbstractItemModel *model = tree()->model(); auto *proxy = qobject_cast<QAbstractProxyModel *>(model);
             model = proxy->sourceModel())
            proxies.prepend(proxy);
        for (const QAbstractProxyModel *proxy : proxies)
            index = proxy->mapFromSource(index);
        return index;
    }
    void select(const QList<std::pair<int, int>> &milestones) const
    {
        tree()->selectionModel()->clear();
        bool first = true;
        for (const auto &[objective, milestone] : milestones) {
            const QModelIndex index = row(objective, milestone);
            tree()->selectionModel()->setCurrentIndex(
                index, (first ? QItemSelectionModel::ClearAndSelect : QItemSelectionModel::Select) | QItemSelectionModel::Rows);
            first = false;
        }
    }

    qint64 count(const QString &table) const
    {
        Statement statement(database->handle(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
        REQUIRE(statement.step() == Statement::Result::Row);
        return statement.columnInt64(0);
    }
    ProgressState current(qint64 id) const
    {
        QString error;
        const auto state = progress->current(id, &error);
        REQUIRE(state);
        return *state;
    }
    QList<ProgressEntry> history(qint64 id) const
    {
        QString error;
        const auto entries = progress->history(id, &error);
        REQUIRE(entries);
        return *entries;
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<PlanRepository> plans;
    std::unique_ptr<ProgressRepository> progress;
    QList<QList<qint64>> ids;
    std::unique_ptr<MainWindow> window;
};

// Runs act on the next modal dialog of type T once it is shown (exec() blocks the caller).
template<typename T>
void whenModal(std::function<void(T *)> act, int attempts = 200)
{
    QTimer::singleShot(10, [act, attempts] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            act(dialog);
            return;
        }
        if (attempts > 0)
            whenModal<T>(act, attempts - 1);
    });
}

} // namespace milepost::test
