// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "plan/planplausibility.h"
#include "plan/planreader.h"

#include <QFile>

using namespace milepost;

namespace {

QString reportText()
{
    QFile file(QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("the real report is a plausible plan", "[plan][plausibility]")
{
    const auto result = PlanReader::readText(reportText(), QStringLiteral("report.txt"));
    REQUIRE(result.ok);
    CHECK(PlanPlausibility::concern(result).isEmpty());
}

TEST_CASE("one milestone with hundreds of findings is implausible", "[plan][plausibility]")
{
    PlanImportResult result;
    result.ok = true;
    Objective objective;
    objective.milestones.append(Milestone{});
    result.plan.objectives.append(objective);
    for (int i = 0; i < 854; ++i)
        result.findings.append({i + 1, 0, Finding::Kind::UnreadableTable, QStringLiteral("not a row")});
    const QString concern = PlanPlausibility::concern(result);
    CHECK(concern.contains(QStringLiteral("findings for 1 milestones")));

    result.findings.resize(2 + PlanPlausibility::findingsAllowance);
    CHECK(PlanPlausibility::concern(result).isEmpty());
}

TEST_CASE("a plan without milestones is implausible", "[plan][plausibility]")
{
    PlanImportResult result;
    result.ok = true;
    result.plan.objectives.append(Objective{});
    CHECK(PlanPlausibility::concern(result).contains(QStringLiteral("no milestones")));
}
