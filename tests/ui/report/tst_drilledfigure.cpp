// SPDX-License-Identifier: GPL-3.0-or-later
// The key figures `report --drill` names: one name for every tile of the pack's dashboard pages,
// names checked before anything is printed, and the figure's rows in the pack.
#include "reporttesting.h"
#include "dashboard/dashboardfixture.h"

#include "dashboard/capitalpage.h"
#include "dashboard/drilldownpanel.h"
#include "dashboard/enrollmentpage.h"
#include "dashboard/keyfiguretile.h"
#include "dashboard/staffingpage.h"
#include "report/boardpack.h"
#include "report/dashboardreportpart.h"
#include "report/drilledfigure.h"
#include "report/offscreendashboard.h"

using namespace milepost;
using namespace milepost::test;
using Kind = BoardPackSection::Kind;

namespace {

DashboardFilter filterAsOf()
{
    DashboardFilter filter;
    filter.asOf = planAsOf();
    return filter;
}

} // namespace

TEST_CASE("every key figure of the pack's dashboard pages has one drill name, and every name a figure",
          "[report][drill]")
{
    const OffscreenDashboard dashboard(shippedData(), filterAsOf());
    const std::pair<Kind, const DashboardPage *> pages[] = {{Kind::Staffing, &dashboard.staffing()},
                                                            {Kind::Enrollment, &dashboard.enrollment()},
                                                            {Kind::Capital, &dashboard.capital()}};
    const QList<DrilledFigure> all = DrilledFigure::all();
    int tiles = 0;
    for (const auto &[kind, page] : pages) {
        for (const KeyFigureTile *tile : page->tiles()) {
            INFO(BoardPackSection::key(kind).toStdString() << ": tile " << tile->objectName().toStdString());
            const auto named = std::count_if(all.begin(), all.end(), [&](const DrilledFigure &figure) {
                return figure.section == kind && figure.tileName == tile->objectName();
            });
            CHECK(named == 1);
            ++tiles;
        }
    }
    CHECK(all.size() == tiles);
    for (const DrilledFigure &figure : all) {
        INFO(figure.key.toStdString());
        CHECK(figure.key.startsWith(BoardPackSection::key(figure.section) + QLatin1Char('.')));
        CHECK(BoardPackSection::isDashboardPage(figure.section));
        CHECK(DrilledFigure::keys().count(figure.key) == 1);
    }
}

TEST_CASE("drill names are refused when unknown, without their page, twice or two on one page", "[report][drill]")
{
    const QList<Kind> sections{Kind::PlanSummary, Kind::Staffing, Kind::Capital};
    QList<DrilledFigure> figures;
    QString error;
    REQUIRE(DrilledFigure::parse({QStringLiteral("staffing.vacancies, Capital.Late")}, sections, &figures, &error));
    REQUIRE(figures.size() == 2);
    CHECK(figures.at(0).tileName == QStringLiteral("vacanciesTile"));
    CHECK(figures.at(1).key == QStringLiteral("capital.late"));
    // A repeated option gives its names in several texts.
    REQUIRE(DrilledFigure::parse({QStringLiteral("capital.over-budget"), QStringLiteral("staffing.hires")}, sections,
                                 &figures, &error));
    CHECK(figures.size() == 2);

    CHECK_FALSE(DrilledFigure::parse({QStringLiteral("staffing.nope")}, sections, &figures, &error));
    CHECK(error.startsWith(QStringLiteral("\"staffing.nope\" is not a key figure; the key figures are staffing.hires, ")));
    CHECK(error.contains(QStringLiteral("capital.late")));
    CHECK_FALSE(DrilledFigure::parse({QStringLiteral("enrollment.students")}, sections, &figures, &error));
    CHECK(error == QStringLiteral("the board pack has no enrollment section for \"enrollment.students\"; add enrollment "
                                  "to --sections"));
    CHECK_FALSE(DrilledFigure::parse({QStringLiteral("capital.late,capital.late")}, sections, &figures, &error));
    CHECK(error == QStringLiteral("the figure \"capital.late\" is named twice"));
    CHECK_FALSE(DrilledFigure::parse({QStringLiteral("staffing.hires,staffing.vacancies")}, sections, &figures, &error));
    CHECK(error.contains(QStringLiteral("same page")));
    CHECK_FALSE(DrilledFigure::parse({QStringLiteral("staffing.hires,")}, sections, &figures, &error));
    CHECK(error.startsWith(QStringLiteral("an empty figure name")));
}

TEST_CASE("a figure drilled by name puts its rows after its page in the pack", "[report][drill][pdf]")
{
    isolateSettings();
    BoardPackBuilder::Source source;
    source.plan.plan = bundledPlan();
    source.plan.asOf = planAsOf();
    OffscreenDashboard dashboard(shippedData(), filterAsOf());
    dashboard.fill(&source);
    QList<DrilledFigure> figures;
    QString error;
    REQUIRE(DrilledFigure::parse({QStringLiteral("capital.late")}, {Kind::Staffing, Kind::Capital}, &figures, &error));
    // Before: no page is drilled into, and the pack prints no rows.
    const auto before = BoardPackBuilder::pack({Kind::Staffing, Kind::Capital}, source);
    CHECK_FALSE(static_cast<const DashboardReportPart &>(before->part(1)).content().table.has_value());

    REQUIRE(dashboard.drill(figures.constFirst(), &error));
    CHECK(dashboard.capital().drillDown()->isDrilled());
    CHECK_FALSE(dashboard.staffing().drillDown()->isDrilled());
    const auto pack = BoardPackBuilder::pack({Kind::Staffing, Kind::Capital}, source);
    CHECK_FALSE(static_cast<const DashboardReportPart &>(pack->part(0)).content().table.has_value());
    const auto &capital = static_cast<const DashboardReportPart &>(pack->part(1));
    REQUIRE(capital.content().table);
    const auto *late = dashboard.capital().findChild<KeyFigureTile *>(QStringLiteral("lateTile"));
    REQUIRE(late);
    CHECK(capital.content().table->title.contains(late->caption()));
    CHECK(capital.content().table->totalRows == dashboard.capital().drillDown()->shownRowCount());
    CHECK(capital.content().table->totalRows > 0);
}
