// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeitem.h"
#include "planhistory.h"

#include "progress/recordedprogress.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace milepost {

// What changed between two dates (for example since the last board report), from both
// journals: the plan edits (milestones added, removed, retitled, rescheduled; objectives'
// recorded status and estimate) and the progress updates (completions, status and percent
// changes, the other recorded values, notes).
//
// It compares the state at the end of since with the state at the end of until, the plan as
// PlanEditReplay lays its edits and the progress as RecordedProgress replays it: exactly the
// entries dated after since and up to until make the difference. A change made and undone in
// between is no change; its notes are still listed (NoteOnly). Each milestone gets at most one
// item of each kind; the notes of the updates and plan edits in between go with its first plan
// item (plan edits' notes) or first progress item (updates' notes).
//
// Items come grouped by kind in ChangeItem::Kind's order; within a kind in plan order, except
// Rescheduled, the largest slip first.
class PlanChanges final
{
    Q_DECLARE_TR_FUNCTIONS(PlanChanges)

public:
    PlanChanges() = default;

    static PlanChanges between(const PlanHistory &plan, const RecordedProgress &progress, const QDate &since,
                               const QDate &until);

    const QDate &since() const { return m_since; }
    const QDate &until() const { return m_until; }
    const QList<ChangeItem> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }
    int count(ChangeItem::Kind kind) const;
    // Of the Rescheduled items, how many moved their planned end later.
    int slippedCount() const;
    // The milestones with at least one item.
    int milestoneCount() const;
    // The journal entries dated in between (the filter of a report may keep fewer items).
    int progressUpdates() const { return m_progressUpdates; }
    int planEdits() const { return m_planEdits; }

    // The same changes with only the items keep accepts (a report's filters).
    PlanChanges filtered(const std::function<bool(const ChangeItem &)> &keep) const;

    // "New milestones", "Completed", ...: a group's heading.
    static QString kindLabel(ChangeItem::Kind kind);
    // A stable key for the command line's JSON: "added", "completed", ...
    static QString kindKey(ChangeItem::Kind kind);
    // "2 new, 1 removed, 3 completed, 4 rescheduled (3 slipped), 5 status changes" or
    // "Nothing changed between these dates."
    QString summary() const;
    // What changed, one line a field: "Planned end: Jun 30, 2022 → Sep 30, 2022 (slipped 92
    // days)", "Status: At risk → Off track", "Completed on 2022-10-20, 12 days late".
    static QStringList describe(const ChangeItem &item);
    // "Percent complete: 40% → 60%"-style text of one field, as describe() writes it.
    static QString describeField(const ChangeItem::Field &field);
    // "slipped 92 days", "pulled in 5 days"; empty for 0.
    static QString slipText(qint64 days);

private:
    QDate m_since;
    QDate m_until;
    QList<ChangeItem> m_items;
    int m_progressUpdates = 0;
    int m_planEdits = 0;
};

} // namespace milepost
