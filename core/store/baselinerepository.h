// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"
#include "planedit/baseline.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace milepost {

class Connection;
class Database;

// A plan's baselines: the dates as first imported (kept by PlanRepository::replacePlan for
// every milestone it has not seen before, under Baseline::importedName()) and named snapshots
// a person takes. Baselines are never changed once taken. All baseline SQL lives here.
class BaselineRepository final
{
    Q_DECLARE_TR_FUNCTIONS(BaselineRepository)

public:
    explicit BaselineRepository(Database &database);

    // Keeps the dates of plan (as the window shows it: milestoneIds[o][m] is the id of
    // plan.objectives[o].milestones[m]) under name, in one transaction. False with error set
    // when the name is empty or taken, or the store fails; then nothing is stored.
    bool take(const Plan &plan, const QList<QList<qint64>> &milestoneIds, const QString &name, const QString &takenBy,
              QString *error, qint64 *id = nullptr);
    // The plan's baselines, oldest first.
    std::optional<QList<Baseline>> baselines(const QString &planSource, QString *error) const;
    // A baseline's dates, by milestone id.
    std::optional<QHash<qint64, BaselineDates>> dates(qint64 baselineId, QString *error) const;

    // Within replacePlan's transaction: adds the milestones of plan planId that the imported
    // baseline of its source does not hold yet, with their dates now (creating the baseline).
    static bool keepImported(Connection *db, qint64 planId, const QString &planSource, QString *error);

private:
    Database &m_database;
};

} // namespace milepost
