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

// A plan edit dated in the sections's dates: the first milestone with a dated end (its id in
// *id) moved 30 days later, with a note.
PlanHistory historyWithSlip(const MilestoneReport::Input &input, qint64 *id)
{
    PlanHistory history;
    history.imported = input.plan;
    history.importedIds = input.progress.milestoneIds();
    for (int o = 0; o < input.plan.objectives.size() && *id == 0; ++o) {
        for (int m = 0; m < input.plan.objectives.at(o).milestones.size(); ++m) {
            const Milestone &milestone = input.plan.objectives.at(o).milestones.at(m);
            const qint64 candidate = history.importedIds.at(o).at(m);
            if (candidate <= 3 || !milestone.end.isDated())
                continue;
            *id = candidate;
            PlanEditEntry edit;
            edit.id = 1;
            edit.milestoneId = candidate;
            edit.objective = ObjectiveKey::ofPlan(input.plan).at(o);
            edit.asOf = QDate(2022, 10, 5);
            edit.enteredBy = QStringLiteral("ben");
            edit.note = QStringLiteral("Board asked");
            edit.changes = {{PlanEditField::Id::PlannedEnd, milestone.end.canonical(),
                             milestone.end.lastDay().addDays(30).toString(Qt::ISODate)}};
            history.edits = {edit};
            break;
        }
    }
    return history;
}

} // namespace

TEST_CASE("the PDF's Changes since pages list plan edits and progress between the two dates, grouped under a count", "[report][changes][pdf]")
{
    MilestoneReport::Input input = inputWith(scriptedHistory());
    qint64 slipped = 0;
    input.planHistory = historyWithSlip(input, &slipped);
    REQUIRE(slipped != 0);
    MilestoneReport report(input);
    REQUIRE(report.changes());
    const QString path = testOutputPath(QStringLiteral("report-changes-since.pdf"));
    QString error;
    REQUIRE(ReportPrinter::writePdf(report, path, &error));
    const QStringList texts = pdfPageTexts(path);
    REQUIRE(texts.size() == report.pageCount());
    REQUIRE(report.firstTimelinePage() - report.firstChangesPage() == 1);
    CHECK(report.pageKind(report.firstChangesPage()) == MilestoneReport::PageKind::Changes);
    // Milestone 1: status and actual start; 2: completed; 3: percent; the plan edit: dates moved.
    CHECK(report.changes()->rowCount() == 5);

    const QString changes = changesPagesText(report, texts);
    for (const char *expected : {"Changes since", "1 completed, 1 with dates moved (1 slipped), 1 status change, "
                                 "1 percent change, 1 other change on 4 milestones; from 3 progress updates and 1 plan edit.",
                                 "As of Milestone What changed Note", "Completed (1)", "Dates moved (1)", "Status changes (1)",
                                 "Percent complete (1)", "Other recorded changes (1)", "Completed on",
                                 "Status: On track → At risk", "slipped 30 days", "Board asked (ben)", "Vendor late (ana)",
                                 "Percent complete: (none) → 35%", "Percent only", "Actual start:"}) {
        INFO(expected);
        CHECK(changes.contains(QString::fromUtf8(expected)));
    }
    CHECK_FALSE(changes.contains(QStringLiteral("Before the section")));
    CHECK_FALSE(changes.contains(QStringLiteral("After the as-of date")));
    // In the order a board reads them.
    CHECK(changes.indexOf(QStringLiteral("Completed (1)")) < changes.indexOf(QStringLiteral("Dates moved (1)")));
    CHECK(changes.indexOf(QStringLiteral("Dates moved (1)")) < changes.indexOf(QStringLiteral("Status changes (1)")));
    CHECK(changes.indexOf(QStringLiteral("Status changes (1)")) < changes.indexOf(QStringLiteral("Percent complete (1)")));
    // The contents on the title page point to the section.
    const QString title = texts.first().simplified();
    CHECK(title.contains(QStringLiteral("Changes since")));
    CHECK(title.contains(QStringLiteral("page %1").arg(report.firstChangesPage() + 1)));
}

TEST_CASE("the Changes since section keeps only the milestones the filters keep, and says when nothing changed", "[report][changes][pdf]")
{
    MilestoneReport::Input input = inputWith(scriptedHistory());
    qint64 slipped = 0;
    input.planHistory = historyWithSlip(input, &slipped);
    // Keep the first objective's first milestone only (id 1), as ReportFilter would.
    input.plan.objectives.resize(1);
    input.plan.objectives[0].milestones.resize(1);
    input.progress = input.progress.filtered({{0, {0}}});
    input.filters = {QStringLiteral("Search: first")};
    MilestoneReport report(input);
    REQUIRE(report.changes());
    // Its status change and its actual start.
    CHECK(report.changes()->rowCount() == 2);

    MilestoneReport::Input quiet = inputWith({});
    MilestoneReport empty(quiet);
    REQUIRE(empty.changes());
    const QString path = testOutputPath(QStringLiteral("report-changes-none.pdf"));
    QString error;
    REQUIRE(ReportPrinter::writePdf(empty, path, &error));
    const QStringList texts = pdfPageTexts(path);
    REQUIRE(empty.firstTimelinePage() - empty.firstChangesPage() == 1);
    CHECK(changesPagesText(empty, texts).contains(QStringLiteral("Nothing changed between these dates.")));

    MilestoneReport::Input without = inputWith(scriptedHistory());
    without.options.changesSince = QDate();
    MilestoneReport plain(without);
    CHECK_FALSE(plain.changes());
    CHECK(plain.firstChangesPage() == plain.firstTimelinePage());
}

TEST_CASE("many changes run over several pages, each with the column header and its group, none lost or cut", "[report][changes][pdf]")
{
    QList<ProgressEntry> history;
    for (int i = 0; i < 240; ++i) {
        history.append(entry(i + 1, i % 150 + 1, QDate(2022, 10, 2).addDays(i % 30), QStringLiteral("Note %1 end").arg(i + 1),
                             {{Field::Percent, QString::number(i % 100), QString::number(i % 100 + 1)}}));
    }
    MilestoneReport report(inputWith(history));
    // One percent change a milestone (150 touched), every note with its milestone's.
    REQUIRE(report.changes());
    CHECK(report.changes()->rowCount() == 150);
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
        CHECK(text.contains(page == first ? QStringLiteral("Percent complete (150)") : QStringLiteral("Percent complete (150) (continued)")));
        all += text + QLatin1Char(' ');
    }
    for (int i = 1; i <= 240; ++i) {
        INFO("note " << i);
        CHECK(all.count(QStringLiteral("Note %1 end").arg(i)) == 1);
    }
}
