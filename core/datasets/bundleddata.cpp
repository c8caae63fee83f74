// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleddata.h"

#include "plan/planreader.h"
#include "sampledata.h"
#include "store/planrepository.h"

namespace milepost {

QString BundledData::planFileName()
{
    return QStringLiteral("lausd-100-day-plan-report-2022.txt");
}

bool BundledData::seedIfEmpty(Database &database, const QString &directory, QString *error)
{
    PlanRepository plans(database);
    const qsizetype planCount = plans.planCount();
    if (planCount < 0) {
        if (error)
            *error = tr("The database cannot be read.");
        return false;
    }
    if (planCount > 0)
        return true; // not a new database: what it holds, and what was removed from it, stays
    const PlanImportResult bundled = PlanReader::readFile(directory + QLatin1Char('/') + planFileName());
    QString planError = bundled.error;
    if (!bundled.ok || !plans.replacePlan(bundled.plan, bundled.findings, &planError)) {
        if (error)
            *error = tr("The plan that ships with Milepost could not be imported: %1").arg(planError);
        return false;
    }
    // The sample datasets only on this first seeding: once removed, the sample stays removed.
    return SampleData::importIfEmpty(database, directory, error);
}

} // namespace milepost
