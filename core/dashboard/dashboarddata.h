// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/capitalproject.h"
#include "datasets/enrollmentrecord.h"
#include "datasets/staffingrecord.h"
#include "plan/plan.h"
#include "progress/recordedprogress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace milepost {

class DatasetRepository;
class PlanRepository;
class ProgressRepository;

// Everything the dashboard counts, read from the store in one go: the latest plan and every
// imported staffing, enrollment and capital-project row. The figures are computed from this
// snapshot, and drill-down rows are indexes into its lists.
struct DashboardData final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardData)

public:
    Plan plan;
    bool hasPlan = false;
    QDateTime planImportedAt;
    // What is recorded on the plan's milestones (empty without a progress store).
    RecordedProgress progress;
    QList<StaffingRecord> staffing;
    QList<EnrollmentRecord> enrollment;
    QList<CapitalProject> projects;
    // What could not be read, one sentence each; the lists read are still usable.
    QStringList errors;

    // The values the filters can take, in natural order, each spelling once (ignoring case):
    // Local Districts of staffing and enrollment and the regions of capital projects; Board
    // Districts of capital projects; sites, schools and the capital projects' school names.
    QStringList localDistricts() const;
    QStringList boardDistricts() const;
    QStringList schools() const;

    static DashboardData load(const PlanRepository &plans, const DatasetRepository &datasets,
                              const ProgressRepository *progress = nullptr);
    // The same through a connection of its own to the database at path, for a worker thread,
    // with the recorded progress. While *cancelled is true the reads stop soon and the data
    // returned is incomplete (with an error): the caller drops it.
    static DashboardData read(const QString &path, const std::atomic_bool *cancelled = nullptr);
};

} // namespace milepost
