// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardpackbuilder.h"

#include "boardpack.h"
#include "dashboardreportcontent.h"
#include "dashboardreportpart.h"
#include "planreportpart.h"

#include "plan/planname.h"

namespace milepost {

using Kind = BoardPackSection::Kind;

namespace {

QString pageTitle(Kind kind)
{
    return kind == Kind::PlanSummary ? BoardPackBuilder::tr("Plan") : BoardPackSection::title(kind);
}

std::unique_ptr<ReportPart> dashboardPart(Kind kind, const BoardPackBuilder::Source &source, const ReportStyle &style)
{
    const DashboardPage *page = BoardPackBuilder::pageOf(kind, source);
    if (!page)
        return nullptr;
    const QStringList filters = source.filter.describe(BoardPackBuilder::filterSource(kind));
    return std::make_unique<DashboardReportPart>(
        DashboardReportContent::of(*page, pageTitle(kind), filters, source.drilledTables), style);
}

} // namespace

const DashboardPage *BoardPackBuilder::pageOf(Kind kind, const Source &source)
{
    switch (kind) {
    case Kind::PlanSummary:
        return source.planPage;
    case Kind::Staffing:
        return source.staffing;
    case Kind::Enrollment:
        return source.enrollment;
    case Kind::Capital:
        return source.capital;
    default:
        return nullptr;
    }
}

DashboardFilter::Source BoardPackBuilder::filterSource(Kind kind)
{
    switch (kind) {
    case Kind::Staffing:
        return DashboardFilter::Source::Staffing;
    case Kind::Enrollment:
        return DashboardFilter::Source::Enrollment;
    case Kind::Capital:
        return DashboardFilter::Source::CapitalProjects;
    default:
        return DashboardFilter::Source::Plan;
    }
}

std::unique_ptr<BoardPack> BoardPackBuilder::pack(const QList<Kind> &sections, const Source &source)
{
    BoardPack::Cover cover;
    const Plan &plan = source.plan.plan;
    cover.title = plan.title.trimmed().isEmpty() ? tr("Board pack") : tr("Board pack: %1").arg(PlanName::of(plan));
    cover.asOf = source.plan.asOf;
    cover.printedAt = source.plan.printedAt;
    cover.options = source.plan.options;
    bool dashboard = false;
    bool planned = false;
    for (Kind kind : sections) {
        dashboard = dashboard || BoardPackSection::isDashboardPage(kind);
        planned = planned || !BoardPackSection::isDashboardPage(kind);
    }
    if (planned)
        cover.facts.append(tr("Plan filters: %1")
                               .arg(source.plan.filters.isEmpty() ? tr("none, the whole plan")
                                                                  : source.plan.filters.join(QLatin1String("; "))));
    if (dashboard) {
        QStringList filters;
        for (DashboardFilter::Field field : {DashboardFilter::Field::LocalDistrict, DashboardFilter::Field::BoardDistrict,
                                             DashboardFilter::Field::School, DashboardFilter::Field::Source}) {
            if (!source.filter.value(field).trimmed().isEmpty())
                filters.append(tr("%1: %2", "filter, value").arg(DashboardFilter::fieldName(field), source.filter.value(field).trimmed()));
        }
        cover.facts.append(tr("Dashboard filters: %1").arg(filters.isEmpty() ? tr("none, every row") : filters.join(QLatin1String("; "))));
    }
    auto result = std::make_unique<BoardPack>(cover);

    std::shared_ptr<MilestoneReport> report;
    for (Kind kind : sections) {
        if (BoardPackSection::isDashboardPage(kind)) {
            if (auto part = dashboardPart(kind, source, result->style()))
                result->addPart(std::move(part));
            continue;
        }
        if (!report)
            report = std::make_shared<MilestoneReport>(source.plan);
        result->addPart(std::make_unique<PlanReportPart>(report, kind));
    }
    return result;
}

std::unique_ptr<BoardPack> BoardPackBuilder::pageReport(Kind kind, const Source &source)
{
    if (!pageOf(kind, source))
        return nullptr;
    BoardPack::Cover cover;
    cover.title = tr("Dashboard: %1").arg(pageTitle(kind));
    cover.asOf = source.filter.asOf.isValid() ? source.filter.asOf : source.plan.asOf;
    cover.printedAt = source.plan.printedAt;
    cover.options = source.plan.options;
    cover.contents = false;
    auto result = std::make_unique<BoardPack>(cover);
    result->addPart(dashboardPart(kind, source, result->style()));
    return result;
}

} // namespace milepost
