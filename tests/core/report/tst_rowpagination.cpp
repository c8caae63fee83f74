// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "report/rowpagination.h"

#include <QRandomGenerator>

#include <cmath>

using namespace milepost;

namespace {

QList<RowPagination::Row> rowsOf(std::initializer_list<double> heights)
{
    QList<RowPagination::Row> rows;
    for (double height : heights)
        rows.append({height, -1, false});
    return rows;
}

// The facts every pagination must have, whatever the input.
void requireSound(const RowPagination::Input &input, const QList<RowPagination::Page> &pages)
{
    int expectedFirst = 0;
    for (int p = 0; p < pages.size(); ++p) {
        const auto &page = pages.at(p);
        INFO("page " << p + 1);
        // Contiguous, every row exactly once, none lost.
        REQUIRE(page.firstRow == expectedFirst);
        REQUIRE(page.rowCount >= 1);
        expectedFirst += page.rowCount;
        // No row straddles: header, continuation label and whole rows fit the page, unless one
        // row alone is taller than a page.
        double used = input.headerHeight;
        if (page.continuedGroup >= 0)
            used += input.continuationHeights.value(page.continuedGroup);
        for (int r = page.firstRow; r < page.firstRow + page.rowCount; ++r)
            used += input.rows.at(r).height;
        CHECK(std::abs(used - page.usedHeight) < 1e-9);
        const double height = p == 0 && input.firstPageHeight >= 0 ? input.firstPageHeight : input.pageHeight;
        if (page.oversized)
            CHECK(page.rowCount == 1);
        else
            CHECK(used <= height + 1e-6);
        // A page ends only where the next row would not have fitted.
        // (Balanced pages end earlier; with balanceTail, the last two may.)
        const bool mayEndEarly = input.balance || (input.balanceTail && p + 2 >= pages.size());
        if (!mayEndEarly && p + 1 < pages.size() && !page.oversized) {
            const auto &next = input.rows.at(page.firstRow + page.rowCount);
            CHECK((next.keepWithNext || used + next.height > height));
        }
    }
    REQUIRE(expectedFirst == input.rows.size());
}

} // namespace

TEST_CASE("rows fill pages under a repeated header and none straddles a break", "[report][pagination]")
{
    RowPagination::Input input;
    input.pageHeight = 100;
    input.headerHeight = 20;
    input.rows = rowsOf({30, 30, 30, 10, 40, 40, 40});
    const auto pages = RowPagination::paginate(input);
    // 20 + 30 + 30 = 80, + 30 would be 110: the third row starts page 2 with 20 + 30 + 10 + 40 = 100.
    REQUIRE(pages.size() == 3);
    CHECK(pages[0].firstRow == 0);
    CHECK(pages[0].rowCount == 2);
    CHECK(pages[1].firstRow == 2);
    CHECK(pages[1].rowCount == 3);
    CHECK(pages[1].usedHeight == 100);
    CHECK(pages[2].firstRow == 5);
    CHECK(pages[2].rowCount == 2);
    requireSound(input, pages);
}

TEST_CASE("the page count is what the heights give", "[report][pagination]")
{
    // 600 points of rows of 18 points under a 30-point header: 31 rows a page.
    RowPagination::Input input;
    input.pageHeight = 600;
    input.headerHeight = 30;
    for (int i = 0; i < 1000; ++i)
        input.rows.append({18, -1, false});
    const auto pages = RowPagination::paginate(input);
    const int perPage = int((600 - 30) / 18);
    CHECK(perPage == 31);
    CHECK(pages.size() == (1000 + perPage - 1) / perPage);
    for (int p = 0; p + 1 < pages.size(); ++p)
        CHECK(pages[p].rowCount == perPage);
    CHECK(pages.last().rowCount == 1000 - (pages.size() - 1) * perPage);
    requireSound(input, pages);
}

TEST_CASE("the first page may have less room", "[report][pagination]")
{
    RowPagination::Input input;
    input.pageHeight = 100;
    input.firstPageHeight = 50;
    input.headerHeight = 10;
    input.rows = rowsOf({20, 20, 20, 20, 20});
    const auto pages = RowPagination::paginate(input);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].rowCount == 2);
    CHECK(pages[1].rowCount == 3);
    requireSound(input, pages);
}

TEST_CASE("a row taller than a page goes alone and is marked", "[report][pagination]")
{
    RowPagination::Input input;
    input.pageHeight = 100;
    input.headerHeight = 20;
    input.rows = rowsOf({10, 150, 10});
    const auto pages = RowPagination::paginate(input);
    REQUIRE(pages.size() == 3);
    CHECK_FALSE(pages[0].oversized);
    CHECK(pages[1].oversized);
    CHECK(pages[1].rowCount == 1);
    CHECK(pages[1].firstRow == 1);
    requireSound(input, pages);
}

