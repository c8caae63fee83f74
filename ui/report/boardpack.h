// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagedreport.h"
#include "reportpart.h"
#include "reportstyle.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

namespace milepost {

// Parts bound into one document (ReportPart: the plan's summary, milestones and timeline, the
// dashboard's pages): one contents page listing each part with its pages, then the parts, with
// one header, one footer and one page numbering, "Page N of M", across all. Without a contents
// page it is the report of one part, a dashboard page's.
class BoardPack final : public PagedReport
{
    Q_DECLARE_TR_FUNCTIONS(BoardPack)

public:
    struct Cover
    {
        QString title;       // the header's, the PDF's: "Board pack: 100-Day Plan Report (2022)"
        QStringList facts;   // under the title on the contents page: "Prepared for ...", filters
        QDate asOf;
        QDateTime printedAt;
        ReportPageOptions options;
        bool contents = true; // a contents page first
    };

    explicit BoardPack(Cover cover);
    ~BoardPack() override;

    // The style parts paint with (they keep a reference: the pack outlives them).
    const ReportStyle &style() const { return m_style; }
    void addPart(std::unique_ptr<ReportPart> part);
    int partCount() const { return int(m_parts.size()); }
    const ReportPart &part(int index) const { return *m_parts.at(std::size_t(index)); }
    // After layout: the page (0-based) a part starts on.
    int firstPageOf(int part) const { return m_firstPages.value(part, -1); }
    bool hasContentsPage() const { return m_cover.contents; }

    QString title() const override { return m_cover.title; }
    const ReportPageOptions &pageOptions() const override { return m_cover.options; }
    void layout(const QSizeF &pageArea) override;
    int pageCount() const override { return m_pageCount; }
    void paintPage(QPainter *painter, int page, const QRectF &pageArea) const override;

private:
    int partOf(int page) const; // -1: the contents page
    void paintContents(QPainter *painter, const QRectF &body) const;

    Cover m_cover;
    ReportStyle m_style;
    std::vector<std::unique_ptr<ReportPart>> m_parts;
    QList<int> m_firstPages;
    int m_pageCount = 0;
};

} // namespace milepost
