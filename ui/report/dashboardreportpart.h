// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardreportcontent.h"
#include "reportpart.h"
#include "reportstyle.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>

#include <memory>

namespace milepost {

class ReportChartPainter;
class ReportGridTable;

// A dashboard page on paper: its title, the filters it was counted under and its notes, its key
// figures each with the line that explains it, its charts two abreast (a wide one across the
// page) drawn as vectors, and the rows of the figure drilled into, when one was, with the
// column header repeated on every page. No chart is cut at a page break.
class DashboardReportPart final : public ReportPart
{
    Q_DECLARE_TR_FUNCTIONS(DashboardReportPart)

public:
    DashboardReportPart(DashboardReportContent content, const ReportStyle &style);
    ~DashboardReportPart() override;

    const DashboardReportContent &content() const { return m_content; }

    QString title() const override { return m_content.title; }
    void layout(const QSizeF &body) override;
    int pageCount() const override { return m_pageCount; }
    QString pageCaption(int page) const override;
    void paintPage(QPainter *painter, int page, const QRectF &body) const override;

    // After layout: where chart (index into content().charts) is, relative to its page's body.
    int chartPage(int chart) const;
    QRectF chartRect(int chart) const;
    int firstTablePage() const { return m_tableFirstPage; }

private:
    struct Placement
    {
        int chart = 0;
        int page = 0;
        QRectF rect; // from the body's top left
        qreal title = 0; // the height of the titles of its row
    };

    qreal paintIntro(QPainter *painter, const QRectF &rect) const;
    qreal paintFigures(QPainter *painter, const QRectF &rect) const;
    qreal paintTableTitle(QPainter *painter, const QRectF &rect) const;
    QString tableTitle() const;

    DashboardReportContent m_content;
    const ReportStyle &m_style;
    std::unique_ptr<ReportChartPainter> m_charts;
    std::unique_ptr<ReportGridTable> m_table;
    QList<Placement> m_placements;
    int m_pageCount = 1;
    int m_tableFirstPage = -1;
    qreal m_tableTop = 0; // on its first page
};

} // namespace milepost
