// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinespan.h"

namespace milepost {

struct CapitalPhase;

// The bar of a capital project's phase on the timeline. It runs from the planned start (the
// actual start when the export plans none, as the NYC export does) to the planned end; one that
// began after its planned end is a point at the planned end, with the actual span showing how
// late it came. The actual span runs from the actual start to the actual end, and on while the
// phase has not ended.
class CapitalPhaseBar final
{
public:
    static TimelineSpan of(const CapitalPhase &phase);
};

} // namespace milepost
