// SPDX-License-Identifier: GPL-3.0-or-later
// The first window fits the screen it opens on, with room to spare, and cannot be made smaller
// than a size its pages still work at. ctest also runs this on a 1920×1080 screen at 200%
// (ui.window.size.200: 960×540 in logical pixels), where it used to open larger than the screen.
#include "shippedwindow.h"

#include "timeline/timelinetoolbar.h"

#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QScreen>
#include <QToolButton>

using namespace milepost;
using namespace milepost::test;

TEST_CASE("the first window fits the screen it opens on, every view laid out inside it", "[window][size]")
{
    ShippedWindow shipped;
    MainWindow &window = *shipped.window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    settleEvents();
    const QRect available = window.screen()->availableGeometry();
    INFO("screen " << available.width() << "×" << available.height() << " at " << window.devicePixelRatioF()
                   << "x; window " << window.width() << "×" << window.height() << ", minimum "
                   << window.minimumSizeHint().width() << "×" << window.minimumSizeHint().height());
    // Screens below 960×540 logical pixels (1920×1080 at 200%) are too small for the dashboard.
    if (available.width() < 960 || available.height() < 540) {
        WARN("screen smaller than 960×540, only the minimum size checked");
        CHECK(window.minimumSizeHint().width() <= 960);
        CHECK(window.minimumSizeHint().height() <= 540);
        return;
    }
    CHECK(available.contains(window.geometry()));
    // A sensible minimum: a window can be made smaller than the screen, never unusably small.
    CHECK(window.minimumSize().width() >= std::min(640, available.width()));
    CHECK(window.minimumSize().height() >= std::min(400, available.height()));
    // Every view fits: switching to one does not push the window past the screen.
    for (int index = 0; index < shipped.views->count(); ++index) {
        shipped.views->setCurrentIndex(index);
        settleEvents();
        INFO("view " << index << ": window " << window.width() << "×" << window.height());
        CHECK(available.contains(window.geometry()));
        CHECK(window.minimumSizeHint().width() <= available.width());
        CHECK(window.minimumSizeHint().height() <= available.height());
    }
    for (int page = 0; page < shipped.dashboard->pages()->count(); ++page) {
        shipped.views->setCurrentWidget(shipped.dashboard);
        shipped.dashboard->pages()->setCurrentIndex(page);
        settleEvents();
        INFO("dashboard page " << page << ": window " << window.width() << "×" << window.height());
        CHECK(available.contains(window.geometry()));
    }
}

TEST_CASE("the timeline's toolbar shows every control at 1280 px, and at 200% on a 1920 px screen", "[window][size]")
{
    ShippedWindow shipped;
    MainWindow &window = *shipped.window;
    const qreal scale = window.devicePixelRatioF();
    // 1280×800 at 100%; at 200% the whole of a 1920×1080 screen, 960 logical pixels wide.
    const QSize size = scale > 1.5 ? window.screen()->availableGeometry().size() : QSize(1280, 800);
    shipped.show(size);
    shipped.views->setCurrentWidget(shipped.timeline);
    settleEvents();
    TimelineToolBar *toolBar = shipped.timeline->toolBar();
    INFO("window " << window.width() << "×" << window.height() << " at " << scale << "x; toolbar "
                   << toolBar->width() << " wide, needs " << toolBar->sizeHint().width());
    REQUIRE(window.width() <= size.width());
    // QToolBar hides what does not fit behind its "»" extension button.
    auto *extension = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    REQUIRE(extension);
    CHECK_FALSE(extension->isVisible());
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator())
            continue;
        QWidget *widget = toolBar->widgetForAction(action);
        REQUIRE(widget);
        INFO("control " << (action->text().isEmpty() ? widget->objectName() : action->text()).toStdString());
        CHECK(widget->isVisible());
        CHECK(toolBar->rect().contains(widget->geometry()));
        // Every control has a name a screen reader can say.
        const QString name = widget->accessibleName().isEmpty() ? action->text() : widget->accessibleName();
        const auto *label = qobject_cast<QLabel *>(widget);
        CHECK((!name.isEmpty() || (label && !label->text().isEmpty())));
    }
    // Go to As-of, Quarter Marks and Greyscale wait behind the Display button, with their shortcuts.
    QToolButton *display = toolBar->displayButton();
    REQUIRE(display->menu());
    CHECK(display->menu()->actions().contains(toolBar->greyscaleAction()));
    CHECK(display->menu()->actions().contains(toolBar->marksAction()));
    CHECK(display->menu()->actions().contains(toolBar->goToAsOfAction()));
    CHECK_FALSE(toolBar->greyscaleAction()->shortcut().isEmpty());
    CHECK(shipped.timeline->actions().contains(toolBar->greyscaleAction()));
    CHECK_FALSE(display->accessibleName().isEmpty());

    const QString dir = QStringLiteral(MILEPOST_TEST_OUTPUT_DIR "/window");
    QDir().mkpath(dir);
    CHECK(window.grab().save(dir + QStringLiteral("/timeline-toolbar-%1x%2-%3x.png")
                                       .arg(window.width() * scale)
                                       .arg(window.height() * scale)
                                       .arg(scale)));
}
