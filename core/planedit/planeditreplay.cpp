// SPDX-License-Identifier: GPL-3.0-or-later
#include "planeditreplay.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace milepost {

namespace {

using Field = PlanEditField::Id;
using Values = QHash<Field, QString>;

QString objectiveHashKey(const ObjectiveKey &key)
{
    return QStringList{key.planSource, key.title, key.subtitle, QString::number(key.occurrence)}.join(QChar(0x1f));
}

void applyMilestone(Milestone *milestone, const Values &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        switch (it.key()) {
        case Field::Title:
            milestone->title = it.value();
            break;
        case Field::PlannedStart:
            milestone->start = PlanEditField::dateFromText(it.value());
            break;
        case Field::PlannedEnd:
            milestone->end = PlanEditField::dateFromText(it.value());
            break;
        case Field::Quarters:
            milestone->quarters = PlanEditField::quartersFromText(it.value()).value_or(QList<YearQuarter>());
            break;
        case Field::Removed:
        case Field::ObjectiveStatus:
        case Field::EstimatedCompletion:
            break;
        }
    }
}

} // namespace

QString PlanEditReplay::importedValue(const Milestone &milestone, PlanEditField::Id field)
{
    switch (field) {
    case Field::Title:
        return milestone.title;
    case Field::PlannedStart:
        return milestone.start.canonical();
    case Field::PlannedEnd:
        return milestone.end.canonical();
    case Field::Quarters:
        return PlanEditField::quartersText(milestone.quarters);
    case Field::Removed:
        return QStringLiteral("no");
    case Field::ObjectiveStatus:
    case Field::EstimatedCompletion:
        break;
    }
    return {};
}

QString PlanEditReplay::importedValue(const Objective &objective, PlanEditField::Id field)
{
    if (field == Field::EstimatedCompletion) {
        const PlanDate &estimate = objective.status.estimatedCompletion();
        return estimate.isValid() ? estimate.canonical() : QStringLiteral("");
    }
    return {}; // no status is recorded on import
}

PlanEditReplay::Result PlanEditReplay::apply(const Plan &imported, const QList<QList<qint64>> &importedIds,
                                             const QList<PlanEditEntry> &journal, const QDate &asOf)
{
    QList<const PlanEditEntry *> entries;
    for (const PlanEditEntry &entry : journal)
        entries.append(&entry);
    std::sort(entries.begin(), entries.end(), [](const PlanEditEntry *a, const PlanEditEntry *b) {
        return std::pair(a->asOf, a->id) < std::pair(b->asOf, b->id);
    });

    QHash<qint64, Values> milestoneValues;
    QHash<QString, Values> objectiveValues;
    // Which fields an edit up to asOf set; the others take the old value of their first later
    // edit, so that a new edition's journaled change shows its earlier value before its date.
    QHash<qint64, QHash<Field, bool>> milestoneSet;
    QHash<QString, QHash<Field, bool>> objectiveSet;
    // Milestones an edition removed (its entry was the last to set "removed", to "yes").
    QHash<qint64, bool> removedByEdition;
    // Milestones edited that the imported plan does not hold, by objective, in id order.
    QHash<QString, QMap<qint64, bool>> addedByObjective;
    QHash<qint64, bool> importedMilestones;
    for (const QList<qint64> &ids : importedIds) {
        for (qint64 id : ids)
            importedMilestones.insert(id, true);
    }
    for (const PlanEditEntry *entry : std::as_const(entries)) {
        const bool later = asOf.isValid() && entry->asOf > asOf;
        const bool onMilestone = entry->milestoneId != 0;
        const QString objectiveKey = objectiveHashKey(entry->objective);
        Values &values = onMilestone ? milestoneValues[entry->milestoneId] : objectiveValues[objectiveKey];
        QHash<Field, bool> &set = onMilestone ? milestoneSet[entry->milestoneId] : objectiveSet[objectiveKey];
        for (const PlanEditEntry::Change &change : entry->changes) {
            if (!later) {
                values.insert(change.field, change.newValue);
                set.insert(change.field, true);
                if (onMilestone && change.field == Field::Removed)
                    removedByEdition.insert(entry->milestoneId, entry->isEdition() && change.newValue == QLatin1String("yes"));
            } else if (onMilestone && !set.contains(change.field)) {
                // Objectives are not journaled by editions: their imported values stand.
                // A null old value: the field had none (a milestone not yet added).
                if (!change.oldValue.isNull())
                    values.insert(change.field, change.oldValue);
                set.insert(change.field, true);
            }
        }
        if (!later && onMilestone && !importedMilestones.contains(entry->milestoneId))
            addedByObjective[objectiveKey].insert(entry->milestoneId, true);
    }

    Result result;
    result.plan.title = imported.title;
    result.plan.source = imported.source;
    const QList<ObjectiveKey> keys = ObjectiveKey::ofPlan(imported);
    for (qsizetype o = 0; o < imported.objectives.size(); ++o) {
        const QString objectiveKey = objectiveHashKey(keys.at(o));
        Objective objective = imported.objectives.at(o);
        objective.milestones.clear();
        QList<qint64> ids;
        const QList<qint64> objectiveIds = importedIds.value(o);
        qsizetype removedByEditions = 0;
        for (qsizetype m = 0; m < imported.objectives.at(o).milestones.size(); ++m) {
            Milestone milestone = imported.objectives.at(o).milestones.at(m);
            const qint64 id = objectiveIds.value(m);
            const Values values = milestoneValues.value(id);
            if (values.value(Field::Removed) == QLatin1String("yes")) {
                removedByEditions += removedByEdition.value(id) ? 1 : 0;
                continue;
            }
            applyMilestone(&milestone, values);
            objective.milestones.append(milestone);
            ids.append(id);
        }
        const QMap<qint64, bool> added = addedByObjective.value(objectiveKey);
        for (auto it = added.cbegin(); it != added.cend(); ++it) {
            const Values values = milestoneValues.value(it.key());
            if (values.value(Field::Removed) != QLatin1String("no"))
                continue; // removed again, or (never here) not added
            Milestone milestone;
            applyMilestone(&milestone, values);
            objective.milestones.append(milestone);
            ids.append(it.key());
        }
        // An objective a new edition no longer has is kept for its history, with every
        // milestone removed by that edition: it is not in the plan from then on.
        if (objective.milestones.isEmpty() && removedByEditions > 0
            && removedByEditions == imported.objectives.at(o).milestones.size())
            continue;
        const Values values = objectiveValues.value(objectiveKey);
        if (values.contains(Field::ObjectiveStatus))
            objective.recordedStatus = values.value(Field::ObjectiveStatus);
        if (values.contains(Field::EstimatedCompletion))
            objective.editedEstimate = PlanEditField::dateFromText(values.value(Field::EstimatedCompletion));
        result.plan.objectives.append(objective);
        result.milestoneIds.append(ids);
    }
    return result;
}

} // namespace milepost
