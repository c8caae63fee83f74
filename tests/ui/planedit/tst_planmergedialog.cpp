// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a new edition of the stored plan in the window: the merge dialog lists what changes
// and offers the rename candidates, each confirmed from the keyboard; Cancel stores nothing.
// Its screenshots (test-output/window/plan-merge-dialog-*.png) are taken at 100% and, in the
// ui.window.screenshots.200 run, at 200%.
#include "../progress/progresswindowfixture.h"

#include "planedit/planmergedialog.h"
#include "store/planeditrepository.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>

using namespace milepost;
using namespace milepost::test;

namespace {

const QString reportPath = QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt");
const QString oldName = QStringLiteral("Develop an asset map of all District initiatives that support college and career readiness");
const QString newName = QStringLiteral("Develop an asset map of all District initiatives supporting college and career readiness");

QString reportText()
{
    QFile file(reportPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

void write(const QString &path, const QString &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(text.toUtf8()) > 0);
}

// A next edition: a date moved, a milestone renamed, one dropped.
QString editedReport()
{
    QString text = reportText();
    const QString moved = QStringLiteral("Receive Board approval for graduation profile\t6/01/22\t6/30/22");
    REQUIRE(text.count(moved) == 1);
    text.replace(moved, QStringLiteral("Receive Board approval for graduation profile\t6/01/22\t9/30/22"));
    REQUIRE(text.count(oldName) == 1);
    text.replace(oldName, newName);
    const QString dropped = QStringLiteral("Issue a request for proposal (RFP) for College and Career Certificate");
    const qsizetype line = text.indexOf(dropped);
    REQUIRE(line > 0);
    text.remove(line, text.indexOf(u'\n', line) - line + 1);
    return text;
}

QString screenshotPath(const QString &name, qreal scale)
{
    const QString dir = QStringLiteral(MILEPOST_TEST_OUTPUT_DIR "/window");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/%1-%2x.png").arg(name).arg(qRound(scale * 100) / 100.0);
}

QStringList groupTitles(QTreeWidget *tree)
{
    QStringList titles;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        titles.append(tree->topLevelItem(i)->text(0));
    return titles;
}

} // namespace

TEST_CASE("a new edition opens the merge dialog, whose rename is confirmed from the keyboard",
          "[ui][window][screenshot][merge]")
{
    ProgressWindow fixture;
    MainWindow &window = fixture.open();
    const QString path = fixture.dir.filePath(QStringLiteral("lausd-100-day-plan-report-2022.txt"));
    write(path, reportText());
    QString error;
    REQUIRE(window.importPlan(path, &error)); // a first import: nothing to ask
    const auto first = fixture.plans->loadLatest(&error);
    REQUIRE(first);
    qint64 renamedId = 0;
    for (qsizetype o = 0; o < first->plan.objectives.size(); ++o) {
        for (qsizetype m = 0; m < first->plan.objectives.at(o).milestones.size(); ++m) {
            if (first->plan.objectives.at(o).milestones.at(m).title == oldName)
                renamedId = first->milestoneIds.at(o).at(m);
        }
    }
    REQUIRE(renamedId != 0);
    write(path, editedReport());

    // Cancel stores nothing.
    const qsizetype plansBefore = fixture.plans->planCount();
    whenModal<PlanMergeDialog>([](PlanMergeDialog *dialog) { dialog->reject(); });
    CHECK_FALSE(window.importPlan(path, &error));
    CHECK(error.isEmpty());
    CHECK(fixture.plans->planCount() == plansBefore);
    CHECK(fixture.plans->loadLatest(&error)->plan == first->plan);

    bool seen = false;
    whenModal<PlanMergeDialog>([&seen](PlanMergeDialog *dialog) {
        seen = true;
        QListWidget *candidates = dialog->candidateList();
        REQUIRE(candidates);
        REQUIRE(candidates->count() == 1);
        CHECK(candidates->item(0)->text().contains(newName));
        // The keyboard starts on the rename candidates (the focus the dialog gives when active).
        CHECK(dialog->focusWidget() == candidates);
        QTreeWidget *tree = dialog->changeTree();
        CHECK(groupTitles(tree).contains(QStringLiteral("New milestones (1)")));
        CHECK(groupTitles(tree).contains(QStringLiteral("Removed, kept with their history (2)")));
        CHECK(groupTitles(tree).contains(QStringLiteral("Changed dates and titles, recorded as plan edits (1)")));
        dialog->resize(1280 * 3 / 4, 800 * 3 / 4);
        QApplication::processEvents();
        REQUIRE(dialog->grab().save(screenshotPath(QStringLiteral("plan-merge-dialog"), dialog->devicePixelRatioF())));

        // Space on the current candidate confirms it; the lists follow.
        candidates->setCurrentRow(0);
        QTest::keyClick(candidates, Qt::Key_Space);
        CHECK(candidates->item(0)->checkState() == Qt::Checked);
        CHECK(dialog->confirmedRenames() == QList<PlanMerge::Rename>{{oldName, newName}});
        CHECK(dialog->merge().added.isEmpty());
        CHECK(dialog->merge().removed.size() == 1);
        CHECK(groupTitles(tree).contains(QStringLiteral("Changed dates and titles, recorded as plan edits (2)")));
        REQUIRE(dialog->grab().save(screenshotPath(QStringLiteral("plan-merge-dialog-confirmed"), dialog->devicePixelRatioF())));
        // Return imports (the default button).
        QTest::keyClick(candidates, Qt::Key_Return);
    });
    CHECK(window.importPlan(path, &error));
    INFO(error.toStdString());
    CHECK(seen);
    const auto after = fixture.plans->loadLatest(&error);
    REQUIRE(after);
    bool kept = false;
    for (qsizetype o = 0; o < after->plan.objectives.size(); ++o) {
        for (qsizetype m = 0; m < after->plan.objectives.at(o).milestones.size(); ++m) {
            if (after->plan.objectives.at(o).milestones.at(m).title == newName)
                kept = after->milestoneIds.at(o).at(m) == renamedId;
        }
    }
    CHECK(kept);
    CHECK(after->plan.milestoneCount() == first->plan.milestoneCount() - 1);
    const auto journal = PlanEditRepository(*fixture.database).entries({}, &error);
    REQUIRE(journal);
    CHECK(journal->size() == 3); // the moved date, the rename, the removal
    for (const PlanEditEntry &entry : *journal)
        CHECK(entry.enteredBy == QStringLiteral("Ana"));
}
