// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/finding.h"
#include "changes/planhistory.h"
#include "plan/plan.h"
#include "planedit/planeditentry.h"
#include "planedit/planeditreplay.h"
#include "planedit/planmerge.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace milepost {

class Connection;
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
        // plan and milestoneIds are the plan as edited now: imported (as the last edition of
        // the file gave it, followed by the milestones and objectives earlier editions had and
        // it dropped, kept for their history; with importedIds) with the plan edits (planEdits,
        // oldest first, the merged editions' among them) laid over it.
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

    // Stores plan and findings in one transaction. When a plan from the same source is stored,
    // the new one is merged into it (mergePlan, no rename confirmed, the login name as the
    // importer); otherwise each milestone gets the stable id of its key (source, objective title
    // and subtitle, milestone title, and their occurrences; exact text), added when new.
    // cancelled is asked between objectives; on cancel or error nothing is changed, false is
    // returned and error says why. Returns the new plan id through id when given.
    bool replacePlan(const Plan &plan, const QList<Finding> &findings, QString *error,
                     const std::function<bool()> &cancelled = {}, qint64 *id = nullptr);

    // What merging plan into the stored plan of its source would do (PlanMerge), with the
    // renames confirmed; *stored false (and an empty merge) when no plan of that source is
    // stored. False with error set when the store cannot be read. Changes nothing.
    bool previewMerge(const Plan &plan, const QList<PlanMerge::Rename> &renames, PlanMerge *merge, bool *stored,
                      QString *error) const;

    // Stores plan as a new edition of the stored plan of its source, in one transaction, as
    // PlanMerge describes: matched milestones keep their ids (and with them their progress,
    // plan edits and baselines), new ones get new ids, dropped ones stay stored, marked removed;
    // what the edition changes is journaled as plan edits by importer, dated today and naming
    // the file. The merge is computed again inside the transaction and returned through applied.
    // As replacePlan otherwise (a first import of a source is stored as replacePlan stores it).
    bool mergePlan(const Plan &plan, const QList<Finding> &findings, const QList<PlanMerge::Rename> &renames,
                   const QString &importer, QString *error, const std::function<bool()> &cancelled = {},
                   qint64 *id = nullptr, PlanMerge *applied = nullptr);

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
    // The latest plan of source (any source when empty) within the caller's transaction.
    static bool readStored(Connection *db, const QString &source, StoredPlan *stored, bool *found, QString *error);

    Database &m_database;
};

} // namespace milepost
