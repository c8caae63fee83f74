// SPDX-License-Identifier: GPL-3.0-or-later
// Figures that explain themselves on the shipped data: filters that match no row say so with a
// way back, a dash says why there is no value, a change says what it compares, and a chart with
// too little data to draw says so instead of drawing dots.
#include "dashboardfixture.h"

#include "capitalpage.h"
#include "charts/chartbackend.h"
#include "charts/chartwidget.h"
#include "dashboardfilterbar.h"
#include "dashboardview.h"
#include "enrollmentpage.h"
#include "keyfiguretile.h"
#include "planpage.h"
#include "staffingpage.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>

using namespace milepost;
using namespace milepost::test;

namespace {

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
        view.show();
        QApplication::processEvents();
    }

    DashboardView view{DashboardView::Loader()};
};

KeyFigureTile *tile(QWidget *page, const char *name)
{
    auto *tile = page->findChild<KeyFigureTile *>(QString::fromLatin1(name));
    REQUIRE(tile);
    return tile;
}

} // namespace

TEST_CASE("filters no row matches say so on each page, and one click clears them", "[dashboard][filters][nomatch]")
{
    Fixture fixture;
    // A school of one Local District with another Local District: each alone matches rows.
    const DashboardData &data = shippedData();
    REQUIRE_FALSE(data.staffing.isEmpty());
    DashboardFilter impossible = fixture.view.filterBar()->filter();
    impossible.localDistrict = QStringLiteral("Nowhere Local District");
    fixture.view.filterBar()->setFilter(impossible);
    // setFilter does not announce the change: apply it as the bar does.
    Q_EMIT fixture.view.filterBar()->filterChanged(fixture.view.filterBar()->filter());
    QApplication::processEvents();

    for (DashboardPage *page : {static_cast<DashboardPage *>(fixture.view.staffingPage()),
                                static_cast<DashboardPage *>(fixture.view.enrollmentPage()),
                                static_cast<DashboardPage *>(fixture.view.capitalPage())}) {
        INFO("page " << page->objectName().toStdString());
        fixture.view.pages()->setCurrentWidget(page);
        QApplication::processEvents();
        CHECK(page->showsNoMatch());
        auto *text = page->findChild<QLabel *>(QStringLiteral("noMatchText"));
        REQUIRE(text);
        CHECK(text->isVisible());
        CHECK(text->text().startsWith(QStringLiteral("No rows match these filters: Local District “Nowhere Local District”")));
        // No "$0, sum of 0 projects" and no empty charts beside it.
        for (KeyFigureTile *figure : page->tiles())
            CHECK_FALSE(figure->isVisible());
        CHECK_FALSE(page->findChild<QScrollArea *>(QStringLiteral("chartArea"))->isVisible());
        CHECK(page->clearFiltersButton()->isVisible());
    }
    // For a person to look at: the capital page, where "$0, sum of 0 projects" used to be.
    QDir().mkpath(QStringLiteral(MILEPOST_TEST_OUTPUT_DIR "/dashboard"));
    CHECK(fixture.view.grab().save(QStringLiteral(MILEPOST_TEST_OUTPUT_DIR "/dashboard/dashboard-no-match.png")));
    // The plan is not filtered by district: it keeps its figures.
    CHECK_FALSE(fixture.view.planPage()->showsNoMatch());

    fixture.view.pages()->setCurrentWidget(fixture.view.capitalPage());
    QApplication::processEvents();
    fixture.view.capitalPage()->clearFiltersButton()->click();
    QApplication::processEvents();
    CHECK(fixture.view.filterBar()->filter().localDistrict.isEmpty());
    CHECK(fixture.view.filterBar()->filter().asOf == planAsOf()); // the date stays
    for (DashboardPage *page : {static_cast<DashboardPage *>(fixture.view.staffingPage()),
                                static_cast<DashboardPage *>(fixture.view.capitalPage())}) {
        CHECK_FALSE(page->showsNoMatch());
    }
    CHECK(fixture.view.capitalPage()->tiles().constFirst()->isVisible());
}

TEST_CASE("staffing cards say why a figure is missing and what a change compares", "[dashboard][explanations]")
{
    Fixture fixture;
    StaffingPage *page = fixture.view.staffingPage();
    // The shipped staffing file reports hires only.
    KeyFigureTile *vacancies = tile(page, "vacanciesTile");
    CHECK(vacancies->value() == QStringLiteral("—"));
    CHECK(vacancies->detail().startsWith(QStringLiteral("not reported in these files")));
    KeyFigureTile *fillRate = tile(page, "fillRateTile");
    CHECK(fillRate->value() == QStringLiteral("—"));
    CHECK(fillRate->detail().contains(QStringLiteral("not reported in these files")));
    KeyFigureTile *change = tile(page, "hiresChangeTile");
    CHECK(change->value() == QStringLiteral("+62.0%"));
    CHECK(change->detail().startsWith(QStringLiteral("vs 2020-21, where both years report hires: ")));
    // The whole explanation fits on the card.
    fixture.view.pages()->setCurrentWidget(page);
    QApplication::processEvents();
    CHECK_FALSE(change->isElided());
    CHECK_FALSE(vacancies->isElided());
    CHECK_FALSE(fillRate->isElided());
}

TEST_CASE("enrollment: a change says what it compares, a one-year trend says it cannot be drawn",
          "[dashboard][explanations]")
{
    Fixture fixture;
    EnrollmentPage *page = fixture.view.enrollmentPage();
    fixture.view.pages()->setCurrentWidget(page);
    QApplication::processEvents();
    KeyFigureTile *change = tile(page, "enrollmentChangeTile");
    if (change->value() != QStringLiteral("—"))
        CHECK(change->detail().contains(QStringLiteral("Local Districts reporting both years")));
    for (ChartWidget *chart : page->charts()) {
        INFO("chart " << chart->spec().title.toStdString());
        auto *placeholder = chart->findChild<QLabel *>(QStringLiteral("chartPlaceholder"));
        REQUIRE(placeholder);
        const QString reason = chart->spec().undrawnReason();
        CHECK(placeholder->isVisible() == !reason.isEmpty());
        if (!reason.isEmpty()) // it covers the chart
            CHECK(placeholder->geometry() == chart->backend()->widget()->rect());
        if (chart->spec().kind == ChartSpec::Kind::Lines) {
            int years = 0;
            for (int category = 0; category < chart->spec().categories.size(); ++category) {
                bool any = false;
                for (int s = 0; s < chart->spec().series.size(); ++s)
                    any = any || chart->spec().value(s, category).has_value();
                years += any ? 1 : 0;
            }
            INFO(years << " years with data");
            CHECK(reason.isEmpty() == (years >= 2));
        }
    }
}
