// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "timeline/quartertimescale.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace milepost;
using Unit = TimeScaleTier::Unit;

// Catch2's Approx lives in different headers in v2 and v3; this is all the tests need.
inline bool nearlyEqual(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

namespace {

// Month names in the labels come from the locale: the expectations below are English.
struct EnglishLocale
{
    EnglishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    ~EnglishLocale() { QLocale::setDefault(QLocale::system()); }
};

QList<Unit> unitsOf(const QList<TimeScaleTier> &tiers)
{
    QList<Unit> units;
    for (const TimeScaleTier &tier : tiers)
        units << tier.unit;
    return units;
}

const TimeScaleCell *cellContaining(const TimeScaleTier &tier, const QDate &date)
{
    for (const TimeScaleCell &cell : tier.cells) {
        if (cell.first <= date && date <= cell.last)
            return &cell;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the scale maps a date to x and back at every zoom", "[timeline][scale]")
{
    for (qreal zoom : {0.05, 0.3, 1.0, 2.0, 7.5, 60.0}) {
        const QuarterTimeScale scale(QuarterCalendar::calendar(), zoom);
        INFO("pixels per day " << zoom);
        for (QDate date(1998, 2, 27); date < QDate(2031, 1, 1); date = date.addDays(37)) {
            const qreal x = scale.toX(date);
            CHECK(scale.toDate(x) == date);
            // Every x inside the day maps back to it; just before is the day before.
            CHECK(scale.toDate(x + zoom * 0.999) == date);
            CHECK(scale.toDate(x - zoom * 0.001) == date.addDays(-1));
            CHECK(nearlyEqual(scale.toX(date.addDays(1)) - x, zoom));
        }
    }
}

TEST_CASE("the origin is x = 0 and the zoom is clamped to weeks ... decades", "[timeline][scale]")
{
    QuarterTimeScale scale(QuarterCalendar::calendar(), 2.0, QDate(2022, 1, 1));
    CHECK(scale.toX(QDate(2022, 1, 1)) == 0);
    CHECK(scale.toX(QDate(2021, 12, 31)) == -2);
    CHECK(scale.toX(QDate(2023, 1, 1)) == 730);
    scale.setPixelsPerDay(1000);
    CHECK(scale.pixelsPerDay() == QuarterTimeScale::maximumPixelsPerDay);
    scale.setPixelsPerDay(0.0001);
    CHECK(scale.pixelsPerDay() == QuarterTimeScale::minimumPixelsPerDay);
    scale.setPixelsPerDay(std::numeric_limits<qreal>::quiet_NaN());
    CHECK(scale.pixelsPerDay() == QuarterTimeScale::defaultPixelsPerDay);
    CHECK(nearlyEqual(QuarterTimeScale::pixelsPerDayToFit(QDate(2022, 1, 1), QDate(2022, 12, 31), 730), 2.0));
}

TEST_CASE("calendar quarter cells start and end on quarter boundaries", "[timeline][scale]")
{
    const EnglishLocale english;
    const QuarterTimeScale scale(QuarterCalendar::calendar(), 2.0);
    const QList<TimeScaleTier> tiers = scale.tiers(QDate(2022, 5, 15), QDate(2023, 2, 1));
    REQUIRE(unitsOf(tiers) == QList<Unit>{Unit::Year, Unit::Quarter, Unit::Month});
    const TimeScaleTier &quarters = tiers.at(1);
    REQUIRE(quarters.cells.size() == 4); // 2022 Q2 (whole, though the range starts mid-May) ... 2023 Q1
    CHECK(quarters.cells.at(0).first == QDate(2022, 4, 1));
    CHECK(quarters.cells.at(0).last == QDate(2022, 6, 30));
    CHECK(quarters.cells.at(1).first == QDate(2022, 7, 1));
    CHECK(quarters.cells.at(1).last == QDate(2022, 9, 30));
    CHECK(quarters.cells.at(1).labels == QStringList{QStringLiteral("2022 Q3"), QStringLiteral("Q3")});
    CHECK(quarters.cells.at(3).labels.constFirst() == QStringLiteral("2023 Q1"));
    CHECK(quarters.cells.at(3).last == QDate(2023, 3, 31));

    const TimeScaleTier &years = tiers.at(0);
    REQUIRE(years.cells.size() == 2);
    CHECK(years.cells.at(0).first == QDate(2022, 1, 1));
    CHECK(years.cells.at(0).last == QDate(2022, 12, 31));
    CHECK(years.cells.at(0).labels == QStringList{QStringLiteral("2022"), QStringLiteral("’22")});
}

TEST_CASE("fiscal quarters follow the fiscal year's first month", "[timeline][scale][fiscal]")
{
    const EnglishLocale english;
    SECTION("July: FY23 Q1 is July to September 2022")
    {
        const QuarterTimeScale scale(QuarterCalendar::fiscal(7), 2.0);
        const QList<TimeScaleTier> tiers = scale.tiers(QDate(2022, 6, 30), QDate(2023, 7, 1));
        REQUIRE(unitsOf(tiers) == QList<Unit>{Unit::Year, Unit::Quarter, Unit::Month});
        const TimeScaleCell *q1 = cellContaining(tiers.at(1), QDate(2022, 7, 1));
        REQUIRE(q1);
        CHECK(q1->first == QDate(2022, 7, 1));
        CHECK(q1->last == QDate(2022, 9, 30));
        CHECK(q1->labels == QStringList{QStringLiteral("FY23 Q1 · Jul–Sep 2022"), QStringLiteral("FY23 Q1"),
                                        QStringLiteral("Q1")});
        // The day before belongs to the last quarter of FY22.
        const TimeScaleCell *q4 = cellContaining(tiers.at(1), QDate(2022, 6, 30));
        REQUIRE(q4);
        CHECK(q4->labels.at(1) == QStringLiteral("FY22 Q4"));
        CHECK(q4->first == QDate(2022, 4, 1));
        const TimeScaleCell *q3 = cellContaining(tiers.at(1), QDate(2023, 1, 1));
        REQUIRE(q3);
        CHECK(q3->labels.at(1) == QStringLiteral("FY23 Q3"));

        const TimeScaleCell *fy23 = cellContaining(tiers.at(0), QDate(2022, 7, 1));
        REQUIRE(fy23);
        CHECK(fy23->first == QDate(2022, 7, 1));
        CHECK(fy23->last == QDate(2023, 6, 30));
        CHECK(fy23->labels == QStringList{QStringLiteral("FY23 · July 2022 – June 2023"), QStringLiteral("FY23")});
        CHECK(cellContaining(tiers.at(0), QDate(2022, 6, 30))->labels.at(1) == QStringLiteral("FY22"));
    }
    SECTION("October: FY23 Q1 is October to December 2022")
    {
        const QuarterTimeScale scale(QuarterCalendar::fiscal(10), 2.0);
        const QList<TimeScaleTier> tiers = scale.tiers(QDate(2022, 9, 1), QDate(2022, 12, 31));
        const TimeScaleCell *q1 = cellContaining(tiers.at(1), QDate(2022, 10, 1));
        REQUIRE(q1);
        CHECK(q1->labels.at(1) == QStringLiteral("FY23 Q1"));
        CHECK(q1->first == QDate(2022, 10, 1));
        CHECK(q1->last == QDate(2022, 12, 31));
        CHECK(cellContaining(tiers.at(1), QDate(2022, 9, 30))->labels.at(1) == QStringLiteral("FY22 Q4"));
    }
}

TEST_CASE("header tiers and labels at each zoom, from decades to weeks", "[timeline][scale][header]")
{
    const EnglishLocale english;
    const QDate first(2022, 7, 1); // a Friday
    const QDate last(2022, 8, 31);
    struct ZoomCase
    {
        qreal pixelsPerDay;
        QList<Unit> units;
        QStringList finestLabels; // of the cell holding July 1, 2022
    };
    const ZoomCase cases[] = {
        {0.05, {Unit::Year}, {QStringLiteral("2022"), QStringLiteral("’22")}},
        {0.3, {Unit::Year}, {QStringLiteral("2022"), QStringLiteral("’22")}},
        {0.4, {Unit::Year, Unit::Quarter}, {QStringLiteral("2022 Q3"), QStringLiteral("Q3")}},
        {1.0, {Unit::Year, Unit::Quarter, Unit::Month},
         {QStringLiteral("July 2022"), QStringLiteral("Jul 2022"), QStringLiteral("Jul"), QStringLiteral("J")}},
        {5.0, {Unit::Year, Unit::Quarter, Unit::Month},
         {QStringLiteral("July 2022"), QStringLiteral("Jul 2022"), QStringLiteral("Jul"), QStringLiteral("J")}},
        // Weeks start on Monday: July 1, 2022 is in the week of June 27.
        {5.2, {Unit::Quarter, Unit::Month, Unit::Week}, {QStringLiteral("Jun 27"), QStringLiteral("27")}},
        {60.0, {Unit::Quarter, Unit::Month, Unit::Week}, {QStringLiteral("Jun 27"), QStringLiteral("27")}},
    };
    for (const ZoomCase &c : cases) {
        INFO("pixels per day " << c.pixelsPerDay);
        const QuarterTimeScale scale(QuarterCalendar::calendar(), c.pixelsPerDay);
        const QList<TimeScaleTier> tiers = scale.tiers(first, last);
        CHECK(unitsOf(tiers) == c.units);
        const TimeScaleCell *cell = cellContaining(tiers.constLast(), first);
        REQUIRE(cell);
        CHECK(cell->labels == c.finestLabels);
        // Cells of every tier are contiguous and cover the range.
        for (const TimeScaleTier &tier : tiers) {
            REQUIRE_FALSE(tier.cells.isEmpty());
            CHECK(tier.cells.constFirst().first <= first);
            CHECK(tier.cells.constLast().last >= last);
            for (qsizetype i = 1; i < tier.cells.size(); ++i)
                CHECK(tier.cells.at(i).first == tier.cells.at(i - 1).last.addDays(1));
        }
    }
}

TEST_CASE("a week cell is Monday to Sunday and months have their real lengths", "[timeline][scale][header]")
{
    const EnglishLocale english;
    const QuarterTimeScale scale(QuarterCalendar::calendar(), 10.0);
    const QList<TimeScaleTier> tiers = scale.tiers(QDate(2024, 2, 20), QDate(2024, 3, 5));
    REQUIRE(unitsOf(tiers) == QList<Unit>{Unit::Quarter, Unit::Month, Unit::Week});
    for (const TimeScaleCell &week : tiers.at(2).cells) {
        CHECK(week.first.dayOfWeek() == 1);
        CHECK(week.last == week.first.addDays(6));
    }
    const TimeScaleCell *february = cellContaining(tiers.at(1), QDate(2024, 2, 20));
    REQUIRE(february);
    CHECK(february->last == QDate(2024, 2, 29)); // a leap year
    CHECK(february->labels.constFirst() == QStringLiteral("February 2024"));
}
