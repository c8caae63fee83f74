// SPDX-License-Identifier: GPL-3.0-or-later
#include "planchanges.h"

#include "planedit/objectivekey.h"
#include "planedit/planeditfield.h"
#include "progress/progressfield.h"
#include "progress/progressstatus.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <deque>

namespace milepost {

namespace {

using Kind = ChangeItem::Kind;
using PlanField = PlanEditField::Id;
using Recorded = ProgressField::Id;

struct Place
{
    int objective = 0;
    int milestone = 0;
    const Objective *inObjective = nullptr;
    const Milestone *item = nullptr;
};

QHash<qint64, Place> placesOf(const PlanEditReplay::Result &shown)
{
    QHash<qint64, Place> places;
    for (int o = 0; o < shown.plan.objectives.size(); ++o) {
        const Objective &objective = shown.plan.objectives.at(o);
        for (int m = 0; m < objective.milestones.size(); ++m)
            places.insert(shown.milestoneIds.value(o).value(m), {o, m, &objective, &objective.milestones.at(m)});
    }
    return places;
}

QString objectiveHash(const ObjectiveKey &key)
{
    return QStringList{key.planSource, key.title, key.subtitle, QString::number(key.occurrence)}.join(QChar(0x1f));
}

bool isPlanKind(Kind kind)
{
    return kind == Kind::Added || kind == Kind::Removed || kind == Kind::Rescheduled || kind == Kind::Retitled;
}

bool isProgressKind(Kind kind)
{
    return kind == Kind::Completed || kind == Kind::StatusChanged || kind == Kind::PercentChanged
        || kind == Kind::OtherChanged;
}

ChangeItem::Field planField(PlanField field, const QString &oldValue, const QString &newValue)
{
    return {PlanEditField::key(field), oldValue, newValue, true};
}

ChangeItem::Field recordedField(Recorded field, const QString &oldValue, const QString &newValue)
{
    return {ProgressField::key(field), oldValue, newValue, false};
}

QString valueOf(const QHash<qint64, ProgressState> &states, qint64 id, Recorded field)
{
    const auto found = states.constFind(id);
    return found == states.cend() ? QString() : found->value(field);
}

QString dayText(const QString &iso)
{
    const QDate day = QDate::fromString(iso, Qt::ISODate);
    return day.isValid() ? PlanDate::exact(day).displayText() : iso;
}

// The estimated completion an objective shows: the one a person set, else the imported one.
QString estimateOf(const Objective &objective)
{
    if (objective.editedEstimate)
        return objective.editedEstimate->isValid() ? objective.editedEstimate->canonical() : QStringLiteral("");
    const PlanDate &imported = objective.status.estimatedCompletion();
    return imported.isValid() ? imported.canonical() : QStringLiteral("");
}

// Singular and plural as separate source strings (a count of one reads "1 milestone").
QString counted(int n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}

std::optional<qint64> endMove(const PlanDate &before, const PlanDate &after)
{
    if (!before.isDated() || !after.isDated())
        return std::nullopt;
    return before.lastDay().daysTo(after.lastDay());
}

} // namespace

PlanChanges PlanChanges::between(const PlanHistory &plan, const RecordedProgress &progress, const QDate &since,
                                 const QDate &until)
{
    PlanChanges result;
    result.m_since = since;
    result.m_until = until;
    const PlanEditReplay::Result before = plan.asOf(since);
    const PlanEditReplay::Result after = plan.asOf(until);
    const QHash<qint64, Place> was = placesOf(before);
    const QHash<qint64, Place> now = placesOf(after);
    const QHash<qint64, ProgressState> statesBefore = progress.statesAsOf(since);
    const QHash<qint64, ProgressState> statesAfter = progress.statesAsOf(until);
    auto inRange = [&](const QDate &day) { return (!since.isValid() || day > since) && (!until.isValid() || day <= until); };

    // What the entries in between say besides their values: when, and the notes (oldest first).
    QHash<qint64, QDate> latestPlan;
    QHash<qint64, QDate> latestProgress;
    QHash<qint64, QList<ChangeItem::Note>> planNotes;
    QHash<qint64, QList<ChangeItem::Note>> progressNotes;
    QHash<QString, QDate> latestObjective;
    QHash<QString, QList<ChangeItem::Note>> objectiveNotes;
    QList<const PlanEditEntry *> edits;
    for (const PlanEditEntry &entry : plan.edits) {
        if (inRange(entry.asOf))
            edits.append(&entry);
    }
    std::sort(edits.begin(), edits.end(), [](const PlanEditEntry *a, const PlanEditEntry *b) {
        return std::pair(a->asOf, a->id) < std::pair(b->asOf, b->id);
    });
    for (const PlanEditEntry *entry : std::as_const(edits)) {
        ++result.m_planEdits;
        const ChangeItem::Note note{entry->asOf, entry->enteredBy, entry->note.trimmed()};
        if (entry->milestoneId != 0) {
            latestPlan[entry->milestoneId] = std::max(latestPlan.value(entry->milestoneId), entry->asOf);
            if (!note.text.isEmpty())
                planNotes[entry->milestoneId].append(note);
        } else {
            const QString key = objectiveHash(entry->objective);
            latestObjective[key] = std::max(latestObjective.value(key), entry->asOf);
            if (!note.text.isEmpty())
                objectiveNotes[key].append(note);
        }
    }
    const QList<ProgressEntry> updates = progress.changesBetween(since, until); // newest first
    for (auto it = updates.crbegin(); it != updates.crend(); ++it) {
        ++result.m_progressUpdates;
        latestProgress[it->milestoneId] = std::max(latestProgress.value(it->milestoneId), it->asOf);
        if (!it->note.trimmed().isEmpty())
            progressNotes[it->milestoneId].append({it->asOf, it->enteredBy, it->note.trimmed()});
    }

    QList<ChangeItem> items;
    auto make = [](Kind kind, qint64 id, const Place &place, const QDate &latest) {
        ChangeItem item;
        item.kind = kind;
        item.milestoneId = id;
        item.milestoneTitle = place.item->title;
        item.objectiveTitle = place.inObjective->title;
        item.objectiveIndex = place.objective;
        item.milestoneIndex = place.milestone;
        item.latestAsOf = latest;
        return item;
    };

    // What was recorded, the state at the start against the state at the end.
    auto recordedItems = [&](qint64 id, const Place &place) {
        const Milestone &milestone = *place.item;
        const QDate recordedOn = latestProgress.value(id);
        auto changed = [&](Recorded field) {
            return valueOf(statesBefore, id, field) != valueOf(statesAfter, id, field);
        };
        auto fieldOf = [&](Recorded field) {
            return recordedField(field, valueOf(statesBefore, id, field), valueOf(statesAfter, id, field));
        };
        const QString done = ProgressStatus::key(ProgressStatus::Value::Done);
        const bool nowDone = valueOf(statesAfter, id, Recorded::Status) == done;
        const bool wasDone = valueOf(statesBefore, id, Recorded::Status) == done;
        const bool endSet = valueOf(statesBefore, id, Recorded::ActualEnd).isNull()
            && !valueOf(statesAfter, id, Recorded::ActualEnd).isNull();
        const bool completed = (nowDone && !wasDone) || (endSet && !(wasDone && !nowDone));
        QSet<Recorded> told;
        if (completed) {
            ChangeItem item = make(Kind::Completed, id, place, recordedOn);
            for (Recorded field : {Recorded::Status, Recorded::ActualEnd, Recorded::Percent}) {
                if (!changed(field))
                    continue;
                if (field == Recorded::Percent && valueOf(statesAfter, id, field) != QLatin1String("100"))
                    continue; // a percent that is not 100 is its own change
                item.fields.append(fieldOf(field));
                told.insert(field);
            }
            const QDate actualEnd = QDate::fromString(valueOf(statesAfter, id, Recorded::ActualEnd), Qt::ISODate);
            if (actualEnd.isValid() && milestone.end.isDated())
                item.days = milestone.end.lastDay().daysTo(actualEnd);
            items.append(item);
        }
        if (changed(Recorded::Status) && !told.contains(Recorded::Status)) {
            ChangeItem item = make(Kind::StatusChanged, id, place, recordedOn);
            item.fields = {fieldOf(Recorded::Status)};
            items.append(item);
        }
        if (changed(Recorded::Percent) && !told.contains(Recorded::Percent)) {
            ChangeItem item = make(Kind::PercentChanged, id, place, recordedOn);
            item.fields = {fieldOf(Recorded::Percent)};
            items.append(item);
        }
        ChangeItem other = make(Kind::OtherChanged, id, place, recordedOn);
        for (Recorded field : {Recorded::ActualStart, Recorded::ActualEnd, Recorded::Owner, Recorded::Office}) {
            if (changed(field) && !told.contains(field))
                other.fields.append(fieldOf(field));
        }
        if (!other.fields.isEmpty())
            items.append(other);
    };
    QHash<qint64, Place> outside;
    QList<qint64> outsideOrder;

    for (const QList<qint64> &ids : after.milestoneIds) {
        for (qint64 id : ids) {
            const Place &place = now[id];
            const Milestone &milestone = *place.item;
            const QDate plannedOn = latestPlan.value(id);
            const auto earlier = was.constFind(id);
            if (earlier == was.cend()) {
                ChangeItem item = make(Kind::Added, id, place, plannedOn);
                item.fields = {planField(PlanField::PlannedStart, {}, milestone.start.canonical()),
                               planField(PlanField::PlannedEnd, {}, milestone.end.canonical())};
                items.append(item);
            } else {
                const Milestone &old = *earlier->item;
                if (old.title != milestone.title) {
                    ChangeItem item = make(Kind::Retitled, id, place, plannedOn);
                    item.fields = {planField(PlanField::Title, old.title, milestone.title)};
                    items.append(item);
                }
                ChangeItem moved = make(Kind::Rescheduled, id, place, plannedOn);
                if (!(old.start == milestone.start))
                    moved.fields.append(planField(PlanField::PlannedStart, old.start.canonical(), milestone.start.canonical()));
                if (!(old.end == milestone.end)) {
                    moved.fields.append(planField(PlanField::PlannedEnd, old.end.canonical(), milestone.end.canonical()));
                    moved.days = endMove(old.end, milestone.end);
                }
                if (old.quarters != milestone.quarters)
                    moved.fields.append(planField(PlanField::Quarters, PlanEditField::quartersText(old.quarters),
                                                  PlanEditField::quartersText(milestone.quarters)));
                if (!moved.fields.isEmpty())
                    items.append(moved);
            }

            recordedItems(id, place);
        }
    }

    // Progress on milestones in neither plan (a re-import left them out): named as the journal
    // names them, after the plan's.
    std::deque<Objective> outsideObjectives;
    std::deque<Milestone> outsideMilestones;
    for (auto it = updates.crbegin(); it != updates.crend(); ++it) {
        if (now.contains(it->milestoneId) || was.contains(it->milestoneId) || outside.contains(it->milestoneId))
            continue;
        Objective &objective = outsideObjectives.emplace_back();
        objective.title = it->objectiveTitle;
        Milestone &milestone = outsideMilestones.emplace_back();
        milestone.title = it->milestoneTitle;
        outside.insert(it->milestoneId, {int(after.plan.objectives.size()), int(outside.size()), &objective, &milestone});
        outsideOrder.append(it->milestoneId);
    }
    for (qint64 id : std::as_const(outsideOrder))
        recordedItems(id, outside[id]);

    // Milestones in the plan at the start and not at the end, in their order then.
    for (const QList<qint64> &ids : before.milestoneIds) {
        for (qint64 id : ids) {
            if (now.contains(id))
                continue;
            const Place &place = was[id];
            ChangeItem item = make(Kind::Removed, id, place, latestPlan.value(id));
            item.fields = {planField(PlanField::PlannedEnd, place.item->end.canonical(), {})};
            items.append(item);
        }
    }

    // Objectives: the imported ones, in the same order in both replays.
    const QList<ObjectiveKey> keys = ObjectiveKey::ofPlan(plan.imported);
    for (int o = 0; o < keys.size() && o < before.plan.objectives.size() && o < after.plan.objectives.size(); ++o) {
        const Objective &old = before.plan.objectives.at(o);
        const Objective &objective = after.plan.objectives.at(o);
        const QString key = objectiveHash(keys.at(o));
        ChangeItem item;
        item.kind = Kind::ObjectiveChanged;
        item.objectiveTitle = objective.title;
        item.objectiveIndex = o;
        item.milestoneIndex = -1;
        item.latestAsOf = latestObjective.value(key);
        if (old.recordedStatus != objective.recordedStatus)
            item.fields.append(planField(PlanField::ObjectiveStatus, old.recordedStatus.isEmpty() ? QString() : old.recordedStatus,
                                         objective.recordedStatus.isEmpty() ? QString() : objective.recordedStatus));
        const QString oldEstimate = estimateOf(old);
        const QString newEstimate = estimateOf(objective);
        if (oldEstimate != newEstimate) {
            item.fields.append(planField(PlanField::EstimatedCompletion, oldEstimate, newEstimate));
            item.days = endMove(PlanEditField::dateFromText(oldEstimate), PlanEditField::dateFromText(newEstimate));
        }
        item.notes = objectiveNotes.value(key);
        if (!item.fields.isEmpty())
            items.append(item);
    }

    // The notes of a milestone's entries go with its first item of their kind (plan or progress).
    auto attach = [&](const QHash<qint64, QList<ChangeItem::Note>> &notes, bool (*family)(Kind), bool plannedNotes) {
        for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
            ChangeItem *target = nullptr;
            ChangeItem *any = nullptr;
            for (ChangeItem &item : items) {
                if (item.milestoneId != it.key())
                    continue;
                if (family(item.kind) && (!target || item.kind < target->kind))
                    target = &item;
                if (!any || item.kind < any->kind)
                    any = &item;
            }
            if (!target)
                target = any;
            if (!target) {
                auto place = now.constFind(it.key());
                if (place == now.cend()) {
                    place = was.constFind(it.key());
                    if (place == was.cend()) {
                        place = outside.constFind(it.key());
                        if (place == outside.cend())
                            continue; // added and removed again in between: in neither plan
                    }
                }
                const QDate latest = plannedNotes ? latestPlan.value(it.key()) : latestProgress.value(it.key());
                items.append(make(Kind::NoteOnly, it.key(), *place, latest));
                target = &items.last();
            }
            target->notes += it.value();
            std::sort(target->notes.begin(), target->notes.end(),
                      [](const ChangeItem::Note &a, const ChangeItem::Note &b) { return a.asOf < b.asOf; });
            target->latestAsOf = std::max(target->latestAsOf, it.value().constLast().asOf);
        }
    };
    attach(planNotes, isPlanKind, true);
    attach(progressNotes, isProgressKind, false);

