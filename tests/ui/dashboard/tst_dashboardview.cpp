// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard on the shipped data: each key figure and chart element drills the table down
// to exactly the rows the figure counts; the breadcrumb shows and clears it; the filters are
// shared by the pages and kept across restarts.
#include "dashboardfixture.h"

#include "capitalpage.h"
#include "charts/chartbackend.h"
#include "charts/chartwidget.h"
#include "dashboardfilterbar.h"
#include "dashboardview.h"
#include "drilldownpanel.h"
#include "enrollmentpage.h"
#include "keyfiguretile.h"
#include "planpage.h"
#include "recordtablemodel.h"
#include "staffingpage.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace milepost;
using namespace milepost::test;

namespace {

using State = MilestoneStatus::State;

struct Fixture
{
    Fixture()
    {
        isolateSettings();
        DashboardFilter filter;
        filter.asOf = planAsOf();
        view.filterBar()->setFilter(filter);
        view.resize(1280, 900);
        view.setData(shippedData());
    }

    DashboardView view{DashboardView::Loader()};
};

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

QList<int> sorted(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

TEST_CASE("a plan tile shows exactly the milestones it counts, and the breadcrumb clears it", "[dashboard][drilldown]")
{
    Fixture fixture;
    PlanPage *page = fixture.view.planPage();
    const PlanFigures &figures = page->figures();
    REQUIRE(figures.milestoneCount() == 160);
    DrillDownPanel *panel = page->drillDown();
    CHECK(panel->shownRows().size() == 160);

    KeyFigureTile *overdue = child<KeyFigureTile>(page, "overdueTile");
    CHECK(overdue->value() == QString::number(figures.milestonesIn(State::Overdue).value));
    QTest::mouseClick(overdue, Qt::LeftButton);
    CHECK(panel->isDrilled());
    CHECK(sorted(panel->shownRows()) == figures.milestonesIn(State::Overdue).rows);
    CHECK(panel->breadcrumbText().contains(QStringLiteral("Overdue")));
    CHECK(panel->breadcrumbText().endsWith(QStringLiteral("%1 rows").arg(figures.milestonesIn(State::Overdue).value)));
    // Every row shown says Overdue.
    QAbstractItemModel *model = panel->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, 1).data().toString() == QStringLiteral("Overdue"));

    QTest::mouseClick(child<QWidget>(panel, "clearDrillDown"), Qt::LeftButton);
    CHECK_FALSE(panel->isDrilled());
    CHECK(panel->shownRows().size() == 160);

    // From the keyboard: Enter on a tile, Esc in the table.
    KeyFigureTile *due = child<KeyFigureTile>(page, "dueThisQuarterTile");
    due->setFocus();
    QTest::keyClick(due, Qt::Key_Return);
    CHECK(sorted(panel->shownRows()) == figures.dueThisQuarter.rows);
    QTest::keyClick(panel->view(), Qt::Key_Escape);
    CHECK_FALSE(panel->isDrilled());
}

