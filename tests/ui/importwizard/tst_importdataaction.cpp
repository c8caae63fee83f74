// SPDX-License-Identifier: GPL-3.0-or-later
// File > Import Data… in the main window.
#include "catchcompat.h"

#include "datasets/sampledata.h"
#include "importwizard/importdataaction.h"
#include "importwizard/removesampleaction.h"
#include "mainwindow/mainwindow.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "store/planrepository.h"

#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace milepost;

TEST_CASE("Import Data sits in the File menu right under Import Plan", "[importwizard][mainwindow]")
{
    QStandardPaths::setTestModeEnabled(true); // keep the window's settings away from the user's
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    auto database = Database::open(dir.filePath(QStringLiteral("window.milepost")), &error);
    REQUIRE(database);
    PlanRepository plans(*database);
    MainWindow window(plans);
    auto *action = new ImportDataAction(*database, &window);
    window.addImportAction(action);

    QMenu *file = window.menuBar()->actions().first()->menu();
    REQUIRE(file);
    const QList<QAction *> actions = file->actions();
    REQUIRE(actions.size() > 2);
    CHECK(actions.at(0)->objectName() == QStringLiteral("importPlanAction"));
    CHECK(actions.at(1) == action);
    CHECK(actions.at(2)->isSeparator());
    CHECK(action->text() == QStringLiteral("Import &Data…"));
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    CHECK(action->shortcut() != actions.at(0)->shortcut());

    // What the user sees: the menu open, saved for a look.
    window.show();
    file->popup(window.mapToGlobal(QPoint(0, window.menuBar()->height())));
    QCoreApplication::processEvents();
    QDir().mkpath(QStringLiteral(MILEPOST_TEST_OUTPUT_DIR "/importwizard"));
    CHECK(file->grab().save(QStringLiteral(MILEPOST_TEST_OUTPUT_DIR "/importwizard/0-file-menu.png")));
    file->hide();
}

TEST_CASE("Remove Sample Data is enabled while the sample is there and removes only it", "[importwizard][sample]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    auto database = Database::open(dir.filePath(QStringLiteral("sample.milepost")), &error);
    REQUIRE(database);
    QWidget parent;
    RemoveSampleAction action(*database, &parent);
    CHECK_FALSE(action.isEnabled());
    REQUIRE(SampleData::importIfEmpty(*database, QStringLiteral(MILEPOST_DATA_DIR), &error));
    action.refresh();
    CHECK(action.isEnabled());
    QSignalSpy removed(&action, &RemoveSampleAction::removed);
    REQUIRE(action.removeSample(&error));
    CHECK(removed.size() == 1);
    CHECK_FALSE(action.isEnabled());
    CHECK(DatasetRepository(*database).sources().isEmpty());
}
