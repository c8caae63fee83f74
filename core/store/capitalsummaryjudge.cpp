// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalsummaryjudge.h"

namespace milepost {

namespace {

enum Text { Region, BoardDistrict, SchoolName, SiteCode, ProjectType };

std::string_view stage(const CapitalSummaryRows::Phases &phases)
{
    if (phases.count > 0 && phases.ended == phases.count)
        return "completed";
    if (phases.currentLine && !phases.currentPhase.empty())
        return "phase";
    return phases.started > 0 ? "between_phases" : "not_started";
}

std::string_view bucket(qint64 slip)
{
    return slip <= 0 ? "on_time" : slip <= 30 ? "1-30" : slip <= 90 ? "31-90" : slip <= 180 ? "91-180" : slip <= 365 ? "181-365" : "over_365";
}

} // namespace

CapitalDashboardCells::Project CapitalSummaryJudge::judge(const CapitalSummaryRows::Row &row, qint64 asOf)
{
    const CapitalSummaryRows::Phases &phases = row.phases;
    const auto text = [&row](Text which) -> std::optional<std::string_view> {
        if (row.textIsNull[std::size_t(which)])
            return std::nullopt;
        return row.texts[std::size_t(which)];
    };
    // The view's open_slip, slip and due_later.
    const std::optional<qint64> firstEnd = phases.openFirstEnd.value;
    const std::optional<qint64> openSlip = firstEnd && *firstEnd < asOf ? std::optional<qint64>(asOf - *firstEnd) : std::nullopt;
    const std::optional<qint64> endedSlip = phases.endedSlip.value;
    const std::optional<qint64> slip = !endedSlip                            ? openSlip
        : !openSlip || *endedSlip > *openSlip                                 ? endedSlip
                                                                              : openSlip;
    const bool dueLater = phases.openLastEnd.value && *phases.openLastEnd.value >= asOf;

    CapitalDashboardCells::Project project;
    project.source = row.source;
    project.sample = phases.sample;
    project.texts[0] = text(Region);
    project.texts[1] = text(ProjectType);
    project.texts[2] = stage(phases);
    if (phases.currentLine)
        project.texts[3] = std::string_view(phases.currentPhase);
    project.texts[4] = slip ? (openSlip && *openSlip == *slip ? "open" : "ended") : dueLater ? "not_yet_due" : "no_planned_end";
    if (slip)
        project.texts[5] = bucket(*slip);
    project.ord = row.ord;
    project.budget = phases.budget.value;
    project.estimate = phases.estimate.value;
    project.spent = phases.spent.value;
    project.over = phases.over.value;
    project.slip = slip;
    return project;
}

} // namespace milepost