    std::stable_sort(items.begin(), items.end(), [](const ChangeItem &a, const ChangeItem &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.kind == Kind::Rescheduled && a.days != b.days) {
            if (!a.days || !b.days)
                return bool(a.days); // the moves in days first
            return *a.days > *b.days;
        }
        return std::pair(a.objectiveIndex, a.milestoneIndex) < std::pair(b.objectiveIndex, b.milestoneIndex);
    });
    result.m_items = items;
    return result;
}

int PlanChanges::count(ChangeItem::Kind kind) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [kind](const ChangeItem &item) { return item.kind == kind; }));
}

int PlanChanges::slippedCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const ChangeItem &item) {
        return item.kind == Kind::Rescheduled && item.days && *item.days > 0;
    }));
}

int PlanChanges::milestoneCount() const
{
    QSet<qint64> milestones;
    for (const ChangeItem &item : m_items) {
        if (item.milestoneId != 0)
            milestones.insert(item.milestoneId);
    }
    return int(milestones.size());
}

PlanChanges PlanChanges::filtered(const std::function<bool(const ChangeItem &)> &keep) const
{
    PlanChanges result = *this;
    result.m_items.clear();
    for (const ChangeItem &item : m_items) {
        if (keep(item))
            result.m_items.append(item);
    }
    return result;
}

