// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinespan.h"

#include <QList>
#include <QString>

namespace milepost {

// A district on the capital projects timeline: its projects (those a search keeps), by the keys
// their source reads them back with, in the order the store keeps them (the export's), and the
// span of their phases (of the phases a search keeps).
struct CapitalTimelineDistrict
{
    QString region; // trimmed; empty for the projects that name none
    QList<qint64> projects;
    TimelineSpan span;
};

} // namespace milepost
