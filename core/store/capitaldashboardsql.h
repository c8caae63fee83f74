// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figuresources.h"
#include "queryparameters.h"

#include <QString>
#include <QStringList>

// SQL shared by the parts of the Capital Projects page counted in the database
// (CapitalSummaryTable, CapitalDashboardCounts, CapitalDashboardQuery), over the filtered table
// dashboard_capital (one row per project that passes the filter) and the cells it is grouped
// into (dashboard_capital_cells, cellFigure()).
namespace milepost::CapitalDashboardSql {

// CapitalProjectSummary's stage, schedule and slip bucket (CapitalFigures::slipBucketKey), as
// the keys CapitalFigures uses.
inline QString stage()
{
    return QStringLiteral("CASE WHEN phases > 0 AND ended = phases THEN 'completed' "
                          "WHEN current_phase IS NOT NULL AND current_phase <> '' THEN 'phase' "
                          "WHEN started > 0 THEN 'between_phases' ELSE 'not_started' END");
}

inline QString schedule()
{
    return QStringLiteral("CASE WHEN slip IS NOT NULL THEN CASE WHEN open_slip = slip THEN 'open' ELSE 'ended' END "
                          "WHEN due_later = 1 THEN 'not_yet_due' ELSE 'no_planned_end' END");
}

inline QString bucket()
{
    return QStringLiteral("CASE WHEN slip <= 0 THEN 'on_time' WHEN slip <= 30 THEN '1-30' WHEN slip <= 90 THEN '31-90' "
                          "WHEN slip <= 180 THEN '91-180' WHEN slip <= 365 THEN '181-365' ELSE 'over_365' END");
}

// A figure over the rows where use holds, in five columns: its value (the sum of amount; "1"
// counts the rows), its rows, whether one is sample data, the part of the value sample rows
// give, and their sources (FigureSources::list). CapitalDashboardCounts::figureAt reads them.
inline QString figure(const QString &use, const QString &amount)
{
    return QStringLiteral("coalesce(sum(CASE WHEN %1 THEN %2 END), 0), count(CASE WHEN %1 THEN 1 END), "
                          "coalesce(max(CASE WHEN %1 THEN sample END), 0), "
                          "coalesce(sum(CASE WHEN %1 AND sample = 1 THEN %2 END), 0), %3")
        .arg(use, amount, FigureSources::list(QStringLiteral("source"), use));
}

// The projects counted: figure() over every row.
inline QString projects()
{
    return figure(QStringLiteral("1 = 1"), QStringLiteral("1"));
}

// Amounts per figure (budget, estimate, spent), five columns each.
inline QString amounts()
{
    QStringList columns;
    for (const QString &amount : {QStringLiteral("budget"), QStringLiteral("estimate"), QStringLiteral("spent")})
        columns.append(figure(amount + QStringLiteral(" IS NOT NULL"), amount));
    return columns.join(QStringLiteral(", "));
}

// A figure over the cells of dashboard_capital_cells (CapitalDashboardCounts: the projects
// grouped by every column a figure or breakdown tells apart, the source and sample among them)
// where use holds, the same five columns as figure() gives over the projects: rows names the
// cell's column that counts the projects the figure takes, amount the one that sums their
// amount. A cell gives the sample flag and its source only when it has such a project.
inline QString cellFigure(const QString &use, const QString &rows, const QString &amount)
{
    const QString taken = QStringLiteral("%1 AND %2 > 0").arg(use, rows);
    return QStringLiteral("coalesce(sum(CASE WHEN %1 THEN %2 END), 0), coalesce(sum(CASE WHEN %1 THEN %3 END), 0), "
                          "coalesce(max(CASE WHEN %4 THEN sample END), 0), "
                          "coalesce(sum(CASE WHEN %1 AND sample = 1 THEN %2 END), 0), %5")
        .arg(use, amount, rows, taken, FigureSources::list(QStringLiteral("source"), taken));
}

// projects() over the cells.
inline QString cellProjects()
{
    return cellFigure(QStringLiteral("1 = 1"), QStringLiteral("projects"), QStringLiteral("projects"));
}

// amounts() over the cells: each amount's projects and sum.
inline QString cellAmounts()
{
    QStringList columns;
    for (const QString &amount : {QStringLiteral("budget"), QStringLiteral("estimate"), QStringLiteral("spent")})
        columns.append(cellFigure(QStringLiteral("1 = 1"), amount + QStringLiteral("_projects"), amount));
    return columns.join(QStringLiteral(", "));
}

// "column IN (...)", or a condition no row meets for no value (an empty IN list is not SQL).
inline QString inList(const QString &column, const QStringList &values, QueryParameters &parameters)
{
    return values.isEmpty() ? QStringLiteral("0 = 1") : QStringLiteral("%1 IN %2").arg(column, parameters.list(values));
}

} // namespace milepost::CapitalDashboardSql
