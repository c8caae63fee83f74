// SPDX-License-Identifier: GPL-3.0-or-later
// The first window fits the screen it opens on, with room to spare, and cannot be made smaller
// than a size its pages still work at. ctest also runs this on a 1920×1080 screen at 200%
// (ui.window.size.200: 960×540 in logical pixels), where it used to open larger than the screen.
#include "shippedwindow.h"

#include <QScreen>

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
