// SPDX-License-Identifier: GPL-3.0-or-later
#include "planeditactions.h"

#include "milestoneeditdialog.h"
#include "objectiveeditdialog.h"
#include "planeditcontroller.h"

#include "common/datefield.h"
#include "plantree/plantreemodel.h"
#include "plantree/sourceindex.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>

#include <algorithm>

namespace milepost {

PlanEditActions::PlanEditActions(QWidget *window, PlanEditController *controller, QTreeView *tree, PlanTreeModel *model,
                                 std::function<QDate()> asOf)
    : QObject(window)
    , m_window(window)
    , m_controller(controller)
    , m_tree(tree)
    , m_model(model)
    , m_asOf(std::move(asOf))
{
    m_addAction = new QAction(tr("&Add Milestone…"), this);
    m_addAction->setObjectName(QStringLiteral("addMilestoneAction"));
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addAction->setStatusTip(tr("Add a milestone to the selected objective"));
    connect(m_addAction, &QAction::triggered, this, &PlanEditActions::addMilestone);
    m_editAction = new QAction(tr("Edit &Milestone…"), this);
    m_editAction->setObjectName(QStringLiteral("editMilestoneAction"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_editAction->setStatusTip(tr("Change the selected milestone's title, planned dates or quarter marks"));
    connect(m_editAction, &QAction::triggered, this, &PlanEditActions::editMilestone);
    m_removeAction = new QAction(tr("&Remove Milestone"), this);
    m_removeAction->setObjectName(QStringLiteral("removeMilestoneAction"));
    m_removeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_removeAction->setStatusTip(tr("Take the selected milestone out of the plan; its history is kept"));
    connect(m_removeAction, &QAction::triggered, this, [this] { removeMilestone(true); });
    m_objectiveAction = new QAction(tr("Edit &Objective…"), this);
    m_objectiveAction->setObjectName(QStringLiteral("editObjectiveAction"));
    m_objectiveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_objectiveAction->setStatusTip(tr("Record the selected objective's status and estimated completion"));
    connect(m_objectiveAction, &QAction::triggered, this, &PlanEditActions::editObjective);
    window->addActions(actions());

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlanEditActions::updateEnabled);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlanEditActions::updateEnabled);
    connect(m_controller, &PlanEditController::failed, this,
            [this](const QString &message) { QMessageBox::warning(m_window, tr("Not Saved"), message); });
    // The outline's Start and End cells edit the planned dates in place (F2 or a double click),
    // each a plan edit of its own, saved at once and undone like the dialog's.
    m_model->setPlanEditable(true);
    connect(m_model, &PlanTreeModel::planEditRequested, this, &PlanEditActions::editPlannedDate);
    connect(m_model, &PlanTreeModel::planEditRefused, this, [this](const QString &reason) {
        QMessageBox::warning(m_window, tr("Not Saved"), tr("That is not a planned date: %1").arg(reason));
    });
    updateEnabled();
}

bool PlanEditActions::editPlannedDate(qint64 milestoneId, PlanEditField::Id field, const QString &canonical)
{
    QString error;
    const auto version = m_controller->milestoneVersion(milestoneId, &error);
    if (!version) {
        QMessageBox::warning(m_window, tr("Not Saved"), error);
        return false;
    }
    PlanEdit edit;
    edit.milestoneId = milestoneId;
    edit.expectedVersion = *version;
    edit.asOf = editDate();
    edit.set(field, canonical);
    const QString what = PlanEditField::label(field).toLower();
    return save(edit, tr("change the %1 to %2").arg(what, PlanEditField::displayValue(field, canonical)));
}

QList<QAction *> PlanEditActions::actions() const
{
    return {m_addAction, m_editAction, m_removeAction, m_objectiveAction};
}

void PlanEditActions::addToMenu(QMenu *planMenu)
{
    planMenu->addActions({m_addAction, m_editAction, m_removeAction});
    planMenu->addSeparator();
    planMenu->addAction(m_objectiveAction);
}

PlanEditActions::Selection PlanEditActions::selection() const
{
    const QModelIndex source = SourceIndex::of(m_tree->currentIndex());
    Selection selected;
    if (!source.isValid())
        return selected;
    const auto kind = source.data(PlanTreeModel::ItemKindRole).value<PlanTreeModel::ItemKind>();
    if (kind == PlanTreeModel::ItemKind::Phase)
        return selected;
    selected.objective = source.data(PlanTreeModel::ObjectiveIndexRole).toInt();
    if (kind == PlanTreeModel::ItemKind::Milestone) {
        selected.milestone = source.data(PlanTreeModel::MilestoneIndexRole).toInt();
        selected.id = source.data(PlanTreeModel::MilestoneIdRole).toLongLong();
    }
    return selected;
}

QDate PlanEditActions::editDate() const
{
    const QDate today = m_controller->today();
    return std::min(m_asOf().isValid() ? m_asOf() : today, today);
}

void PlanEditActions::updateEnabled()
{
    const Selection selected = selection();
    const bool onObjective = selected.objective >= 0 && selected.objective < m_model->plan().objectives.size();
    m_addAction->setEnabled(onObjective);
    m_objectiveAction->setEnabled(onObjective);
    m_editAction->setEnabled(selected.id != 0);
    m_removeAction->setEnabled(selected.id != 0);
}

bool PlanEditActions::addMilestone()
{
    const Selection selected = selection();
    const Plan &plan = m_model->plan();
    if (selected.objective < 0 || selected.objective >= plan.objectives.size())
        return false;
    MilestoneEditDialog dialog(plan.objectives.at(selected.objective).title, std::nullopt, m_controller->today(), m_window);
    dialog.asOfEdit()->setDate(editDate());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    PlanEdit edit = dialog.edit();
    edit.objective = ObjectiveKey::ofPlan(plan).at(selected.objective);
    return save(edit, tr("add “%1”").arg(dialog.titleEdit()->text().simplified()));
}

bool PlanEditActions::editMilestone()
{
    const Selection selected = selection();
    if (selected.id == 0)
        return false;
    const Objective &objective = m_model->plan().objectives.at(selected.objective);
    const Milestone &milestone = objective.milestones.at(selected.milestone);
    QString error;
    const auto version = m_controller->milestoneVersion(selected.id, &error);
    if (!version) {
        QMessageBox::warning(m_window, tr("Edit Milestone"), error);
        return false;
    }
    MilestoneEditDialog dialog(objective.title, milestone, m_controller->today(), m_window);
    dialog.asOfEdit()->setDate(editDate());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    PlanEdit edit = dialog.edit();
    edit.milestoneId = selected.id;
    edit.expectedVersion = *version;
    return save(edit, tr("edit “%1”").arg(milestone.title));
}

bool PlanEditActions::removeMilestone(bool confirm)
{
    const Selection selected = selection();
    if (selected.id == 0)
        return false;
    const QString title = m_model->plan().objectives.at(selected.objective).milestones.at(selected.milestone).title;
    if (confirm) {
        QMessageBox box(QMessageBox::Question, tr("Remove Milestone"),
                        tr("Remove “%1” from the plan?").arg(title), QMessageBox::Cancel, m_window);
        box.setObjectName(QStringLiteral("removeMilestoneBox"));
        box.setInformativeText(tr("Its recorded progress and its history are kept, and Undo puts it back."));
        QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != remove)
            return false;
    }
    QString error;
    const auto version = m_controller->milestoneVersion(selected.id, &error);
    if (!version) {
        QMessageBox::warning(m_window, tr("Remove Milestone"), error);
        return false;
    }
    PlanEdit edit;
    edit.milestoneId = selected.id;
    edit.expectedVersion = *version;
    // The outline shows the plan as of the window's date: a removal speaks for that date.
    edit.asOf = editDate();
    edit.set(PlanEditField::Id::Removed, QStringLiteral("yes"));
    return save(edit, tr("remove “%1”").arg(title));
}

