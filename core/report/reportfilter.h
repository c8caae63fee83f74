// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/milestonestatus.h"
#include "plan/objectivestatus.h"
#include "plan/phase.h"
#include "plan/plan.h"
#include "progress/recordedprogress.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace milepost {

// Which part of a plan a report shows. Each key narrows the plan; a key given twice accepts
// either value (phase=learn phase=act is Learn or Act). The command line spells it
// --filter KEY=VALUE:
//
//   phase=learn|assess|communicate|act
//   status=not_started|on_track|due_soon|overdue|done|unknown   (milestone status as of the date)
//   objective-status=not_started|in_progress|completed|unknown
//   search=WORDS     every word, ignoring case, in the milestone's or its objective's text
//   from=DATE, to=DATE   milestones whose dates reach into the range (YYYY-MM-DD, M/D/YYYY...)
//
// Objectives without a milestone left are dropped when a milestone-level key is given.
class ReportFilter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportFilter)

public:
    static QStringList keys();

    // Adds one KEY=VALUE; false with a one-line reason for an unknown key or value.
    bool add(const QString &keyValue, QString *error);

    void addPhase(Phase phase) { m_phases.append(phase); }
    void addState(MilestoneStatus::State state) { m_states.append(state); }
    void addObjectiveState(ObjectiveStatus::State state) { m_objectiveStates.append(state); }
    void setSearch(const QString &text);
    void setFrom(const QDate &date) { m_from = date; }
    void setTo(const QDate &date) { m_to = date; }

    bool isEmpty() const;
    const QString &search() const { return m_search; }
    const QDate &from() const { return m_from; }
    const QDate &to() const { return m_to; }

    // The filters as a person reads them, one per line: "Phase: Learn or Act".
    QStringList describe() const;

    // The plan with only what passes; statuses are computed against asOf, or taken from what
    // is recorded as of then when progress is given (ShownStatus::scheduleState). keptProgress,
    // when given, receives the progress of the plan returned.
    Plan apply(const Plan &plan, const QDate &asOf, const RecordedProgress *progress = nullptr,
               RecordedProgress *keptProgress = nullptr) const;

private:
    bool hasMilestoneKeys() const;
    bool milestonePasses(const Objective &objective, const Milestone &milestone, const QDate &asOf,
                         const ProgressState *recorded, const QStringList &unmatchedTerms) const;
    QStringList unmatchedTerms(const QString &text, const QStringList &terms) const;

    QList<Phase> m_phases;
    QList<MilestoneStatus::State> m_states;
    QList<ObjectiveStatus::State> m_objectiveStates;
    QString m_search;
    QStringList m_terms;
    QDate m_from;
    QDate m_to;
};

} // namespace milepost
