// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "report/timetiling.h"

#include <algorithm>
#include <cmath>

using namespace milepost;

namespace {

void requireCovers(const QList<TimeTiling::Tile> &tiles, const QDate &first, const QDate &last, double width)
{
    REQUIRE_FALSE(tiles.isEmpty());
    CHECK(tiles.first().first == first);
    CHECK(tiles.last().last == last);
    for (int i = 0; i < tiles.size(); ++i) {
        CHECK(tiles[i].width <= width + 1e-6);
        CHECK(tiles[i].first <= tiles[i].last);
        if (i > 0)
            CHECK(tiles[i - 1].last.addDays(1) == tiles[i].first);
    }
}

} // namespace

TEST_CASE("fit to width puts the whole range on one page", "[report][tiling]")
{
    const QDate first(2022, 4, 1);
    const QDate last(2024, 6, 30);
    const double scale = TimeTiling::fitPointsPerDay(first, last, 500);
    const auto tiles = TimeTiling::tile(first, last, 500, scale);
    REQUIRE(tiles.size() == 1);
    CHECK(std::abs(tiles.first().width - 500) < 1e-6);
    requireCovers(tiles, first, last, 500);
}

TEST_CASE("readable scale tiles across on quarter boundaries", "[report][tiling]")
{
    // One point a day, 500 points a page: five quarters (455 days at most) fit, six do not, so
    // nine quarters take two pages, cut as evenly as quarters allow: five and four.
    const QDate first(2022, 4, 1);
    const QDate last(2024, 6, 30);
    const auto tiles = TimeTiling::tile(first, last, 500, 1.0);
    REQUIRE(tiles.size() == 2);
    CHECK(tiles[0].first == QDate(2022, 4, 1));
    CHECK(tiles[0].last == QDate(2023, 6, 30));
    CHECK(tiles[1].first == QDate(2023, 7, 1));
    CHECK(tiles[1].last == QDate(2024, 6, 30));
    requireCovers(tiles, first, last, 500);
}

TEST_CASE("a readable scale is widened until the widest tile fills the page, with no more tiles", "[report][tiling]")
{
    // Seven quarters at one point a day on 500-point pages: two tiles, 4 + 3 quarters, the first
    // 365 points wide. Widened, the first tile fills the page and there are still two.
    const QDate first(2022, 4, 1);
    const QDate last(2023, 12, 31);
    REQUIRE(TimeTiling::tile(first, last, 500, 1.0).size() == 2);
    const double scale = TimeTiling::fillPointsPerDay(first, last, 500, 1.0);
    CHECK(scale > 1.3);
    const auto tiles = TimeTiling::tile(first, last, 500, scale);
    requireCovers(tiles, first, last, 500);
    REQUIRE(tiles.size() == 2);
    double widest = 0;
    for (const auto &tile : tiles)
        widest = std::max(widest, tile.width);
    CHECK(widest > 500 * 0.97);
    // One point a day more would need a third tile.
    CHECK(TimeTiling::tile(first, last, 500, scale * 1.01).size() > 2);
    // A range that already fills its tiles stays at its scale; an impossible one too.
    CHECK(TimeTiling::fillPointsPerDay(first, first, 500, 600) == 600);
}

TEST_CASE("the last page across is not a sliver", "[report][tiling]")
{
    // Sixteen quarters at five a page: four pages of four, not 5 + 5 + 5 + 1.
    const QDate first(2020, 1, 1);
    const QDate last(2023, 12, 31);
    const auto tiles = TimeTiling::tile(first, last, 520, 1.0);
    requireCovers(tiles, first, last, 520);
    REQUIRE(tiles.size() == 4);
    for (const auto &tile : tiles) {
        CHECK(tile.first.day() == 1);
        CHECK((tile.first.month() - 1) % 3 == 0);
        CHECK(tile.first.addMonths(12) == tile.last.addDays(1));
    }
}

TEST_CASE("a range starting mid-quarter ends its first tile on a quarter boundary", "[report][tiling]")
{
    const QDate first(2022, 6, 15);
    const QDate last(2023, 12, 31);
    const auto tiles = TimeTiling::tile(first, last, 200, 1.0);
    requireCovers(tiles, first, last, 200);
    CHECK(tiles[0].last == QDate(2022, 12, 31)); // June 15 to December 31 is 200 days
    for (int i = 1; i < tiles.size(); ++i)
        CHECK((tiles[i].first.month() - 1) % 3 == 0);
}

TEST_CASE("when no quarter fits, months, and when no month fits, days", "[report][tiling]")
{
    const QDate first(2022, 1, 1);
    const QDate last(2022, 12, 31);
    // 40 points: one month at most (59 days for two would not fit).
    const auto months = TimeTiling::tile(first, last, 40, 1.0);
    requireCovers(months, first, last, 40);
    for (const auto &tile : months)
        CHECK(tile.first.day() == 1);
    CHECK(months.size() == 12);

    // 20 points: cut where the width runs out, or at the start of a month within reach.
    const auto days = TimeTiling::tile(first, last, 20, 1.0);
    requireCovers(days, first, last, 20);
    CHECK(days.size() >= (365 + 19) / 20);
    for (const auto &tile : days)
        CHECK(tile.dayCount() <= 20);
}

TEST_CASE("an empty or impossible range gives no tiles", "[report][tiling]")
{
    CHECK(TimeTiling::tile(QDate(2022, 2, 1), QDate(2022, 1, 1), 100, 1).isEmpty());
    CHECK(TimeTiling::tile(QDate(), QDate(2022, 1, 1), 100, 1).isEmpty());
    CHECK(TimeTiling::tile(QDate(2022, 1, 1), QDate(2022, 1, 1), 0.5, 1).isEmpty());
}
