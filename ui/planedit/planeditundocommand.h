// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planedit/planedit.h"
#include "store/planeditrepository.h"

#include <QUndoCommand>

namespace milepost {

class PlanEditController;

// One saved plan edit on the undo stack, pushed after it was saved (its first redo does
// nothing). Undo records a new edit, as of the same date, that puts back the values the edit
// replaced; redo records its values again. Undoing an added milestone removes it (and redo puts
// it back): its other values have nothing to go back to. When one cannot be saved (someone
// edited the plan since), nothing is stored, the controller says why and the step leaves the
// stack.
class PlanEditUndoCommand final : public QUndoCommand
{
public:
    PlanEditUndoCommand(PlanEditController *controller, const PlanEdit &edit, const PlanEditRepository::Result &stored,
                        const QString &description);

    void undo() override;
    void redo() override;

private:
    void writeBack(bool undoing);

    PlanEditController *m_controller = nullptr;
    PlanEdit m_target; // what the edit is on: a milestone id, or an objective
    QList<PlanEditEntry::Change> m_changes;
    bool m_saved = true;
};

} // namespace milepost