QString PlanChanges::kindLabel(ChangeItem::Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return tr("New milestones");
    case Kind::Removed:
        return tr("Removed milestones");
    case Kind::Completed:
        return tr("Completed");
    case Kind::Rescheduled:
        return tr("Dates moved");
    case Kind::StatusChanged:
        return tr("Status changes");
    case Kind::ObjectiveChanged:
        return tr("Objectives");
    case Kind::Retitled:
        return tr("Renamed");
    case Kind::PercentChanged:
        return tr("Percent complete");
    case Kind::OtherChanged:
        return tr("Other recorded changes");
    case Kind::NoteOnly:
        break;
    }
    return tr("Notes");
}

QString PlanChanges::kindKey(ChangeItem::Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Completed:
        return QStringLiteral("completed");
    case Kind::Rescheduled:
        return QStringLiteral("rescheduled");
    case Kind::StatusChanged:
        return QStringLiteral("status");
    case Kind::ObjectiveChanged:
        return QStringLiteral("objective");
    case Kind::Retitled:
        return QStringLiteral("renamed");
    case Kind::PercentChanged:
        return QStringLiteral("percent");
    case Kind::OtherChanged:
        return QStringLiteral("other");
    case Kind::NoteOnly:
        break;
    }
    return QStringLiteral("note");
}

