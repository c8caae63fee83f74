// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressundocommand.h"

#include "progresscontroller.h"

#include <QCoreApplication>

namespace milepost {

ProgressUndoCommand::ProgressUndoCommand(ProgressController *controller, const QList<ProgressUpdate> &updates,
                                         const QList<ProgressRepository::RecordResult> &results, const QString &description)
    : QUndoCommand(description)
    , m_controller(controller)
{
    for (qsizetype i = 0; i < updates.size() && i < results.size(); ++i) {
        if (results.at(i).outcome != ProgressRepository::RecordResult::Outcome::Recorded || results.at(i).changes.isEmpty())
            continue; // a note alone has nothing to put back
        m_steps.append({updates.at(i).milestoneId, updates.at(i).asOf, results.at(i).changes});
    }
    if (m_steps.isEmpty())
        setObsolete(true); // nothing to undo: the stack drops it
}

void ProgressUndoCommand::undo()
{
    writeBack(true);
}

void ProgressUndoCommand::redo()
{
    if (m_saved) {
        m_saved = false;
        return;
    }
    writeBack(false);
}

void ProgressUndoCommand::writeBack(bool undoing)
{
    QList<ProgressUpdate> updates;
    for (const Step &step : std::as_const(m_steps)) {
        ProgressUpdate update;
        update.milestoneId = step.milestoneId;
        // Steps undo in order, so the window's own last write is what the milestone must show.
        update.expectedVersion = m_controller->writtenVersion(step.milestoneId);
        update.asOf = step.asOf;
        update.enteredBy = m_controller->userName();
        update.note = undoing ? QCoreApplication::translate("ProgressUndoCommand", "Undo: %1").arg(text())
                              : QCoreApplication::translate("ProgressUndoCommand", "Redo: %1").arg(text());
        for (const ProgressEntry::Change &change : step.changes)
            update.set(change.field, undoing ? change.oldValue : change.newValue);
        updates.append(update);
    }
    QList<ProgressRepository::RecordResult> results;
    const ProgressController::Result result = m_controller->write(updates, &results);
    if (!result.saved && !result.unchanged) {
        setObsolete(true);
        Q_EMIT m_controller->failed(
            (undoing ? QCoreApplication::translate("ProgressUndoCommand", "“%1” could not be undone: %2")
                     : QCoreApplication::translate("ProgressUndoCommand", "“%1” could not be redone: %2"))
                .arg(text(), result.message));
    }
}

} // namespace milepost
