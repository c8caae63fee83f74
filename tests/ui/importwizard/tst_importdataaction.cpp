// SPDX-License-Identifier: GPL-3.0-or-later
// File > Import Data… in the main window.
#include "catchcompat.h"

#include "importwizard/importdataaction.h"
#include "mainwindow/mainwindow.h"
#include "store/database.h"
#include "store/planrepository.h"

#include <QMenu>
#include <QMenuBar>
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
}
