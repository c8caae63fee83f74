// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/progressentry.h"
#include "progress/progressstate.h"
#include "progress/shownstatus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace milepost {

// A milestone's progress as rich text for the details panel: the status shown (recorded, or
// computed from dates and said so) with its schedule health and the recorded values, and the
// milestone's history, newest first.
class ProgressHtml final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressHtml)

public:
    static QString status(const ShownStatus &shown, const ProgressState *recorded, const QDate &asOf);
    // withMilestone: each entry names its milestone and objective (a list of many milestones).
    static QString history(const QList<ProgressEntry> &entries, bool withMilestone = false);
    // "12 updates on 7 milestones: 5 status changes, 2 completed" for a list of changes.
    static QString summary(const QList<ProgressEntry> &entries);
};

} // namespace milepost
