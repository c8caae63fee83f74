// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalphasebar.h"

#include "dashboard/capitalprojectsummary.h"
#include "datasets/capitalphase.h"

namespace milepost {

TimelineSpan CapitalPhaseBar::of(const CapitalPhase &phase)
{
    TimelineSpan span;
    if (phase.plannedStart.isKnown())
        span.first = phase.plannedStart.value();
    else if (phase.actualStart.isKnown())
        span.first = phase.actualStart.value();
    if (phase.plannedEnd.isKnown())
        span.last = phase.plannedEnd.value();
    if (!phase.plannedStart.isKnown() && span.first.isValid() && span.last.isValid() && span.first > span.last)
        span.first = span.last;
    span.lastPrecision = phase.plannedEndPrecision;
    span.firstPrecision = phase.plannedStart.isKnown() ? phase.plannedStartPrecision
        : phase.actualStart.isKnown() && span.first == phase.actualStart.value() ? phase.actualStartPrecision
        : span.first == span.last                                                ? span.lastPrecision
                                                                                 : DatePrecision::Day;
    if (phase.actualStart.isKnown()) {
        span.actualFirst = phase.actualStart.value();
        span.actualLast = phase.actualEnd.isKnown() ? phase.actualEnd.value() : QDate();
        span.actualOpen = !CapitalProjectSummary::hasEnded(phase);
    }
    return span;
}

} // namespace milepost
