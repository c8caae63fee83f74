// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportkeyfigures.h"
#include "report/reportpageoptions.h"
#include "pagedreport.h"
#include "reportpageframe.h"
#include "reportstyle.h"

#include "plan/plan.h"
#include "changes/planhistory.h"
#include "planedit/baseline.h"
#include "progress/recordedprogress.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

#include <memory>

class QPainter;

namespace milepost {

class ReportChangesSection;
class ReportTableSection;
class ReportTimelineSection;

// A milestone report: a title page (plan, as-of date, filters, date printed, key figures,
// legend, contents), the milestones by objective, what changed since a day (when asked), and
// the timeline. It is laid out for a page
// size and then paints any page on request; ReportPrinter sends it to a printer, a print
// preview or a PDF through the same paintPage(). Everything is in report units (1/96 inch).
class MilestoneReport final : public PagedReport
{
    Q_DECLARE_TR_FUNCTIONS(MilestoneReport)

public:
    struct Input
    {
        Plan plan;                     // as filtered for the report
        qsizetype planMilestones = -1; // in the whole plan, to say "40 of 160"; -1: not filtered
        QDateTime importedAt;
        QDate asOf;
        QDateTime printedAt;
        QStringList filters; // ReportFilter::describe(); empty: the whole plan
        ReportPageOptions options;
        // Of plan as filtered: recorded statuses win over computed ones.
        RecordedProgress progress;
        // The plan as imported with its plan edits (PlanRepository::StoredPlan::history()).
        // With options.changesSince, what changed after that day up to asOf (PlanChanges, from
        // the plan edits and progress's journal) on the milestones the filters keep makes the
        // "Changes since" section; empty: the plan as filtered without edits (progress only).
        PlanHistory planHistory;
        // A baseline's dates by milestone id (BaselineRepository): the tables say how many days
        // each milestone slipped against it. Empty: no baseline.
        QHash<qint64, BaselineDates> baseline;
    };

    enum class PageKind { Title, Tables, Changes, Timeline };

    explicit MilestoneReport(const Input &input);
    ~MilestoneReport() override;
    MilestoneReport(const MilestoneReport &) = delete;
    MilestoneReport &operator=(const MilestoneReport &) = delete;

    const Input &input() const { return m_input; }
    const ReportKeyFigures &keyFigures() const { return m_figures; }
    // "Milestone report: 100-Day Plan Report (2022)"
    QString title() const override;
    const ReportPageOptions &pageOptions() const override { return m_input.options; }

    // Lays the report out on pages whose printable area is this size.
    void layout(const QSizeF &pageArea) override;
    int pageCount() const override;
    PageKind pageKind(int page) const;
    int firstTablePage() const { return 1; }
    int firstChangesPage() const { return 1 + tablePageCount(); }
    int firstTimelinePage() const;

    void paintPage(QPainter *painter, int page, const QRectF &pageArea) const override;
    // A page without header and footer (a board pack paints its own); the title page without
    // its contents when contents is false (a pack has a contents page of its own).
    void paintBody(QPainter *painter, int page, const QRectF &body, bool contents = true) const;
    // What the footer says of page: "Milestones by objective", "Timeline · Rows 1–34 of 205 …".
    QString pageCaption(int page) const;

    const ReportTableSection &tables() const { return *m_tables; }
    const ReportTimelineSection &timeline() const { return *m_timeline; }
    // nullptr when the report has no "Changes since" section.
    const ReportChangesSection *changes() const { return m_changes.get(); }

    static qreal headerHeight() { return ReportPageFrame::headerHeight(); }
    static qreal footerHeight() { return ReportPageFrame::footerHeight(); }

private:
    int tablePageCount() const;
    int changesPageCount() const;
    void paintTitlePage(QPainter *painter, const QRectF &body, bool contents) const;
    qreal paintFacts(QPainter *painter, const QRectF &rect) const;
    qreal paintKeyFigures(QPainter *painter, const QRectF &rect) const;
    qreal paintContents(QPainter *painter, const QRectF &rect) const;

    Input m_input;
    ReportStyle m_style;
    ReportKeyFigures m_figures;
    std::unique_ptr<ReportTableSection> m_tables;
    std::unique_ptr<ReportChangesSection> m_changes;
    std::unique_ptr<ReportTimelineSection> m_timeline;
};

} // namespace milepost
