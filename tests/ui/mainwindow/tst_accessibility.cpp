// SPDX-License-Identifier: GPL-3.0-or-later
// The window as assistive technology reads it, through Qt's accessibility interfaces, on every
// page: every control the keyboard reaches has a name and a role that says what it is; key
// figures read with their values; each chart offers its numbers as a table; the timeline's
// rows read with their dates through its tree.
#include "shippedwindow.h"

#include "charts/charttabledialog.h"
#include "charts/chartwidget.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/keyfiguretile.h"
#include "timeline/timelinetreeview.h"

#include <QAccessible>
#include <QAction>
#include <QTableView>

using namespace milepost;
using namespace milepost::test;

namespace {

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\"").arg(QLatin1String(widget->metaObject()->className()), widget->objectName());
}

// The roles that say nothing about what a control is.
bool isVagueRole(QAccessible::Role role)
{
    return role == QAccessible::NoRole || role == QAccessible::Client || role == QAccessible::Pane
        || role == QAccessible::Grouping || role == QAccessible::Window;
}

int checkControls(QWidget *page, const char *name)
{
    int checked = 0;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisible() || widget->focusProxy())
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        INFO("page " << name << ": " << describe(widget).toStdString());
        REQUIRE(iface);
        const QString accessibleName = iface->text(QAccessible::Name);
        INFO("name \"" << accessibleName.toStdString() << "\", role " << int(iface->role()));
        CHECK_FALSE(accessibleName.trimmed().isEmpty());
        CHECK_FALSE(isVagueRole(iface->role()));
        ++checked;
    }
    return checked;
}

} // namespace

TEST_CASE("every control on every page has an accessible name and a role that says what it is", "[window][accessibility]")
{
    ShippedWindow shipped;
    shipped.show(QSize(1280, 800));
    shipped.views->setCurrentIndex(0);
    settleEvents();
    CHECK(checkControls(shipped.window.get(), "outline") >= 3);

    shipped.views->setCurrentWidget(shipped.timeline);
    settleEvents();
    CHECK(checkControls(shipped.timeline, "timeline") >= 5);

    shipped.views->setCurrentWidget(shipped.dashboard);
    settleEvents();
    const char *names[] = {"plan", "staffing", "enrollment", "capital"};
    for (int index = 0; index < shipped.dashboard->pages()->count(); ++index) {
        shipped.dashboard->pages()->setCurrentIndex(index);
        settleEvents();
        CHECK(checkControls(shipped.dashboard, names[index]) >= 5);

        auto *page = qobject_cast<DashboardPage *>(shipped.dashboard->pages()->currentWidget());
        REQUIRE(page);
        // A key figure reads as a button with its caption and value, and its detail as description.
        for (KeyFigureTile *tile : page->tiles()) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(tile);
            REQUIRE(iface);
            INFO(names[index] << ": tile " << tile->caption().toStdString());
            CHECK(iface->role() == QAccessible::Button);
            CHECK(iface->text(QAccessible::Name).contains(tile->caption()));
            CHECK(iface->text(QAccessible::Name).contains(tile->value()));
            CHECK(iface->text(QAccessible::Description).startsWith(tile->detail()));
        }
        // A chart reads as a chart, its title as the name and its values in the description.
        for (ChartWidget *chart : page->charts()) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(chart);
            REQUIRE(iface);
            INFO(names[index] << ": chart " << chart->spec().title.toStdString());
            CHECK(iface->role() == QAccessible::Chart);
            CHECK(iface->text(QAccessible::Name) == chart->spec().title);
            CHECK_FALSE(iface->text(QAccessible::Description).isEmpty());
        }
    }
}

TEST_CASE("Show as Table gives a chart's numbers in a table, from the menu and from Ctrl+T", "[window][accessibility]")
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
        for (ChartWidget *chart : page->charts()) {
            const ChartSpec &spec = chart->spec();
            INFO("chart " << spec.title.toStdString());
            // The window again, after the last chart's dialog closed.
            shipped.window->activateWindow();
            REQUIRE(QTest::qWaitForWindowActive(shipped.window.get()));
            chart->setFocus(Qt::TabFocusReason);
            settleEvents();
            REQUIRE(QApplication::focusWidget() == chart);
            REQUIRE(QApplication::activeWindow() == shipped.window.get());
            QTest::keyClick(chart, Qt::Key_T, Qt::ControlModifier);
            settleEvents();
            auto *dialog = chart->findChild<ChartTableDialog *>();
            REQUIRE(dialog);
            CHECK(dialog->isVisible());
            const QAbstractItemModel *model = dialog->view()->model();
            // One row a category; the category, then a column a series (one for a donut).
            REQUIRE(model->rowCount() == spec.categories.size());
            const int series = spec.kind == ChartSpec::Kind::Donut ? 1 : int(spec.series.size());
            REQUIRE(model->columnCount() == 1 + series);
            for (int row = 0; row < model->rowCount(); ++row) {
                CHECK(model->index(row, 0).data().toString() == spec.categories.at(row));
                for (int s = 0; s < series; ++s) {
                    const std::optional<double> value = spec.value(s, row);
                    CHECK(model->index(row, 1 + s).data().toString()
                          == (value ? ChartSpec::formatValueInFull(*value, spec.format) : QString()));
                }
            }
            QAccessibleInterface *table = QAccessible::queryAccessibleInterface(dialog->view());
            REQUIRE(table);
            CHECK(table->role() == QAccessible::Table);
            CHECK(table->text(QAccessible::Name).contains(spec.title));
            dialog->close();
            settleEvents();
            CHECK(chart->findChild<ChartTableDialog *>() == nullptr); // deleted on close
        }
    }
    // The same action is in the chart's menu.
    auto *page = qobject_cast<DashboardPage *>(shipped.dashboard->pages()->currentWidget());
    ChartWidget *chart = page->charts().constFirst();
    CHECK(chart->tableAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_T));
    chart->tableAction()->trigger();
    settleEvents();
    auto *dialog = chart->findChild<ChartTableDialog *>();
    REQUIRE(dialog);
    dialog->close();
}

TEST_CASE("the timeline's rows read with their dates and status through its tree", "[window][accessibility]")
{
    ShippedWindow shipped;
    shipped.show(QSize(1280, 800));
    shipped.views->setCurrentWidget(shipped.timeline);
    settleEvents();
    for (TimelineView::Subject subject :
         {TimelineView::Subject::Plan, TimelineView::Subject::CapitalProjects, TimelineView::Subject::Staffing}) {
        shipped.timeline->setSubject(subject);
        settleEvents();
        QTreeView *tree = shipped.timeline->tree();
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(tree);
        REQUIRE(iface);
        CHECK_FALSE(iface->text(QAccessible::Name).isEmpty());
        QAccessibleTableInterface *table = iface->tableInterface();
        REQUIRE(table);
        REQUIRE(table->rowCount() > 0);
        // Each row's first cell: the name as text, the dates and status as description.
        int described = 0;
        for (int row = 0; row < std::min(table->rowCount(), 30); ++row) {
            QAccessibleInterface *cell = table->cellAt(row, 0);
            REQUIRE(cell);
            INFO("subject " << int(subject) << ", row " << row << ": " << cell->text(QAccessible::Name).toStdString());
            CHECK_FALSE(cell->text(QAccessible::Name).isEmpty());
            if (!cell->text(QAccessible::Description).isEmpty())
                ++described;
        }
        CHECK(described == std::min(table->rowCount(), 30));
    }
}
