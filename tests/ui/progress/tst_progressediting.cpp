// SPDX-License-Identifier: GPL-3.0-or-later
// Progress in the window: recorded against computed status, the history in the details, the
// editor, bulk edits, edits in place, undo and redo, and a version conflict.
#include "progresswindowfixture.h"

#include "details/plandetailsview.h"
#include "progress/progressconflictdialog.h"
#include "progress/progresseditor.h"
#include "store/planeditrepository.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QUndoStack>

using namespace milepost;
using namespace milepost::test;
using Field = ProgressField::Id;

namespace {

ProgressUpdate update(qint64 id, int version, const QDate &asOf, const QMap<Field, QString> &values, const QString &note = {})
{
    ProgressUpdate update;
    update.milestoneId = id;
    update.expectedVersion = version;
    update.asOf = asOf;
    update.enteredBy = QStringLiteral("Ben");
    update.values = values;
    update.note = note;
    return update;
}

QString detailsText(MainWindow &window)
{
    return window.findChild<QTextBrowser *>(QStringLiteral("detailsBrowser"))->toPlainText();
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString directory = QString::fromUtf8(MILEPOST_TEST_OUTPUT_DIR);
    REQUIRE(QDir().mkpath(directory));
    QApplication::processEvents();
    REQUIRE(widget->grab().save(directory + QLatin1Char('/') + name));
}

} // namespace

TEST_CASE("the outline shows a recorded status over the computed one, and the details its history newest first",
          "[ui][progress]")
{
    ProgressWindow fixture;
    const qint64 dashboard = fixture.ids.at(1).at(0);
    REQUIRE(fixture.progress->record(update(dashboard, 0, QDate(2022, 7, 1), {{Field::Status, QStringLiteral("on track")}},
                                            QStringLiteral("Vendor chosen.")),
                                     QDate(2022, 12, 1))
                .ok());
    REQUIRE(fixture.progress->record(update(dashboard, 1, QDate(2022, 9, 1),
                                            {{Field::Status, QStringLiteral("at risk")}, {Field::Percent, QStringLiteral("70")},
                                             {Field::Owner, QStringLiteral("Dana Lee")}},
                                            QStringLiteral("Data feed late.")),
                                     QDate(2022, 12, 1))
                .ok());
    MainWindow &window = fixture.open(QDate(2022, 10, 1));

    const QModelIndex recorded = fixture.row(1, 0, PlanTreeModel::StatusColumn);
    const QModelIndex computed = fixture.row(1, 1, PlanTreeModel::StatusColumn);
    CHECK(recorded.data().toString() == QStringLiteral("At risk · 64 d past end"));
    CHECK_FALSE(recorded.data(Qt::FontRole).value<QFont>().italic());
    CHECK(fixture.row(1, 0, PlanTreeModel::PercentColumn).data().toString() == QStringLiteral("70%"));
    CHECK(computed.data(Qt::FontRole).value<QFont>().italic());
    CHECK(computed.data(Qt::ToolTipRole).toString().contains(QStringLiteral("(computed from dates)")));

    // As of an earlier date, the view shows what was recorded then.
    fixture.setAsOf(QDate(2022, 8, 1));
    CHECK(recorded.data().toString() == QStringLiteral("On track · 3 d past end"));
    CHECK(fixture.row(1, 0, PlanTreeModel::PercentColumn).data().toString().isEmpty());
    fixture.setAsOf(QDate(2022, 6, 1));
    CHECK(recorded.data(PlanTreeModel::StatusComputedRole).toBool());
    fixture.setAsOf(QDate(2022, 10, 1));

    fixture.select({{1, 0}});
    const QString details = detailsText(window);
    CHECK(details.contains(QStringLiteral("recorded as of 2022-09-01")));
    CHECK(details.contains(QStringLiteral("Planned end passed 64 days ago")));
    const auto newer = details.indexOf(QStringLiteral("As of 2022-09-01"));
    const auto older = details.indexOf(QStringLiteral("As of 2022-07-01"));
    CHECK(newer >= 0);
    CHECK(older > newer);
    CHECK(details.contains(QStringLiteral("At risk → ")) == false);
    CHECK(details.contains(QStringLiteral("On track → At risk")));
    CHECK(details.contains(QStringLiteral("Data feed late.")));
    CHECK(window.findChild<QPushButton *>(QStringLiteral("editProgressButton"))->isVisible());
    saveScreenshot(&window, QStringLiteral("progress-outline-history.png"));
    // The timeline draws the recorded status (At risk, in the palette's due-soon colour) and the
    // recorded actual dates; its tree shows the same status column.
    window.findChild<QAction *>(QStringLiteral("showTimelineAction"))->trigger();
    saveScreenshot(&window, QStringLiteral("progress-timeline.png"));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);

    fixture.select({{1, 1}});
    CHECK(detailsText(window).contains(QStringLiteral("Nothing recorded as of")));
    CHECK(detailsText(window).contains(QStringLiteral("No progress recorded yet.")));
}

