// SPDX-License-Identifier: GPL-3.0-or-later
#include "planmerge.h"

#include "objectivekey.h"
#include "planeditreplay.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace milepost {

namespace {

using Field = PlanEditField::Id;

// Lower case, accents and punctuation dropped, words separated by single spaces.
QString simplified(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            out += c;
        else if (c.category() != QChar::Mark_NonSpacing)
            out += u' ';
    }
    return out.simplified();
}

qsizetype editDistance(const QString &a, const QString &b)
{
    QList<qsizetype> previous(b.size() + 1);
    QList<qsizetype> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype substitute = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// The journal of each milestone, oldest first.
using Journal = QHash<qint64, QList<const PlanEditEntry *>>;

const PlanEditEntry::Change *lastChange(const Journal &journal, qint64 id, Field field, const PlanEditEntry **entry)
{
    const QList<const PlanEditEntry *> entries = journal.value(id);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        for (const PlanEditEntry::Change &change : (*it)->changes) {
            if (change.field == field) {
                if (entry)
                    *entry = *it;
                return &change;
            }
        }
    }
    return nullptr;
}

// Dropped by an earlier edition: the last change of "removed" was an edition's, to "yes".
bool droppedByEdition(const Journal &journal, qint64 id)
{
    const PlanEditEntry *entry = nullptr;
    const PlanEditEntry::Change *change = lastChange(journal, id, Field::Removed, &entry);
    return change && entry->isEdition() && change->newValue == QLatin1String("yes");
}

struct Pair
{
    int stored = -1;
    int edition = -1;
    double similarity = 0;
};

// The best pairs of alike titles, each side used once, most alike first.
QList<Pair> alikePairs(const QList<int> &stored, const QStringList &storedTitles, const QList<int> &edition,
                       const QStringList &editionTitles)
{
    QList<Pair> pairs;
    for (int s : stored) {
        for (int e : edition) {
            const double similarity = PlanMerge::similarity(storedTitles.at(s), editionTitles.at(e));
            if (similarity >= PlanMerge::candidateThreshold)
                pairs.append({s, e, similarity});
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) { return a.similarity > b.similarity; });
    QList<Pair> chosen;
    QHash<int, bool> usedStored;
    QHash<int, bool> usedEdition;
    for (const Pair &pair : std::as_const(pairs)) {
        if (usedStored.contains(pair.stored) || usedEdition.contains(pair.edition))
            continue;
        usedStored.insert(pair.stored, true);
        usedEdition.insert(pair.edition, true);
        chosen.append(pair);
    }
    return chosen;
}

// Which of the entries with its title each one is, from 1.
QList<int> occurrences(const QStringList &titles)
{
    QHash<QString, int> seen;
    QList<int> result;
    for (const QString &title : titles)
        result.append(++seen[title]);
    return result;
}

} // namespace

double PlanMerge::similarity(const QString &a, const QString &b)
{
    const QString x = simplified(a);
    const QString y = simplified(b);
    if (x.isEmpty() || y.isEmpty())
        return x == y ? 1.0 : 0.0;
    QStringList xWords = x.split(u' ');
    const QStringList yWords = y.split(u' ');
    qsizetype common = 0;
    for (const QString &word : yWords) {
        const qsizetype at = xWords.indexOf(word);
        if (at >= 0) {
            ++common;
            xWords.removeAt(at);
        }
    }
    const double dice = 2.0 * double(common) / double(x.count(u' ') + 1 + yWords.size());
    const double edits = 1.0 - double(editDistance(x, y)) / double(std::max(x.size(), y.size()));
    return std::max(dice, edits);
}

QList<PlanMerge::Clash> PlanMerge::allClashes() const
{
    QList<Clash> result;
    for (const QList<Milestone> *list : {&changed, &unchanged, &returned, &removed}) {
        for (const Milestone &milestone : *list)
            result += milestone.clashes;
    }
    return result;
}

