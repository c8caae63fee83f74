// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changes/planchanges.h"

#include <QCoreApplication>
#include <QString>

namespace milepost {

// What changed between two dates (PlanChanges) as rich text for the Changes Since view: a
// heading per group in the order a board reads them, and under it each milestone (or
// objective) with what changed, the day it was recorded and the notes given.
class ChangesHtml final
{
    Q_DECLARE_TR_FUNCTIONS(ChangesHtml)

public:
    static QString html(const PlanChanges &changes);
};

} // namespace milepost
