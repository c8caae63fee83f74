// SPDX-License-Identifier: GPL-3.0-or-later
// Capital figures on five projects worked out by hand, on the bundled sample and on the real
// NYC School Construction Authority export.
#include "dashboardtestdata.h"

#include "dashboard/capitalfigures.h"

#include <QFile>

using namespace milepost;
using namespace milepost::test;

namespace {

using Stage = CapitalProjectSummary::Stage;
using Schedule = CapitalProjectSummary::Schedule;

Applicable<QDate> notApplicableDate(const char *code)
{
    return Applicable<QDate>::notApplicable(QString::fromUtf8(code));
}

// As of January 1, 2023:
//   0 P1 NE/5 Roosevelt HS Roofing  Design ended 30 days late; Construction open since its
//        planned end Oct 31, 2022: 62 days late at least. Budget 1,100,000, estimate 1,310,000
//        (over by 210,000), spent 610,000. Site code 1234.
//   1 P2 E/2 Garfield HS HVAC       Both phases ended early (-15, -11 days). 450,000 / 425,000 / 425,000.
//   2 P3 NE/5 Franklin HS Roofing   Scope not started, every date and amount "PNS". Illustrative.
//   3 P4 W/4 Venice HS HVAC         Design Complete with no end date; Construction not started,
//                                   planned end Dec 31, 2023. Budget 200,000 only.
//   4 P5 E/2 Garfield HS Roofing    Construction ended Dec 31, 2022, planned Dec 31, 2021: 365 days late.
//                                   300,000 / 290,000 / 295,000.
QList<CapitalProject> handMade()
{
    CapitalProject p1 = project("P1", "NE", "5", "Roosevelt HS", "Roofing",
                                {phase("Design", "Complete", day(2022, 3, 31), day(2022, 1, 1), day(2022, 4, 30),
                                       dollars(100000), dollars(110000), dollars(110000)),
                                 phase("Construction", "In-Progress", day(2022, 10, 31), day(2022, 5, 1), {},
                                       dollars(1000000), dollars(1200000), dollars(500000))});
    p1.siteCode = QStringLiteral("1234");
    CapitalProject p3 = project("P3", "NE", "5", "Franklin HS", "Roofing",
                                {phase("Scope", "PNS", notApplicableDate("PNS"), notApplicableDate("PNS"),
                                       notApplicableDate("PNS"), Applicable<Money>::notApplicable(QStringLiteral("PNS")))});
    p3.phases[0].illustrative = true;
    return {
        p1,
        project("P2", "E", "2", "Garfield HS", "HVAC",
                {phase("Design", "Complete", day(2022, 6, 30), day(2022, 1, 10), day(2022, 6, 15), dollars(50000),
                       dollars(45000), dollars(45000)),
                 phase("Construction", "Complete", day(2022, 12, 31), day(2022, 7, 1), day(2022, 12, 20),
                       dollars(400000), dollars(380000), dollars(380000))}),
        p3,
        project("P4", "W", "4", "Venice HS", "HVAC",
                {phase("Design", "Complete", day(2021, 6, 30), day(2021, 1, 1), {}, dollars(200000)),
                 phase("Construction", "", day(2023, 12, 31), {}, {})}),
        project("P5", "E", "2", "Garfield HS", "Roofing",
                {phase("Construction", "Complete", day(2021, 12, 31), day(2021, 3, 1), day(2022, 12, 31),
                       dollars(300000), dollars(290000), dollars(295000))}),
    };
}

DashboardFilter asOf(const QDate &date)
{
    DashboardFilter filter;
    filter.asOf = date;
    return filter;
}

QList<int> rows(std::initializer_list<int> list)
{
    return QList<int>(list);
}

qint64 cents(qint64 amount)
{
    return amount * 100;
}

} // namespace

TEST_CASE("a project's summary: stage, money and how late it runs", "[dashboard][capital]")
{
    const QList<CapitalProject> projects = handMade();
    const QDate date(2023, 1, 1);
    const CapitalProjectSummary p1 = CapitalProjectSummary::of(projects.at(0), date);
    CHECK(p1.stage == Stage::InProgress);
    CHECK(p1.currentPhase == QStringLiteral("Construction"));
    CHECK(p1.schedule == Schedule::Open);
    CHECK(p1.slipDays == 62);
    CHECK(p1.isLate());
    CHECK(*p1.budget == cents(1100000));
    CHECK(*p1.estimate == cents(1310000));
    CHECK(*p1.spent == cents(610000));
    CHECK(p1.isOverBudget());

    const CapitalProjectSummary p2 = CapitalProjectSummary::of(projects.at(1), date);
    CHECK(p2.stage == Stage::Completed);
    CHECK(p2.schedule == Schedule::Ended);
    CHECK(p2.slipDays == -11);
    CHECK_FALSE(p2.isLate());
    CHECK_FALSE(p2.isOverBudget());

    const CapitalProjectSummary p3 = CapitalProjectSummary::of(projects.at(2), date);
    CHECK(p3.stage == Stage::NotStarted);
    CHECK(p3.schedule == Schedule::NoPlannedEnd);
    CHECK_FALSE(p3.budget);
    CHECK(p3.illustrative);

    const CapitalProjectSummary p4 = CapitalProjectSummary::of(projects.at(3), date);
    CHECK(p4.stage == Stage::BetweenPhases);
    CHECK(p4.schedule == Schedule::NotYetDue);
    CHECK(*p4.budget == cents(200000));
    CHECK_FALSE(p4.estimate);

    const CapitalProjectSummary p5 = CapitalProjectSummary::of(projects.at(4), date);
    CHECK(p5.schedule == Schedule::Ended);
    CHECK(p5.slipDays == 365);

    // A day later the open phase is a day later too; the ended ones stay as they are.
    CHECK(CapitalProjectSummary::of(projects.at(0), date.addDays(1)).slipDays == 63);
    CHECK(CapitalProjectSummary::of(projects.at(4), date.addDays(1)).slipDays == 365);
}

