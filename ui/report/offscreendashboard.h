// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boardpackbuilder.h"
#include "drilledfigure.h"

#include "dashboard/dashboarddata.h"
#include "dashboard/dashboardfilter.h"

#include <memory>

namespace milepost {

class CapitalPage;
class DashboardPage;
class EnrollmentPage;
class PlanPage;
class StaffingPage;

// The dashboard's pages computed for data under filter, never shown: what `milepost report
// --sections` prints, the same figures, explanations and charts the window shows for that
// filter. Needs a QApplication (the pages are widgets).
class OffscreenDashboard final
{
public:
    OffscreenDashboard(const DashboardData &data, const DashboardFilter &filter);
    ~OffscreenDashboard();
    OffscreenDashboard(const OffscreenDashboard &) = delete;
    OffscreenDashboard &operator=(const OffscreenDashboard &) = delete;

    // Fills the pages and the filter of source.
    void fill(BoardPackBuilder::Source *source) const;
    // Drills figure's page into its rows, as a click on its tile does in the window; false with
    // error when the page has no such tile.
    bool drill(const DrilledFigure &figure, QString *error);

    const StaffingPage &staffing() const { return *m_staffing; }
    const EnrollmentPage &enrollment() const { return *m_enrollment; }
    const CapitalPage &capital() const { return *m_capital; }

private:
    DashboardPage *page(BoardPackSection::Kind kind) const;

    DashboardFilter m_filter;
    std::unique_ptr<PlanPage> m_plan;
    std::unique_ptr<StaffingPage> m_staffing;
    std::unique_ptr<EnrollmentPage> m_enrollment;
    std::unique_ptr<CapitalPage> m_capital;
};

} // namespace milepost
