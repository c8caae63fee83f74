// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinespan.h"

#include <QList>
#include <QString>

namespace milepost {

// A job category of a Local District on the staffing timeline: its rows (those a search keeps),
// by the keys their source reads them back with, in the order the timeline shows them (the
// district's own rows first, then each site's in natural order; within each, by first day, a
// longer period before those within it), and the span of their periods.
struct StaffingTimelineCategory
{
    QString district; // trimmed; empty for the rows that name none
    QString category; // trimmed; empty for the rows that name none
    QList<qint64> records;
    TimelineSpan span;
};

} // namespace milepost
