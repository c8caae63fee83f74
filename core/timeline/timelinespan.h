// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/dateprecision.h"

#include <QDate>

namespace milepost {

// What a bar on a timeline spans: its planned days, as precisely as the source wrote them (a
// month, a year), and the days it actually ran, open while it runs on. A summary row (a
// district, a project) spans its children: include() widens it by one child.
struct TimelineSpan
{
    QDate first;
    QDate last;
    DatePrecision firstPrecision = DatePrecision::Day;
    DatePrecision lastPrecision = DatePrecision::Day;
    QDate actualFirst;
    QDate actualLast;
    bool actualOpen = false; // began and runs on: the actual span reaches the as-of date

    // Widens this span to cover child's. The planned span keeps the precision of the dates it
    // takes; of two on the same day, the less precise (a month ending on the 31st over that day).
    void include(const TimelineSpan &child);

    friend bool operator==(const TimelineSpan &, const TimelineSpan &) = default;
};

} // namespace milepost
