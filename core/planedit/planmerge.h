// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planeditentry.h"
#include "planeditfield.h"

#include "plan/plan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace milepost {

// How a new edition of a plan meets the stored one (PlanRepository::mergePlan). Objectives and
// milestones are matched by their text (objective title and subtitle and which of that title it
// is; milestone title and which of that title in its objective it is), and by the renames a
// person confirmed. A removed and a new milestone (or objective) whose titles are alike are
// offered as a rename candidate, never matched without confirmation: unconfirmed, they count as
// removed and new.
//
// For each matched milestone, a field the edition changes (title, planned start and end,
// quarters, and "removed" for one an earlier edition dropped) is journaled as a plan edit of the
// import, unless a person's edit set that field last: the person's value stays on top and the
// merge reports the clash. A field a person set that the edition leaves as it was is not
// touched. The stored milestones the edition no longer has are marked removed the same way
// (their id, progress, edits and baselines stay); a new milestone is journaled as added, so
// that the plan as of an earlier date does not show it.
class PlanMerge final
{
    Q_DECLARE_TR_FUNCTIONS(PlanMerge)

public:
    // The plan as stored: imported is the last edition's rows with the milestones earlier
    // editions dropped kept after them (PlanRepository::StoredPlan::imported), ids their
    // stable ids, journal every plan edit of the plan.
    struct Stored
    {
        Plan imported;
        QList<QList<qint64>> ids;
        QList<PlanEditEntry> journal;
    };

    // A rename a person confirmed: the stored title and the edition's (milestone or objective).
    struct Rename
    {
        QString oldTitle;
        QString newTitle;
        friend bool operator==(const Rename &, const Rename &) = default;
    };

    // A place in the stored plan (stored*) or in the edition; -1 where there is none.
    struct Place
    {
        int objective = -1;
        int milestone = -1;
        friend bool operator==(const Place &, const Place &) = default;
    };

    struct Clash
    {
        PlanEditField::Id field = PlanEditField::Id::PlannedEnd;
        QString personValue; // kept
        QString editionOld; // the stored edition's value
        QString editionNew; // the new edition's value, not applied
    };

    struct Milestone
    {
        qint64 id = 0; // 0 for a new one
        Place stored;
        Place edition;
        QString objectiveTitle;
        QString oldTitle; // the stored title
        QString newTitle; // the edition's
        bool renamed = false; // matched through a confirmed rename
        bool returned = false; // an earlier edition had dropped it
        // What changed between the editions (title, dates, quarters), old and new canonical text.
        QList<PlanEditEntry::Change> editionChanges;
        // What the merge journals (current value to the new one).
        QList<PlanEditEntry::Change> journal;
        QList<Clash> clashes;
    };

    struct Candidate
    {
        Place stored;
        Place edition;
        QString objectiveTitle; // for a milestone: its objective's (edition) title; empty for an objective
        QString oldTitle;
        QString newTitle;
        double similarity = 0;
        bool isObjective() const { return stored.milestone < 0; }
    };

    struct ObjectiveChange
    {
        Place stored;
        Place edition;
        QString oldTitle;
        QString newTitle;
        QString oldStatus;
        QString newStatus;
        bool renamed = false;
    };

    // Matches edition against stored with the renames confirmed.
    static PlanMerge compute(const Stored &stored, const Plan &edition, const QList<Rename> &confirmed = {});

    // The likeness of two titles, 0 to 1: word overlap (Dice coefficient of their words,
    // case, accents' absence and punctuation aside) or, when higher, one minus the edit distance
    // over the longer length of the simplified texts, so that reworded and mistyped titles count.
    static double similarity(const QString &a, const QString &b);
    static constexpr double candidateThreshold = 0.5;

    // Milestones: the new edition's count is unchanged + changed + added + returned; the stored
    // edition's (without the milestones earlier editions dropped) is unchanged + changed + removed.
    QList<Milestone> unchanged;
    QList<Milestone> changed; // renamed, new dates or quarters (or both)
    QList<Milestone> added;
    QList<Milestone> returned;
    QList<Milestone> removed; // id and stored set; journal says what is journaled
    // Dropped by an earlier edition and still not back: kept as they are.
    QList<Milestone> stillRemoved;
    QList<Candidate> candidates; // unconfirmed; their milestones are in removed and added
    QList<ObjectiveChange> objectivesAdded;
    QList<ObjectiveChange> objectivesRemoved;
    QList<ObjectiveChange> objectivesRenamed; // confirmed
    QList<ObjectiveChange> statusChanged; // matched, with a new status text
    QList<Rename> unusedRenames; // confirmed renames that named no removed and new pair
    // storedObjectiveFor[e]: the stored objective edition.objectives[e] is matched to, or -1.
    QList<int> storedObjectiveFor;

    qsizetype editionCount() const { return unchanged.size() + changed.size() + added.size() + returned.size(); }
    qsizetype storedCount() const { return unchanged.size() + changed.size() + removed.size(); }
    QList<Clash> allClashes() const;
    qsizetype clashCount() const;
    bool changesNothing() const;
};

} // namespace milepost
