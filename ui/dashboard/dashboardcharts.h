// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartspec.h"
#include "dashboard/breakdown.h"
#include "dashboard/capitalfigures.h"
#include "dashboard/enrollmentfigures.h"
#include "dashboard/planfigures.h"
#include "dashboard/staffingfigures.h"

#include <QCoreApplication>

namespace milepost {

// The dashboard's charts, built from the key figures. A chart's element (series, category) is
// the breakdown's figure at (series, category), so a click drills into exactly the rows that
// figure counts: nothing is dropped or reordered on the way. Empty figures become missing
// values (a gap in a line), zero-valued figures with rows stay zero.
class DashboardCharts final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)

public:
    // A chart and the breakdown it shows: element (series, category) is breakdown.at(series,
    // category).
    struct Chart
    {
        ChartSpec spec;
        Breakdown breakdown;
    };

    // Any breakdown as a chart of kind; series styles by position, or by milestone state when
    // statusSeries is set (the series keys are then state keys).
    static ChartSpec fromBreakdown(const Breakdown &breakdown, ChartSpec::Kind kind, const QString &title,
                                   bool statusSeries = false);

    static Chart planStatusDonut(const PlanFigures &figures);
    static Chart milestonesByPhase(const PlanFigures &figures);
    static Chart milestonesByQuarter(const PlanFigures &figures);
    static Chart objectivesByStatus(const PlanFigures &figures);

    static Chart staffingByJobCategory(const StaffingFigures &figures);
    static Chart staffingByLocalDistrict(const StaffingFigures &figures);
    static Chart staffingByEmployeeGroup(const StaffingFigures &figures);

    static Chart enrollmentTrendByDistrict(const EnrollmentFigures &figures);
    static Chart enrollmentTrendByProgram(const EnrollmentFigures &figures);
    static Chart enrollmentByDistrict(const EnrollmentFigures &figures);
    static Chart classroomsByProgram(const EnrollmentFigures &figures);

    static Chart capitalByStage(const CapitalFigures &figures);
    static Chart capitalByType(const CapitalFigures &figures);
    static Chart capitalAmountsByType(const CapitalFigures &figures);
    static Chart capitalAmountsByDistrict(const CapitalFigures &figures);
    static Chart scheduleSlip(const CapitalFigures &figures);

    // Categories beyond this many are left out of bar charts, with a note saying how many; the
    // breakdown's order decides which stay (largest first where it is sorted so).
    static constexpr int maximumBars = 20;
};

} // namespace milepost
