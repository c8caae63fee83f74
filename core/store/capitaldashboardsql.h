// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queryparameters.h"

#include <QString>
#include <QStringList>

// SQL shared by the parts of the Capital Projects page counted in the database
// (CapitalSummaryTable, CapitalDashboardCounts, CapitalDashboardQuery), over the filtered table
// dashboard_capital (one row per project that passes the filter).
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

// Amounts per figure: value, rows, whether one is sample data.
inline QString amounts()
{
    return QStringLiteral(
        "coalesce(sum(budget), 0), count(budget), coalesce(max(CASE WHEN budget IS NOT NULL THEN sample END), 0), "
        "coalesce(sum(estimate), 0), count(estimate), coalesce(max(CASE WHEN estimate IS NOT NULL THEN sample END), 0), "
        "coalesce(sum(spent), 0), count(spent), coalesce(max(CASE WHEN spent IS NOT NULL THEN sample END), 0)");
}

// "column IN (...)", or a condition no row meets for no value (an empty IN list is not SQL).
inline QString inList(const QString &column, const QStringList &values, QueryParameters &parameters)
{
    return values.isEmpty() ? QStringLiteral("0 = 1") : QStringLiteral("%1 IN %2").arg(column, parameters.list(values));
}

} // namespace milepost::CapitalDashboardSql
