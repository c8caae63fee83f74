// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordedprogress.h"

#include <algorithm>

namespace milepost {

RecordedProgress::RecordedProgress(const QList<QList<qint64>> &milestoneIds, const QList<ProgressEntry> &journal)
    : m_ids(milestoneIds)
    , m_journal(journal)
{
    std::sort(m_journal.begin(), m_journal.end(), [](const ProgressEntry &a, const ProgressEntry &b) {
        return std::pair(a.asOf, a.id) < std::pair(b.asOf, b.id);
    });
}

QHash<qint64, ProgressState> RecordedProgress::statesAsOf(const QDate &asOf) const
{
    QHash<qint64, ProgressState> states;
    for (const ProgressEntry &entry : m_journal) {
        if (asOf.isValid() && entry.asOf > asOf)
            break;
        ProgressState &state = states[entry.milestoneId];
        state.milestoneId = entry.milestoneId;
        state.asOf = entry.asOf;
        for (const ProgressEntry::Change &change : entry.changes)
            state.setValue(change.field, change.newValue);
        if (!entry.note.isEmpty()) {
            state.note = entry.note;
            state.noteAsOf = entry.asOf;
        }
    }
    return states;
}

QList<ProgressEntry> RecordedProgress::changesBetween(const QDate &since, const QDate &until) const
{
    QList<ProgressEntry> changes;
    for (auto it = m_journal.crbegin(); it != m_journal.crend(); ++it) {
        if ((!since.isValid() || it->asOf > since) && (!until.isValid() || it->asOf <= until))
            changes.append(*it);
    }
    return changes;
}

RecordedProgress RecordedProgress::filtered(const QList<std::pair<int, QList<int>>> &kept) const
{
    RecordedProgress result;
    result.m_journal = m_journal;
    for (const auto &[objective, milestones] : kept) {
        QList<qint64> ids;
        for (int milestone : milestones)
            ids.append(milestoneId(objective, milestone));
        result.m_ids.append(ids);
    }
    return result;
}

} // namespace milepost