TEST_CASE("an edit in the editor is saved at once, undo and redo append updates", "[ui][progress]")
{
    ProgressWindow fixture;
    MainWindow &window = fixture.open();
    const qint64 academies = fixture.ids.at(1).at(1);
    fixture.select({{1, 1}});
    ProgressActions *actions = window.progressActions();
    REQUIRE(actions->recordAction()->isEnabled());

    bool shown = false;
    whenModal<ProgressEditor>([&](ProgressEditor *editor) {
        shown = true;
        CHECK(editor->asOfEdit()->date() == QDate(2022, 12, 1)); // today
        editor->statusBox()->setCurrentIndex(editor->statusBox()->findData(QStringLiteral("on_track")));
        editor->percentBox()->setValue(30);
        editor->actualStartEdit()->setText(QStringLiteral("2022-09-06"));
        editor->ownerEdit()->setText(QStringLiteral("Sam Ortiz"));
        editor->officeEdit()->setText(QStringLiteral("Human Resources"));
        editor->noteEdit()->setPlainText(QStringLiteral("First cohort started."));
        editor->asOfEdit()->setDate(QDate(2022, 9, 30));
        saveScreenshot(editor, QStringLiteral("progress-editor.png"));
        editor->accept();
    });
    CHECK(actions->recordProgress());
    CHECK(shown);
    ProgressState state = fixture.current(academies);
    CHECK(state.version == 1);
    CHECK(state.status() == ProgressStatus::Value::OnTrack);
    CHECK(state.percent() == 30);
    CHECK(state.actualStart() == QDate(2022, 9, 6));
    CHECK(state.owner() == QStringLiteral("Sam Ortiz"));
    CHECK(state.note == QStringLiteral("First cohort started."));
    CHECK(fixture.row(1, 1, PlanTreeModel::StatusColumn).data().toString() == QStringLiteral("On track"));
    CHECK(detailsText(window).contains(QStringLiteral("First cohort started.")));

    // Undo: a new update puts the values back; the journal keeps both.
    QUndoStack *stack = window.progressController()->undoStack();
    REQUIRE(stack->canUndo());
    window.progressActions()->undoAction()->trigger();
    state = fixture.current(academies);
    CHECK(state.version == 2);
    CHECK_FALSE(state.status());
    CHECK_FALSE(state.percent());
    CHECK(state.owner().isNull());
    CHECK(fixture.history(academies).size() == 2);
    CHECK(fixture.history(academies).constFirst().note.startsWith(QStringLiteral("Undo: ")));
    CHECK(fixture.history(academies).constFirst().asOf == QDate(2022, 9, 30));
    CHECK(fixture.row(1, 1, PlanTreeModel::StatusColumn).data(PlanTreeModel::StatusComputedRole).toBool());

    window.progressActions()->redoAction()->trigger();
    state = fixture.current(academies);
    CHECK(state.version == 3);
    CHECK(state.status() == ProgressStatus::Value::OnTrack);
    CHECK(state.percent() == 30);
    CHECK(fixture.history(academies).size() == 3);
    CHECK(fixture.count(QStringLiteral("milestone_updates")) == 3);
}

