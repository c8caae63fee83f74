// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresscontroller.h"

#include "progressundocommand.h"

#include <QUndoStack>

namespace milepost {

using Outcome = ProgressRepository::RecordResult::Outcome;

ProgressController::ProgressController(ProgressRepository &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_undoStack(new QUndoStack(this))
    , m_userName(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")))
{
}

std::optional<QHash<qint64, ProgressState>> ProgressController::statesAsOf(const QDate &asOf, QString *error) const
{
    return m_repository.statesAsOf(asOf, error);
}

std::optional<ProgressState> ProgressController::current(qint64 milestoneId, QString *error) const
{
    return m_repository.current(milestoneId, error);
}

std::optional<QList<ProgressEntry>> ProgressController::history(qint64 milestoneId, QString *error) const
{
    return m_repository.history(milestoneId, error);
}

std::optional<PlanChanges> ProgressController::changes(const PlanHistory &plan, const QDate &since, const QDate &until,
                                                       QString *error) const
{
    // The states at both dates need every update up to the later one.
    const auto journal = m_repository.entries({QDate(), until, 0}, error);
    if (!journal)
        return std::nullopt;
    return PlanChanges::between(plan, RecordedProgress({}, *journal), since, until);
}

std::optional<RecordedProgress> ProgressController::recorded(const QList<QList<qint64>> &milestoneIds, QString *error) const
{
    const auto journal = m_repository.entries({}, error);
    if (!journal)
        return std::nullopt;
    return RecordedProgress(milestoneIds, *journal);
}

ProgressSheetImporter::Reading ProgressController::readSheet(const QString &path,
                                                           const ProgressSheetImporter::Options &options) const
{
    return ProgressSheetImporter(m_repository, m_userName, today()).read(path, options);
}

ProgressTemplateExporter::Result ProgressController::exportSheet(const QString &path,
                                                                const ProgressTemplateExporter::Selection &selection) const
{
    return ProgressTemplateExporter(m_repository.database()).exportToFile(path, selection);
}

namespace {

QStringList distinctValues(const std::optional<QHash<qint64, ProgressState>> &states, ProgressField::Id field)
{
    QStringList names;
    if (!states)
        return names;
    for (const ProgressState &state : *states) {
        const QString name = state.value(field).simplified();
        if (!name.isEmpty() && !names.contains(name, Qt::CaseInsensitive))
            names.append(name);
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace

QStringList ProgressController::owners() const
{
    QString error;
    return distinctValues(m_repository.statesAsOf(QDate(), &error), ProgressField::Id::Owner);
}

QStringList ProgressController::offices() const
{
    QString error;
    return distinctValues(m_repository.statesAsOf(QDate(), &error), ProgressField::Id::Office);
}

ProgressController::Result ProgressController::applySheet(const ProgressSheetImporter::Reading &reading, const QString &fileName)
{
    if (!reading.report.ok) {
        Result refused;
        refused.message = reading.report.error;
        return refused;
    }
    return apply(reading.updates, tr("updates from %1").arg(fileName));
}

ProgressController::Result ProgressController::write(const QList<ProgressUpdate> &updates,
                                                     QList<ProgressRepository::RecordResult> *results)
{
    Result result;
    if (!m_offline.isEmpty()) {
        result.message = m_offline;
        return result;
    }
    bool recorded = false;
    if (updates.size() == 1) {
        results->append(m_repository.record(updates.constFirst(), today()));
        recorded = results->constFirst().ok();
    } else {
        *results = m_repository.recordAll(updates, today(), &recorded);
    }
    if (!recorded) {
        QStringList reasons;
        for (qsizetype i = 0; i < results->size(); ++i) {
            const ProgressRepository::RecordResult &one = results->at(i);
            if (one.outcome == Outcome::Stale) {
                result.stale = true;
                result.staleIds.append(updates.at(i).milestoneId);
            }
            if (!one.ok())
                reasons << (updates.size() == 1 ? one.error() : tr("milestone %1: %2").arg(updates.at(i).milestoneId).arg(one.error()));
        }
        result.message = reasons.join(QLatin1Char('\n'));
        if (result.message.isEmpty())
            result.message = tr("Nothing was saved.");
        return result;
    }
    bool stored = false;
    for (qsizetype i = 0; i < results->size(); ++i) {
        stored = stored || results->at(i).outcome == Outcome::Recorded;
        m_writtenVersions.insert(updates.at(i).milestoneId, results->at(i).version);
    }
    result.saved = stored;
    result.unchanged = !stored;
    if (stored)
        Q_EMIT changed();
    return result;
}

ProgressController::Result ProgressController::apply(QList<ProgressUpdate> updates, const QString &description)
{
    for (ProgressUpdate &update : updates) {
        if (update.enteredBy.trimmed().isEmpty())
            update.enteredBy = m_userName;
    }
    QList<ProgressRepository::RecordResult> results;
    const Result result = write(updates, &results);
    if (result.saved)
        m_undoStack->push(new ProgressUndoCommand(this, updates, results, description));
    return result;
}

} // namespace milepost