TEST_CASE("the objectives tile lists objectives, and a row opens in the outline", "[dashboard][drilldown]")
{
    Fixture fixture;
    PlanPage *page = fixture.view.planPage();
    DrillDownPanel *panel = page->drillDown();
    QTest::mouseClick(child<KeyFigureTile>(page, "objectivesTile"), Qt::LeftButton);
    CHECK(panel->view()->model()->rowCount() == 42);
    CHECK(panel->view()->model()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Objective"));

    QSignalSpy lines(&fixture.view, &DashboardView::sourceLineRequested);
    QTest::mouseClick(child<KeyFigureTile>(page, "notStartedTile"), Qt::LeftButton);
    REQUIRE(panel->view()->model()->rowCount() > 0);
    const QModelIndex first = panel->view()->model()->index(0, 0);
    Q_EMIT panel->view()->activated(first);
    REQUIRE(lines.count() == 1);
    const int row = panel->shownRows().constFirst();
    const PlanFigures::MilestoneRef ref = page->figures().milestoneRows.at(row);
    CHECK(lines.at(0).at(0).toInt()
          == shippedData().plan.objectives.at(ref.objective).milestones.at(ref.milestone).sourceLine);
}

TEST_CASE("a click on a bar and Enter on a slice drill into that element's rows", "[dashboard][drilldown]")
{
    Fixture fixture;
    fixture.view.show();
    QApplication::processEvents();
    PlanPage *page = fixture.view.planPage();
    DrillDownPanel *panel = page->drillDown();
    const PlanFigures &figures = page->figures();

    ChartWidget *byPhase = child<ChartWidget>(page, "milestonesByPhaseChart");
    const Breakdown &breakdown = figures.milestonesByPhase;
    const int act = breakdown.categoryIndex(QStringLiteral("ACT"));
    const int done = breakdown.seriesIndex(QStringLiteral("done"));
    const QRectF bar = byPhase->backend()->elementRect(done, act);
    REQUIRE_FALSE(bar.isEmpty());
    auto *surface = qobject_cast<QAbstractScrollArea *>(byPhase->backend()->widget());
    REQUIRE(surface);
    QTest::mouseClick(surface->viewport(), Qt::LeftButton, {}, bar.center().toPoint());
    CHECK(sorted(panel->shownRows()) == breakdown.at(done, act).rows);
    CHECK(panel->trail().constLast() == QStringLiteral("Done, Act"));

    ChartWidget *donut = child<ChartWidget>(page, "planStatusChart");
    donut->setFocus();
    QTest::keyClick(donut, Qt::Key_Home);
    QTest::keyClick(donut, Qt::Key_Right);
    const auto [series, category] = donut->elements().at(1);
    CHECK(donut->currentCategory() == category);
    QTest::keyClick(donut, Qt::Key_Return);
    CHECK(sorted(panel->shownRows()) == figures.milestonesByStatus.at(series, category).rows);
}

TEST_CASE("staffing tiles drill into the rows counted and the rows not added", "[dashboard][drilldown]")
{
    Fixture fixture;
    StaffingPage *page = fixture.view.staffingPage();
    DrillDownPanel *panel = page->drillDown();
    const StaffingFigures &figures = page->figures();
    KeyFigureTile *hires = child<KeyFigureTile>(page, "hiresTile");
    CHECK(hires->value() == QLocale().toString(5195));
    CHECK(hires->isSampleData());
    QTest::mouseClick(hires, Qt::LeftButton);
    CHECK(sorted(panel->shownRows()) == figures.hires.rows);
    CHECK(panel->shownRows().size() == 48); // 6 teacher rows and 42 whole-year classified rows

    KeyFigureTile *notAdded = child<KeyFigureTile>(page, "staffingNotCountedTile");
    CHECK(notAdded->value() == QStringLiteral("42"));
    QTest::mouseClick(notAdded, Qt::LeftButton);
    QAbstractItemModel *model = panel->view()->model();
    REQUIRE(model->rowCount() == 42);
    int reasonColumn = -1;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() == QStringLiteral("Not added because"))
            reasonColumn = column;
    }
    REQUIRE(reasonColumn >= 0);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, reasonColumn).data().toString().contains(QStringLiteral("whole-year row")));

    KeyFigureTile *change = child<KeyFigureTile>(page, "hiresChangeTile");
    CHECK(change->value() == QStringLiteral("+62.0%"));
}

TEST_CASE("the global filters narrow every page and say where they do not apply", "[dashboard][filters]")
{
    Fixture fixture;
    DashboardFilterBar *bar = fixture.view.filterBar();
    QComboBox *district = child<QComboBox>(bar, "localDistrictFilter");
    const int ne = district->findData(QStringLiteral("NE"));
    REQUIRE(ne > 0);
    district->setCurrentIndex(ne);

    CapitalPage *capital = fixture.view.capitalPage();
    const CapitalFigures &figures = capital->figures();
    REQUIRE(figures.projects.value > 0);
    for (int row : figures.projects.rows)
        CHECK(shippedData().projects.at(row).region == QStringLiteral("NE"));
    // The table without a drill shows the filter's rows, not all projects.
    CHECK(sorted(capital->drillDown()->shownRows()) == figures.projects.rows);
    QTest::mouseClick(child<KeyFigureTile>(capital, "projectsTile"), Qt::LeftButton);
    CHECK(sorted(capital->drillDown()->shownRows()) == figures.projects.rows);

    StaffingPage *staffing = fixture.view.staffingPage();
    CHECK(staffing->figures().hires.value == 358 + 70 + 85 + 62 + 23 + 54 + 62 + 31); // NE teachers, NE classified

    QComboBox *board = child<QComboBox>(bar, "boardDistrictFilter");
    board->setCurrentIndex(1);
    // A page behind another is computed again when asked for (or shown).
    CHECK(fixture.view.staffingPage()->notes().contains(QStringLiteral("The Board District filter does not apply")));
    CHECK(fixture.view.planPage()->notes().contains(QStringLiteral("The Local District filter does not apply")));
    CHECK_FALSE(capital->notes().contains(QStringLiteral("does not apply")));
}

