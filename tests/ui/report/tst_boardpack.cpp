// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesting.h"
#include "dashboard/dashboardfixture.h"

#include "charts/chartspec.h"
#include "dashboard/capitalfigures.h"
#include "dashboard/capitalpage.h"
#include "dashboard/drilldownpanel.h"
#include "dashboard/enrollmentfigures.h"
#include "dashboard/keyfiguretile.h"
#include "dashboard/planfigures.h"
#include "dashboard/schoolyear.h"
#include "dashboard/staffingfigures.h"
#include "dashboard/staffingpage.h"
#include "report/boardpack.h"
#include "report/boardpackbuilder.h"
#include "report/dashboardreportpart.h"
#include "report/offscreendashboard.h"
#include "report/reportprinter.h"

#include <QLocale>
#include <QRegularExpression>

using namespace milepost;
using namespace milepost::test;
using Kind = BoardPackSection::Kind;

namespace {

MilestoneReport::Input planInput()
{
    MilestoneReport::Input input;
    input.plan = bundledPlan();
    input.asOf = planAsOf();
    input.printedAt = QDateTime(QDate(2022, 10, 16), QTime(9, 30));
    return input;
}

DashboardFilter filterAsOf()
{
    DashboardFilter filter;
    filter.asOf = planAsOf();
    return filter;
}

// The text of a PDF's pages in the order it was painted (pdftotext -raw: a card's caption, value
// and explanation together, not the row of cards line by line), runs of spaces made one.
QStringList simplifiedPages(const QString &path)
{
    QStringList pages = popplerOutput(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")})
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString &page : pages)
        page = page.simplified();
    return pages;
}

// The lines of `pdfimages -list` that name an image on page (1-based); all pages when 0.
QStringList imagesOn(const QString &path, int page = 0)
{
    QStringList images;
    const QStringList lines = popplerOutput(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}).split(QLatin1Char('\n'));
    for (const QString &line : lines.mid(2)) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        if (fields.size() > 2 && (page == 0 || fields.first().toInt() == page))
            images.append(line);
    }
    return images;
}

QString pagesText(int first, int count)
{
    return count == 1 ? QStringLiteral("page %1").arg(first + 1)
                      : QStringLiteral("pages %1–%2").arg(first + 1).arg(first + count);
}

} // namespace

TEST_CASE("a board pack has one contents page naming each section's pages and one page numbering",
          "[report][boardpack][pdf]")
{
    isolateSettings();
    BoardPackBuilder::Source source;
    source.plan = planInput();
    const OffscreenDashboard dashboard(shippedData(), filterAsOf());
    dashboard.fill(&source);
    const auto pack = BoardPackBuilder::pack(BoardPackSection::all(), source);
    const QString path = testOutputPath(QStringLiteral("board-pack.pdf"));
    QString error;
    REQUIRE(ReportPrinter::writePdf(*pack, path, &error));
    INFO(error.toStdString());

    const int pages = pack->pageCount();
    REQUIRE(pack->partCount() == 6);
    CHECK(pdfPageCount(path) == pages);
    const QStringList texts = simplifiedPages(path);
    REQUIRE(texts.size() == pages);
    for (int page = 0; page < pages; ++page) {
        INFO("page " << page + 1);
        CHECK(texts[page].contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages)));
        CHECK(texts[page].contains(QStringLiteral("Board pack: 100-Day Plan")));
        // One numbering: no page says it is page 1 of a shorter document.
        CHECK(texts[page].count(QRegularExpression(QStringLiteral("Page \\d+ of \\d+"))) == 1);
    }

    // The contents: every section, in order, with the pages it starts and ends on.
    const QString contents = texts.first();
    CHECK(contents.contains(QStringLiteral("Contents")));
    CHECK(contents.contains(QStringLiteral("Dashboard filters: none, every row")));
    qsizetype at = 0;
    for (int part = 0; part < pack->partCount(); ++part) {
        const QString entry = QStringLiteral("%1. %2 %3")
                                  .arg(part + 1)
                                  .arg(BoardPackSection::title(BoardPackSection::all().at(part)),
                                       pagesText(pack->firstPageOf(part), pack->part(part).pageCount()));
        INFO(entry.toStdString());
        const qsizetype found = contents.indexOf(entry);
        CHECK(found > at);
        at = found;
        CHECK(pack->part(part).pageCount() > 0);
        if (part + 1 < pack->partCount())
            CHECK(pack->firstPageOf(part + 1) == pack->firstPageOf(part) + pack->part(part).pageCount());
    }
    CHECK(pack->firstPageOf(0) == 1);
    // Every page drawn as lines and text: the charts and the timeline hold no image.
    CHECK(imagesOn(path).isEmpty());
    CHECK(pack->firstPageOf(5) + pack->part(5).pageCount() == pages);

    // Each section starts where the contents say.
    CHECK(texts[pack->firstPageOf(0)].contains(QStringLiteral("Key figures")));
    CHECK_FALSE(texts[pack->firstPageOf(0)].contains(QStringLiteral("Contents"))); // the pack's, not the plan's
    CHECK(texts[pack->firstPageOf(1)].contains(QStringLiteral("Milestone Start End Status Quarters marked")));
    CHECK(texts[pack->firstPageOf(2)].contains(QStringLiteral("Timeline ·")));
    CHECK(texts[pack->firstPageOf(3)].contains(QStringLiteral("Staffing Filters None: every row")));
    CHECK(texts[pack->firstPageOf(4)].contains(QStringLiteral("Enrollment Filters")));
    CHECK(texts[pack->firstPageOf(5)].contains(QStringLiteral("Capital projects Filters")));
}

