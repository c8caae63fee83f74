// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"
#include "milestone.h"
#include "time/yearquarter.h"

#include <QCoreApplication>
#include <QList>

namespace milepost {

// Checks a milestone's dates against each other and against its quarter marks.
//
// The marks rule: within the table's quarter window, a marked quarter the dates do not reach
// at all disagrees, and so does an unmarked quarter of which the dates cover at least
// minimumUnmarkedDays. The allowance exists because plans routinely end a task on the first
// day of the next quarter ("8/01/22 - 1/01/23" marked Q3 and Q4). An Ongoing start or end is
// open on that side; an N/A or unreadable date leaves nothing to compare.
class MilestoneChecker final
{
    Q_DECLARE_TR_FUNCTIONS(MilestoneChecker)

public:
    static constexpr int minimumUnmarkedDays = 30;

    // Appends findings for milestone to findings; window is the table's quarter columns.
    static void check(const Milestone &milestone, const QList<YearQuarter> &window, QList<Finding> &findings);
};

} // namespace milepost