TEST_CASE("a bulk edit sets status or owner on every selected milestone in one go, and undoes as one", "[ui][progress]")
{
    ProgressWindow fixture;
    REQUIRE(fixture.progress->record(update(fixture.ids.at(2).at(0), 0, QDate(2022, 6, 1), {{Field::Status, QStringLiteral("done")}}),
                                     QDate(2022, 12, 1))
                .ok());
    MainWindow &window = fixture.open();
    fixture.select({{1, 0}, {1, 1}, {2, 0}});
    ProgressActions *actions = window.progressActions();
    REQUIRE(actions->selectedMilestones().size() == 3);
    CHECK(actions->setStatus(QStringLiteral("off_track")));
    for (qint64 id : {fixture.ids.at(1).at(0), fixture.ids.at(1).at(1), fixture.ids.at(2).at(0)})
        CHECK(fixture.current(id).status() == ProgressStatus::Value::OffTrack);
    CHECK(fixture.count(QStringLiteral("milestone_updates")) == 4);

    whenModal<ProgressEditor>([](ProgressEditor *editor) {
        CHECK_FALSE(editor->percentBox()->isVisible());
        editor->ownerEdit()->setText(QStringLiteral("Kim Park"));
        editor->accept();
        INFO(editor->problemLabel()->text().toStdString());
        CHECK(editor->result() == QDialog::Accepted);
    });
    CHECK(actions->recordProgress());
    CHECK(fixture.count(QStringLiteral("milestone_updates")) == 7);
    CHECK(fixture.current(fixture.ids.at(2).at(0)).owner() == QStringLiteral("Kim Park"));
    CHECK(fixture.current(fixture.ids.at(2).at(0)).status() == ProgressStatus::Value::OffTrack);

    actions->undoAction()->trigger(); // the owner
    actions->undoAction()->trigger(); // the status
    CHECK(fixture.count(QStringLiteral("milestone_updates")) == 13);
    CHECK(fixture.current(fixture.ids.at(2).at(0)).status() == ProgressStatus::Value::Done);
    CHECK_FALSE(fixture.current(fixture.ids.at(1).at(0)).status());
    CHECK(fixture.current(fixture.ids.at(1).at(0)).owner().isNull());
}

TEST_CASE("status and percent edited in place in the outline are saved at once", "[ui][progress]")
{
    ProgressWindow fixture;
    MainWindow &window = fixture.open(QDate(2022, 10, 1));
    const qint64 id = fixture.ids.at(0).at(0);
    QAbstractItemModel *model = fixture.tree()->model();
    CHECK(fixture.row(0, 0, PlanTreeModel::StatusColumn).flags().testFlag(Qt::ItemIsEditable));
    model->setData(fixture.row(0, 0, PlanTreeModel::StatusColumn), QStringLiteral("done"));
    model->setData(fixture.row(0, 0, PlanTreeModel::PercentColumn), 100);
    const ProgressState state = fixture.current(id);
    CHECK(state.status() == ProgressStatus::Value::Done);
    CHECK(state.percent() == 100);
    CHECK(state.asOf == QDate(2022, 10, 1)); // the window's as-of date
    CHECK(fixture.row(0, 0, PlanTreeModel::PercentColumn).data().toString() == QStringLiteral("100%"));
    CHECK(window.progressController()->undoStack()->count() == 2);
}

