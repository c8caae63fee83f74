// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboarddata.h"

#include "naturalorder.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "store/planrepository.h"
#include "store/progressrepository.h"

#include <QSet>

#include <algorithm>

namespace milepost {

namespace {

// Adds text unless empty or already there in another case.
void collect(QStringList &values, QSet<QString> &seen, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    const QString key = trimmed.toCaseFolded();
    if (seen.contains(key))
        return;
    seen.insert(key);
    values.append(trimmed);
}

QStringList sorted(QStringList values)
{
    std::stable_sort(values.begin(), values.end(), NaturalOrder());
    return values;
}

} // namespace

QStringList DashboardData::localDistricts() const
{
    QStringList values;
    QSet<QString> seen;
    for (const StaffingRecord &record : staffing)
        collect(values, seen, record.localDistrict);
    for (const EnrollmentRecord &record : enrollment)
        collect(values, seen, record.localDistrict);
    for (const CapitalProject &project : projects)
        collect(values, seen, project.region);
    return sorted(values);
}

QStringList DashboardData::boardDistricts() const
{
    QStringList values;
    QSet<QString> seen;
    for (const CapitalProject &project : projects)
        collect(values, seen, project.boardDistrict);
    return sorted(values);
}

QStringList DashboardData::schools() const
{
    QStringList values;
    QSet<QString> seen;
    for (const StaffingRecord &record : staffing)
        collect(values, seen, record.site);
    for (const EnrollmentRecord &record : enrollment)
        collect(values, seen, record.school);
    for (const CapitalProject &project : projects)
        collect(values, seen, project.schoolName);
    return sorted(values);
}

DashboardData DashboardData::load(const PlanRepository &plans, const DatasetRepository &datasets,
                                  const ProgressRepository *progress)
{
    DashboardData data;
    QString error;
    if (std::optional<PlanRepository::StoredPlan> stored = plans.loadLatest(&error)) {
        data.plan = stored->plan;
        data.planImportedAt = stored->importedAt;
        data.hasPlan = true;
        if (progress) {
            if (const auto journal = progress->entries({}, &error))
                data.progress = RecordedProgress(stored->milestoneIds, *journal);
            else
                data.errors.append(error);
        }
    } else if (!error.isEmpty()) {
        data.errors.append(error);
    }
    error.clear();
    data.staffing = datasets.staffing(&error);
    if (!error.isEmpty())
        data.errors.append(error);
    error.clear();
    data.enrollment = datasets.enrollment(&error);
    if (!error.isEmpty())
        data.errors.append(error);
    error.clear();
    data.projects = datasets.capitalProjects(&error);
    if (!error.isEmpty())
        data.errors.append(error);
    return data;
}

DashboardData DashboardData::read(const QString &path, const std::atomic_bool *cancelled)
{
    QString error;
    const std::unique_ptr<Database> database = Database::open(path, &error);
    if (!database) {
        DashboardData data;
        data.errors.append(error);
        return data;
    }
    database->setCancelFlag(cancelled);
    const PlanRepository plans(*database);
    const DatasetRepository datasets(*database);
    const ProgressRepository progress(*database);
    return load(plans, datasets, &progress);
}

} // namespace milepost
