// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "report/reportfilter.h"

using namespace milepost;

namespace {

Milestone milestone(const QString &title, const char *start, const char *end)
{
    Milestone m;
    m.title = title;
    m.start = PlanDate::parse(QString::fromLatin1(start));
    m.end = PlanDate::parse(QString::fromLatin1(end));
    return m;
}

Plan samplePlan()
{
    Objective hiring;
    hiring.phase = Phase::Learn;
    hiring.title = QStringLiteral("Staffing Plan");
    hiring.status = ObjectiveStatus::parse(QStringLiteral("In Progress"));
    hiring.milestones = {milestone(QStringLiteral("Hiring fairs"), "1/1/22", "3/31/22"),
                         milestone(QStringLiteral("Counselor vacancies"), "6/1/22", "12/31/22")};
    Objective literacy;
    literacy.phase = Phase::Act;
    literacy.title = QStringLiteral("Literacy Initiative");
    literacy.status = ObjectiveStatus::parse(QStringLiteral("Completed"));
    literacy.milestones = {milestone(QStringLiteral("Pilot schools"), "2/1/22", "4/30/22"),
                           milestone(QStringLiteral("Reading coaches hired"), "N/A", "N/A")};
    Objective listening;
    listening.phase = Phase::Assess;
    listening.title = QStringLiteral("Listening Tour");
    Plan plan;
    plan.title = QStringLiteral("Plan");
    plan.objectives = {hiring, literacy, listening};
    return plan;
}

QStringList titles(const Plan &plan)
{
    QStringList out;
    for (const Objective &objective : plan.objectives) {
        out.append(objective.title);
        for (const Milestone &m : objective.milestones)
            out.append(QStringLiteral("  ") + m.title);
    }
    return out;
}

ReportFilter filterOf(std::initializer_list<const char *> keyValues)
{
    ReportFilter filter;
    for (const char *keyValue : keyValues) {
        QString error;
        INFO(keyValue);
        REQUIRE(filter.add(QString::fromUtf8(keyValue), &error));
    }
    return filter;
}

const QDate asOf(2022, 6, 1);

} // namespace

TEST_CASE("an empty filter keeps the whole plan", "[report][filter]")
{
    const ReportFilter filter;
    CHECK(filter.isEmpty());
    CHECK(filter.describe().isEmpty());
    CHECK(filter.apply(samplePlan(), asOf) == samplePlan());
}

TEST_CASE("phases given twice accept either", "[report][filter]")
{
    const auto filter = filterOf({"phase=learn", "phase=ACT"});
    CHECK(titles(filter.apply(samplePlan(), asOf))
          == QStringList{QStringLiteral("Staffing Plan"), QStringLiteral("  Hiring fairs"),
                         QStringLiteral("  Counselor vacancies"), QStringLiteral("Literacy Initiative"),
                         QStringLiteral("  Pilot schools"), QStringLiteral("  Reading coaches hired")});
    CHECK(filter.describe() == QStringList{QStringLiteral("Phase: Learn or Act")});
}

TEST_CASE("a milestone status keeps matching milestones and drops emptied objectives", "[report][filter]")
{
    const auto filter = filterOf({"status=overdue"});
    CHECK(titles(filter.apply(samplePlan(), asOf))
          == QStringList{QStringLiteral("Staffing Plan"), QStringLiteral("  Hiring fairs")});
}

TEST_CASE("search words may be split between objective and milestone", "[report][filter]")
{
    CHECK(titles(filterOf({"search=staffing counselor"}).apply(samplePlan(), asOf))
          == QStringList{QStringLiteral("Staffing Plan"), QStringLiteral("  Counselor vacancies")});
    // An objective that matches keeps all its milestones, and one without milestones stays.
    CHECK(titles(filterOf({"search=listening"}).apply(samplePlan(), asOf)) == QStringList{QStringLiteral("Listening Tour")});
    CHECK(titles(filterOf({"search=LITERACY"}).apply(samplePlan(), asOf)).size() == 3);
}

TEST_CASE("a date range keeps milestones that reach into it, undated ones cannot", "[report][filter]")
{
    const auto filter = filterOf({"from=2022-04-01", "to=2022-05-31"});
    CHECK(titles(filter.apply(samplePlan(), asOf))
          == QStringList{QStringLiteral("Literacy Initiative"), QStringLiteral("  Pilot schools")});
    CHECK(filter.describe().size() == 1);
}

TEST_CASE("bad filters are refused with a reason", "[report][filter]")
{
    ReportFilter filter;
    QString error;
    CHECK_FALSE(filter.add(QStringLiteral("phase"), &error));
    CHECK(error.contains(QStringLiteral("KEY=VALUE")));
    CHECK_FALSE(filter.add(QStringLiteral("colour=red"), &error));
    CHECK(error.contains(QStringLiteral("colour")));
    CHECK_FALSE(filter.add(QStringLiteral("phase=plan"), &error));
    CHECK_FALSE(filter.add(QStringLiteral("status=late"), &error));
    CHECK(error.contains(QStringLiteral("overdue")));
    CHECK_FALSE(filter.add(QStringLiteral("from=9/31/22"), &error));
    CHECK_FALSE(filter.add(QStringLiteral("search="), &error));
    REQUIRE(filter.add(QStringLiteral("from=2022-06-01"), &error));
    CHECK_FALSE(filter.add(QStringLiteral("to=2022-05-01"), &error));
    CHECK(error.contains(QStringLiteral("before")));
}
