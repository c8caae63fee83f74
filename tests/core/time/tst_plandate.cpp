// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "time/plandate.h"

using milepost::PlanDate;
using milepost::TwoDigitYearRule;
using milepost::YearQuarter;
using Kind = PlanDate::Kind;
using Problem = PlanDate::Problem;

namespace {
struct DateCase
{
    const char *text;
    Kind kind;
    QDate first;
    QDate last;
};
} // namespace

TEST_CASE("plan dates read every form the report uses", "[time][plandate]")
{
    const DateCase cases[] = {
        {"6/01/22", Kind::Exact, QDate(2022, 6, 1), QDate(2022, 6, 1)},
        {"09/01/22", Kind::Exact, QDate(2022, 9, 1), QDate(2022, 9, 1)},
        {"7/1/22", Kind::Exact, QDate(2022, 7, 1), QDate(2022, 7, 1)},
        {"3/5/22", Kind::Exact, QDate(2022, 3, 5), QDate(2022, 3, 5)},
        {"1/16/20", Kind::Exact, QDate(2020, 1, 16), QDate(2020, 1, 16)},
        {"02/28/23", Kind::Exact, QDate(2023, 2, 28), QDate(2023, 2, 28)},
        {"2/29/24", Kind::Exact, QDate(2024, 2, 29), QDate(2024, 2, 29)},
        {"12/31/2022", Kind::Exact, QDate(2022, 12, 31), QDate(2022, 12, 31)},
        {"2022-06-01", Kind::Exact, QDate(2022, 6, 1), QDate(2022, 6, 1)},
        {"Q2-22", Kind::Quarter, QDate(2022, 4, 1), QDate(2022, 6, 30)},
        {"Q1-23", Kind::Quarter, QDate(2023, 1, 1), QDate(2023, 3, 31)},
        {"q4 2023", Kind::Quarter, QDate(2023, 10, 1), QDate(2023, 12, 31)},
        {"2022 Q3", Kind::Quarter, QDate(2022, 7, 1), QDate(2022, 9, 30)},
        {"2022-Q3", Kind::Quarter, QDate(2022, 7, 1), QDate(2022, 9, 30)},
        {"June 2023", Kind::Month, QDate(2023, 6, 1), QDate(2023, 6, 30)},
        {"Feb 2024", Kind::Month, QDate(2024, 2, 1), QDate(2024, 2, 29)},
        {"2023-02", Kind::Month, QDate(2023, 2, 1), QDate(2023, 2, 28)},
        {"August 5, 2022", Kind::Exact, QDate(2022, 8, 5), QDate(2022, 8, 5)},
        {"June 21, 2022", Kind::Exact, QDate(2022, 6, 21), QDate(2022, 6, 21)},
        {"Ongoing", Kind::Ongoing, {}, {}},
        {" ongoing ", Kind::Ongoing, {}, {}},
        {"N/A", Kind::NotApplicable, {}, {}},
        {"n/a", Kind::NotApplicable, {}, {}},
    };
    for (const DateCase &c : cases) {
        const QString text = QString::fromUtf8(c.text);
        INFO(c.text);
        const PlanDate date = PlanDate::parse(text);
        CHECK(date.kind() == c.kind);
        CHECK(date.isValid());
        CHECK(date.problem() == Problem::None);
        CHECK(date.firstDay() == c.first);
        CHECK(date.lastDay() == c.last);
        CHECK(date.raw() == text.trimmed());
        // The canonical text reads back as the same value.
        CHECK(PlanDate::parse(date.canonical()) == date);
    }
}

TEST_CASE("two-digit years are 2000-2029 and 1930-1999, unlike Qt's 1900-1999", "[time][plandate]")
{
    // The trap the rule exists for: Qt's own "yy" gives 1922.
    CHECK(QDate::fromString(QStringLiteral("3/5/22"), QStringLiteral("M/d/yy")).year() == 1922);
    CHECK(PlanDate::parse(QStringLiteral("3/5/22")).firstDay() == QDate(2022, 3, 5));

    const TwoDigitYearRule rule;
    CHECK(rule.expand(0) == 2000);
    CHECK(rule.expand(22) == 2022);
    CHECK(rule.expand(29) == 2029);
    CHECK(rule.expand(30) == 1930);
    CHECK(rule.expand(99) == 1999);
    CHECK(PlanDate::parse(QStringLiteral("7/4/76")).firstDay() == QDate(1976, 7, 4));
    CHECK(PlanDate::parse(QStringLiteral("Q3-29")).firstDay() == QDate(2029, 7, 1));
    CHECK(PlanDate::parse(QStringLiteral("Q3-30")).firstDay() == QDate(1930, 7, 1));

    const TwoDigitYearRule late{50};
    CHECK(late.expand(49) == 2049);
    CHECK(late.expand(50) == 1950);
    CHECK(PlanDate::parse(QStringLiteral("1/2/45"), late).firstDay() == QDate(2045, 1, 2));
    // Four-digit years are never touched by the rule.
    CHECK(PlanDate::parse(QStringLiteral("1/2/1945"), late).firstDay() == QDate(1945, 1, 2));
}

