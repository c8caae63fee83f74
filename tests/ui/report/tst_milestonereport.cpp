// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesting.h"

#include "report/milestonereport.h"
#include "report/reportfilter.h"
#include "report/reportprinter.h"
#include "report/reporttablesection.h"
#include "report/reporttimelinesection.h"

#include <QImage>

using namespace milepost;
using namespace milepost::test;

namespace {

MilestoneReport::Input inputFor(const Plan &plan, const ReportPageOptions &options = {})
{
    MilestoneReport::Input input;
    input.plan = plan;
    input.asOf = QDate(2022, 12, 1);
    input.printedAt = QDateTime(QDate(2022, 12, 2), QTime(9, 30));
    input.options = options;
    return input;
}

// The printable area of the options' page, as ReportPrinter lays the report out.
QSizeF pageArea(const ReportPageOptions &options)
{
    return ReportPrinter::pageLayout(options).paintRect(QPageLayout::Point).size() * ReportStyle::unitsPerPoint;
}

qreal bodyHeight(const ReportPageOptions &options)
{
    return pageArea(options).height() - MilestoneReport::headerHeight() - MilestoneReport::footerHeight();
}

} // namespace

TEST_CASE("the report has a title page, the table pages and the timeline's bands times tiles", "[report]")
{
    MilestoneReport report(inputFor(bundledPlan()));
    report.layout(pageArea(report.input().options));
    const auto &tables = report.tables();
    const auto &timeline = report.timeline();
    REQUIRE(tables.pageCount() > 1);
    REQUIRE(timeline.bandCount() > 1);
    REQUIRE(timeline.tileCount() > 1);
    CHECK(report.pageCount() == 1 + tables.pageCount() + timeline.bandCount() * timeline.tileCount());
    CHECK(report.pageKind(0) == MilestoneReport::PageKind::Title);
    CHECK(report.pageKind(1) == MilestoneReport::PageKind::Tables);
    CHECK(report.pageKind(report.firstTimelinePage()) == MilestoneReport::PageKind::Timeline);
    CHECK(report.pageKind(report.pageCount() - 1) == MilestoneReport::PageKind::Timeline);
}

TEST_CASE("table pages hold every row once, none cut at the page foot", "[report]")
{
    const ReportPageOptions options;
    MilestoneReport report(inputFor(bundledPlan(), options));
    report.layout(pageArea(options));
    const auto &pages = report.tables().pages();
    int next = 0;
    for (const auto &page : pages) {
        CHECK(page.firstRow == next);
        CHECK_FALSE(page.oversized);
        CHECK(page.usedHeight <= bodyHeight(options) + 1e-6);
        next += page.rowCount;
    }
    // One row per objective heading and one per milestone.
    CHECK(next == report.tables().rowCount());
    CHECK(report.tables().rowCount() == 42 + 160);
}

TEST_CASE("timeline bands cover every row once and tiles meet without a gap", "[report]")
{
    const ReportPageOptions options;
    MilestoneReport report(inputFor(bundledPlan(), options));
    report.layout(pageArea(options));
    const auto &timeline = report.timeline();
    int next = 0;
    for (const auto &band : timeline.bands()) {
        CHECK(band.firstRow == next);
        CHECK(band.usedHeight <= bodyHeight(options) + 1e-6);
        next += band.rowCount;
    }
    CHECK(next == timeline.rowCount());
    const auto &tiles = timeline.tiles();
    CHECK(tiles.first().first == timeline.first());
    CHECK(tiles.last().last == timeline.last());
    for (int i = 1; i < tiles.size(); ++i)
        CHECK(tiles[i - 1].last.addDays(1) == tiles[i].first);
    // Whole quarters around the plan's dates.
    CHECK(timeline.first().day() == 1);
    CHECK((timeline.first().month() - 1) % 3 == 0);
}

TEST_CASE("timeline pages are filled, the widest page across too, and long names wrap instead of being cut",
          "[report][timeline]")
{
    const ReportPageOptions options;
    MilestoneReport report(inputFor(bundledPlan(), options));
    report.layout(pageArea(options));
    const auto &timeline = report.timeline();
    const auto &bands = timeline.bands();
    REQUIRE(bands.size() > 3);
    // Every page but the first (under the legend) and the last two (which may share their rows)
    // is at least 85% full (a phase or objective heading moves on with its first row).
    for (qsizetype i = 1; i + 2 < bands.size(); ++i) {
        INFO("band " << i + 1);
        CHECK(bands.at(i).usedHeight >= 0.85 * bodyHeight(options));
    }
    // The readable scale is widened until the widest page across is full.
    const qreal chartWidth = pageArea(options).width() - timeline.labelWidth();
    qreal widest = 0;
    for (const auto &tile : timeline.tiles())
        widest = std::max(widest, qreal(tile.width));
    CHECK(widest >= 0.97 * chartWidth);
    CHECK(widest <= chartWidth + 1e-6);

    // A name is printed whole over up to three lines; a longer one ends elided on the third.
    int wrapped = 0;
    for (int row = 0; row < timeline.rowCount(); ++row) {
        const QStringList lines = timeline.labelLines(row);
        const QString name = timeline.labelLines(row).join(QLatin1Char(' '));
        REQUIRE_FALSE(lines.isEmpty());
        CHECK(lines.size() <= 3);
        if (lines.size() > 1) {
            ++wrapped;
            CHECK(timeline.rowHeight(row) > timeline.rowHeight(0));
        }
        if (lines.size() < 3)
            CHECK_FALSE(name.endsWith(QStringLiteral("…")));
    }
    CHECK(wrapped > 10);
}

