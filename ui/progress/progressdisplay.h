// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/milestonestatus.h"
#include "progress/progressstate.h"
#include "progress/shownstatus.h"

#include <QCoreApplication>
#include <QFont>
#include <QString>

namespace milepost {

// How the views write and colour a milestone's shown status, so that the outline, the
// timeline and the details panel say it the same way. A recorded status is written plainly
// with its schedule health beside it; a status computed from dates is written in italics and
// its tooltip says so, so the two are never confused.
class ProgressDisplay final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressDisplay)

public:
    // The palette's status colour that draws it: a computed status its own; a recorded one the
    // nearest in meaning (At risk as Due soon, Off track as Overdue, Deferred and Cancelled as
    // Unknown, for there is no schedule left to keep).
    static MilestoneStatus::State colourState(const ShownStatus &shown);
    // "At risk · 21 d past end" or "Overdue": short, for a column.
    static QString shortText(const ShownStatus &shown);
    // The label, where it comes from, the health and the recorded values, one per line.
    static QString toolTip(const ShownStatus &shown, const ProgressState *recorded);
    // Italic when computed.
    static QFont font(const ShownStatus &shown);
    // "40%" or empty.
    static QString percentText(const ProgressState *recorded);
};

} // namespace milepost