TEST_CASE("a figure pooled from two sources says so, and its badge says how much is sample data",
          "[dashboard][filters][sources]")
{
    isolateSettings();
    DashboardView view{DashboardView::Loader()};
    DashboardFilter filter;
    filter.asOf = QDate(2022, 10, 1);
    view.filterBar()->setFilter(filter);
    view.resize(1280, 900);
    const auto row = [](const char *district, const char *category, qint64 hires, qint64 line, bool sample,
                        const char *source) {
        StaffingRecord record = staffing("2022-23", district, "", StaffingRecord::EmployeeGroup::Certificated, category,
                                         std::nullopt, std::nullopt, hires, line, sample);
        record.source = QString::fromLatin1(source);
        return record;
    };
    DashboardData data;
    // Hires 30 + 10 from the north (the 10 sample data), 60 from the south: 100, 10% sample.
    data.staffing = {row("NE", "Teacher", 30, 2, false, "North file"), row("NE", "Counselor", 10, 3, true, "North file"),
                     row("W", "Teacher", 60, 2, false, "South file")};
    data.sources = {QStringLiteral("North file"), QStringLiteral("South file")};
    data.sourcesPooled = true;
    view.setData(data);

    StaffingPage *page = view.staffingPage();
    view.pages()->setCurrentWidget(page); // in front, it follows each filter at once
    KeyFigureTile *hires = child<KeyFigureTile>(page, "hiresTile");
    CHECK(hires->value() == QStringLiteral("100"));
    CHECK(hires->isSampleData());
    CHECK(hires->badgeText() == QStringLiteral("Sample data · 10%"));
    CHECK(hires->originText() == QStringLiteral("Pooled from 2 sources"));
    CHECK(hires->accessibleDescription().contains(QStringLiteral("10% of this figure is sample data.")));
    CHECK(hires->accessibleDescription().contains(QStringLiteral("Pooled from 2 sources: North file, South file.")));

    // The Source filter: the south's rows alone, one source, no sample data.
    QComboBox *source = child<QComboBox>(view.filterBar(), "sourceFilter");
    const int south = source->findData(QStringLiteral("South file"));
    REQUIRE(south > 0);
    source->setCurrentIndex(south);
    CHECK(view.filterBar()->filter().source == QStringLiteral("South file"));
    CHECK(hires->value() == QStringLiteral("60"));
    CHECK_FALSE(hires->isSampleData());
    CHECK(hires->originText().isEmpty());
    CHECK(sorted(page->drillDown()->shownRows()) == QList<int>{2});

    // The north's: 40 hires, a quarter of them sample data.
    source->setCurrentIndex(source->findData(QStringLiteral("North file")));
    CHECK(hires->value() == QStringLiteral("40"));
    CHECK(hires->badgeText() == QStringLiteral("Sample data · 25%"));
    CHECK(hires->originText().isEmpty());

    if (qEnvironmentVariableIsSet("MILEPOST_SCREENSHOTS")) {
        source->setCurrentIndex(0);
        view.pages()->setCurrentWidget(page);
        view.resize(1280, 800);
        view.show();
        QApplication::processEvents();
        const QString dir = QStringLiteral(MILEPOST_TEST_OUTPUT_DIR "/dashboard");
        QDir().mkpath(dir);
        CHECK(view.grab().save(dir + QStringLiteral("/dashboard-staffing-pooled-%1x.png").arg(view.devicePixelRatioF())));
    }
}

TEST_CASE("only the page in front is computed at once, another when it is shown or asked for", "[dashboard][filters]")
{
    Fixture fixture;
    DashboardView &view = fixture.view;
    view.pages()->setCurrentWidget(view.planPage());
    StaffingPage *staffing = view.staffingPage();
    CapitalPage *capital = view.capitalPage();
    const qint64 allHires = staffing->figures().hires.value;
    const qint64 allProjects = capital->figures().projects.value;
    REQUIRE(allHires > 0);
    REQUIRE(allProjects > 0);

    DashboardFilter filter = view.filterBar()->filter();
    filter.localDistrict = QStringLiteral("NE");
    view.filterBar()->setFilter(filter);
    Q_EMIT view.filterBar()->filterChanged(view.filterBar()->filter());
    // Behind the plan page, neither is counted for the filter: the staffing page lets go of the
    // count it showed (DashboardPage::release), the capital page still shows its own.
    CHECK(staffing->figures().hires.value == 0);
    CHECK(staffing->model()->rowCount() == 0);
    CHECK(capital->figures().projects.value == allProjects);
    CHECK(view.planPage()->notes().contains(QStringLiteral("The Local District filter does not apply")));

    // Shown, the staffing page counts for the filter; asked for, so does the capital page.
    view.pages()->setCurrentWidget(staffing);
    CHECK(staffing->figures().hires.value == 358 + 70 + 85 + 62 + 23 + 54 + 62 + 31);
    CHECK(capital->figures().projects.value == allProjects);
    CHECK(view.capitalPage()->figures().projects.value < allProjects);
    for (int row : capital->figures().projects.rows)
        CHECK(shippedData().projects.at(row).region == QStringLiteral("NE"));

    // Computed once per change: a second showing keeps the drill the person made.
    QTest::mouseClick(child<KeyFigureTile>(staffing, "hiresTile"), Qt::LeftButton);
    REQUIRE(staffing->drillDown()->isDrilled());
    view.pages()->setCurrentWidget(capital);
    view.pages()->setCurrentWidget(staffing);
    CHECK(staffing->drillDown()->isDrilled());
}

