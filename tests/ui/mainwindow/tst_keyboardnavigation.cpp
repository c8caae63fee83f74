// SPDX-License-Identifier: GPL-3.0-or-later
// The window from the keyboard alone, on the shipped data: Tab walks each page's controls once
// each (a table is one stop; arrows move inside it), every stop is in sight and looks different
// with the focus on it, Enter or Space on a key figure shows its rows, and the timeline's
// shortcuts work wherever the focus is on the Timeline tab.
#include "shippedwindow.h"

#include "charts/chartwidget.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/drilldownpanel.h"
#include "dashboard/keyfiguretile.h"
#include "timeline/timelinechart.h"

#include <QAbstractItemView>
#include <QImage>
#include <QTabBar>
#include <QTableView>

#include <set>

using namespace milepost;
using namespace milepost::test;

namespace {

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(), widget->accessibleName());
}

// Whether the widget can take the focus by Tab, as QWidget::focusNextPrevChild decides.
bool isTabStop(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && widget->isVisible() && widget->isEnabled()
        && !widget->focusProxy();
}

// The Tab chain from the focus widget, walked by Tab key presses until it comes back to where
// it began (or leaves page for good): the stops inside page, in order.
QList<QWidget *> walkTabChain(QWidget *page, QWidget *start)
{
    start->setFocus(Qt::TabFocusReason);
    settleEvents();
    REQUIRE(QApplication::focusWidget() == start);
    QList<QWidget *> stops;
    for (int step = 0; step < 400; ++step) {
        QWidget *focus = QApplication::focusWidget();
        REQUIRE(focus);
        if (page->isAncestorOf(focus) || focus == page) {
            if (!stops.isEmpty() && focus == stops.constFirst())
                return stops;
            stops.append(focus);
        }
        QTest::keyClick(focus, Qt::Key_Tab);
        settleEvents();
    }
    FAIL("Tab never came back to the first stop");
    return stops;
}

// The widget as drawn with the focus on it and with the focus elsewhere differ: it shows focus.
void checkShowsFocus(QWidget *stop, QWidget *elsewhere)
{
    stop->setFocus(Qt::TabFocusReason);
    settleEvents();
    const QImage focused = stop->grab().toImage();
    elsewhere->setFocus(Qt::TabFocusReason);
    settleEvents();
    const QImage unfocused = stop->grab().toImage();
    INFO("stop " << describe(stop).toStdString());
    CHECK(focused != unfocused);
}

void checkPageChain(QWidget *page, QWidget *outside, const char *name)
{
    INFO("page " << name);
    QList<QWidget *> candidates;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (isTabStop(widget) && !widget->visibleRegion().isEmpty())
            candidates.append(widget);
    }
    REQUIRE_FALSE(candidates.isEmpty());
    const QList<QWidget *> stops = walkTabChain(page, candidates.constFirst());
    // Each stop once: a table or tree is one stop, whatever its number of cells.
    const std::set<QWidget *> unique(stops.cbegin(), stops.cend());
    QStringList order;
    for (const QWidget *stop : stops)
        order.append(describe(stop));
    INFO("stops: " << order.join(QStringLiteral(" → ")).toStdString());
    CHECK(unique.size() == std::size_t(stops.size()));
    for (QWidget *stop : stops) {
        INFO("stop " << describe(stop).toStdString());
        CHECK(stop->isVisible());
        stop->setFocus(Qt::TabFocusReason);
        settleEvents();
        // In sight: a scroll area brings its focused child into view.
        CHECK_FALSE(stop->visibleRegion().isEmpty());
        if (auto *view = qobject_cast<QAbstractItemView *>(stop))
            CHECK_FALSE(view->tabKeyNavigation());
    }
    // Every control in sight is reached.
    for (QWidget *candidate : std::as_const(candidates)) {
        INFO("unreached " << describe(candidate).toStdString());
        CHECK(unique.count(candidate) == 1);
    }
    for (QWidget *stop : stops)
        checkShowsFocus(stop, outside);
}

} // namespace

