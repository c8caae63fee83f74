// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressactions.h"

#include "changessincedialog.h"
#include "progresssheetdialog.h"
#include "progresssheetexportdialog.h"
#include "progressconflictdialog.h"
#include "progresscontroller.h"
#include "progressdelegate.h"
#include "progresseditor.h"

#include "common/counttext.h"
#include "plantree/plantreemodel.h"
#include "plantree/sourceindex.h"
#include "progress/progressstatus.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

namespace milepost {

ProgressActions::ProgressActions(QWidget *window, ProgressController *controller, QTreeView *tree, PlanTreeModel *model,
                                 std::function<QDate()> asOf)
    : QObject(window)
    , m_window(window)
    , m_controller(controller)
    , m_tree(tree)
    , m_model(model)
    , m_asOf(std::move(asOf))
{
    QUndoStack *stack = controller->undoStack();
    m_undoAction = stack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction = stack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_recordAction = new QAction(tr("Record &Progress…"), this);
    m_recordAction->setObjectName(QStringLiteral("recordProgressAction"));
    m_recordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_recordAction->setStatusTip(tr("Record the status, percent, dates, owner and a note of the selected milestones"));
    connect(m_recordAction, &QAction::triggered, this, &ProgressActions::recordProgress);
    m_changesAction = new QAction(tr("C&hanges Since…"), this);
    m_changesAction->setObjectName(QStringLiteral("changesSinceAction"));
    m_changesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_changesAction->setStatusTip(tr("List what changed in the plan and its progress between two dates, such as since the last board report"));
    connect(m_changesAction, &QAction::triggered, this, [this] {
        const QDate until = m_asOf().isValid() ? m_asOf() : m_controller->today();
        ChangesSinceDialog dialog(m_controller, m_planHistory ? m_planHistory() : PlanHistory{}, until.addMonths(-1), until,
                                  m_window);
        dialog.exec();
    });
    m_importSheetAction = new QAction(tr("Import &Update Sheet…"), this);
    m_importSheetAction->setObjectName(QStringLiteral("importSheetAction"));
    m_importSheetAction->setStatusTip(tr("Read a filled-in progress update sheet, see what it changes, and store it"));
    connect(m_importSheetAction, &QAction::triggered, this, [this] { importSheet(); });
    m_exportSheetAction = new QAction(tr("Export Update S&heet…"), this);
    m_exportSheetAction->setObjectName(QStringLiteral("exportSheetAction"));
    m_exportSheetAction->setStatusTip(tr("Write a sheet of milestones for an office to fill in with its progress"));
    connect(m_exportSheetAction, &QAction::triggered, this, &ProgressActions::exportSheet);
    // Actions with shortcuts work wherever the window has focus.
    window->addActions({m_undoAction, m_redoAction, m_recordAction, m_changesAction});

    m_model->setEditable(true);
    m_tree->setItemDelegateForColumn(PlanTreeModel::StatusColumn, new ProgressDelegate(m_tree));
    m_tree->setItemDelegateForColumn(PlanTreeModel::PercentColumn, new ProgressDelegate(m_tree));
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &ProgressActions::showContextMenu);
    connect(m_model, &PlanTreeModel::progressEditRequested, this,
            [this](qint64 id, ProgressField::Id field, const QString &value) { editInPlace(id, int(field), value); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProgressActions::updateEnabled);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProgressActions::updateEnabled);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProgressActions::updateEnabled);
    connect(m_controller, &ProgressController::failed, this, [this](const QString &message) {
        QMessageBox::warning(m_window, tr("Not Saved"), message);
    });
    updateEnabled();
}

void ProgressActions::importSheet(const QString &path)
{
    if (!m_allowed)
        return;
    ProgressSheetDialog dialog(m_controller, m_window);
    if (!path.isEmpty())
        dialog.openSheet(path);
    dialog.exec();
}

