// SPDX-License-Identifier: GPL-3.0-or-later
#include "offscreendashboard.h"

#include "dashboard/capitalpage.h"
#include "dashboard/enrollmentpage.h"
#include "dashboard/planpage.h"
#include "dashboard/staffingpage.h"

namespace milepost {

OffscreenDashboard::OffscreenDashboard(const DashboardData &data, const DashboardFilter &filter)
    : m_filter(filter)
    , m_plan(std::make_unique<PlanPage>())
    , m_staffing(std::make_unique<StaffingPage>())
    , m_enrollment(std::make_unique<EnrollmentPage>())
    , m_capital(std::make_unique<CapitalPage>())
{
    m_plan->refresh(data, filter);
    m_staffing->refresh(data, filter);
    m_enrollment->refresh(data, filter);
    m_capital->refresh(data, filter);
}

OffscreenDashboard::~OffscreenDashboard() = default;

void OffscreenDashboard::fill(BoardPackBuilder::Source *source) const
{
    source->filter = m_filter;
    source->planPage = m_plan.get();
    source->staffing = m_staffing.get();
    source->enrollment = m_enrollment.get();
    source->capital = m_capital.get();
}

} // namespace milepost
