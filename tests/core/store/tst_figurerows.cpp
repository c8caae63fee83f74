// SPDX-License-Identifier: GPL-3.0-or-later
// Figures computed over some of the stored rows, numbered as the whole table is listed, or
// counted instead of listed.
#include "catchcompat.h"

#include "dashboard/breakdown.h"
#include "store/figurerows.h"

using namespace milepost;

TEST_CASE("a figure's rows numbered as the whole table lists them", "[store][figurerows]")
{
    Figure figure;
    figure.add(5, 0, false);
    figure.add(7, 2, true);
    figure.add(1, 3, false);
    const QList<int> numbers{4, 9, 10, 31}; // rows 0..3 of the part are rows 4, 9, 10, 31 of the table
    FigureRows::renumber(figure, numbers);
    CHECK(figure.rows == QList<int>{4, 10, 31});
    CHECK(figure.value == 13);
    CHECK(figure.sampleValue == 7);

    FigureRows::count(figure);
    CHECK(figure.rows.isEmpty());
    CHECK(figure.counted == 3);
    CHECK(figure.rowCount() == 3);
    CHECK(figure.value == 13);
    CHECK(figure.illustrative);
}

TEST_CASE("a breakdown's cells numbered and counted", "[store][figurerows]")
{
    Breakdown breakdown({{QStringLiteral("ne"), QStringLiteral("NE")}, {QStringLiteral("w"), QStringLiteral("W")}},
                        {{QStringLiteral("hires"), QStringLiteral("Hires")}, {QStringLiteral("vacancies"), QStringLiteral("Vacancies")}});
    breakdown.at(0, 0).add(2, 1, false);
    breakdown.at(0, 1).add(3, 0, false);
    breakdown.at(1, 1).add(4, 2, false);
    breakdown.at(1, 1).add(4, 1, false);
    FigureRows::renumber(breakdown, {100, 200, 300});
    CHECK(breakdown.at(0, 0).rows == QList<int>{200});
    CHECK(breakdown.at(0, 1).rows == QList<int>{100});
    CHECK(breakdown.at(1, 0).rows.isEmpty());
    CHECK(breakdown.at(1, 1).rows == QList<int>{200, 300});
    FigureRows::count(breakdown);
    CHECK(breakdown.at(1, 1).rows.isEmpty());
    CHECK(breakdown.at(1, 1).counted == 2);
    CHECK(breakdown.at(1, 1).value == 8);
    CHECK(breakdown.at(0, 0).counted == 1);
    CHECK(breakdown.at(1, 0).counted == 0);
}
