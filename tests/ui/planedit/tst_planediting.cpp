// SPDX-License-Identifier: GPL-3.0-or-later
// Plan edits in the window: Edit Milestone…, Add Milestone…, Remove Milestone and Edit
// Objective… save at once, each a journal entry; undo and redo are new entries; a version
// conflict is refused; the outline shows the plan as of the window's date.
#include "../progress/progresswindowfixture.h"

#include "common/datefield.h"
#include "details/plandetailsview.h"
#include "planedit/milestoneeditdialog.h"
#include "planedit/objectiveeditdialog.h"
#include "planedit/planeditactions.h"
#include "planedit/planeditcontroller.h"
#include "store/planeditrepository.h"
#include "timeline/timelinechart.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QUndoStack>

using namespace milepost;
using namespace milepost::test;
using Field = PlanEditField::Id;

namespace {

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString directory = QString::fromUtf8(MILEPOST_TEST_OUTPUT_DIR);
    REQUIRE(QDir().mkpath(directory));
    QApplication::processEvents();
    REQUIRE(widget->grab().save(directory + QLatin1Char('/') + name));
}

QList<PlanEditEntry> planEdits(ProgressWindow &fixture, qint64 milestoneId = 0)
{
    QString error;
    const auto entries = PlanEditRepository(*fixture.database).entries({QDate(), QDate(), milestoneId}, &error);
    REQUIRE(entries);
    return *entries;
}

QString titleAt(ProgressWindow &fixture, int objective, int milestone)
{
    return fixture.model()->plan().objectives.at(objective).milestones.at(milestone).title;
}

} // namespace

TEST_CASE("Edit Milestone… saves the new title and dates, and undo and redo are new journal entries", "[ui][planedit]")
{
    ProgressWindow fixture;
    MainWindow &window = fixture.open(QDate(2022, 10, 1));
    const qint64 dashboard = fixture.ids.at(1).at(0);
    fixture.select({{1, 0}});
    PlanEditActions *actions = window.planEditActions();
    REQUIRE(actions);
    CHECK(actions->editAction()->isEnabled());

    whenModal<MilestoneEditDialog>([](MilestoneEditDialog *dialog) {
        CHECK(dialog->titleEdit()->text() == QStringLiteral("Launch Principal Dashboard"));
        CHECK(dialog->startEdit()->text() == QStringLiteral("2022-03-01"));
        dialog->titleEdit()->setText(QStringLiteral("Launch the Principal Dashboard"));
        dialog->endEdit()->setText(QStringLiteral("Sep 2022"));
        dialog->quartersEdit()->setText(QStringLiteral("Q3-22"));
        dialog->noteEdit()->setPlainText(QStringLiteral("Vendor delay"));
        saveScreenshot(dialog, QStringLiteral("planedit-edit-milestone-dialog.png"));
        dialog->accept();
    });
    REQUIRE(actions->editMilestone());

    CHECK(titleAt(fixture, 1, 0) == QStringLiteral("Launch the Principal Dashboard"));
    CHECK(fixture.model()->plan().objectives.at(1).milestones.at(0).end.canonical() == QStringLiteral("2022-09"));
    QList<PlanEditEntry> journal = planEdits(fixture, dashboard);
    REQUIRE(journal.size() == 1);
    CHECK(journal.at(0).enteredBy == QStringLiteral("Ana"));
    CHECK(journal.at(0).note == QStringLiteral("Vendor delay"));
    CHECK(journal.at(0).changes
          == QList<PlanEditEntry::Change>{
              {Field::Title, QStringLiteral("Launch Principal Dashboard"), QStringLiteral("Launch the Principal Dashboard")},
              {Field::PlannedEnd, QStringLiteral("2022-07-29"), QStringLiteral("2022-09")}});
    // The edited milestone stays selected after the window read the plan again.
    CHECK(fixture.tree()->currentIndex().data().toString() == QStringLiteral("Launch the Principal Dashboard"));

    QUndoStack *stack = window.progressController()->undoStack();
    REQUIRE(stack->canUndo());
    stack->undo();
    CHECK(titleAt(fixture, 1, 0) == QStringLiteral("Launch Principal Dashboard"));
    journal = planEdits(fixture, dashboard);
    REQUIRE(journal.size() == 2);
    CHECK(journal.at(0).note.startsWith(QStringLiteral("Undo: ")));
    CHECK(journal.at(0).changes
          == QList<PlanEditEntry::Change>{
              {Field::Title, QStringLiteral("Launch the Principal Dashboard"), QStringLiteral("Launch Principal Dashboard")},
              {Field::PlannedEnd, QStringLiteral("2022-09"), QStringLiteral("2022-07-29")}});
    stack->redo();
    CHECK(titleAt(fixture, 1, 0) == QStringLiteral("Launch the Principal Dashboard"));
    CHECK(planEdits(fixture, dashboard).size() == 3);
    CHECK(fixture.count(QStringLiteral("plan_edits")) == 3);
}