TEST_CASE("capital figures by stage, type, money and schedule", "[dashboard][capital]")
{
    const CapitalFigures figures = CapitalFigures::compute(handMade(), asOf(QDate(2023, 1, 1)));
    CHECK(figures.projects.rows == rows({0, 1, 2, 3, 4}));

    const Breakdown &stages = figures.byStage;
    QStringList keys;
    for (const Breakdown::Label &label : stages.categories())
        keys.append(label.key);
    CHECK(keys == QStringList{QStringLiteral("not_started"), QStringLiteral("phase:construction"),
                              QStringLiteral("between_phases"), QStringLiteral("completed")});
    CHECK(stages.at(0, 0).rows == rows({2}));
    CHECK(stages.at(0, 0).illustrative);
    CHECK(stages.at(0, 1).rows == rows({0}));
    CHECK(stages.at(0, 2).rows == rows({3}));
    CHECK(stages.at(0, 3).rows == rows({1, 4}));
    CHECK(stages.total().rows == figures.projects.rows);

    REQUIRE(figures.byType.categoryCount() == 2);
    CHECK(figures.byType.categories().at(0).text == QStringLiteral("Roofing"));
    CHECK(figures.byType.at(0, 0).rows == rows({0, 2, 4}));
    CHECK(figures.byType.at(0, 1).rows == rows({1, 3}));

    CHECK(figures.budget.value == cents(2050000));
    CHECK(figures.budget.rows == rows({0, 1, 3, 4}));
    CHECK(figures.estimate.value == cents(2025000));
    CHECK(figures.spent.value == cents(1330000));
    CHECK(figures.overBudget.rows == rows({0}));
    CHECK(figures.overBudgetAmount.value == cents(210000));

    CHECK(figures.late.rows == rows({0, 4}));
    CHECK(figures.openLate.rows == rows({0}));
    CHECK(figures.maximumSlipDays == 365);
    CHECK(figures.notYetDue.rows == rows({3}));
    CHECK(figures.withoutPlannedEnd.rows == rows({2}));
}

TEST_CASE("capital amounts by type and district, and the slip distribution", "[dashboard][capital]")
{
    const CapitalFigures figures = CapitalFigures::compute(handMade(), asOf(QDate(2023, 1, 1)));
    const Breakdown &types = figures.amountsByType;
    REQUIRE(types.categoryCount() == 2);
    CHECK(types.categories().at(0).key == QStringLiteral("roofing"));
    const int budget = types.seriesIndex(CapitalFigures::budgetKey);
    const int estimate = types.seriesIndex(CapitalFigures::estimateKey);
    const int spent = types.seriesIndex(CapitalFigures::spentKey);
    CHECK(types.at(budget, 0).value == cents(1400000));
    CHECK(types.at(budget, 0).rows == rows({0, 4}));
    CHECK(types.at(estimate, 0).value == cents(1600000));
    CHECK(types.at(spent, 0).value == cents(905000));
    CHECK(types.at(budget, 1).value == cents(650000));
    CHECK(types.at(budget, 1).rows == rows({1, 3}));
    CHECK(types.at(estimate, 1).rows == rows({1}));

    const Breakdown &districts = figures.amountsByDistrict;
    REQUIRE(districts.categoryCount() == 3);
    CHECK(districts.categories().at(0).text == QStringLiteral("E"));
    CHECK(districts.at(budget, 0).value == cents(750000));
    CHECK(districts.at(spent, 0).value == cents(720000));
    CHECK(districts.at(budget, 2).rows == rows({3}));

    const Breakdown &slip = figures.slipDistribution;
    const int ended = slip.seriesIndex(CapitalFigures::endedKey);
    const int open = slip.seriesIndex(CapitalFigures::openKey);
    CHECK(slip.at(ended, slip.categoryIndex(QStringLiteral("on_time"))).rows == rows({1}));
    CHECK(slip.at(open, slip.categoryIndex(QStringLiteral("31-90"))).rows == rows({0}));
    CHECK(slip.at(ended, slip.categoryIndex(QStringLiteral("181-365"))).rows == rows({4}));
    CHECK(slip.total().rows == rows({0, 1, 4}));
    CHECK(CapitalFigures::slipBucketKey(0) == QStringLiteral("on_time"));
    CHECK(CapitalFigures::slipBucketKey(1) == QStringLiteral("1-30"));
    CHECK(CapitalFigures::slipBucketKey(366) == QStringLiteral("over_365"));
}