TEST_CASE("a group label is not left alone at the bottom and is repeated when its rows continue",
          "[report][pagination]")
{
    RowPagination::Input input;
    input.pageHeight = 100;
    input.headerHeight = 10;
    input.continuationHeights = {15, 15};
    // Group 0: label and three rows; group 1: label and three rows.
    input.rows = {{20, 0, true}, {20, 0, false}, {20, 0, false}, {20, 0, false},
                  {20, 1, true}, {20, 1, false}, {20, 1, false}, {20, 1, false}};
    const auto pages = RowPagination::paginate(input);
    // Page 1: header 10 + the four rows of group 0 = 90; group 1's label would fit but not with
    // its first row, so both move. Page 2: 10 + 4 × 20 = 90.
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].rowCount == 4);
    CHECK(pages[1].firstRow == 4);
    CHECK(pages[1].continuedGroup == -1); // starts with its own label

    input.pageHeight = 75;
    const auto small = RowPagination::paginate(input);
    // 10 + 20 + 20 + 20 = 70; the next page continues group 0 under its label: 10 + 15 + 20 = 45,
    // then group 1's label and first row (40) would make 85 > 75.
    REQUIRE(small.size() >= 3);
    CHECK(small[0].rowCount == 3);
    CHECK(small[1].firstRow == 3);
    CHECK(small[1].continuedGroup == 0);
    CHECK(small[1].rowCount == 1);
    CHECK(small[2].firstRow == 4);
    requireSound(input, small);
}

TEST_CASE("balanced pages share the rows evenly over as few pages", "[report][pagination]")
{
    RowPagination::Input input;
    input.pageHeight = 95;
    input.headerHeight = 5;
    for (int i = 0; i < 10; ++i)
        input.rows.append({10, -1, false});
    const auto filled = RowPagination::paginate(input);
    REQUIRE(filled.size() == 2);
    CHECK(filled[0].rowCount == 9);
    CHECK(filled[1].rowCount == 1);

    input.balance = true;
    const auto balanced = RowPagination::paginate(input);
    REQUIRE(balanced.size() == 2);
    CHECK(balanced[0].rowCount == 5);
    CHECK(balanced[1].rowCount == 5);
    requireSound(input, balanced);
}

TEST_CASE("a tail-balanced pagination fills every page but shares a short last page with the one before",
          "[report][pagination]")
{
    RowPagination::Input input;
    input.pageHeight = 95;
    input.headerHeight = 5;
    input.balanceTail = true;
    // 9 rows a page: 29 rows fill three pages and leave 2 on a fourth, less than a third full.
    for (int i = 0; i < 29; ++i)
        input.rows.append({10, -1, false});
    const auto pages = RowPagination::paginate(input);
    requireSound(input, pages);
    REQUIRE(pages.size() == 4);
    CHECK(pages[0].rowCount == 9);
    CHECK(pages[1].rowCount == 9);
    CHECK(pages[2].rowCount == 6);
    CHECK(pages[3].rowCount == 5);

    // A last page a third full or more is left as it is.
    input.rows.append({10, -1, false});
    input.rows.append({10, -1, false});
    const auto kept = RowPagination::paginate(input);
    requireSound(input, kept);
    REQUIRE(kept.size() == 4);
    CHECK(kept[2].rowCount == 9);
    CHECK(kept[3].rowCount == 4);
}

TEST_CASE("random heights always paginate soundly", "[report][pagination]")
{
    QRandomGenerator random(20220601);
    for (int round = 0; round < 200; ++round) {
        RowPagination::Input input;
        input.pageHeight = 200 + random.bounded(400);
        input.firstPageHeight = random.bounded(2) ? -1 : input.pageHeight - random.bounded(150);
        input.headerHeight = 10 + random.bounded(30);
        input.balance = random.bounded(2) == 1;
        int group = -1;
        const int rowCount = 1 + random.bounded(300);
        for (int i = 0; i < rowCount; ++i) {
            const bool label = random.bounded(8) == 0;
            if (label) {
                ++group;
                input.continuationHeights.append(12 + random.bounded(10));
            }
            input.rows.append({12.0 + random.bounded(60.0) + (random.bounded(50) == 0 ? 600 : 0), group, label});
        }
        INFO("round " << round);
        requireSound(input, RowPagination::paginate(input));
    }
}