qsizetype PlanMerge::clashCount() const
{
    return allClashes().size();
}

bool PlanMerge::changesNothing() const
{
    return changed.isEmpty() && added.isEmpty() && returned.isEmpty() && removed.isEmpty() && objectivesAdded.isEmpty()
        && objectivesRemoved.isEmpty() && objectivesRenamed.isEmpty() && statusChanged.isEmpty();
}

PlanMerge PlanMerge::compute(const Stored &stored, const Plan &edition, const QList<Rename> &confirmed)
{
    PlanMerge merge;
    Journal journal;
    {
        QList<const PlanEditEntry *> entries;
        for (const PlanEditEntry &entry : stored.journal) {
            if (entry.milestoneId != 0)
                entries.append(&entry);
        }
        std::sort(entries.begin(), entries.end(), [](const PlanEditEntry *a, const PlanEditEntry *b) {
            return std::pair(a->asOf, a->id) < std::pair(b->asOf, b->id);
        });
        for (const PlanEditEntry *entry : std::as_const(entries))
            journal[entry->milestoneId].append(entry);
    }
    QList<bool> renameUsed(confirmed.size(), false);
    auto confirmedRename = [&](const QString &oldTitle, const QString &newTitle) {
        for (qsizetype i = 0; i < confirmed.size(); ++i) {
            if (confirmed.at(i).oldTitle.trimmed() == oldTitle.trimmed()
                && confirmed.at(i).newTitle.trimmed() == newTitle.trimmed()) {
                renameUsed[i] = true;
                return true;
            }
        }
        return false;
    };
    const QList<Objective> &storedObjectives = stored.imported.objectives;
    auto storedId = [&stored](int o, int m) { return stored.ids.value(o).value(m); };
    auto dropped = [&](int o, int m) { return droppedByEdition(journal, storedId(o, m)); };
    // An objective all of whose milestones earlier editions dropped.
    auto objectiveDropped = [&](int o) {
        const QList<milepost::Milestone> &milestones = storedObjectives.at(o).milestones;
        if (milestones.isEmpty())
            return false;
        for (int m = 0; m < int(milestones.size()); ++m) {
            if (!dropped(o, m))
                return false;
        }
        return true;
    };

    // Objectives: by key, then by confirmed rename; alike titles left over are candidates.
    const QList<ObjectiveKey> storedKeys = ObjectiveKey::ofPlan(stored.imported);
    const QList<ObjectiveKey> editionKeys = ObjectiveKey::ofPlan(edition);
    QList<int> storedFor(edition.objectives.size(), -1);
    QList<bool> storedMatched(storedObjectives.size(), false);
    QList<bool> objectiveRenamed(edition.objectives.size(), false);
    for (int e = 0; e < int(edition.objectives.size()); ++e) {
        for (int s = 0; s < int(storedKeys.size()); ++s) {
            if (!storedMatched.at(s) && storedKeys.at(s).title == editionKeys.at(e).title
                && storedKeys.at(s).subtitle == editionKeys.at(e).subtitle
                && storedKeys.at(s).occurrence == editionKeys.at(e).occurrence) {
                storedFor[e] = s;
                storedMatched[s] = true;
                break;
            }
        }
    }
    for (int e = 0; e < int(edition.objectives.size()); ++e) {
        for (int s = 0; storedFor.at(e) < 0 && s < int(storedObjectives.size()); ++s) {
            if (!storedMatched.at(s) && confirmedRename(storedObjectives.at(s).title, edition.objectives.at(e).title)) {
                storedFor[e] = s;
                storedMatched[s] = true;
                objectiveRenamed[e] = true;
            }
        }
    }
    {
        QList<int> storedLeft;
        QList<int> editionLeft;
        QStringList storedTitles;
        QStringList editionTitles;
        for (int s = 0; s < int(storedObjectives.size()); ++s) {
            storedTitles.append(storedObjectives.at(s).title);
            if (!storedMatched.at(s) && !objectiveDropped(s))
                storedLeft.append(s);
        }
        for (int e = 0; e < int(edition.objectives.size()); ++e) {
            editionTitles.append(edition.objectives.at(e).title);
            if (storedFor.at(e) < 0)
                editionLeft.append(e);
        }
        for (const Pair &pair : alikePairs(storedLeft, storedTitles, editionLeft, editionTitles)) {
            merge.candidates.append({{pair.stored, -1}, {pair.edition, -1}, QString(), storedTitles.at(pair.stored),
                                     editionTitles.at(pair.edition), pair.similarity});
        }
    }

    // One matched milestone: what the edition changes, what is journaled, what clashes.
    auto matchMilestone = [&](int so, int sm, int eo, int em, bool renamed) {
        const milepost::Milestone &old = storedObjectives.at(so).milestones.at(sm);
        const milepost::Milestone &now = edition.objectives.at(eo).milestones.at(em);
        Milestone match;
        match.id = storedId(so, sm);
        match.stored = {so, sm};
        match.edition = {eo, em};
        match.objectiveTitle = edition.objectives.at(eo).title;
        match.oldTitle = old.title;
        match.newTitle = now.title;
        match.renamed = renamed;
        match.returned = dropped(so, sm);
        for (Field field : {Field::Title, Field::PlannedStart, Field::PlannedEnd, Field::Quarters, Field::Removed}) {
            const QString before = field == Field::Removed ? (match.returned ? QStringLiteral("yes") : QStringLiteral("no"))
                                                           : PlanEditReplay::importedValue(old, field);
            const QString after = PlanEditReplay::importedValue(now, field);
            if (before == after)
                continue;
            if (field != Field::Removed)
                match.editionChanges.append({field, before, after});
            const PlanEditEntry *entry = nullptr;
            const PlanEditEntry::Change *last = lastChange(journal, match.id, field, &entry);
            const QString current = last ? last->newValue : before;
            if (current == after)
                continue;
            if (last && !entry->isEdition())
                match.clashes.append({field, current, before, after});
            else
                match.journal.append({field, current, after});
        }
        if (match.returned)
            merge.returned.append(match);
        else if (match.editionChanges.isEmpty())
            merge.unchanged.append(match);
        else
            merge.changed.append(match);
    };
    auto removeMilestone = [&](int so, int sm) {
        Milestone gone;
        gone.id = storedId(so, sm);
        gone.stored = {so, sm};
        gone.objectiveTitle = storedObjectives.at(so).title;
        gone.oldTitle = storedObjectives.at(so).milestones.at(sm).title;
        if (dropped(so, sm)) {
            merge.stillRemoved.append(gone);
            return;
        }
        const PlanEditEntry *entry = nullptr;
        const PlanEditEntry::Change *last = lastChange(journal, gone.id, Field::Removed, &entry);
        const QString current = last ? last->newValue : QStringLiteral("no");
        if (current != QLatin1String("yes")) {
            if (last && !entry->isEdition())
                gone.clashes.append({Field::Removed, current, QStringLiteral("no"), QStringLiteral("yes")});
            else
                gone.journal.append({Field::Removed, current, QStringLiteral("yes")});
        }
        merge.removed.append(gone);
    };
    auto addMilestone = [&](int eo, int em) {
        Milestone fresh;
        fresh.edition = {eo, em};
        fresh.objectiveTitle = edition.objectives.at(eo).title;
        fresh.newTitle = edition.objectives.at(eo).milestones.at(em).title;
        fresh.journal.append({Field::Removed, QStringLiteral("yes"), QStringLiteral("no")});
        merge.added.append(fresh);
    };

    for (int e = 0; e < int(edition.objectives.size()); ++e) {
        const Objective &objective = edition.objectives.at(e);
        const int s = storedFor.at(e);
        ObjectiveChange change;
        change.edition = {e, -1};
        change.newTitle = objective.title;
        change.newStatus = objective.status.text();
        if (s < 0) {
            merge.objectivesAdded.append(change);
            for (int m = 0; m < int(objective.milestones.size()); ++m)
                addMilestone(e, m);
            continue;
        }
        const Objective &old = storedObjectives.at(s);
        change.stored = {s, -1};
        change.oldTitle = old.title;
        change.oldStatus = old.status.text();
        change.renamed = objectiveRenamed.at(e);
        if (change.renamed)
            merge.objectivesRenamed.append(change);
        if (change.oldStatus != change.newStatus)
            merge.statusChanged.append(change);

        QStringList oldTitles;
        QStringList newTitles;
        for (const milepost::Milestone &milestone : old.milestones)
            oldTitles.append(milestone.title);
        for (const milepost::Milestone &milestone : objective.milestones)
            newTitles.append(milestone.title);
        const QList<int> oldOccurrences = occurrences(oldTitles);
        const QList<int> newOccurrences = occurrences(newTitles);
        QList<int> oldFor(newTitles.size(), -1);
        QList<bool> oldMatched(oldTitles.size(), false);
        QList<bool> viaRename(newTitles.size(), false);
        for (int m = 0; m < int(newTitles.size()); ++m) {
            for (int o = 0; o < int(oldTitles.size()); ++o) {
                if (!oldMatched.at(o) && oldTitles.at(o) == newTitles.at(m) && oldOccurrences.at(o) == newOccurrences.at(m)) {
                    oldFor[m] = o;
                    oldMatched[o] = true;
                    break;
                }
            }
        }
        for (int m = 0; m < int(newTitles.size()); ++m) {
            for (int o = 0; oldFor.at(m) < 0 && o < int(oldTitles.size()); ++o) {
                if (!oldMatched.at(o) && confirmedRename(oldTitles.at(o), newTitles.at(m))) {
                    oldFor[m] = o;
                    oldMatched[o] = true;
                    viaRename[m] = true;
                }
            }
        }
        QList<int> oldLeft;
        QList<int> newLeft;
        for (int o = 0; o < int(oldTitles.size()); ++o) {
            if (!oldMatched.at(o) && !dropped(s, o))
                oldLeft.append(o);
        }
        for (int m = 0; m < int(newTitles.size()); ++m) {
            if (oldFor.at(m) < 0)
                newLeft.append(m);
        }
        for (const Pair &pair : alikePairs(oldLeft, oldTitles, newLeft, newTitles)) {
            merge.candidates.append({{s, pair.stored}, {e, pair.edition}, objective.title, oldTitles.at(pair.stored),
                                     newTitles.at(pair.edition), pair.similarity});
        }
        for (int m = 0; m < int(newTitles.size()); ++m) {
            if (oldFor.at(m) >= 0)
                matchMilestone(s, oldFor.at(m), e, m, viaRename.at(m));
            else
                addMilestone(e, m);
        }
        for (int o = 0; o < int(oldTitles.size()); ++o) {
            if (!oldMatched.at(o))
                removeMilestone(s, o);
        }
    }
    for (int s = 0; s < int(storedObjectives.size()); ++s) {
        if (storedMatched.at(s))
            continue;
        if (!objectiveDropped(s)) {
            ObjectiveChange change;
            change.stored = {s, -1};
            change.oldTitle = storedObjectives.at(s).title;
            change.oldStatus = storedObjectives.at(s).status.text();
            merge.objectivesRemoved.append(change);
        }
        for (int m = 0; m < int(storedObjectives.at(s).milestones.size()); ++m)
            removeMilestone(s, m);
    }
    merge.storedObjectiveFor = storedFor;
    for (qsizetype i = 0; i < confirmed.size(); ++i) {
        if (!renameUsed.at(i))
            merge.unusedRenames.append(confirmed.at(i));
    }
    return merge;
}

} // namespace milepost