QString PlanChanges::slipText(qint64 days)
{
    if (days > 0)
        return days == 1 ? tr("slipped 1 day") : tr("slipped %1 days").arg(days);
    if (days < 0)
        return days == -1 ? tr("pulled in 1 day") : tr("pulled in %1 days").arg(-days);
    return {};
}

QString PlanChanges::summary() const
{
    if (m_items.isEmpty())
        return tr("Nothing changed between these dates.");
    QStringList parts;
    for (int k = 0; k < ChangeItem::kindCount; ++k) {
        const auto kind = Kind(k);
        const int n = count(kind);
        if (n == 0)
            continue;
        switch (kind) {
        case Kind::Added:
            parts << tr("%1 new").arg(n);
            break;
        case Kind::Removed:
            parts << tr("%1 removed").arg(n);
            break;
        case Kind::Completed:
            parts << tr("%1 completed").arg(n);
            break;
        case Kind::Rescheduled:
            parts << tr("%1 with dates moved (%2 slipped)").arg(n).arg(slippedCount());
            break;
        case Kind::StatusChanged:
            parts << (n == 1 ? tr("1 status change") : tr("%1 status changes").arg(n));
            break;
        case Kind::ObjectiveChanged:
            parts << (n == 1 ? tr("1 objective changed") : tr("%1 objectives changed").arg(n));
            break;
        case Kind::Retitled:
            parts << tr("%1 renamed").arg(n);
            break;
        case Kind::PercentChanged:
            parts << (n == 1 ? tr("1 percent change") : tr("%1 percent changes").arg(n));
            break;
        case Kind::OtherChanged:
            parts << (n == 1 ? tr("1 other change") : tr("%1 other changes").arg(n));
            break;
        case Kind::NoteOnly:
            parts << (n == 1 ? tr("1 note only") : tr("%1 notes only").arg(n));
            break;
        }
    }
    return tr("%1 on %2; from %3 and %4.", "changes, milestones, updates, plan edits")
        .arg(parts.join(QLatin1String(", ")), counted(milestoneCount(), tr("1 milestone"), tr("%1 milestones")),
             counted(m_progressUpdates, tr("1 progress update"), tr("%1 progress updates")), counted(m_planEdits, tr("1 plan edit"), tr("%1 plan edits")));
}