TEST_CASE("Remove Milestone asks first, keeps the history, and undo puts the milestone back", "[ui][planedit]")
{
    ProgressWindow fixture;
    MainWindow &window = fixture.open(QDate(2022, 10, 1));
    const qint64 academies = fixture.ids.at(1).at(1);
    const int before = int(fixture.model()->plan().objectives.at(1).milestones.size());
    fixture.select({{1, 1}});

    // Cancel first: nothing is stored.
    whenModal<QMessageBox>([](QMessageBox *box) {
        CHECK(box->objectName() == QStringLiteral("removeMilestoneBox"));
        CHECK(box->text().contains(QStringLiteral("Institute Principal Academies")));
        box->reject();
    });
    CHECK_FALSE(window.planEditActions()->removeMilestone(true));
    CHECK(fixture.count(QStringLiteral("plan_edits")) == 0);

    whenModal<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    REQUIRE(window.planEditActions()->removeMilestone(true));
    CHECK(fixture.model()->plan().objectives.at(1).milestones.size() == before - 1);
    CHECK_FALSE(fixture.model()->milestoneIds().at(1).contains(academies));
    const QList<PlanEditEntry> journal = planEdits(fixture, academies);
    REQUIRE(journal.size() == 1);
    CHECK(journal.at(0).asOf == QDate(2022, 10, 1)); // the window's as-of date
    CHECK(journal.at(0).changes == QList<PlanEditEntry::Change>{{Field::Removed, QStringLiteral("no"), QStringLiteral("yes")}});

    window.progressController()->undoStack()->undo();
    CHECK(fixture.model()->milestoneIds().at(1).contains(academies));
    CHECK(planEdits(fixture, academies).size() == 2);
}

TEST_CASE("Add Milestone… adds one to the selected objective, undo takes it out again", "[ui][planedit]")
{
    ProgressWindow fixture;
    MainWindow &window = fixture.open(QDate(2022, 10, 1));
    fixture.select({{1, 0}});
    const int before = int(fixture.model()->plan().objectives.at(1).milestones.size());
    whenModal<MilestoneEditDialog>([](MilestoneEditDialog *dialog) {
        // An end before the start keeps the dialog open and says why.
        dialog->titleEdit()->setText(QStringLiteral("Mentor stipends"));
        dialog->startEdit()->setText(QStringLiteral("2022-11-01"));
        dialog->endEdit()->setText(QStringLiteral("2022-10-01"));
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK(dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->text().contains(QStringLiteral("before the planned start")));
        dialog->endEdit()->setText(QStringLiteral("Q1-23"));
        dialog->accept();
    });
    REQUIRE(window.planEditActions()->addMilestone());
    const auto &milestones = fixture.model()->plan().objectives.at(1).milestones;
    REQUIRE(milestones.size() == before + 1);
    CHECK(milestones.last().title == QStringLiteral("Mentor stipends"));
    CHECK(milestones.last().end.canonical() == QStringLiteral("2023-Q1"));
    const qint64 added = fixture.model()->milestoneIds().at(1).last();
    CHECK(fixture.tree()->currentIndex().data().toString() == QStringLiteral("Mentor stipends"));
    // It takes progress like any other.
    QString error;
    CHECK(fixture.progress->milestone(added, &error)->inPlan);

    window.progressController()->undoStack()->undo();
    CHECK(fixture.model()->plan().objectives.at(1).milestones.size() == before);
    const QList<PlanEditEntry> journal = planEdits(fixture, added);
    REQUIRE(journal.size() == 2);
    CHECK(journal.at(0).changes == QList<PlanEditEntry::Change>{{Field::Removed, QStringLiteral("no"), QStringLiteral("yes")}});
    window.progressController()->undoStack()->redo();
    CHECK(fixture.model()->plan().objectives.at(1).milestones.size() == before + 1);
}

