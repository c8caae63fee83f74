// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportkeyfigures.h"
#include "reportpageoptions.h"

#include <QDate>

namespace milepost {

// The days a report's timeline covers, chosen from the page options and the plan's figures:
// - a range asked for (ReportPageOptions::rangeFirst/rangeLast) exactly as asked; an open end
//   takes the plan's;
// - otherwise the quarters the plan's tables mark (TimelineSpan::PlanQuarters): a plan written
//   for July 2022 to June 2023 prints those four quarters even when one task began in 2020;
//   bars reaching outside are cut at the edge;
// - or every date any milestone names (TimelineSpan::AllDates), whole quarters;
// - a plan without marks falls back to its dates. Invalid when nothing is dated.
struct ReportDateRange final
{
    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }

    static ReportDateRange choose(const ReportKeyFigures &figures, const ReportPageOptions &options);
};

} // namespace milepost