bool ProgressActions::exportSheet()
{
    ProgressSheetExportDialog choice(m_controller->owners(), m_controller->offices(), m_window);
    if (choice.exec() != QDialog::Accepted)
        return false;
    // The folder of the last export, as the other exports do, else the documents folder.
    QSettings settings;
    QString folder = settings.value(QStringLiteral("export/lastFolder")).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Update Sheet"),
                                                      QDir(folder).filePath(choice.suggestedName() + QStringLiteral(".csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    const ProgressTemplateExporter::Result result = m_controller->exportSheet(path, choice.selection());
    if (!result.ok) {
        QMessageBox::warning(m_window, tr("Export Update Sheet"), result.error);
        return false;
    }
    settings.setValue(QStringLiteral("export/lastFolder"), QFileInfo(path).absolutePath());
    QMessageBox done(QMessageBox::Information, tr("Export Update Sheet"),
                     tr("Wrote an update sheet of %n milestone(s) to %1.", nullptr, int(result.rows))
                         .arg(QDir::toNativeSeparators(path)),
                     QMessageBox::Ok, m_window);
    done.setObjectName(QStringLiteral("updateSheetWrittenBox"));
    done.setInformativeText(tr("Send it to the office; when it comes back filled in, choose File › Import Update Sheet…."));
    done.exec();
    return true;
}

void ProgressActions::addToMenu(QMenu *editMenu)
{
    QAction *first = editMenu->actions().value(0);
    editMenu->insertAction(first, m_undoAction);
    editMenu->insertAction(first, m_redoAction);
    editMenu->insertSeparator(first);
    editMenu->insertAction(first, m_recordAction);
    m_statusMenu = statusMenu(editMenu);
    editMenu->insertMenu(first, m_statusMenu);
    editMenu->insertSeparator(first);
    updateEnabled();
}

QMenu *ProgressActions::statusMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Set &Status"), parent);
    menu->setObjectName(QStringLiteral("setStatusMenu"));
    for (ProgressStatus::Value value : ProgressStatus::all) {
        const QString key = ProgressStatus::key(value);
        connect(menu->addAction(ProgressStatus::label(value)), &QAction::triggered, this, [this, key] { setStatus(key); });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Not Recorded (Computed from Dates)")), &QAction::triggered, this,
            [this] { setStatus(QString()); });
    return menu;
}

QList<ProgressActions::MilestoneRow> ProgressActions::selectedMilestones() const
{
    QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_tree->currentIndex().isValid())
        rows.append(m_tree->currentIndex());
    QList<MilestoneRow> result;
    for (const QModelIndex &row : std::as_const(rows)) {
        const QModelIndex source = SourceIndex::of(row);
        if (source.data(PlanTreeModel::ItemKindRole).value<PlanTreeModel::ItemKind>() != PlanTreeModel::ItemKind::Milestone)
            continue;
        MilestoneRow milestone{source.data(PlanTreeModel::ObjectiveIndexRole).toInt(),
                               source.data(PlanTreeModel::MilestoneIndexRole).toInt(),
                               source.data(PlanTreeModel::MilestoneIdRole).toLongLong()};
        if (milestone.id != 0)
            result.append(milestone);
    }
    std::sort(result.begin(), result.end(), [](const MilestoneRow &a, const MilestoneRow &b) {
        return std::pair(a.objective, a.milestone) < std::pair(b.objective, b.milestone);
    });
    return result;
}

void ProgressActions::updateEnabled()
{
    const bool any = m_allowed && !selectedMilestones().isEmpty();
    m_recordAction->setEnabled(any);
    if (m_statusMenu)
        m_statusMenu->setEnabled(any);
}

void ProgressActions::setAllowed(bool allowed)
{
    m_allowed = allowed;
    m_model->setEditable(allowed);
    for (QAction *action : {m_recordAction, m_undoAction, m_redoAction, m_importSheetAction})
        action->setVisible(allowed);
    if (m_statusMenu)
        m_statusMenu->menuAction()->setVisible(allowed);
    updateEnabled();
}

bool ProgressActions::recordProgress()
{
    const QList<MilestoneRow> rows = selectedMilestones();
    if (!m_allowed || rows.isEmpty())
        return false;
    const QDate today = m_controller->today();
    QString error;
    if (rows.size() == 1) {
        const MilestoneRow row = rows.constFirst();
        const auto current = m_controller->current(row.id, &error);
        if (!current) {
            QMessageBox::warning(m_window, tr("Record Progress"), error);
            return false;
        }
        ProgressEditor editor(m_model->plan().objectives.at(row.objective).milestones.at(row.milestone).title, *current,
                              today, m_window);
        if (editor.exec() != QDialog::Accepted)
            return false;
        const QString title = m_model->plan().objectives.at(row.objective).milestones.at(row.milestone).title;
        return save({editor.update()}, tr("progress of “%1”").arg(title));
    }
    ProgressEditor editor(int(rows.size()), today, m_window);
    if (editor.exec() != QDialog::Accepted)
        return false;
    // The versions are read when saving: a bulk edit sets the same values on every milestone,
    // whatever each had.
    QList<ProgressUpdate> updates;
    for (const MilestoneRow &row : rows) {
        const auto current = m_controller->current(row.id, &error);
        if (!current) {
            QMessageBox::warning(m_window, tr("Record Progress"), error);
            return false;
        }
        ProgressUpdate update = editor.update();
        update.milestoneId = row.id;
        update.expectedVersion = current->version;
        updates.append(update);
    }
    return save(updates, tr("progress of %1").arg(CountText::milestones(rows.size())));
}

