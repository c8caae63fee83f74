// SPDX-License-Identifier: GPL-3.0-or-later
// What the window says about the database it shows and the person's rights in it: its name in
// the title and the status bar, editing hidden from a reader, a banner and refused edits while
// the server cannot be reached.
#include "catchcompat.h"
#include "../progress/progresswindowfixture.h"

#include "mainwindow/connectionbanner.h"
#include "progress/progressactions.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>

using namespace milepost;
using namespace milepost::test;

namespace {

DatabasePermissions viewer()
{
    DatabasePermissions permissions;
    permissions.recordProgress = false;
    permissions.importData = false;
    permissions.upgradeSchema = false;
    permissions.role = QStringLiteral("ana");
    return permissions;
}

} // namespace

TEST_CASE("the window's title and status bar name the database, never with a password", "[ui][databaseaccess]")
{
    ProgressWindow fixture;
    MainWindow &window = fixture.open();
    window.setDatabase(QStringLiteral("ana@db.example.org/district"), viewer());
    CHECK(window.windowTitle() == QStringLiteral("Sample Plan — ana@db.example.org/district — Milepost"));
    auto *label = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
    REQUIRE(label);
    CHECK(label->text() == QStringLiteral("ana@db.example.org/district (read only)"));
}

TEST_CASE("a reader's window hides progress editing and the plan import", "[ui][databaseaccess]")
{
    ProgressWindow fixture;
    MainWindow &window = fixture.open();
    window.setDatabase(QStringLiteral("ana@db/district"), viewer());
    CHECK_FALSE(window.progressActions()->recordAction()->isVisible());
    CHECK_FALSE(window.progressActions()->undoAction()->isVisible());
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("importPlanAction"))->isVisible());
    fixture.select({{1, 0}});
    CHECK_FALSE(window.progressActions()->recordAction()->isEnabled());
    CHECK_FALSE(window.progressActions()->recordProgress());
    CHECK_FALSE(window.progressActions()->setStatus(QStringLiteral("done")));
    CHECK_FALSE(fixture.model()->flags(fixture.model()->milestoneIndex(1, 0, PlanTreeModel::StatusColumn)) & Qt::ItemIsEditable);
    CHECK(fixture.count(QStringLiteral("milestone_updates")) == 0);

    // An editor's window shows them again.
    DatabasePermissions editor = viewer();
    editor.recordProgress = true;
    window.setDatabase(QStringLiteral("ana@db/district"), editor);
    CHECK(window.progressActions()->recordAction()->isVisible());
    CHECK(window.progressActions()->recordAction()->isEnabled());
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("importPlanAction"))->isVisible());
}

TEST_CASE("while the server cannot be reached a banner says so and edits are refused with the reason",
          "[ui][databaseaccess]")
{
    ProgressWindow fixture;
    MainWindow &window = fixture.open();
    window.setConnectionProblem(QStringLiteral("server closed the connection unexpectedly"));
    ConnectionBanner *banner = window.connectionBanner();
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("server closed the connection unexpectedly")));
    QApplication::processEvents();
    REQUIRE(window.grab().save(QString::fromUtf8(MILEPOST_TEST_OUTPUT_DIR) + QStringLiteral("/connection-banner.png")));

    fixture.select({{1, 0}});
    QString message;
    whenModal<QMessageBox>([&message](QMessageBox *box) {
        message = box->informativeText();
        box->accept();
    });
    CHECK_FALSE(window.progressActions()->setStatus(QStringLiteral("done")));
    CHECK(message.contains(QStringLiteral("cannot be reached")));
    CHECK(fixture.count(QStringLiteral("milestone_updates")) == 0);

    window.setConnectionProblem({});
    CHECK_FALSE(banner->isVisible());
    CHECK(window.progressActions()->setStatus(QStringLiteral("done")));
    CHECK(fixture.count(QStringLiteral("milestone_updates")) == 1);
}
