// SPDX-License-Identifier: GPL-3.0-or-later
// A month or a fiscal year in a dataset's date: the day that stands for it, how it is stored,
// and the text Milepost's own CSV writes for it, which reads back as the same period.
#include "catchcompat.h"

#include "datasets/dateprecision.h"
#include "datasets/period.h"

using namespace milepost;

TEST_CASE("a month or a fiscal year stands for its first day in a start and its last in an end",
          "[datasets][dates][precision]")
{
    const Period may = Period::parse(QStringLiteral("May 2009"));
    CHECK(DatePrecisions::of(may) == DatePrecision::Month);
    CHECK(DatePrecisions::standIn(may, false) == QDate(2009, 5, 1));
    CHECK(DatePrecisions::standIn(may, true) == QDate(2009, 5, 31));
    const Period fiscal = Period::parse(QStringLiteral("FY2012"));
    CHECK(DatePrecisions::of(fiscal) == DatePrecision::Year);
    CHECK(DatePrecisions::standIn(fiscal, false) == QDate(2011, 7, 1));
    CHECK(DatePrecisions::standIn(fiscal, true) == QDate(2012, 6, 30));
    CHECK(DatePrecisions::of(Period::parse(QStringLiteral("2022-03-15/2022-06-30"))) == DatePrecision::Day);
    CHECK(DatePrecisions::of(Period()) == DatePrecision::Day);
    // February of a leap year ends on the 29th.
    CHECK(DatePrecisions::standIn(Period::month(2024, 2), true) == QDate(2024, 2, 29));
}

TEST_CASE("a precision is stored as a word and read back", "[datasets][dates][precision]")
{
    for (const DatePrecision precision : {DatePrecision::Day, DatePrecision::Month, DatePrecision::Year})
        CHECK(DatePrecisions::fromStorageKey(DatePrecisions::storageKey(precision)) == precision);
    CHECK(DatePrecisions::storageKey(DatePrecision::Day).empty());
    CHECK(DatePrecisions::storageKey(DatePrecision::Month) == "month");
    CHECK(DatePrecisions::fromStorageKey("fortnight") == DatePrecision::Day);
}

TEST_CASE("the CSV text of a date reads back as the same day, month or year", "[datasets][dates][precision]")
{
    CHECK(DatePrecisions::csvText(QDate(2009, 5, 14), DatePrecision::Day) == QStringLiteral("2009-05-14"));
    CHECK(DatePrecisions::csvText(QDate(2009, 5, 31), DatePrecision::Month) == QStringLiteral("May 2009"));
    CHECK(DatePrecisions::csvText(QDate(2011, 7, 1), DatePrecision::Year) == QStringLiteral("FY2012"));
    CHECK(DatePrecisions::csvText(QDate(2012, 6, 30), DatePrecision::Year) == QStringLiteral("FY2012"));
    // Every month of a span of years, from either end: "2011-12" would read as a school year.
    for (QDate first(1999, 1, 1); first < QDate(2031, 1, 1); first = first.addMonths(1)) {
        const QDate last = first.addDays(first.daysInMonth() - 1);
        for (const QDate day : {first, last}) {
            const Period month = Period::parse(DatePrecisions::csvText(day, DatePrecision::Month));
            INFO(day.toString(Qt::ISODate).toStdString());
            REQUIRE(month.kind() == Period::Kind::Month);
            CHECK(month.first() == first);
            CHECK(month.last() == last);
            const Period year = Period::parse(DatePrecisions::csvText(day, DatePrecision::Year));
            REQUIRE(year.kind() == Period::Kind::SchoolYear);
            CHECK(year == DatePrecisions::periodOf(day, DatePrecision::Year));
            CHECK(year.first() <= day);
            CHECK(year.last() >= day);
        }
    }
}
