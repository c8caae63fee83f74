// SPDX-License-Identifier: GPL-3.0-or-later
#include "planeditundocommand.h"

#include "planeditcontroller.h"

#include <QCoreApplication>

namespace milepost {

PlanEditUndoCommand::PlanEditUndoCommand(PlanEditController *controller, const PlanEdit &edit,
                                         const PlanEditRepository::Result &stored, const QString &description)
    : QUndoCommand(description)
    , m_controller(controller)
    , m_changes(stored.changes)
{
    m_target.milestoneId = stored.milestoneId;
    m_target.objective = edit.objective;
    m_target.asOf = edit.asOf;
    // An added milestone comes and goes by its "removed" value alone.
    for (const PlanEditEntry::Change &change : stored.changes) {
        if (change.field == PlanEditField::Id::Removed)
            m_changes = {change};
    }
    if (m_changes.isEmpty())
        setObsolete(true);
}

void PlanEditUndoCommand::undo()
{
    writeBack(true);
}

void PlanEditUndoCommand::redo()
{
    if (m_saved) {
        m_saved = false;
        return;
    }
    writeBack(false);
}

void PlanEditUndoCommand::writeBack(bool undoing)
{
    PlanEdit edit = m_target;
    // Steps undo in order, so the window's own last write is what the plan must show.
    edit.expectedVersion = m_controller->writtenVersion(m_target);
    edit.enteredBy = m_controller->userName();
    edit.note = undoing ? QCoreApplication::translate("PlanEditUndoCommand", "Undo: %1").arg(text())
                        : QCoreApplication::translate("PlanEditUndoCommand", "Redo: %1").arg(text());
    for (const PlanEditEntry::Change &change : std::as_const(m_changes))
        edit.set(change.field, undoing ? change.oldValue : change.newValue);
    PlanEditRepository::Result stored;
    const PlanEditController::Result result = m_controller->write(edit, &stored);
    if (!result.saved && !result.unchanged) {
        setObsolete(true);
        Q_EMIT m_controller->failed(
            (undoing ? QCoreApplication::translate("PlanEditUndoCommand", "“%1” could not be undone: %2")
                     : QCoreApplication::translate("PlanEditUndoCommand", "“%1” could not be redone: %2"))
                .arg(text(), result.message));
    }
}

} // namespace milepost
