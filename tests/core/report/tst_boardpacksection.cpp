// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "report/boardpacksection.h"

using namespace milepost;
using Kind = BoardPackSection::Kind;

TEST_CASE("board pack sections are read in the order given", "[report][boardpack]")
{
    QList<Kind> kinds;
    QString error;
    REQUIRE(BoardPackSection::parse(QStringLiteral("capital,plan, Timeline"), &kinds, &error));
    CHECK(kinds == QList<Kind>{Kind::Capital, Kind::PlanSummary, Kind::Timeline});
    CHECK(error.isEmpty());

    REQUIRE(BoardPackSection::parse(BoardPackSection::keys().join(QLatin1Char(',')), &kinds, &error));
    CHECK(kinds == BoardPackSection::all());
    CHECK(BoardPackSection::keys()
          == QStringList{QStringLiteral("plan"), QStringLiteral("milestones"), QStringLiteral("timeline"),
                         QStringLiteral("staffing"), QStringLiteral("enrollment"), QStringLiteral("capital")});
}

TEST_CASE("an unknown section refuses the list and names the valid ones", "[report][boardpack]")
{
    QList<Kind> kinds{Kind::Staffing};
    QString error;
    CHECK_FALSE(BoardPackSection::parse(QStringLiteral("plan,budget"), &kinds, &error));
    CHECK(error == QStringLiteral("\"budget\" is not a section; the sections are plan, milestones, timeline, staffing, "
                                  "enrollment, capital"));
    CHECK(kinds == QList<Kind>{Kind::Staffing}); // untouched

    CHECK_FALSE(BoardPackSection::parse(QStringLiteral("plan,,capital"), &kinds, &error));
    CHECK(error.startsWith(QStringLiteral("an empty section name")));
    CHECK_FALSE(BoardPackSection::parse(QString(), &kinds, &error));
    CHECK_FALSE(BoardPackSection::parse(QStringLiteral("plan,capital,plan"), &kinds, &error));
    CHECK(error == QStringLiteral("the section \"plan\" is named twice"));
}

TEST_CASE("the dashboard's pages are told from the plan's parts", "[report][boardpack]")
{
    QList<Kind> dashboard;
    for (Kind kind : BoardPackSection::all()) {
        if (BoardPackSection::isDashboardPage(kind))
            dashboard.append(kind);
        CHECK_FALSE(BoardPackSection::title(kind).isEmpty());
    }
    CHECK(dashboard == QList<Kind>{Kind::Staffing, Kind::Enrollment, Kind::Capital});
}
