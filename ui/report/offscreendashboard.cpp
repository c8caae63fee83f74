// SPDX-License-Identifier: GPL-3.0-or-later
#include "offscreendashboard.h"

#include "dashboard/capitalpage.h"
#include "dashboard/drilldownpanel.h"
#include "dashboard/enrollmentpage.h"
#include "dashboard/planpage.h"
#include "dashboard/keyfiguretile.h"
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

DashboardPage *OffscreenDashboard::page(BoardPackSection::Kind kind) const
{
    switch (kind) {
    case BoardPackSection::Kind::PlanSummary:
        return m_plan.get();
    case BoardPackSection::Kind::Staffing:
        return m_staffing.get();
    case BoardPackSection::Kind::Enrollment:
        return m_enrollment.get();
    case BoardPackSection::Kind::Capital:
        return m_capital.get();
    default:
        return nullptr;
    }
}

bool OffscreenDashboard::drill(const DrilledFigure &figure, QString *error)
{
    DashboardPage *shown = page(figure.section);
    KeyFigureTile *tile = shown ? shown->findChild<KeyFigureTile *>(figure.tileName) : nullptr;
    if (!tile || !shown->tiles().contains(tile)) {
        if (error)
            *error = DrilledFigure::tr("the %1 page has no figure %2").arg(BoardPackSection::key(figure.section), figure.key);
        return false;
    }
    tile->click(); // the page drills into the tile's rows, as on screen
    if (!shown->drillDown()->isDrilled()) {
        if (error)
            *error = DrilledFigure::tr("the figure %1 has no rows to show").arg(figure.key);
        return false;
    }
    return true;
}

} // namespace milepost
