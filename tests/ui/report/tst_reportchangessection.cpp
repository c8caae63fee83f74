// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesting.h"

#include "report/milestonereport.h"
#include "report/reportchangessection.h"
#include "report/reportprinter.h"

using namespace milepost;
using namespace milepost::test;

namespace {

using Field = ProgressField::Id;

// The bundled plan with stable ids 1, 2, 3... in plan order, and the updates given.
MilestoneReport::Input inputWith(const QList<ProgressEntry> &entries)
{
    MilestoneReport::Input input;
    input.plan = bundledPlan();
    input.asOf = QDate(2022, 11, 1);
    input.printedAt = QDateTime(QDate(2022, 11, 2), QTime(9, 30));
    QList<QList<qint64>> ids;
    qint64 next = 1;
    for (const Objective &objective : input.plan.objectives) {
        QList<qint64> objectiveIds;
        for (qsizetype m = 0; m < objective.milestones.size(); ++m)
            objectiveIds.append(next++);
        ids.append(objectiveIds);
    }
    input.progress = RecordedProgress(ids, entries);
    input.options.changesSince = QDate(2022, 10, 1);
    return input;
}

ProgressEntry entry(qint64 id, qint64 milestone, const QDate &asOf, const QString &note, const QList<ProgressEntry::Change> &changes)
{
    ProgressEntry e;
    e.id = id;
    e.milestoneId = milestone;
    e.milestoneTitle = QStringLiteral("Milestone number %1").arg(milestone);
    e.objectiveTitle = QStringLiteral("Objective of %1").arg(milestone);
    e.asOf = asOf;
    e.enteredBy = QStringLiteral("ana");
    e.note = note;
    e.version = 1;
    e.changes = changes;
    return e;
}

// Oldest first: one before the section's dates, three in them, one after the as-of date.
QList<ProgressEntry> scriptedHistory()
{
    return {
        entry(1, 1, QDate(2022, 9, 15), QStringLiteral("Before the section"),
              {{Field::Status, {}, QStringLiteral("on_track")}, {Field::ActualStart, {}, QStringLiteral("2022-09-01")}}),
        entry(2, 1, QDate(2022, 10, 10), QStringLiteral("Vendor late"),
              {{Field::Status, QStringLiteral("on_track"), QStringLiteral("at_risk")},
               {Field::ActualStart, QStringLiteral("2022-09-01"), QStringLiteral("2022-09-20")}}),
        entry(3, 2, QDate(2022, 10, 12), QString(),
              {{Field::Status, QStringLiteral("on_track"), QStringLiteral("done")}, {Field::ActualEnd, {}, QStringLiteral("2022-10-05")}}),
        entry(4, 3, QDate(2022, 10, 20), QStringLiteral("Percent only"), {{Field::Percent, QStringLiteral("10"), QStringLiteral("35")}}),
        entry(5, 3, QDate(2022, 11, 20), QStringLiteral("After the as-of date"), {{Field::Percent, QStringLiteral("35"), QStringLiteral("50")}}),
    };
}

QString changesPagesText(const MilestoneReport &report, const QStringList &texts)
{
    QString text;
    for (int page = report.firstChangesPage(); page < report.firstTimelinePage(); ++page)
        text += texts.value(page).simplified() + QLatin1Char(' ');
    return text;
}

} // namespace

TEST_CASE("a change's text names completions, old and new values and the days an actual date slipped", "[report][changes]")
{
    const QList<ProgressEntry> history = scriptedHistory();
    const QString moved = ReportChangesSection::changesText(history.at(1));
    CHECK(moved.contains(QStringLiteral("Status: On track → At risk")));
    CHECK(moved.contains(QStringLiteral("(slipped 19 days)")));
    CHECK(ReportChangesSection::changesText(history.at(2)).startsWith(QStringLiteral("Completed (status was On track)")));
    CHECK(ReportChangesSection::changesText(history.at(3)) == QStringLiteral("Percent complete: 10% → 35%"));
    // An actual date moved earlier did not slip.
    const ProgressEntry earlier = entry(9, 1, QDate(2022, 10, 2), QString(),
                                        {{Field::ActualEnd, QStringLiteral("2022-10-05"), QStringLiteral("2022-10-01")}});
    CHECK_FALSE(ReportChangesSection::changesText(earlier).contains(QStringLiteral("slipped")));
}

