// SPDX-License-Identifier: GPL-3.0-or-later
#include "planeditcontroller.h"

#include "planeditundocommand.h"
#include "progress/progresscontroller.h"

#include <QUndoStack>

namespace milepost {

using Outcome = PlanEditRepository::Result::Outcome;

PlanEditController::PlanEditController(PlanEditRepository &repository, ProgressController *progress, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_progress(progress)
{
}

QUndoStack *PlanEditController::undoStack() const
{
    return m_progress->undoStack();
}

QString PlanEditController::userName() const
{
    return m_progress->userName();
}

QDate PlanEditController::today() const
{
    return m_progress->today();
}

std::optional<int> PlanEditController::milestoneVersion(qint64 milestoneId, QString *error) const
{
    return m_repository.milestoneVersion(milestoneId, error);
}

std::optional<int> PlanEditController::objectiveVersion(const ObjectiveKey &objective, QString *error) const
{
    return m_repository.objectiveVersion(objective, error);
}

std::optional<QList<PlanEditEntry>> PlanEditController::entries(const PlanEditRepository::Filter &filter, QString *error) const
{
    return m_repository.entries(filter, error);
}

QString PlanEditController::targetKey(const PlanEdit &edit)
{
    if (edit.milestoneId != 0)
        return QString::number(edit.milestoneId);
    const ObjectiveKey &key = edit.objective;
    return QStringList{key.planSource, key.title, key.subtitle, QString::number(key.occurrence)}.join(QChar(0x1f));
}

PlanEditController::Result PlanEditController::write(const PlanEdit &edit, PlanEditRepository::Result *stored)
{
    Result result;
    *stored = m_repository.record(edit, today());
    result.milestoneId = stored->milestoneId;
    if (!stored->ok()) {
        result.stale = stored->outcome == Outcome::Stale;
        result.message = stored->error().isEmpty() ? tr("Nothing was saved.") : stored->error();
        return result;
    }
    result.saved = stored->outcome == Outcome::Recorded;
    result.unchanged = !result.saved;
    if (result.saved) {
        PlanEdit target = edit;
        target.milestoneId = stored->milestoneId;
        m_writtenVersions.insert(targetKey(target), stored->version);
        Q_EMIT changed(stored->milestoneId);
    }
    return result;
}

PlanEditController::Result PlanEditController::apply(PlanEdit edit, const QString &description)
{
    if (edit.enteredBy.trimmed().isEmpty())
        edit.enteredBy = userName();
    PlanEditRepository::Result stored;
    const Result result = write(edit, &stored);
    if (result.saved)
        undoStack()->push(new PlanEditUndoCommand(this, edit, stored, description));
    return result;
}

} // namespace milepost
