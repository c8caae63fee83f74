// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "time/quartercalendar.h"

using milepost::QuarterCalendar;
using milepost::YearQuarter;

namespace {
struct QuarterCase
{
    QDate date;
    int firstMonth;
    YearQuarter expected;
    const char *label;
};
} // namespace

TEST_CASE("calendar and fiscal quarters of a date", "[time][quarter]")
{
    const QuarterCase cases[] = {
        {QDate(2022, 1, 1), 1, {2022, 1}, "2022 Q1"},
        {QDate(2022, 3, 31), 1, {2022, 1}, "2022 Q1"},
        {QDate(2022, 4, 1), 1, {2022, 2}, "2022 Q2"},
        {QDate(2022, 9, 30), 1, {2022, 3}, "2022 Q3"},
        {QDate(2022, 12, 31), 1, {2022, 4}, "2022 Q4"},
        {QDate(2024, 2, 29), 1, {2024, 1}, "2024 Q1"}, // leap day
        // Fiscal year from July 1, named after the year it ends in.
        {QDate(2022, 6, 30), 7, {2022, 4}, "FY22 Q4"},
        {QDate(2022, 7, 1), 7, {2023, 1}, "FY23 Q1"},
        {QDate(2022, 9, 30), 7, {2023, 1}, "FY23 Q1"},
        {QDate(2022, 10, 1), 7, {2023, 2}, "FY23 Q2"},
        {QDate(2022, 12, 31), 7, {2023, 2}, "FY23 Q2"},
        {QDate(2023, 1, 1), 7, {2023, 3}, "FY23 Q3"},
        {QDate(2024, 2, 29), 7, {2024, 3}, "FY24 Q3"},
        {QDate(2023, 4, 1), 7, {2023, 4}, "FY23 Q4"},
        // A federal-style fiscal year from October 1.
        {QDate(2022, 10, 1), 10, {2023, 1}, "FY23 Q1"},
        {QDate(2022, 9, 30), 10, {2022, 4}, "FY22 Q4"},
        {QDate(1999, 12, 31), 7, {2000, 2}, "FY00 Q2"},
    };
    for (const QuarterCase &c : cases) {
        const QuarterCalendar calendar = c.firstMonth == 1 ? QuarterCalendar::calendar() : QuarterCalendar::fiscal(c.firstMonth);
        INFO(c.date.toString(Qt::ISODate).toStdString() << " fiscal start " << c.firstMonth);
        const YearQuarter q = calendar.quarterOf(c.date);
        CHECK(q.year == c.expected.year);
        CHECK(q.quarter == c.expected.quarter);
        CHECK(calendar.label(q) == QString::fromUtf8(c.label));
        CHECK(calendar.firstDay(q) <= c.date);
        CHECK(calendar.lastDay(q) >= c.date);
    }
}

TEST_CASE("quarter boundaries are the first and last days of three months", "[time][quarter]")
{
    const auto calendar = QuarterCalendar::calendar();
    CHECK(calendar.firstDay({2024, 1}) == QDate(2024, 1, 1));
    CHECK(calendar.lastDay({2024, 1}) == QDate(2024, 3, 31));
    CHECK(calendar.lastDay({2023, 1}) == QDate(2023, 3, 31));
    CHECK(calendar.lastDay({2022, 2}) == QDate(2022, 6, 30));
    CHECK(calendar.lastDay({2022, 4}) == QDate(2022, 12, 31));

    const auto fiscal = QuarterCalendar::fiscal(7);
    CHECK(fiscal.firstDay({2023, 1}) == QDate(2022, 7, 1));
    CHECK(fiscal.lastDay({2023, 1}) == QDate(2022, 9, 30));
    CHECK(fiscal.firstDay({2023, 3}) == QDate(2023, 1, 1));
    CHECK(fiscal.lastDay({2024, 3}) == QDate(2024, 3, 31));
    CHECK(fiscal.lastDay({2023, 4}) == QDate(2023, 6, 30));
    CHECK(fiscal.firstDayOfYear(2023) == QDate(2022, 7, 1));
    CHECK(fiscal.yearOf(QDate(2022, 7, 1)) == 2023);
    CHECK(fiscal.yearOf(QDate(2022, 6, 30)) == 2022);
}

TEST_CASE("fiscal and calendar quarters convert into each other", "[time][quarter]")
{
    const auto fiscal = QuarterCalendar::fiscal(7);
    CHECK(fiscal.fromCalendarQuarter({2022, 3}) == YearQuarter{2023, 1});
    CHECK(fiscal.fromCalendarQuarter({2023, 2}) == YearQuarter{2023, 4});
    CHECK(fiscal.toCalendarQuarter({2023, 2}) == YearQuarter{2022, 4});
    for (int ordinal = YearQuarter{2019, 1}.ordinal(); ordinal < YearQuarter{2026, 1}.ordinal(); ++ordinal) {
        const YearQuarter q = YearQuarter::fromOrdinal(ordinal);
        CHECK(fiscal.toCalendarQuarter(fiscal.fromCalendarQuarter(q)) == q);
    }
}

TEST_CASE("quarters step across year ends", "[time][quarter]")
{
    CHECK(YearQuarter{2022, 4}.next() == YearQuarter{2023, 1});
    CHECK(YearQuarter{2023, 1}.previous() == YearQuarter{2022, 4});
    CHECK(YearQuarter{2022, 3}.next().next() == YearQuarter{2023, 1});
    CHECK(YearQuarter::fromOrdinal(YearQuarter{2022, 3}.ordinal()) == YearQuarter{2022, 3});
    CHECK(YearQuarter{2023, 1}.ordinal() - YearQuarter{2022, 2}.ordinal() == 3);
    CHECK_FALSE(YearQuarter{}.isValid());
    CHECK(QuarterCalendar::calendar().label({}).isEmpty());
}