TEST_CASE("the PDF's Changes since pages list the updates between the two dates, under a count", "[report][changes][pdf]")
{
    MilestoneReport report(inputWith(scriptedHistory()));
    REQUIRE(report.changes());
    const QString path = testOutputPath(QStringLiteral("report-changes-since.pdf"));
    QString error;
    REQUIRE(ReportPrinter::writePdf(report, path, &error));
    const QStringList texts = pdfPageTexts(path);
    REQUIRE(texts.size() == report.pageCount());
    REQUIRE(report.firstTimelinePage() - report.firstChangesPage() == 1);
    CHECK(report.pageKind(report.firstChangesPage()) == MilestoneReport::PageKind::Changes);

    const QString changes = changesPagesText(report, texts);
    for (const char *expected : {"Changes since", "3 updates on 3 milestones: 2 status changes, 1 completed",
                                 "As of Milestone What changed Note", "Milestone number 1", "Objective of 1",
                                 "Status: On track → At risk", "slipped 19 days", "Vendor late (ana)",
                                 "Completed (status was On track)", "Percent complete: 10% → 35%", "Percent only"}) {
        INFO(expected);
        CHECK(changes.contains(QString::fromUtf8(expected)));
    }
    CHECK_FALSE(changes.contains(QStringLiteral("Before the section")));
    CHECK_FALSE(changes.contains(QStringLiteral("After the as-of date")));
    // Newest first.
    CHECK(changes.indexOf(QStringLiteral("Percent only")) < changes.indexOf(QStringLiteral("Vendor late")));
    // The contents on the title page point to the section.
    const QString title = texts.first().simplified();
    CHECK(title.contains(QStringLiteral("Changes since")));
    CHECK(title.contains(QStringLiteral("page %1").arg(report.firstChangesPage() + 1)));
}

TEST_CASE("the Changes since section keeps only the milestones the filters keep, and says when nothing changed", "[report][changes][pdf]")
{
    MilestoneReport::Input input = inputWith(scriptedHistory());
    // Keep the first objective's first milestone only (id 1), as ReportFilter would.
    input.plan.objectives.resize(1);
    input.plan.objectives[0].milestones.resize(1);
    input.progress = input.progress.filtered({{0, {0}}});
    MilestoneReport report(input);
    REQUIRE(report.changes());
    CHECK(report.changes()->rowCount() == 1);

    MilestoneReport::Input quiet = inputWith({});
    MilestoneReport empty(quiet);
    REQUIRE(empty.changes());
    const QString path = testOutputPath(QStringLiteral("report-changes-none.pdf"));
    QString error;
    REQUIRE(ReportPrinter::writePdf(empty, path, &error));
    const QStringList texts = pdfPageTexts(path);
    REQUIRE(empty.firstTimelinePage() - empty.firstChangesPage() == 1);
    CHECK(changesPagesText(empty, texts).contains(QStringLiteral("No progress was recorded between these dates.")));

    MilestoneReport::Input without = inputWith(scriptedHistory());
    without.options.changesSince = QDate();
    MilestoneReport plain(without);
    CHECK_FALSE(plain.changes());
    CHECK(plain.firstChangesPage() == plain.firstTimelinePage());
}

TEST_CASE("many changes run over several pages, each with the column header, none lost or cut", "[report][changes][pdf]")
{
    QList<ProgressEntry> history;
    for (int i = 0; i < 240; ++i) {
        history.append(entry(i + 1, i % 150 + 1, QDate(2022, 10, 2).addDays(i % 30), QStringLiteral("Note %1 end").arg(i + 1),
                             {{Field::Percent, QString::number(i % 100), QString::number(i % 100 + 1)}}));
    }
    MilestoneReport report(inputWith(history));
    const QString path = testOutputPath(QStringLiteral("report-changes-many.pdf"));
    QString error;
    REQUIRE(ReportPrinter::writePdf(report, path, &error));
    const QStringList texts = pdfPageTexts(path);
    const int first = report.firstChangesPage();
    const int pages = report.firstTimelinePage() - first;
    REQUIRE(pages > 2);
    QString all;
    for (int page = first; page < first + pages; ++page) {
        INFO("page " << page + 1);
        const QString text = texts.value(page).simplified();
        CHECK(text.contains(QStringLiteral("As of Milestone What changed Note")));
        all += text + QLatin1Char(' ');
    }
    for (int i = 1; i <= 240; ++i) {
        INFO("note " << i);
        CHECK(all.count(QStringLiteral("Note %1 end").arg(i)) == 1);
    }
}
