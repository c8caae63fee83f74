// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinespan.h"

namespace milepost {

namespace {

void take(QDate &edge, DatePrecision &edgePrecision, const QDate &date, DatePrecision precision, bool earliest)
{
    if (date.isValid()
        && (!edge.isValid() || (earliest ? date < edge : date > edge) || (date == edge && precision > edgePrecision))) {
        edge = date;
        edgePrecision = precision;
    }
}

void widen(QDate &first, QDate &last, const QDate &date)
{
    if (!date.isValid())
        return;
    if (!first.isValid() || date < first)
        first = date;
    if (!last.isValid() || date > last)
        last = date;
}

} // namespace

void TimelineSpan::include(const TimelineSpan &child)
{
    take(first, firstPrecision, child.first, child.firstPrecision, true);
    take(first, firstPrecision, child.last, child.lastPrecision, true);
    take(last, lastPrecision, child.first, child.firstPrecision, false);
    take(last, lastPrecision, child.last, child.lastPrecision, false);
    widen(actualFirst, actualLast, child.actualFirst);
    widen(actualFirst, actualLast, child.actualLast);
    actualOpen = actualOpen || child.actualOpen;
}

} // namespace milepost
