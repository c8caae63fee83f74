// SPDX-License-Identifier: GPL-3.0-or-later
#include "planreportpart.h"

#include "milestonereport.h"
#include "reportpageframe.h"

namespace milepost {

using Kind = BoardPackSection::Kind;

PlanReportPart::PlanReportPart(std::shared_ptr<MilestoneReport> report, Kind kind)
    : m_report(std::move(report))
    , m_kind(kind)
{
}

QString PlanReportPart::title() const
{
    return BoardPackSection::title(m_kind);
}

void PlanReportPart::layout(const QSizeF &body)
{
    // The milestone report lays itself out from the page area around a body of this size.
    m_report->layout(QSizeF(body.width(), body.height() + ReportPageFrame::headerHeight() + ReportPageFrame::footerHeight()));
}

int PlanReportPart::firstPage() const
{
    switch (m_kind) {
    case Kind::Milestones:
        return m_report->firstTablePage();
    case Kind::Timeline:
        return m_report->firstTimelinePage();
    default:
        return 0;
    }
}

int PlanReportPart::pageCount() const
{
    switch (m_kind) {
    case Kind::PlanSummary:
        return 1;
    case Kind::Milestones:
        return m_report->firstTimelinePage() - m_report->firstTablePage();
    case Kind::Timeline:
        return m_report->pageCount() - m_report->firstTimelinePage();
    default:
        return 0;
    }
}

QString PlanReportPart::pageCaption(int page) const
{
    return m_report->pageCaption(firstPage() + page);
}

void PlanReportPart::paintPage(QPainter *painter, int page, const QRectF &body) const
{
    m_report->paintBody(painter, firstPage() + page, body, false);
}

} // namespace milepost
