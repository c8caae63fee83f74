// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The dashboard on the data Milepost ships: the real 100-Day Plan report and the LAUSD sample
// datasets, read into a private database and back as the app reads them; settings isolated.
#include "core/dashboard/dashboardtestdata.h"

#include "dashboard/dashboarddata.h"
#include "plan/planreader.h"
#include "store/planrepository.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace milepost::test {

inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MilepostTests"));
    QCoreApplication::setApplicationName(QStringLiteral("MilepostDashboardTests"));
    QSettings().clear();
}

inline DashboardData shippedData()
{
    static const DashboardData data = [] {
        auto database = memoryDatabase();
        importData(*database, Dataset::Staffing, "lausd-sample-staffing.csv");
        importData(*database, Dataset::Enrollment, "lausd-sample-enrollment.csv");
        importData(*database, Dataset::CapitalProjects, "lausd-sample-capital-projects.csv");
        PlanRepository plans(*database);
        const PlanImportResult read
            = PlanReader::readFile(QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt"));
        REQUIRE(read.ok);
        QString error;
        REQUIRE(plans.replacePlan(read.plan, read.findings, &error));
        return DashboardData::load(plans, DatasetRepository(*database));
    }();
    return data;
}

// A date inside the plan's run, when its figures say the most.
inline QDate planAsOf()
{
    return QDate(2022, 10, 15);
}

} // namespace milepost::test