TEST_CASE("capital filters: Local District, Board District, school name or site code", "[dashboard][capital]")
{
    DashboardFilter filter = asOf(QDate(2023, 1, 1));
    filter.localDistrict = QStringLiteral("NE");
    CHECK(CapitalFigures::compute(handMade(), filter).projects.rows == rows({0, 2}));
    filter = asOf(QDate(2023, 1, 1));
    filter.boardDistrict = QStringLiteral("2");
    CHECK(CapitalFigures::compute(handMade(), filter).projects.rows == rows({1, 4}));
    filter.school = QStringLiteral("GARFIELD HS");
    CHECK(CapitalFigures::compute(handMade(), filter).projects.rows == rows({1, 4}));
    filter = asOf(QDate(2023, 1, 1));
    filter.school = QStringLiteral("1234");
    const CapitalFigures figures = CapitalFigures::compute(handMade(), filter);
    CHECK(figures.projects.rows == rows({0}));
    CHECK(figures.budget.value == cents(1100000));
    // Summaries are kept for every project, so a table can show them whatever the filter.
    CHECK(figures.summaries.size() == 5);
}

TEST_CASE("the capital sample: every project counted once in each breakdown", "[dashboard][capital][sample]")
{
    auto database = memoryDatabase();
    importData(*database, Dataset::CapitalProjects, "lausd-sample-capital-projects.csv");
    const QList<CapitalProject> projects = DatasetRepository(*database).capitalProjects();
    REQUIRE(projects.size() == 36);
    const CapitalFigures figures = CapitalFigures::compute(projects, asOf(QDate(2022, 10, 1)));
    CHECK(figures.projects.value == 36);
    CHECK(figures.byStage.total().rows == figures.projects.rows);
    CHECK(figures.byType.total().rows == figures.projects.rows);
    CHECK(figures.projects.illustrative);
    const int slipped = int(figures.slipDistribution.total().rows.size());
    CHECK(slipped + figures.notYetDue.value + figures.withoutPlannedEnd.value == 36);
    // The money adds up the same by type and by district.
    for (int series = 0; series < 3; ++series)
        CHECK(figures.amountsByType.seriesTotal(series) == figures.amountsByDistrict.seriesTotal(series));
    CHECK(figures.amountsByType.seriesTotal(0) == figures.budget);
}

TEST_CASE("the NYC export: money and lateness match a count made from the file", "[dashboard][capital][real]")
{
    const QString path = QStringLiteral(MILEPOST_SHARED_DIR)
        + QStringLiteral("/data/nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv");
    if (!QFile::exists(path)) {
        WARN("shared data file not found, skipping: " << path.toStdString());
        return;
    }
    auto database = memoryDatabase();
    DatasetImporter importer(*database);
    DatasetImporter::Request request;
    request.path = path;
    request.profile = BuiltInProfiles::nycSca();
    REQUIRE(importer.run(request).ok);
    const QList<CapitalProject> projects = DatasetRepository(*database).capitalProjects();
    REQUIRE(projects.size() == 6984);
    const CapitalFigures figures = CapitalFigures::compute(projects, asOf(QDate(2025, 4, 1)));

    // Counted from the CSV with a separate script (Python csv module), leaving out the one
    // row the import rejects (line 8574, phase "NULL"): the sums of the amount columns where
    // they hold a number, and the projects (building, type, description, DSF numbers) with a
    // phase whose actual end is after its planned end.
    CHECK(figures.budget.value == Q_INT64_C(1758816133100));
    CHECK(figures.estimate.value == Q_INT64_C(1798578568100));
    CHECK(figures.spent.value == Q_INT64_C(602174872700));
    CHECK(figures.projects.value == 6984);
    CHECK(figures.byStage.total().value == 6984);
    CHECK(figures.slipDistribution.seriesTotal(0).value == 1283);
    CHECK(figures.late.value - figures.openLate.value == 867);
    CHECK_FALSE(figures.projects.illustrative);
}

TEST_CASE("projects without any amount make no empty category among the amounts", "[dashboard][capital]")
{
    QList<CapitalProject> projects = handMade();
    projects.append(project("P6", "S", "7", "San Pedro EEC", "Early education",
                            {phase("Opening", "Not started", day(2022, 10, 31), {}, {})}));
    const CapitalFigures figures = CapitalFigures::compute(projects, asOf(QDate(2023, 1, 1)));
    CHECK(figures.byType.categoryIndex(QStringLiteral("early education")) >= 0);
    CHECK(figures.amountsByType.categoryIndex(QStringLiteral("early education")) == -1);
    CHECK(figures.amountsByDistrict.categoryIndex(QStringLiteral("s")) == -1);
    CHECK(figures.amountsByType.categoryCount() == 2);
}