TEST_CASE("a save against values someone else saved since shows both, and keeping theirs overwrites nothing",
          "[ui][progress]")
{
    ProgressWindow fixture;
    MainWindow &window = fixture.open();
    const qint64 id = fixture.ids.at(1).at(0);
    // A second person on their own connection to the same database.
    QString error;
    const auto other = Database::open(fixture.dir.filePath(QStringLiteral("plan.sqlite")), &error);
    REQUIRE(other);
    ProgressRepository theirs(*other);
    fixture.select({{1, 0}});
    QStringList rows;
    QString savedBy;
    whenModal<ProgressEditor>([&](ProgressEditor *editor) {
        // Someone else records while the editor is open.
        REQUIRE(theirs.record(update(id, 0, QDate(2022, 9, 1), {{Field::Status, QStringLiteral("at risk")}}),
                              QDate(2022, 12, 1))
                    .ok());
        editor->statusBox()->setCurrentIndex(editor->statusBox()->findData(QStringLiteral("done")));
        whenModal<ProgressConflictDialog>([&](ProgressConflictDialog *dialog) {
            saveScreenshot(dialog, QStringLiteral("progress-conflict.png"));
            for (int row = 0; row < dialog->table()->rowCount(); ++row) {
                QStringList cells;
                for (int column = 0; column < ProgressConflictDialog::ColumnCount; ++column)
                    cells << dialog->table()->item(row, column)->text();
                rows << cells.join(QLatin1Char('|'));
            }
            savedBy = dialog->savedByLabel()->text();
            CHECK(dialog->keepTheirsButton()->isDefault());
            dialog->keepTheirsButton()->click();
        });
        editor->accept();
    });
    CHECK_FALSE(window.progressActions()->recordProgress());
    REQUIRE(rows.size() == 1);
    CHECK(rows.constFirst().endsWith(QStringLiteral("|Status|Done|At risk")));
    CHECK(savedBy.contains(QStringLiteral("by Ben at")));
    CHECK(fixture.current(id).status() == ProgressStatus::Value::AtRisk);
    CHECK(fixture.count(QStringLiteral("milestone_updates")) == 1);
    CHECK_FALSE(window.progressController()->undoStack()->canUndo());
    // The window shows what is there now.
    CHECK(fixture.row(1, 0, PlanTreeModel::StatusColumn).data(Qt::EditRole).toString() == QStringLiteral("at_risk"));
}

TEST_CASE("after a conflict, Save Mine Instead records the person's values over theirs, both in the history",
          "[ui][progress]")
{
    ProgressWindow fixture;
    MainWindow &window = fixture.open();
    const qint64 id = fixture.ids.at(1).at(0);
    QString error;
    const auto other = Database::open(fixture.dir.filePath(QStringLiteral("plan.sqlite")), &error);
    REQUIRE(other);
    ProgressRepository theirs(*other);
    fixture.select({{1, 0}});
    whenModal<ProgressEditor>([&](ProgressEditor *editor) {
        REQUIRE(theirs.record(update(id, 0, QDate(2022, 9, 1), {{Field::Status, QStringLiteral("at risk")}}),
                              QDate(2022, 12, 1))
                    .ok());
        editor->statusBox()->setCurrentIndex(editor->statusBox()->findData(QStringLiteral("done")));
        whenModal<ProgressConflictDialog>([](ProgressConflictDialog *dialog) { dialog->saveMineButton()->click(); });
        editor->accept();
    });
    CHECK(window.progressActions()->recordProgress());
    CHECK(fixture.current(id).status() == ProgressStatus::Value::Done);
    const QList<ProgressEntry> history = fixture.history(id);
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).enteredBy == QStringLiteral("Ana"));
    CHECK(history.at(1).enteredBy == QStringLiteral("Ben"));
    CHECK(window.progressController()->undoStack()->canUndo());
}

TEST_CASE("the editor refuses values that cannot stand and says why", "[ui][progress]")
{
    ProgressState current;
    current.milestoneId = 7;
    ProgressEditor editor(QStringLiteral("Hiring fairs"), current, QDate(2024, 6, 30));
    editor.show();
    editor.accept();
    CHECK(editor.result() == QDialog::Rejected);
    CHECK(editor.problemLabel()->text().contains(QStringLiteral("Nothing was changed")));
    editor.actualStartEdit()->setText(QStringLiteral("2024-05-01"));
    editor.actualEndEdit()->setText(QStringLiteral("2024-04-01"));
    editor.accept();
    CHECK(editor.result() == QDialog::Rejected);
    CHECK(editor.problemLabel()->text().contains(QStringLiteral("before the actual start")));
    editor.actualEndEdit()->setText(QStringLiteral("not a day"));
    editor.accept();
    CHECK(editor.result() == QDialog::Rejected);
    CHECK_FALSE(editor.problemLabel()->text().isEmpty());
    editor.actualEndEdit()->setText(QStringLiteral("2024-06-01"));
    editor.accept();
    CHECK(editor.result() == QDialog::Accepted);
    const ProgressUpdate wanted = editor.update();
    CHECK(wanted.milestoneId == 7);
    CHECK(wanted.values.keys() == QList<Field>{Field::ActualStart, Field::ActualEnd});
    CHECK(editor.asOfEdit()->maximumDate() == QDate(2024, 6, 30));
}

