// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planedit/planedit.h"
#include "store/planeditrepository.h"

#include <QHash>
#include <QObject>

class QUndoStack;

namespace milepost {

class ProgressController;

// The window's way to the plan-edit store. Every edit is saved at once in its own short
// transaction (PlanEditRepository::record) and becomes a step on the window's undo stack, the
// one progress edits use (ProgressController::undoStack), so Ctrl+Z takes back the last edit
// of either kind. Undoing records a new edit that puts the old values back: the journal only
// grows.
class PlanEditController final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool saved = false;
        bool unchanged = false;
        bool stale = false;
        qint64 milestoneId = 0; // the milestone edited or added
        QString message; // why it was refused; empty when saved or unchanged
    };

    // progress gives the undo stack, the user's name and today.
    PlanEditController(PlanEditRepository &repository, ProgressController *progress, QObject *parent = nullptr);

    QUndoStack *undoStack() const;
    QString userName() const;
    QDate today() const;

    std::optional<int> milestoneVersion(qint64 milestoneId, QString *error) const;
    std::optional<int> objectiveVersion(const ObjectiveKey &objective, QString *error) const;
    std::optional<QList<PlanEditEntry>> entries(const PlanEditRepository::Filter &filter, QString *error) const;

    // Saves the edit (enteredBy is filled in when empty) and, when stored, pushes an undo step
    // named description.
    Result apply(PlanEdit edit, const QString &description);
    // The same without an undo step: what the undo steps use.
    Result write(const PlanEdit &edit, PlanEditRepository::Result *stored);
    // The plan version after this window's last write to a milestone or objective; 0 before one.
    int writtenVersion(const PlanEdit &target) const { return m_writtenVersions.value(targetKey(target)); }

Q_SIGNALS:
    // Something was stored: the views read the plan again. milestoneId: the milestone edited
    // or added, 0 for an objective.
    void changed(qint64 milestoneId);
    void failed(const QString &message);

private:
    static QString targetKey(const PlanEdit &edit);

    PlanEditRepository &m_repository;
    ProgressController *m_progress = nullptr;
    QHash<QString, int> m_writtenVersions;
};

} // namespace milepost