TEST_CASE("impossible dates are kept as text and reported, never rolled over", "[time][plandate]")
{
    for (const char *text : {"9/31/22", "2/29/23", "13/04/2021", "0/10/22", "2022-02-30", "Q5-22", "February 30, 2022",
                             "2022-13"}) {
        INFO(text);
        const PlanDate date = PlanDate::parse(QString::fromUtf8(text));
        CHECK(date.kind() == Kind::Invalid);
        CHECK_FALSE(date.isDated());
        CHECK(date.raw() == QString::fromUtf8(text));
        CHECK_FALSE(date.firstDay().isValid());
        CHECK_FALSE(date.reason().isEmpty());
    }
    CHECK(PlanDate::parse(QStringLiteral("9/31/22")).problem() == Problem::ImpossibleDate);
    CHECK(PlanDate::parse(QStringLiteral("9/31/22")).canonical() == QStringLiteral("9/31/22"));
    // Leap days are real on leap years only.
    CHECK(PlanDate::parse(QStringLiteral("2/29/24")).isValid());
    CHECK(PlanDate::parse(QStringLiteral("2/29/00")).isValid()); // 2000 was a leap year
    CHECK_FALSE(PlanDate::parse(QStringLiteral("2/29/1900")).isValid());
}

TEST_CASE("a quarter of the year 0 is impossible, not a quarter without days", "[time][plandate][fuzz]")
{
    // Found by tests/fuzz/fuzz_dates: QDate has no year 0, so "0000 Q2" was read as a quarter
    // whose first and last days were invalid dates.
    for (const char *text : {"0000 Q2", "0000-Q1", "Q4-0000", "q3 0000"}) {
        INFO(text);
        const PlanDate date = PlanDate::parse(QString::fromUtf8(text));
        CHECK(date.kind() == Kind::Invalid);
        CHECK(date.problem() == Problem::ImpossibleDate);
        CHECK_FALSE(date.isDated());
        CHECK_FALSE(date.reason().isEmpty());
    }
    // Also found by fuzz_dates: a quarter before the year 1000 gave "222-Q2" as its canonical
    // text, which parse() does not read back.
    for (const char *text : {"0222 Q2", "Q3-0999", "0001-q4"}) {
        INFO(text);
        const PlanDate date = PlanDate::parse(QString::fromUtf8(text));
        CHECK(date.kind() == Kind::Quarter);
        CHECK(PlanDate::parse(date.canonical()) == date);
    }
    CHECK(PlanDate::parse(QStringLiteral("0222 Q2")).canonical() == QStringLiteral("0222-Q2"));
    // The years either side of it are quarters with days.
    CHECK(PlanDate::parse(QStringLiteral("0001 Q1")).firstDay() == QDate(1, 1, 1));
    CHECK(PlanDate::parse(QStringLiteral("-0001 Q1")).kind() == Kind::Invalid); // no sign is read
}

TEST_CASE("values that are neither dates nor known words are unrecognised", "[time][plandate]")
{
    for (const char *text : {"TBD", "Fall 2022", "6/1", "1/1/202", "soon", "6-01-22", "Q2"}) {
        INFO(text);
        const PlanDate date = PlanDate::parse(QString::fromUtf8(text));
        CHECK(date.kind() == Kind::Invalid);
        CHECK(date.problem() == Problem::Unrecognised);
        CHECK(date.raw() == QString::fromUtf8(text));
    }
    const PlanDate empty = PlanDate::parse(QStringLiteral("   "));
    CHECK(empty.kind() == Kind::Invalid);
    CHECK(empty.problem() == Problem::Missing);
}

TEST_CASE("plan dates know their calendar quarter and compare by value", "[time][plandate]")
{
    CHECK(PlanDate::parse(QStringLiteral("8/15/22")).calendarQuarter() == YearQuarter{2022, 3});
    CHECK(PlanDate::parse(QStringLiteral("Q2-22")).calendarQuarter() == YearQuarter{2022, 2});
    CHECK(PlanDate::parse(QStringLiteral("6/01/22")) == PlanDate::parse(QStringLiteral("2022-06-01")));
    CHECK_FALSE(PlanDate::parse(QStringLiteral("9/31/22")) == PlanDate::parse(QStringLiteral("9/31/2022")));
    CHECK(PlanDate::exact(QDate(2022, 1, 1)).canonical() == QStringLiteral("2022-01-01"));
    CHECK(PlanDate::quarter({2023, 4}).lastDay() == QDate(2023, 12, 31));
    CHECK(PlanDate::month(2023, 2).lastDay() == QDate(2023, 2, 28));
    CHECK(PlanDate::exact(QDate()).kind() == Kind::Invalid);
}