bool PlanEditActions::editObjective()
{
    const Selection selected = selection();
    const Plan &plan = m_model->plan();
    if (selected.objective < 0 || selected.objective >= plan.objectives.size())
        return false;
    const ObjectiveKey key = ObjectiveKey::ofPlan(plan).at(selected.objective);
    QString error;
    const auto version = m_controller->objectiveVersion(key, &error);
    if (!version) {
        QMessageBox::warning(m_window, tr("Edit Objective"), error);
        return false;
    }
    ObjectiveEditDialog dialog(plan.objectives.at(selected.objective), m_controller->today(), m_window);
    dialog.asOfEdit()->setDate(editDate());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    PlanEdit edit = dialog.edit();
    edit.objective = key;
    edit.expectedVersion = *version;
    return save(edit, tr("edit objective “%1”").arg(key.title));
}

bool PlanEditActions::save(const PlanEdit &edit, const QString &description)
{
    const PlanEditController::Result result = m_controller->apply(edit, description);
    if (result.saved || result.unchanged)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Not Saved"),
                    result.stale ? tr("Someone else edited the plan since it was read. Nothing was overwritten; the "
                                      "window now shows the latest plan.")
                                 : tr("The edit could not be saved. Nothing was changed."),
                    QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("planEditNotSavedBox"));
    box.setInformativeText(result.message);
    if (result.stale)
        Q_EMIT m_controller->changed(edit.milestoneId); // read again, so the person sees what is there now
    box.exec();
    return false;
}

} // namespace milepost