TEST_CASE("Edit Objective… records a status and an estimate, the details show them beside the imported status",
          "[ui][planedit]")
{
    ProgressWindow fixture;
    MainWindow &window = fixture.open(QDate(2022, 10, 1));
    fixture.select({{1, 0}});
    whenModal<ObjectiveEditDialog>([](ObjectiveEditDialog *dialog) {
        dialog->statusBox()->setCurrentIndex(dialog->statusBox()->findData(QStringLiteral("at_risk")));
        dialog->estimateEdit()->setText(QStringLiteral("Q2-23"));
        dialog->noteEdit()->setPlainText(QStringLiteral("Hiring behind"));
        saveScreenshot(dialog, QStringLiteral("planedit-edit-objective-dialog.png"));
        dialog->accept();
    });
    REQUIRE(window.planEditActions()->editObjective());
    const Objective &objective = fixture.model()->plan().objectives.at(1);
    CHECK(objective.recordedStatus == QStringLiteral("at_risk"));
    CHECK(objective.editedEstimate->canonical() == QStringLiteral("2023-Q2"));
    const QList<PlanEditEntry> journal = planEdits(fixture);
    REQUIRE(journal.size() == 1);
    CHECK(journal.at(0).milestoneId == 0);
    CHECK(journal.at(0).objective.subtitle == objective.subtitle);
    fixture.select({{1, 0}});
    const QString details = window.findChild<QTextBrowser *>(QStringLiteral("detailsBrowser"))->toPlainText();
    CHECK(details.contains(QStringLiteral("Recorded status")));
    CHECK(details.contains(QStringLiteral("At risk")));
    saveScreenshot(&window, QStringLiteral("planedit-window-objective-edited.png"));

    window.progressController()->undoStack()->undo();
    CHECK(fixture.model()->plan().objectives.at(1).recordedStatus.isEmpty());
}

TEST_CASE("an edit of a milestone someone else edited since it was read is refused and overwrites nothing",
          "[ui][planedit]")
{
    ProgressWindow fixture;
    MainWindow &window = fixture.open(QDate(2022, 10, 1));
    const qint64 dashboard = fixture.ids.at(1).at(0);
    fixture.select({{1, 0}});
    PlanEditRepository other(*fixture.database);
    whenModal<MilestoneEditDialog>([&](MilestoneEditDialog *dialog) {
        // Someone else saves an edit while the dialog is open.
        PlanEdit theirs;
        theirs.milestoneId = dashboard;
        theirs.asOf = QDate(2022, 10, 1);
        theirs.enteredBy = QStringLiteral("Ben");
        theirs.set(Field::Title, QStringLiteral("Their title"));
        REQUIRE(other.record(theirs, QDate(2022, 12, 1)).outcome == PlanEditRepository::Result::Outcome::Recorded);
        whenModal<QMessageBox>([](QMessageBox *box) {
            CHECK(box->objectName() == QStringLiteral("planEditNotSavedBox"));
            box->accept();
        });
        dialog->titleEdit()->setText(QStringLiteral("My title"));
        dialog->accept();
    });
    CHECK_FALSE(window.planEditActions()->editMilestone());
    CHECK(planEdits(fixture, dashboard).size() == 1);
    CHECK(titleAt(fixture, 1, 0) == QStringLiteral("Their title"));
    CHECK_FALSE(window.progressController()->undoStack()->canUndo());
}

TEST_CASE("the outline shows the plan as of the window's date, with the plan edits dated by then", "[ui][planedit]")
{
    ProgressWindow fixture;
    const qint64 dashboard = fixture.ids.at(1).at(0);
    PlanEditRepository edits(*fixture.database);
    PlanEdit rename;
    rename.milestoneId = dashboard;
    rename.asOf = QDate(2022, 11, 1);
    rename.enteredBy = QStringLiteral("Ben");
    rename.set(Field::Title, QStringLiteral("Renamed in November"));
    REQUIRE(edits.record(rename, QDate(2022, 12, 1)).ok());
    PlanEdit removal;
    removal.milestoneId = fixture.ids.at(1).at(1);
    removal.asOf = QDate(2022, 11, 15);
    removal.enteredBy = QStringLiteral("Ben");
    removal.set(Field::Removed, QStringLiteral("yes"));
    REQUIRE(edits.record(removal, QDate(2022, 12, 1)).ok());

    fixture.open(QDate(2022, 10, 1));
    CHECK(titleAt(fixture, 1, 0) == QStringLiteral("Launch Principal Dashboard"));
    CHECK(fixture.model()->milestoneIds().at(1).contains(removal.milestoneId));
    fixture.setAsOf(QDate(2022, 11, 1));
    CHECK(titleAt(fixture, 1, 0) == QStringLiteral("Renamed in November"));
    CHECK(fixture.model()->milestoneIds().at(1).contains(removal.milestoneId));
    fixture.setAsOf(QDate(2022, 11, 30));
    CHECK_FALSE(fixture.model()->milestoneIds().at(1).contains(removal.milestoneId));
}