TEST_CASE("Tab walks every page once per control, each stop in sight and showing focus", "[window][keyboard]")
{
    ShippedWindow shipped;
    shipped.show(QSize(1280, 800));
    QWidget *outside = shipped.window->findChild<QWidget *>(QStringLiteral("searchField"));
    REQUIRE(outside);

    shipped.views->setCurrentIndex(0);
    settleEvents();
    checkPageChain(shipped.views->currentWidget(), outside, "outline");

    shipped.views->setCurrentWidget(shipped.timeline);
    settleEvents();
    checkPageChain(shipped.timeline, outside, "timeline");

    shipped.views->setCurrentWidget(shipped.dashboard);
    settleEvents();
    const char *names[] = {"plan", "staffing", "enrollment", "capital"};
    for (int index = 0; index < shipped.dashboard->pages()->count(); ++index) {
        shipped.dashboard->pages()->setCurrentIndex(index);
        settleEvents();
        // The page with the filters above it and the pages' tabs.
        checkPageChain(shipped.dashboard, outside, names[index]);
    }
}

TEST_CASE("the findings and drill-down tables take one Tab stop and keep the arrows inside", "[window][keyboard]")
{
    ShippedWindow shipped;
    shipped.show(QSize(1280, 800));
    auto *findings = shipped.window->findChild<QTableView *>(QStringLiteral("findingsView"));
    REQUIRE(findings);
    CHECK_FALSE(findings->tabKeyNavigation());
    shipped.views->setCurrentWidget(shipped.dashboard);
    settleEvents();
    auto *page = qobject_cast<DashboardPage *>(shipped.dashboard->pages()->currentWidget());
    REQUIRE(page);
    QTableView *table = page->drillDown()->view();
    REQUIRE(table->model()->rowCount() > 2);
    table->setFocus(Qt::TabFocusReason);
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down);
    CHECK(table->currentIndex().row() == 1); // the arrow moves inside
    QTest::keyClick(table, Qt::Key_Tab);
    settleEvents();
    CHECK(QApplication::focusWidget() != table); // Tab leaves
    CHECK(table->currentIndex().row() == 1);
}

TEST_CASE("Enter and Space on every key figure show the rows behind it", "[window][keyboard]")
{
    ShippedWindow shipped;
    shipped.show(QSize(1280, 800));
    shipped.views->setCurrentWidget(shipped.dashboard);
    settleEvents();
    for (int index = 0; index < shipped.dashboard->pages()->count(); ++index) {
        shipped.dashboard->pages()->setCurrentIndex(index);
        settleEvents();
        auto *page = qobject_cast<DashboardPage *>(shipped.dashboard->pages()->currentWidget());
        REQUIRE(page);
        for (KeyFigureTile *tile : page->tiles()) {
            for (int key : {int(Qt::Key_Return), int(Qt::Key_Enter), int(Qt::Key_Space)}) {
                INFO("page " << index << ", tile " << tile->caption().toStdString() << ", key " << key);
                page->drillDown()->clear();
                REQUIRE_FALSE(page->drillDown()->isDrilled());
                tile->setFocus(Qt::TabFocusReason);
                settleEvents();
                QTest::keyClick(tile, Qt::Key(key));
                settleEvents();
                CHECK(page->drillDown()->isDrilled());
                CHECK(page->drillDown()->trail().value(1) == tile->caption());
                CHECK(QApplication::focusWidget() == tile); // the keyboard stays where it was
            }
        }
    }
}

TEST_CASE("the timeline's shortcuts work wherever the focus is on the Timeline tab", "[window][keyboard]")
{
    ShippedWindow shipped;
    shipped.show(QSize(1280, 800));
    shipped.views->setCurrentWidget(shipped.timeline);
    settleEvents();
    TimelineChart *chart = shipped.timeline->chart();
    QList<QWidget *> stops;
    for (QWidget *widget : shipped.timeline->findChildren<QWidget *>()) {
        if (isTabStop(widget))
            stops.append(widget);
    }
    REQUIRE(stops.size() >= 3);
    for (QWidget *stop : std::as_const(stops)) {
        INFO("focus on " << describe(stop).toStdString());
        stop->setFocus(Qt::TabFocusReason);
        settleEvents();
        REQUIRE(QApplication::focusWidget() == stop);
        const qreal before = chart->pixelsPerDay();
        QTest::keyClick(stop, Qt::Key_Plus, Qt::ControlModifier);
        settleEvents();
        const qreal zoomedIn = chart->pixelsPerDay();
        CHECK(zoomedIn > before);
        QTest::keyClick(stop, Qt::Key_Minus, Qt::ControlModifier);
        settleEvents();
        CHECK(chart->pixelsPerDay() < zoomedIn);
    }
}
