// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "breakdown.h"
#include "capitalprojectsummary.h"
#include "dashboardfilter.h"
#include "datasets/capitalproject.h"
#include "figure.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace milepost {

// Capital projects by stage and type, their money, and how late they run. Rows are indexes
// into the projects given to compute(); amounts are cents, summed over the phases that give
// them (a phase whose amount is missing or "not applicable" adds nothing).
struct CapitalFigures final
{
    Q_DECLARE_TR_FUNCTIONS(CapitalFigures)

public:
    QDate asOf;
    // Every project's summary on the as-of date, by project index (filtered out or not).
    QList<CapitalProjectSummary> summaries;
    Figure projects; // the projects that pass the filter
    Figure budget;
    Figure estimate;
    Figure spent;
    // Projects whose estimate at completion exceeds their budget (phases that give both), and
    // by how much in all.
    Figure overBudget;
    Figure overBudgetAmount;
    // Projects that run later than planned (see CapitalProjectSummary), and of those the ones
    // still open past their planned end.
    Figure late;
    Figure openLate;
    qint64 maximumSlipDays = 0;
    Figure notYetDue;
    Figure withoutPlannedEnd;

    // Categories: not_started, "phase:<name>" for each phase under way in the order projects
    // run through them (their average place in the projects' phase lists), between_phases,
    // completed; one series.
    Breakdown byStage;
    // Categories: project types, most projects first; one series.
    Breakdown byType;
    // Series: budget, estimate, spent. Categories: project types (largest amounts first), regions
    // (natural order).
    Breakdown amountsByType;
    Breakdown amountsByDistrict;
    // Categories: slip buckets (on_time, 1-30, 31-90, 91-180, 181-365, over_365 days);
    // series: ended (measured on ended phases), open (open past planned end: at least).
    Breakdown slipDistribution;

    static const QString budgetKey;
    static const QString estimateKey;
    static const QString spentKey;
    static const QString endedKey;
    static const QString openKey;
    // The key of the slip bucket for days late.
    static QString slipBucketKey(qint64 days);
    static QString stageKey(const CapitalProjectSummary &summary);

    static CapitalFigures compute(const QList<CapitalProject> &projects, const DashboardFilter &filter);
};

} // namespace milepost