TEST_CASE("View › Baseline Bars draws each milestone's baseline under its bar on the timeline", "[ui][planedit][baseline]")
{
    ProgressWindow fixture;
    const qint64 dashboard = fixture.ids.at(1).at(0); // 3/01/22 to 7/29/22 as imported
    PlanEditRepository edits(*fixture.database);
    PlanEdit slip;
    slip.milestoneId = dashboard;
    slip.asOf = QDate(2022, 9, 1);
    slip.enteredBy = QStringLiteral("Ben");
    slip.set(Field::PlannedEnd, QStringLiteral("2022-10-31"));
    REQUIRE(edits.record(slip, QDate(2022, 12, 1)).ok());
    MainWindow &window = fixture.open(QDate(2022, 10, 1));
    CHECK_FALSE(fixture.model()->baselineDates(1, 0));

    auto *menu = window.findChild<QMenu *>(QStringLiteral("baselineMenu"));
    REQUIRE(menu);
    Q_EMIT menu->aboutToShow();
    QAction *imported = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QStringLiteral("As First Imported"))
            imported = action;
    }
    REQUIRE(imported);
    imported->trigger();
    const auto baseline = fixture.model()->baselineDates(1, 0);
    REQUIRE(baseline);
    CHECK(*baseline == BaselineDates{QDate(2022, 3, 1), QDate(2022, 7, 29)});
    // 2022-07-29 to 2022-10-31: 94 days.
    CHECK(baseline->slipDays(fixture.model()->plan().objectives.at(1).milestones.at(0)) == 94);

    auto *views = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
    REQUIRE(views);
    auto *timeline = window.findChild<TimelineView *>(QStringLiteral("timelineView"));
    views->setCurrentWidget(timeline);
    auto *chart = timeline->findChild<TimelineChart *>();
    REQUIRE(chart);
    CHECK(chart->showsBaseline());
    saveScreenshot(timeline, QStringLiteral("planedit-timeline-baseline-bars.png"));

    Q_EMIT menu->aboutToShow();
    menu->actions().constFirst()->trigger(); // None
    CHECK_FALSE(chart->showsBaseline());
    CHECK_FALSE(fixture.model()->baselineDates(1, 0));
}