TEST_CASE("the changes since a date list plan edits and progress in the range, grouped", "[ui][progress]")
{
    ProgressWindow fixture;
    const qint64 dashboard = fixture.ids.at(1).at(0); // 3/01/22 to 7/29/22 as imported
    const qint64 fairs = fixture.ids.at(2).at(0);
    REQUIRE(fixture.progress->record(update(dashboard, 0, QDate(2022, 7, 1), {{Field::Status, QStringLiteral("on track")}}),
                                     QDate(2022, 12, 1)).ok());
    REQUIRE(fixture.progress->record(update(dashboard, 1, QDate(2022, 9, 10), {{Field::Status, QStringLiteral("done")}},
                                            QStringLiteral("Launched.")),
                                     QDate(2022, 12, 1)).ok());
    REQUIRE(fixture.progress->record(update(fairs, 0, QDate(2022, 9, 20), {{Field::Owner, QStringLiteral("Kim Park")}}),
                                     QDate(2022, 12, 1)).ok());
    // A plan edit in the range: the dashboard's end moved 33 days later, July 29 to August 31.
    PlanEditRepository edits(*fixture.database);
    PlanEdit slip;
    slip.milestoneId = dashboard;
    slip.asOf = QDate(2022, 9, 5);
    slip.enteredBy = QStringLiteral("Ben");
    slip.note = QStringLiteral("Vendor late.");
    slip.set(PlanEditField::Id::PlannedEnd, QStringLiteral("2022-08-31"));
    REQUIRE(edits.record(slip, QDate(2022, 12, 1)).ok());
    MainWindow &window = fixture.open(QDate(2022, 10, 1));
    QAction *action = window.progressActions()->changesAction();
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    QString summary;
    QString text;
    whenModal<QDialog>([&](QDialog *dialog) {
        // The last month up to the window's as-of date: after Sep 1, up to Oct 1.
        summary = dialog->findChild<QLabel *>(QStringLiteral("changesSummary"))->text();
        text = dialog->findChild<QTextBrowser *>(QStringLiteral("changesBrowser"))->toPlainText();
        dialog->resize(760, 640);
        saveScreenshot(dialog, QStringLiteral("progress-changes-since.png"));
        dialog->reject();
    });
    action->trigger();
    CHECK(summary == QStringLiteral("1 completed, 1 with dates moved (1 slipped), 1 other change on 2 milestones; "
                                    "from 2 progress updates and 1 plan edit."));
    // Grouped: completions, then dates moved, then the other recorded values.
    const qsizetype completed = text.indexOf(QStringLiteral("Completed (1)"));
    const qsizetype moved = text.indexOf(QStringLiteral("Dates moved (1)"));
    const qsizetype other = text.indexOf(QStringLiteral("Other recorded changes (1)"));
    CHECK(completed >= 0);
    CHECK(completed < moved);
    CHECK(moved < other);
    CHECK(text.contains(QStringLiteral("Launch Principal Dashboard")));
    CHECK(text.contains(QStringLiteral("Status was On track")));
    CHECK(text.contains(QStringLiteral("(slipped 33 days)")));
    CHECK(text.contains(QStringLiteral("Vendor late.")));
    CHECK(text.contains(QStringLiteral("Owner: (none) → Kim Park")));
    CHECK(text.contains(QStringLiteral("Launched.")));
}

