// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesting.h"

#include "report/milestonereport.h"
#include "report/reportprinter.h"
#include "report/reporttimelinesection.h"

#include <QFile>
#include <QTemporaryDir>

using namespace milepost;
using namespace milepost::test;

namespace {

MilestoneReport::Input bundledInput()
{
    MilestoneReport::Input input;
    input.plan = bundledPlan();
    input.asOf = QDate(2022, 12, 1);
    input.printedAt = QDateTime(QDate(2022, 12, 2), QTime(9, 30));
    return input;
}

// pdftotext -layout keeps a line's words apart by runs of spaces; one space is enough here.
QString simplified(const QString &text)
{
    return text.simplified();
}

} // namespace

TEST_CASE("the PDF has the pages the layout computed, each with title, as-of date and page number", "[report][pdf]")
{
    const QString path = testOutputPath(QStringLiteral("milestone-report.pdf"));
    MilestoneReport report(bundledInput());
    QString error;
    REQUIRE(ReportPrinter::writePdf(report, path, &error));
    INFO(error.toStdString());
    const int pages = report.pageCount();
    REQUIRE(pages > 10);
    CHECK(pdfPageCount(path) == pages);

    const QStringList texts = pdfPageTexts(path);
    REQUIRE(texts.size() == pages);
    for (int page = 0; page < pages; ++page) {
        INFO("page " << page + 1);
        const QString text = simplified(texts[page]);
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages)));
        CHECK(text.contains(QStringLiteral("Milestone report: 100-Day Plan")));
        CHECK(text.contains(QStringLiteral("As of")));
    }

    const QString title = simplified(texts.first());
    for (const char *expected : {"Status as of", "Filters", "None: the whole plan", "Key figures", "Objectives",
                                 "Milestones", "Overdue", "Legend", "Contents", "Printed"}) {
        INFO(expected);
        CHECK(title.contains(QString::fromUtf8(expected)));
    }
    CHECK(title.contains(QStringLiteral("42 objectives, 160 milestones")));
    // Paper has no today line, so its legend has no entry for one.
    CHECK_FALSE(title.contains(QStringLiteral("Today")));

    // The tables: every objective's heading, and the column header on every table page.
    QString tables;
    for (int page = report.firstTablePage(); page < report.firstTimelinePage(); ++page) {
        const QString text = simplified(texts[page]);
        CHECK(text.contains(QStringLiteral("Milestone Start End Status Quarters marked")));
        tables += text + QLatin1Char(' ');
    }
    for (const Objective &objective : report.input().plan.objectives) {
        const QString words = objective.title.section(QLatin1Char(' '), 0, 2);
        INFO(objective.title.toStdString());
        CHECK(tables.contains(words));
    }
    CHECK(tables.contains(QStringLiteral("Receive Board approval for graduation profile")));

    // The timeline: the time header and the row labels on every page.
    for (int page = report.firstTimelinePage(); page < pages; ++page) {
        INFO("page " << page + 1);
        const QString text = simplified(texts[page]);
        CHECK(text.contains(QStringLiteral("Phase, objective, milestone")));
        CHECK(text.contains(QStringLiteral("Timeline · Rows")));
        CHECK(text.contains(QStringLiteral(" Q")));
    }
    CHECK(simplified(texts[report.firstTimelinePage()]).contains(QStringLiteral("Overdue")));
}

TEST_CASE("PDF pages render to PNG for a person to look at", "[report][pdf]")
{
    const QString path = testOutputPath(QStringLiteral("milestone-report-greyscale.pdf"));
    auto input = bundledInput();
    input.options.greyscale = true;
    input.options.orientation = ReportPageOptions::Orientation::Portrait;
    MilestoneReport report(input);
    QString error;
    REQUIRE(ReportPrinter::writePdf(report, path, &error));
    CHECK(pdfPageCount(path) == report.pageCount());
    popplerOutput(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                               QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                               QString::number(report.firstTimelinePage() + 1), path,
                                               testOutputPath(QStringLiteral("milestone-report-greyscale"))});
    CHECK(QFile::exists(testOutputPath(QStringLiteral("milestone-report-greyscale-01.png"))));
}

TEST_CASE("a PDF that cannot be written leaves nothing and says why in one line", "[report][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    MilestoneReport report(bundledInput());
    QString error;
    CHECK_FALSE(ReportPrinter::writePdf(report, dir.filePath(QStringLiteral("missing/report.pdf")), &error));
    CHECK(error.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(error.contains(QLatin1Char('\n')));
    CHECK_FALSE(ReportPrinter::writePdf(report, dir.path(), &error));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // Over an existing file, the new report replaces it whole.
    const QString existing = dir.filePath(QStringLiteral("report.pdf"));
    {
        QFile file(existing);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("old report");
    }
    REQUIRE(ReportPrinter::writePdf(report, existing, &error));
    CHECK(pdfPageCount(existing) == report.pageCount());
}