namespace {

QAction *baselineAction(MainWindow &window, const QString &text)
{
    auto *menu = window.findChild<QMenu *>(QStringLiteral("baselineMenu"));
    REQUIRE(menu);
    Q_EMIT menu->aboutToShow();
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

bool showsBaseline(MainWindow &window)
{
    auto *chart = window.findChild<TimelineChart *>();
    REQUIRE(chart);
    return chart->showsBaseline();
}

} // namespace

TEST_CASE("the baseline chosen for View › Baseline Bars is kept per database and shown again on the next start", "[ui][planedit][baseline]")
{
    ProgressWindow fixture;
    MainWindow &first = fixture.open(QDate(2022, 10, 1));
    CHECK_FALSE(showsBaseline(first));
    QAction *imported = baselineAction(first, QStringLiteral("As First Imported"));
    REQUIRE(imported);
    imported->trigger();
    REQUIRE(fixture.model()->baselineDates(1, 0));
    fixture.window.reset(); // closed

    // Another database keeps its own choice: none yet, though its baselines have the same ids.
    QTemporaryDir otherDir;
    QString error;
    const std::unique_ptr<Database> otherDatabase = Database::open(otherDir.filePath(QStringLiteral("other.sqlite")), &error);
    REQUIRE(otherDatabase);
    PlanRepository otherPlans(*otherDatabase);
    REQUIRE(otherPlans.replacePlan(samplePlan(), {}, &error));
    ProgressRepository otherProgress(*otherDatabase);
    {
        MainWindow other(otherPlans, &otherProgress);
        CHECK_FALSE(showsBaseline(other));
        QAction *none = baselineAction(other, QStringLiteral("&None"));
        REQUIRE(none);
        CHECK(none->isChecked());
        none->trigger();
    }

    // The first database again: its baseline bars are back, its menu says which.
    MainWindow &again = fixture.open(QDate(2022, 10, 1));
    CHECK(showsBaseline(again));
    const auto baseline = fixture.model()->baselineDates(1, 0);
    REQUIRE(baseline);
    CHECK(*baseline == BaselineDates{QDate(2022, 3, 1), QDate(2022, 7, 29)});
    QAction *shown = baselineAction(again, QStringLiteral("As First Imported"));
    REQUIRE(shown);
    CHECK(shown->isChecked());

    // None is kept too.
    baselineAction(again, QStringLiteral("&None"))->trigger();
    fixture.window.reset();
    MainWindow &third = fixture.open(QDate(2022, 10, 1));
    CHECK_FALSE(showsBaseline(third));
    CHECK_FALSE(fixture.model()->baselineDates(1, 0));
}

TEST_CASE("the outline's Start and End cells edit the planned dates in place, as plan edits undone like any other",
          "[ui][planedit]")
{
    ProgressWindow fixture;
    MainWindow &window = fixture.open(QDate(2022, 10, 1));
    const qint64 dashboard = fixture.ids.at(1).at(0);
    QAbstractItemModel *model = fixture.tree()->model();
    const QModelIndex end = fixture.row(1, 0, PlanTreeModel::EndColumn);
    REQUIRE(end.flags().testFlag(Qt::ItemIsEditable));
    CHECK(fixture.row(1, 0, PlanTreeModel::StartColumn).flags().testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(fixture.row(1, 0, PlanTreeModel::QuartersColumn).flags().testFlag(Qt::ItemIsEditable));
    // The editor starts from the canonical date, which is read back as it is.
    CHECK(end.data(Qt::EditRole).toString() == QStringLiteral("2022-07-29"));
    CHECK_FALSE(model->setData(end, QStringLiteral("2022-07-29")));
    CHECK(planEdits(fixture, dashboard).isEmpty());

    // The editor in the cell, as the person sees it after F2.
    window.resize(1280, 800);
    window.show();
    fixture.tree()->setCurrentIndex(end);
    fixture.tree()->edit(end);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget() ? QApplication::focusWidget()
                                                                           : fixture.tree()->indexWidget(end));
    if (editor)
        CHECK(editor->text() == QStringLiteral("2022-07-29"));
    saveScreenshot(&window, QStringLiteral("planedit-end-in-place.png"));
    fixture.tree()->closePersistentEditor(end);
    fixture.tree()->setFocus();

    REQUIRE(model->setData(end, QStringLiteral("Sep 2022")));
    CHECK(fixture.model()->plan().objectives.at(1).milestones.at(0).end.canonical() == QStringLiteral("2022-09"));
    QList<PlanEditEntry> journal = planEdits(fixture, dashboard);
    REQUIRE(journal.size() == 1);
    CHECK(journal.at(0).enteredBy == QStringLiteral("Ana"));
    CHECK(journal.at(0).asOf == QDate(2022, 10, 1));
    CHECK(journal.at(0).changes
          == QList<PlanEditEntry::Change>{{Field::PlannedEnd, QStringLiteral("2022-07-29"), QStringLiteral("2022-09")}});
    CHECK(fixture.row(1, 0, PlanTreeModel::EndColumn).data(Qt::EditRole).toString() == QStringLiteral("2022-09"));

    // Not a date: refused with the reason, nothing stored.
    bool told = false;
    whenModal<QMessageBox>([&told](QMessageBox *box) {
        told = box->text().contains(QStringLiteral("not a planned date"));
        box->accept();
    });
    CHECK_FALSE(model->setData(fixture.row(1, 0, PlanTreeModel::StartColumn), QStringLiteral("9/31/22")));
    CHECK(told);
    CHECK(planEdits(fixture, dashboard).size() == 1);

    // Undo is a new journal entry that puts the imported date back.
    window.progressController()->undoStack()->undo();
    CHECK(fixture.model()->plan().objectives.at(1).milestones.at(0).end.canonical() == QStringLiteral("2022-07-29"));
    CHECK(planEdits(fixture, dashboard).size() == 2);

    // A reader edits nothing in place.
    window.progressActions()->setAllowed(false);
    CHECK_FALSE(fixture.row(1, 0, PlanTreeModel::EndColumn).flags().testFlag(Qt::ItemIsEditable));
}
