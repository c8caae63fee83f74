// SPDX-License-Identifier: GPL-3.0-or-later
// Figures keep their rows; breakdowns add them up by category and series; natural order.
#include "catchcompat.h"

#include "dashboard/breakdown.h"
#include "dashboard/naturalorder.h"

using namespace milepost;

TEST_CASE("a figure keeps each row once, in order, whatever order they come in", "[dashboard][breakdown]")
{
    Figure figure;
    figure.add(5, 7, false);
    figure.add(3, 2, false);
    figure.add(1, 7, true);
    CHECK(figure.value == 9);
    CHECK(figure.rows == QList<int>{2, 7});
    CHECK(figure.illustrative);

    Figure other;
    other.add(10, 4, false);
    other.add(1, 2, false);
    figure.merge(other);
    CHECK(figure.value == 20);
    CHECK(figure.rows == QList<int>{2, 4, 7});
}

TEST_CASE("a breakdown totals by category, by series and in all", "[dashboard][breakdown]")
{
    Breakdown breakdown({{QStringLiteral("a"), QStringLiteral("A")}, {QStringLiteral("b"), QStringLiteral("B")}},
                        {{QStringLiteral("x"), QStringLiteral("X")}, {QStringLiteral("y"), QStringLiteral("Y")}});
    breakdown.at(0, 0).add(1, 0, false);
    breakdown.at(1, 0).add(2, 1, false);
    breakdown.at(1, 1).add(4, 2, true);
    CHECK(breakdown.categoryTotal(0).value == 3);
    CHECK(breakdown.categoryTotal(0).rows == QList<int>{0, 1});
    CHECK(breakdown.seriesTotal(1).value == 6);
    CHECK(breakdown.total().rows == QList<int>{0, 1, 2});
    CHECK(breakdown.isIllustrative());

    // Adding an existing key gives its index; a new category gets empty figures in every series.
    CHECK(breakdown.addCategory({QStringLiteral("a"), QStringLiteral("again")}) == 0);
    const int c = breakdown.addCategory({QStringLiteral("c"), QStringLiteral("C")});
    CHECK(c == 2);
    CHECK(breakdown.at(1, c).isEmpty());
    CHECK(breakdown.categoryIndex(QStringLiteral("missing")) == -1);

    breakdown.sortCategoriesByTotal();
    CHECK(breakdown.categories().at(0).key == QStringLiteral("b"));
    CHECK(breakdown.at(1, 0).value == 4); // the figures moved with their category
    CHECK(breakdown.categories().at(2).key == QStringLiteral("c"));
}

TEST_CASE("natural order puts district 10 after district 9, ignoring case", "[dashboard][breakdown]")
{
    QStringList values{QStringLiteral("10"), QStringLiteral("9"), QStringLiteral("LD 10"), QStringLiteral("ld 2"),
                       QStringLiteral("007"), QStringLiteral("B"), QStringLiteral("a")};
    std::sort(values.begin(), values.end(), NaturalOrder());
    CHECK(values == QStringList{QStringLiteral("007"), QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("a"),
                                QStringLiteral("B"), QStringLiteral("ld 2"), QStringLiteral("LD 10")});
    CHECK(NaturalOrder::compare(QStringLiteral("NE"), QStringLiteral("ne")) == 0);

    Breakdown breakdown({}, {{QStringLiteral("s"), QStringLiteral("S")}});
    for (const char *key : {"w", "10", "2", "e"})
        breakdown.addCategory({QString::fromLatin1(key), QString::fromLatin1(key)});
    breakdown.sortCategoriesByKey();
    QStringList keys;
    for (const Breakdown::Label &label : breakdown.categories())
        keys.append(label.key);
    CHECK(keys == QStringList{QStringLiteral("2"), QStringLiteral("10"), QStringLiteral("e"), QStringLiteral("w")});
}
