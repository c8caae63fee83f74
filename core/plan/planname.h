// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace milepost {

struct Plan;

// What a plan is called in the window's title and on the report's pages. A plan is read from the
// report that publishes it, whose heading names the document ("100-Day Plan REPORT"): the plan
// is the "100-Day Plan". Only a closing "report" after "plan" is dropped, in any case; any other
// heading is the name as written, and a plan without one is "Untitled plan".
class PlanName final
{
    Q_DECLARE_TR_FUNCTIONS(PlanName)

public:
    static QString of(const Plan &plan);
    static QString fromTitle(const QString &title);
};

} // namespace milepost
