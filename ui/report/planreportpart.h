// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/boardpacksection.h"
#include "reportpart.h"

#include <memory>

namespace milepost {

class MilestoneReport;

// A part of the plan's report bound in a board pack: its summary (the title page without its
// contents: the pack has its own), its milestones by objective (with what changed, when asked)
// or its timeline. The parts share one MilestoneReport, laid out once for the pack's page.
class PlanReportPart final : public ReportPart
{
public:
    // kind is PlanSummary, Milestones or Timeline.
    PlanReportPart(std::shared_ptr<MilestoneReport> report, BoardPackSection::Kind kind);

    QString title() const override;
    void layout(const QSizeF &body) override;
    int pageCount() const override;
    QString pageCaption(int page) const override;
    void paintPage(QPainter *painter, int page, const QRectF &body) const override;

private:
    int firstPage() const; // in the milestone report

    std::shared_ptr<MilestoneReport> m_report;
    BoardPackSection::Kind m_kind;
};

} // namespace milepost