bool ProgressActions::setStatus(const QString &key)
{
    const QList<MilestoneRow> rows = selectedMilestones();
    if (!m_allowed || rows.isEmpty())
        return false;
    QList<ProgressUpdate> updates;
    QString error;
    for (const MilestoneRow &row : rows) {
        const auto current = m_controller->current(row.id, &error);
        if (!current) {
            QMessageBox::warning(m_window, tr("Set Status"), error);
            return false;
        }
        ProgressUpdate update;
        update.milestoneId = row.id;
        update.expectedVersion = current->version;
        update.asOf = m_controller->today();
        update.set(ProgressField::Id::Status, key);
        updates.append(update);
    }
    const QString label = key.isEmpty() ? tr("not recorded") : ProgressStatus::label(*ProgressStatus::parse(key));
    return save(updates, tr("status %1 on %2").arg(label, CountText::milestones(rows.size())));
}

void ProgressActions::editInPlace(qint64 milestoneId, int field, const QString &value)
{
    QString error;
    const auto current = m_controller->current(milestoneId, &error);
    if (!current) {
        QMessageBox::warning(m_window, tr("Not Saved"), error);
        return;
    }
    ProgressUpdate update;
    update.milestoneId = milestoneId;
    update.expectedVersion = current->version;
    // The outline shows the plan as of the window's date: an edit in it speaks for that date.
    update.asOf = std::min(m_asOf().isValid() ? m_asOf() : m_controller->today(), m_controller->today());
    update.set(ProgressField::Id(field), value);
    save({update}, tr("%1 of milestone %2").arg(ProgressField::label(ProgressField::Id(field))).arg(milestoneId));
}

bool ProgressActions::save(const QList<ProgressUpdate> &updates, const QString &description)
{
    const ProgressController::Result result = m_controller->apply(updates, description);
    if (result.saved || result.unchanged)
        return true;
    if (result.stale) {
        Q_EMIT m_controller->changed(); // read again, so the window shows what is there now
        QList<ProgressUpdate> refused;
        for (const ProgressUpdate &update : updates) {
            if (result.staleIds.contains(update.milestoneId))
                refused.append(update);
        }
        ProgressConflictDialog dialog(m_controller, refused, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        // The whole edit again (a bulk edit is all or none), the refused ones on the versions now.
        QList<ProgressUpdate> again = updates;
        for (ProgressUpdate &update : again) {
            for (const ProgressUpdate &newer : dialog.mineAgain()) {
                if (newer.milestoneId == update.milestoneId)
                    update.expectedVersion = newer.expectedVersion;
            }
        }
        return save(again, description);
    }
    QMessageBox box(QMessageBox::Warning, tr("Not Saved"), tr("The update could not be saved. Nothing was changed."),
                    QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("progressNotSavedBox"));
    box.setInformativeText(result.message);
    box.exec();
    return false;
}

void ProgressActions::showContextMenu(const QPoint &position)
{
    // Someone who may only read gets no editing actions (the server would refuse them anyway).
    const bool milestones = m_allowed && !selectedMilestones().isEmpty();
    const bool planActions = m_allowed && !m_planActions.isEmpty();
    if (!milestones && !planActions)
        return;
    QMenu menu(m_tree);
    if (milestones) {
        menu.addAction(m_recordAction);
        QMenu *status = statusMenu(&menu);
        menu.addMenu(status);
        menu.addSeparator();
    }
    if (planActions) {
        menu.addActions(m_planActions);
        menu.addSeparator();
    }
    menu.addAction(m_undoAction);
    menu.addAction(m_redoAction);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

} // namespace milepost
