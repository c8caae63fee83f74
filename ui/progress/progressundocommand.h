// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/progressentry.h"
#include "progress/progressupdate.h"
#include "store/progressrepository.h"

#include <QList>
#include <QUndoCommand>

namespace milepost {

class ProgressController;

// One saved edit (one or many milestones) on the undo stack. It is pushed after the edit was
// saved, so its first redo does nothing. Undo records a new update per milestone that puts back
// the values the edit replaced, as of the same date; redo records the edit's values again. The
// journal keeps all three. When one cannot be saved (someone recorded an update since), nothing
// is stored, the controller says why and the step leaves the stack.
class ProgressUndoCommand final : public QUndoCommand
{
public:
    ProgressUndoCommand(ProgressController *controller, const QList<ProgressUpdate> &updates,
                        const QList<ProgressRepository::RecordResult> &results, const QString &description);

    void undo() override;
    void redo() override;

private:
    struct Step
    {
        qint64 milestoneId = 0;
        QDate asOf;
        QList<ProgressEntry::Change> changes;
    };

    void writeBack(bool undoing);

    ProgressController *m_controller = nullptr;
    QList<Step> m_steps;
    bool m_saved = true; // the edit is in the store: the next redo has nothing to do
};

} // namespace milepost
