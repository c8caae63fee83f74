// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "plan/plan.h"
#include "plan/planname.h"

using namespace milepost;

TEST_CASE("a plan is named without the word that makes its heading a report", "[plan][name]")
{
    CHECK(PlanName::fromTitle(QStringLiteral("100-Day Plan REPORT")) == QStringLiteral("100-Day Plan"));
    CHECK(PlanName::fromTitle(QStringLiteral("  Strategic  Plan report ")) == QStringLiteral("Strategic Plan"));
    // Any other heading is the name as written (spaces tidied): no guessing at capitals.
    CHECK(PlanName::fromTitle(QStringLiteral("LAUSD Strategic Plan 2022-26")) == QStringLiteral("LAUSD Strategic Plan 2022-26"));
    CHECK(PlanName::fromTitle(QStringLiteral("Annual Progress Report")) == QStringLiteral("Annual Progress Report"));
    CHECK(PlanName::fromTitle(QStringLiteral("Report")) == QStringLiteral("Report"));
    CHECK(PlanName::fromTitle(QStringLiteral("Plan Report")) == QStringLiteral("Plan"));
    CHECK(PlanName::fromTitle(QString()) == QStringLiteral("Untitled plan"));
    Plan plan;
    plan.title = QStringLiteral("100-Day Plan REPORT");
    CHECK(PlanName::of(plan) == QStringLiteral("100-Day Plan"));
}