QString PlanChanges::describeField(const ChangeItem::Field &field)
{
    QString label;
    QString before;
    QString after;
    if (field.isPlanField) {
        const auto id = PlanEditField::fromKey(field.key);
        if (!id)
            return {};
        label = PlanEditField::label(*id);
        before = field.oldValue.isNull() ? tr("(none)") : PlanEditField::displayValue(*id, field.oldValue);
        after = field.newValue.isNull() ? tr("(none)") : PlanEditField::displayValue(*id, field.newValue);
    } else {
        const auto id = ProgressField::fromKey(field.key);
        if (!id)
            return {};
        label = ProgressField::label(*id);
        const bool day = *id == Recorded::ActualStart || *id == Recorded::ActualEnd;
        before = field.oldValue.isNull() ? tr("(none)") : day ? dayText(field.oldValue) : ProgressField::displayValue(*id, field.oldValue);
        after = field.newValue.isNull() ? tr("(none)") : day ? dayText(field.newValue) : ProgressField::displayValue(*id, field.newValue);
    }
    return tr("%1: %2 → %3", "field: old → new").arg(label, before, after);
}

QStringList PlanChanges::describe(const ChangeItem &item)
{
    QStringList lines;
    const QString plannedEnd = PlanEditField::key(PlanField::PlannedEnd);
    const QString estimate = PlanEditField::key(PlanField::EstimatedCompletion);
    switch (item.kind) {
    case Kind::Added: {
        const ChangeItem::Field *start = item.field(PlanEditField::key(PlanField::PlannedStart));
        const ChangeItem::Field *end = item.field(plannedEnd);
        lines << tr("Added to the plan: %1 – %2", "planned start – planned end")
                     .arg(start ? PlanEditField::displayValue(PlanField::PlannedStart, start->newValue) : QString(),
                          end ? PlanEditField::displayValue(PlanField::PlannedEnd, end->newValue) : QString());
        break;
    }
    case Kind::Removed: {
        const ChangeItem::Field *end = item.field(plannedEnd);
        lines << (end && !end->oldValue.isEmpty()
                      ? tr("Removed from the plan (was to end %1)").arg(PlanEditField::displayValue(PlanField::PlannedEnd, end->oldValue))
                      : tr("Removed from the plan"));
        break;
    }
    case Kind::Completed: {
        const ChangeItem::Field *end = item.field(ProgressField::key(Recorded::ActualEnd));
        const ChangeItem::Field *status = item.field(ProgressField::key(Recorded::Status));
        const QString actualEnd = end && !end->newValue.isNull() ? end->newValue : QString();
        QString line = actualEnd.isEmpty() ? tr("Recorded Done") : tr("Completed on %1").arg(dayText(actualEnd));
        if (item.days) {
            if (*item.days > 0)
                line += (*item.days == 1 ? tr(", 1 day after its planned end") : tr(", %1 days after its planned end").arg(*item.days));
            else if (*item.days < 0)
                line += (*item.days == -1 ? tr(", 1 day before its planned end") : tr(", %1 days before its planned end").arg(-*item.days));
            else
                line += tr(", on its planned end");
        }
        lines << line;
        if (status && !status->oldValue.isNull())
            lines << tr("Status was %1").arg(ProgressField::displayValue(Recorded::Status, status->oldValue));
        break;
    }
    case Kind::Retitled: {
        const ChangeItem::Field *title = item.field(PlanEditField::key(PlanField::Title));
        lines << tr("Renamed from “%1”").arg(title ? title->oldValue : QString());
        break;
    }
    case Kind::NoteOnly:
        lines << tr("Note only");
        break;
    case Kind::Rescheduled:
    case Kind::StatusChanged:
    case Kind::ObjectiveChanged:
    case Kind::PercentChanged:
    case Kind::OtherChanged:
        for (const ChangeItem::Field &field : item.fields) {
            QString line = describeField(field);
            if ((field.key == plannedEnd || field.key == estimate) && item.days && *item.days != 0)
                line += tr(" (%1)", "a slip after a change").arg(slipText(*item.days));
            lines << line;
        }
        break;
    }
    return lines;
}

} // namespace milepost