TEST_CASE("a drill-down table keeps the column widths it was given across counts", "[dashboard][drilldown]")
{
    Fixture fixture;
    DashboardView &view = fixture.view;
    StaffingPage *staffing = view.staffingPage();
    view.pages()->setCurrentWidget(staffing);
    QHeaderView *header = staffing->drillDown()->view()->horizontalHeader();
    const int fitted = header->sectionSize(1);
    REQUIRE(fitted > 0);
    header->resizeSection(1, fitted + 37);

    DashboardFilter filter = view.filterBar()->filter();
    filter.localDistrict = QStringLiteral("NE");
    view.filterBar()->setFilter(filter);
    Q_EMIT view.filterBar()->filterChanged(view.filterBar()->filter());
    CHECK(header->sectionSize(1) == fitted + 37);
    QTest::mouseClick(child<KeyFigureTile>(staffing, "hiresTile"), Qt::LeftButton);
    REQUIRE(staffing->drillDown()->isDrilled());
    CHECK(header->sectionSize(1) == fitted + 37);
}

TEST_CASE("the filters are kept across restarts", "[dashboard][filters]")
{
    isolateSettings();
    {
        Fixture fixture;
        DashboardFilterBar *bar = fixture.view.filterBar();
        child<QComboBox>(bar, "localDistrictFilter")->setCurrentIndex(2);
        child<QDateEdit>(bar, "asOfFilter")->setDate(QDate(2022, 9, 1));
    }
    DashboardFilterBar restored;
    restored.restore();
    const DashboardFilter filter = restored.filter();
    CHECK(filter.localDistrict == QStringLiteral("E"));
    CHECK(filter.asOf == QDate(2022, 9, 1));
    CHECK_FALSE(restored.followsToday());

    // A saved value the data no longer has is still shown, and still filters.
    restored.setChoices({QStringLiteral("C")}, {}, {});
    CHECK(restored.filter().localDistrict == QStringLiteral("E"));
}

TEST_CASE("enrollment: the program choice decides what the totals count", "[dashboard][drilldown]")
{
    Fixture fixture;
    EnrollmentPage *page = fixture.view.enrollmentPage();
    CHECK(page->figures().program == QStringLiteral("magnet"));
    CHECK(child<KeyFigureTile>(page, "studentsTile")->value() == QLocale().toString(86327));
    CHECK_FALSE(child<KeyFigureTile>(page, "studentsTile")->isSampleData());
    page->setProgram(QStringLiteral("rfep"));
    CHECK(page->figures().total.value == 106000);
    CHECK(child<KeyFigureTile>(page, "studentsTile")->isSampleData());
    QTest::mouseClick(child<KeyFigureTile>(page, "classroomsTile"), Qt::LeftButton);
    CHECK(page->drillDown()->shownRows().size() == 18);
    CHECK(child<KeyFigureTile>(page, "classroomsTile")->value() == QStringLiteral("509"));
}

TEST_CASE("everything the keyboard reaches on the dashboard has a name", "[dashboard][accessibility]")
{
    Fixture fixture;
    fixture.view.show();
    QApplication::processEvents();
    for (int page = 0; page < fixture.view.pages()->count(); ++page) {
        fixture.view.pages()->setCurrentIndex(page);
        QApplication::processEvents();
        const QList<QWidget *> widgets = fixture.view.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisibleTo(&fixture.view) || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            // Parts of a named widget (a combo box's line edit, a scroll area's scroll bars) speak for it.
            bool named = !widget->accessibleName().isEmpty();
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                named = named || !button->text().isEmpty();
            for (QWidget *parent = widget->parentWidget(); !named && parent && parent != &fixture.view;
                 parent = parent->parentWidget()) {
                named = !parent->accessibleName().isEmpty()
                    && (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractScrollArea *>(parent)
                        || qobject_cast<QDateEdit *>(parent) || qobject_cast<QTabWidget *>(parent));
            }
            INFO("page " << page << ": " << widget->metaObject()->className() << " "
                         << widget->objectName().toStdString() << " in "
                         << widget->parentWidget()->metaObject()->className() << " "
                         << widget->parentWidget()->objectName().toStdString());
            CHECK(named);
        }
    }
}