TEST_CASE("a greyscale board pack has no colour on any page, its sample-data badges included",
          "[report][boardpack][greyscale]")
{
    isolateSettings();
    const OffscreenDashboard dashboard(shippedData(), filterAsOf());
    const QList<Kind> sections{Kind::PlanSummary, Kind::Staffing, Kind::Enrollment, Kind::Capital};
    for (const bool greyscale : {false, true}) {
        INFO((greyscale ? "greyscale" : "colour"));
        BoardPackBuilder::Source source;
        source.plan = planInput();
        source.plan.options.greyscale = greyscale;
        dashboard.fill(&source);
        const auto pack = BoardPackBuilder::pack(sections, source);
        pack->layout(ReportPrinter::pageLayout(source.plan.options).paintRect(QPageLayout::Point).size()
                     * ReportStyle::unitsPerPoint);
        REQUIRE(pack->pageCount() > 4);
        int colourPages = 0;
        for (int page = 0; page < pack->pageCount(); ++page)
            colourPages += hasColour(ReportPrinter::renderPage(*pack, page, 40)) ? 1 : 0;
        // In colour the shipped sample data's badges and the bars show colour, so the check can fail.
        CHECK((greyscale ? colourPages == 0 : colourPages > 0));
    }
}

TEST_CASE("a dashboard page's report shows the key figures core computes, with their explanations",
          "[report][boardpack][pdf]")
{
    isolateSettings();
    const DashboardData data = shippedData();
    const DashboardFilter filter = filterAsOf();
    BoardPackBuilder::Source source;
    source.plan = planInput();
    const OffscreenDashboard dashboard(data, filter);
    dashboard.fill(&source);

    const PlanFigures plan = PlanFigures::compute(data.plan, filter.asOf, MilestoneStatus::Options{}, &data.progress);
    const StaffingFigures staffing = StaffingFigures::compute(data.staffing, filter);
    const EnrollmentFigures enrollment = EnrollmentFigures::compute(data.enrollment, filter);
    const CapitalFigures capital = CapitalFigures::compute(data.projects, filter);
    REQUIRE(staffing.hires.value > 0);
    REQUIRE(capital.budget.value > 0);
    const auto number = [](qint64 value) { return QLocale().toString(value); };
    const auto money = [](qint64 cents) { return ChartSpec::formatValue(double(cents), ChartSpec::Format::Money); };
    const std::pair<Kind, QStringList> expected[]{
        {Kind::PlanSummary, {QStringLiteral("Objectives %1").arg(number(plan.objectivesByStatus.total().value)),
                             QStringLiteral("Overdue %1").arg(number(plan.milestonesIn(MilestoneStatus::State::Overdue).value))}},
        {Kind::Staffing, {QStringLiteral("Hires %1").arg(number(staffing.hires.value)),
                          QStringLiteral("in %1").arg(SchoolYear::text(staffing.schoolYear)), QStringLiteral("Rows not added")}},
        {Kind::Enrollment, {QStringLiteral("Students %1").arg(number(enrollment.total.value))}},
        {Kind::Capital, {QStringLiteral("Projects %1").arg(number(capital.projects.value)),
                         QStringLiteral("Budget %1").arg(money(capital.budget.value)),
                         QStringLiteral("sum of %1 projects").arg(number(capital.budget.rowCount())),
                         QStringLiteral("Spent %1").arg(money(capital.spent.value))}},
    };
    for (const auto &[kind, texts] : expected) {
        INFO(BoardPackSection::key(kind).toStdString());
        const auto report = BoardPackBuilder::pageReport(kind, source);
        REQUIRE(report);
        const QString path = testOutputPath(QStringLiteral("dashboard-%1.pdf").arg(BoardPackSection::key(kind)));
        QString error;
        REQUIRE(ReportPrinter::writePdf(*report, path, &error));
        CHECK_FALSE(report->hasContentsPage());
        const QStringList pages = simplifiedPages(path);
        REQUIRE(pages.size() == report->pageCount());
        const QString title = kind == Kind::PlanSummary ? QStringLiteral("Plan") : BoardPackSection::title(kind);
        CHECK(pages.first().contains(QStringLiteral("Dashboard: %1").arg(title)));
        for (const QString &text : texts) {
            INFO(text.toStdString());
            CHECK(pages.first().contains(text));
        }
        // The charts are drawn, not pasted: no image in the file, and their labels are text.
        CHECK(imagesOn(path).isEmpty());
        const auto &part = static_cast<const DashboardReportPart &>(report->part(0));
        for (int chart = 0; chart < part.content().charts.size(); ++chart) {
            const ChartSpec &spec = part.content().charts.at(chart);
            const int page = report->firstPageOf(0) + part.chartPage(chart);
            INFO(spec.title.toStdString());
            REQUIRE(page >= 0);
            CHECK(pages.at(page).contains(spec.title.simplified().section(QLatin1Char(' '), 0, 2)));
            if (spec.isEmpty() || spec.kind == ChartSpec::Kind::Donut)
                continue;
            for (const QString &category : spec.categories) {
                INFO(category.toStdString());
                CHECK(pages.at(page).contains(category.simplified()));
            }
        }
    }
}