TEST_CASE("the outline's Owner column shows the recorded owner and office and edits the owner in place", "[ui][progress]")
{
    ProgressWindow fixture;
    MainWindow &window = fixture.open(QDate(2022, 10, 1));
    const qint64 id = fixture.ids.at(0).at(0);
    QAbstractItemModel *model = fixture.tree()->model();
    const QModelIndex owner = fixture.row(0, 0, PlanTreeModel::OwnerColumn);
    CHECK(model->headerData(PlanTreeModel::OwnerColumn, Qt::Horizontal).toString() == QStringLiteral("Owner"));
    CHECK(owner.data().toString().isEmpty());
    CHECK(owner.data(Qt::ToolTipRole).toString() == QStringLiteral("No owner recorded"));
    REQUIRE(owner.flags().testFlag(Qt::ItemIsEditable));
    model->setData(owner, QStringLiteral("  Ana   Ruiz "));
    CHECK(fixture.current(id).owner() == QStringLiteral("Ana Ruiz"));
    CHECK(fixture.current(id).asOf == QDate(2022, 10, 1));
    CHECK(fixture.row(0, 0, PlanTreeModel::OwnerColumn).data().toString() == QStringLiteral("Ana Ruiz"));
    // The same name again changes nothing; undo and redo append updates.
    model->setData(fixture.row(0, 0, PlanTreeModel::OwnerColumn), QStringLiteral("Ana Ruiz"));
    CHECK(fixture.history(id).size() == 1);
    window.progressActions()->undoAction()->trigger();
    CHECK(fixture.current(id).owner().isEmpty());
    window.progressActions()->redoAction()->trigger();
    CHECK(fixture.current(id).owner() == QStringLiteral("Ana Ruiz"));
    CHECK(fixture.history(id).size() == 3);

    // With an office recorded (by someone else), the cell names both; editing edits the owner alone.
    ProgressUpdate office;
    office.milestoneId = id;
    office.expectedVersion = fixture.current(id).version;
    office.asOf = QDate(2022, 10, 1);
    office.enteredBy = QStringLiteral("Ben");
    office.set(ProgressField::Id::Office, QStringLiteral("Human Resources"));
    REQUIRE(fixture.progress->record(office, QDate(2022, 12, 1)).ok());
    Q_EMIT window.progressController()->changed();
    CHECK(fixture.row(0, 0, PlanTreeModel::OwnerColumn).data().toString() == QStringLiteral("Ana Ruiz (Human Resources)"));
    CHECK(fixture.row(0, 0, PlanTreeModel::OwnerColumn).data(Qt::EditRole).toString() == QStringLiteral("Ana Ruiz"));
    model->setData(fixture.row(0, 0, PlanTreeModel::OwnerColumn), QStringLiteral("Sam Ortiz"));
    CHECK(fixture.current(id).owner() == QStringLiteral("Sam Ortiz"));
    CHECK(fixture.current(id).office() == QStringLiteral("Human Resources"));
}

TEST_CASE("the timeline's tree edits a milestone's status in place with the outline's editor, rows keeping their height",
          "[ui][progress][timeline]")
{
    ProgressWindow fixture;
    MainWindow &window = fixture.open(QDate(2022, 10, 1));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *timelineTree = window.findChild<QTreeView *>(QStringLiteral("timelineTree"));
    REQUIRE(timelineTree);
    auto *views = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
    REQUIRE(views);
    views->setCurrentIndex(1);
    QApplication::processEvents();
    const qint64 id = fixture.ids.at(1).at(0);
    // The timeline's rows are the outline's, through an identity proxy.
    auto *proxy = qobject_cast<QAbstractProxyModel *>(timelineTree->model());
    REQUIRE(proxy);
    const QModelIndex status = proxy->mapFromSource(fixture.row(1, 0, PlanTreeModel::StatusColumn));
    REQUIRE(status.isValid());
    REQUIRE(status.flags().testFlag(Qt::ItemIsEditable));
    const int rowHeight = timelineTree->visualRect(status).height();

    timelineTree->setCurrentIndex(status);
    timelineTree->edit(status);
    auto *box = timelineTree->findChild<QComboBox *>(QStringLiteral("statusEditor"));
    REQUIRE(box);
    CHECK(timelineTree->visualRect(status).height() == rowHeight);
    QApplication::processEvents();
    CHECK(window.grab().save(QStringLiteral(MILEPOST_TEST_OUTPUT_DIR "/timeline-status-in-place.png")));
    const int done = box->findData(QStringLiteral("done"));
    REQUIRE(done > 0);
    box->setCurrentIndex(done);
    Q_EMIT box->activated(done); // a choice is saved at once
    QApplication::processEvents();
    CHECK(fixture.current(id).status() == ProgressStatus::Value::Done);
    CHECK(timelineTree->visualRect(proxy->mapFromSource(fixture.row(1, 0, PlanTreeModel::StatusColumn))).height() == rowHeight);
}
