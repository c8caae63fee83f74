// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "objective.h"

#include <QList>
#include <QString>

namespace milepost {

// A superintendent's plan: objectives grouped by phase, each with its milestones.
struct Plan final
{
    QString title;
    // Where the plan came from (a file name), for the record.
    QString source;
    QList<Objective> objectives;

    qsizetype milestoneCount() const
    {
        qsizetype count = 0;
        for (const Objective &objective : objectives)
            count += objective.milestones.size();
        return count;
    }

    friend bool operator==(const Plan &, const Plan &) = default;
};

} // namespace milepost