TEST_CASE("a dashboard page's report states the filters it was counted under", "[report][boardpack][pdf]")
{
    isolateSettings();
    DashboardFilter filter = filterAsOf();
    filter.localDistrict = QStringLiteral("NW");
    BoardPackBuilder::Source source;
    source.plan = planInput();
    const OffscreenDashboard dashboard(shippedData(), filter);
    dashboard.fill(&source);
    const auto report = BoardPackBuilder::pageReport(Kind::Staffing, source);
    const QString path = testOutputPath(QStringLiteral("dashboard-staffing-nw.pdf"));
    QString error;
    REQUIRE(ReportPrinter::writePdf(*report, path, &error));
    const QString first = simplifiedPages(path).first();
    CHECK(first.contains(QStringLiteral("Filters Local District: NW")));
    const StaffingFigures nw = StaffingFigures::compute(shippedData().staffing, filter);
    CHECK(first.contains(QStringLiteral("Hires %1").arg(QLocale().toString(nw.hires.value))));
}

TEST_CASE("the rows of a figure drilled into follow its page, with the column header on every page",
          "[report][boardpack][pdf]")
{
    isolateSettings();
    BoardPackBuilder::Source source;
    source.plan = planInput();
    const OffscreenDashboard dashboard(shippedData(), filterAsOf());
    dashboard.fill(&source);
    const StaffingPage &page = dashboard.staffing();
    KeyFigureTile *hires = page.findChild<KeyFigureTile *>(QStringLiteral("hiresTile"));
    REQUIRE(hires);
    hires->click();
    REQUIRE(page.drillDown()->isDrilled());
    const qint64 rows = page.drillDown()->shownRowCount();
    REQUIRE(rows > 40); // more than a page

    const auto report = BoardPackBuilder::pageReport(Kind::Staffing, source);
    const auto &part = static_cast<const DashboardReportPart &>(report->part(0));
    REQUIRE(part.content().table);
    CHECK(part.content().table->rows.size() == rows);
    const QString path = testOutputPath(QStringLiteral("dashboard-staffing-hires.pdf"));
    QString error;
    REQUIRE(ReportPrinter::writePdf(*report, path, &error));
    const QStringList pages = simplifiedPages(path);
    REQUIRE(part.firstTablePage() >= 0);
    REQUIRE(pages.size() > part.firstTablePage() + 1);
    CHECK(pages.at(part.firstTablePage()).contains(QStringLiteral("Rows behind the figure:")));
    for (int p = part.firstTablePage(); p < pages.size(); ++p) {
        INFO("page " << p + 1);
        CHECK(pages.at(p).contains(QStringLiteral("Period Local District Site")));
    }

    // Without drilled tables the pack leaves them out.
    source.drilledTables = false;
    const auto plain = BoardPackBuilder::pageReport(Kind::Staffing, source);
    CHECK_FALSE(static_cast<const DashboardReportPart &>(plain->part(0)).content().table.has_value());
}
