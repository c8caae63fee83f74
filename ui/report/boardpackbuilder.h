// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "milestonereport.h"

#include "dashboard/dashboardfilter.h"
#include "report/boardpacksection.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace milepost {

class BoardPack;
class DashboardPage;

// Puts board packs and dashboard page reports together from what the window (or the command
// line's OffscreenDashboard) shows: the plan's report input, and the dashboard's pages as they
// stand, with the filters they were counted under.
class BoardPackBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(BoardPackBuilder)

public:
    struct Source
    {
        MilestoneReport::Input plan; // as filtered for the report, with the page options
        DashboardFilter filter;      // the dashboard's
        const DashboardPage *planPage = nullptr;
        const DashboardPage *staffing = nullptr;
        const DashboardPage *enrollment = nullptr;
        const DashboardPage *capital = nullptr;
        // The rows of the figure drilled into on each page, when one is.
        bool drilledTables = true;
    };

    // sections in the order given, behind a contents page.
    static std::unique_ptr<BoardPack> pack(const QList<BoardPackSection::Kind> &sections, const Source &source);
    // The report of one dashboard page (source's page of kind; PlanSummary: the Plan page), no
    // contents page. Null when source has no such page.
    static std::unique_ptr<BoardPack> pageReport(BoardPackSection::Kind kind, const Source &source);

    // The dashboard page of kind in source, and the filters' source it counts.
    static const DashboardPage *pageOf(BoardPackSection::Kind kind, const Source &source);
    static DashboardFilter::Source filterSource(BoardPackSection::Kind kind);
};

} // namespace milepost