TEST_CASE("fit to page width prints the timeline one page across", "[report]")
{
    ReportPageOptions options;
    options.timelineScale = ReportPageOptions::TimelineScale::FitToPageWidth;
    MilestoneReport report(inputFor(bundledPlan(), options));
    report.layout(pageArea(options));
    CHECK(report.timeline().tileCount() == 1);
    CHECK(report.timeline().pageCount() == report.timeline().bandCount());
}

TEST_CASE("portrait paper needs more pages than landscape for the same timeline", "[report]")
{
    ReportPageOptions landscape;
    ReportPageOptions portrait;
    portrait.orientation = ReportPageOptions::Orientation::Portrait;
    MilestoneReport wide(inputFor(bundledPlan(), landscape));
    MilestoneReport tall(inputFor(bundledPlan(), portrait));
    wide.layout(pageArea(landscape));
    tall.layout(pageArea(portrait));
    CHECK(tall.timeline().tileCount() > wide.timeline().tileCount());
    CHECK(tall.timeline().bandCount() < wide.timeline().bandCount());
}

TEST_CASE("a date range prints only that part of the timeline", "[report]")
{
    ReportPageOptions options;
    options.rangeFirst = QDate(2022, 7, 1);
    options.rangeLast = QDate(2022, 12, 31);
    MilestoneReport report(inputFor(bundledPlan(), options));
    report.layout(pageArea(options));
    CHECK(report.timeline().first() == options.rangeFirst);
    CHECK(report.timeline().last() == options.rangeLast);
    CHECK(report.timeline().tileCount() == 1);
}

TEST_CASE("the timeline prints the quarters the plan marks unless every date is asked for", "[report]")
{
    ReportPageOptions options;
    MilestoneReport marked(inputFor(bundledPlan(), options));
    marked.layout(pageArea(options));
    // The tables mark 2022 Q2 to 2023 Q4; one task began on 1/16/20.
    CHECK(marked.timeline().first() == QDate(2022, 4, 1));
    CHECK(marked.timeline().last() == QDate(2023, 12, 31));

    options.timelineSpan = ReportPageOptions::TimelineSpan::AllDates;
    MilestoneReport all(inputFor(bundledPlan(), options));
    all.layout(pageArea(options));
    CHECK(all.timeline().first() == QDate(2020, 1, 1));
    CHECK(all.timeline().last() == QDate(2023, 12, 31));
    CHECK(all.timeline().bandCount() == marked.timeline().bandCount());
    CHECK(all.timeline().tileCount() > marked.timeline().tileCount());
}

TEST_CASE("a filter that matches nothing gives a title page that says so", "[report]")
{
    ReportFilter filter;
    QString error;
    REQUIRE(filter.add(QStringLiteral("search=no-such-words-anywhere"), &error));
    auto input = inputFor(filter.apply(bundledPlan(), QDate(2022, 12, 1)));
    input.filters = filter.describe();
    MilestoneReport report(input);
    report.layout(pageArea(input.options));
    CHECK(report.pageCount() == 1);
    CHECK(report.timeline().isEmpty());
    const QImage page = ReportPrinter::renderPage(report, 0, 60);
    CHECK_FALSE(page.isNull());
}

TEST_CASE("greyscale pages have no colour, colour pages do", "[report]")
{
    ReportPageOptions grey;
    grey.greyscale = true;
    MilestoneReport greyReport(inputFor(bundledPlan(), grey));
    MilestoneReport colourReport(inputFor(bundledPlan()));
    greyReport.layout(pageArea(grey));
    colourReport.layout(pageArea({}));
    // The title page (key figures, legend) and a timeline page with bars.
    for (int page : {0, greyReport.firstTimelinePage() + 1}) {
        INFO("page " << page + 1);
        const QImage greyImage = ReportPrinter::renderPage(greyReport, page, 50);
        const QImage colourImage = ReportPrinter::renderPage(colourReport, page, 50);
        CHECK_FALSE(hasColour(greyImage));
        CHECK(hasColour(colourImage));
        greyImage.save(testOutputPath(QStringLiteral("report-grey-page-%1.png").arg(page + 1)));
        colourImage.save(testOutputPath(QStringLiteral("report-colour-page-%1.png").arg(page + 1)));
    }
}

TEST_CASE("a thousand milestones paginate with rows whole on every page", "[report]")
{
    const ReportPageOptions options;
    MilestoneReport report(inputFor(generatedPlan(1000), options));
    report.layout(pageArea(options));
    int milestones = 0;
    for (const auto &page : report.tables().pages()) {
        CHECK(page.usedHeight <= bodyHeight(options) + 1e-6);
        milestones += page.rowCount;
    }
    CHECK(milestones == 1000 + 100);
    CHECK(report.timeline().rowCount() == 4 + 100 + 1000); // phases, objectives, milestones
}
