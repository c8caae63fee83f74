// SPDX-License-Identifier: GPL-3.0-or-later
#include "planmergetext.h"

#include <QStringList>

#include <cmath>

namespace milepost {

QString PlanMergeText::milestoneName(const PlanMerge::Milestone &milestone)
{
    return tr("%1 — %2").arg(milestone.objectiveTitle, milestone.newTitle.isEmpty() ? milestone.oldTitle : milestone.newTitle);
}

QString PlanMergeText::editionChanges(const PlanMerge::Milestone &milestone)
{
    QStringList parts;
    for (const PlanEditEntry::Change &change : milestone.editionChanges) {
        parts.append(tr("%1 %2 → %3")
                         .arg(PlanEditField::label(change.field), PlanEditField::displayValue(change.field, change.oldValue),
                              PlanEditField::displayValue(change.field, change.newValue)));
    }
    return parts.join(QLatin1String("; "));
}

QString PlanMergeText::clash(const PlanMerge::Clash &clash)
{
    return tr("%1: kept %2 (a person's edit); the new edition has %3 (was %4)")
        .arg(PlanEditField::label(clash.field), PlanEditField::displayValue(clash.field, clash.personValue),
             PlanEditField::displayValue(clash.field, clash.editionNew),
             PlanEditField::displayValue(clash.field, clash.editionOld));
}

QString PlanMergeText::candidate(const PlanMerge::Candidate &candidate)
{
    const QString percent = QString::number(std::lround(candidate.similarity * 100));
    if (candidate.isObjective())
        return tr("objective “%1” → “%2” (alike %3%)").arg(candidate.oldTitle, candidate.newTitle, percent);
    return tr("“%1” → “%2” in %3 (alike %4%)").arg(candidate.oldTitle, candidate.newTitle, candidate.objectiveTitle, percent);
}

QString PlanMergeText::matchOption(const PlanMerge::Candidate &candidate)
{
    QString text = candidate.oldTitle + u'=' + candidate.newTitle;
    text.replace(u'"', QLatin1String("\\\""));
    return QStringLiteral("--match \"%1\"").arg(text);
}

QString PlanMergeText::editionSum(const PlanMerge &merge)
{
    return tr("Milestones in the new edition: %1 = %2 unchanged + %3 changed + %4 new + %5 back")
        .arg(merge.editionCount())
        .arg(merge.unchanged.size())
        .arg(merge.changed.size())
        .arg(merge.added.size())
        .arg(merge.returned.size());
}

QString PlanMergeText::storedSum(const PlanMerge &merge)
{
    return tr("Milestones in the stored edition: %1 = %2 unchanged + %3 changed + %4 removed")
        .arg(merge.storedCount())
        .arg(merge.unchanged.size())
        .arg(merge.changed.size())
        .arg(merge.removed.size());
}

} // namespace milepost
