// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/finding.h"
#include "changes/planhistory.h"
#include "plan/plan.h"
#include "planedit/planeditentry.h"
#include "planedit/planeditreplay.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace milepost {

class Database;

// Plans and their import findings in the store. All plan SQL lives here.
class PlanRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)

public:
    struct StoredPlan
    {
        qint64 id = 0;
        QDateTime importedAt;
        Plan plan;
        QList<Finding> findings;
        // milestoneIds[o][m] is the stable id of plan.objectives[o].milestones[m] (milestone_keys):
        // the id progress is recorded under, which a re-import of the same milestone keeps.
        QList<QList<qint64>> milestoneIds;
        // plan and milestoneIds are the plan as edited now: imported (as the file gave it,
        // with importedIds) with the plan edits (planEdits, oldest first) laid over it.
        Plan imported;
        QList<QList<qint64>> importedIds;
        QList<PlanEditEntry> planEdits;

        // The plan as it stood at the end of asOf, with the edits dated up to then.
        PlanEditReplay::Result asOf(const QDate &date) const
        {
            return PlanEditReplay::apply(imported, importedIds, planEdits, date);
        }
        // The same three, for PlanChanges.
        PlanHistory history() const { return {imported, importedIds, planEdits}; }
    };

    explicit PlanRepository(Database &database);

    // Stores plan and findings in one transaction, replacing a stored plan with the same
    // source. Each milestone keeps the stable id it had in the replaced plan when it is found
    // there by its key (source, objective title and subtitle, milestone title, and their
    // occurrences; exact text): the progress recorded under that id is never touched. cancelled is asked between objectives; on cancel or error nothing is changed,
    // false is returned and error says why. Returns the new plan id through id when given.
    bool replacePlan(const Plan &plan, const QList<Finding> &findings, QString *error,
                     const std::function<bool()> &cancelled = {}, qint64 *id = nullptr);

    // The most recently imported plan with its plan edits laid over it, or nullopt when there
    // is none (error set on failure).
    std::optional<StoredPlan> loadLatest(QString *error) const;
    // How many plans are stored; -1 when the store cannot be read.
    qsizetype planCount() const;
    // The store, for the repositories that work beside this one (PlanEditRepository).
    Database &database() const { return m_database; }
    // The file the plans are stored in, for the window to show.
    QString databasePath() const;

private:
    Database &m_database;
};

} // namespace milepost
