// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "datasets/dateformat.h"

using namespace milepost;

namespace {

QDate parse(const char *pattern, const char *text, QString *reason = nullptr, int pivot = 30)
{
    QString error;
    const DateFormat format = DateFormat::fromPattern(QString::fromLatin1(pattern), TwoDigitYearRule{pivot}, &error);
    REQUIRE(format.isValid());
    return format.parse(QString::fromUtf8(text), reason);
}

} // namespace

TEST_CASE("dates are read in the column's explicit format", "[datasets][dateformat]")
{
    CHECK(parse("M/D/YYYY", "6/28/2024") == QDate(2024, 6, 28));
    CHECK(parse("M/D/YYYY", "06/08/2024") == QDate(2024, 6, 8));
    CHECK(parse("D/M/YYYY", "13/04/2021") == QDate(2021, 4, 13));
    CHECK(parse("YYYY-MM-DD", "2022-08-15") == QDate(2022, 8, 15));
    CHECK(parse("D.M.YYYY", "1.2.2023") == QDate(2023, 2, 1));
    CHECK(parse("D-MMM-YYYY", "15-Aug-2022") == QDate(2022, 8, 15));
    CHECK(parse("MMM D, YYYY", "August 5, 2022") == QDate(2022, 8, 5));
}

TEST_CASE("a day-first date read month-first is rejected with a reason, never swapped", "[datasets][dateformat]")
{
    QString reason;
    CHECK_FALSE(parse("M/D/YYYY", "13/04/2021", &reason).isValid());
    CHECK(reason.contains(QStringLiteral("no month 13")));
    CHECK(reason.contains(QStringLiteral("day first")));
    CHECK(reason.contains(QStringLiteral("13/04/2021")));
}

TEST_CASE("impossible days are errors, not rolled over", "[datasets][dateformat]")
{
    QString reason;
    CHECK_FALSE(parse("M/D/YY", "9/31/22", &reason).isValid());
    CHECK(reason.contains(QStringLiteral("30 days")));
    CHECK_FALSE(parse("M/D/YYYY", "2/29/2023", &reason).isValid());
    CHECK(parse("M/D/YYYY", "2/29/2024").isValid());
    CHECK_FALSE(parse("M/D/YYYY", "0/10/2024", &reason).isValid());
    CHECK_FALSE(parse("M/D/YYYY", "4/0/2024", &reason).isValid());
}

TEST_CASE("two-digit years follow the two-digit-year rule, not Qt's 1900s", "[datasets][dateformat]")
{
    CHECK(parse("M/D/YY", "3/5/22") == QDate(2022, 3, 5));
    CHECK(parse("M/D/YY", "3/5/45") == QDate(1945, 3, 5));
    CHECK(parse("M/D/YY", "3/5/45", nullptr, 50) == QDate(2045, 3, 5));
    CHECK(parse("M/D/Y", "3/5/22") == QDate(2022, 3, 5));
    CHECK(parse("M/D/Y", "3/5/2022") == QDate(2022, 3, 5));
    QString reason;
    CHECK_FALSE(parse("M/D/YYYY", "3/5/22", &reason).isValid());
    CHECK(reason.contains(QStringLiteral("four digits")));
    CHECK_FALSE(parse("M/D/Y", "3/5/202", &reason).isValid());
}

TEST_CASE("text that does not fit the format is rejected with the format named", "[datasets][dateformat]")
{
    QString reason;
    CHECK_FALSE(parse("M/D/YYYY", "2022-08-15", &reason).isValid());
    CHECK(reason.contains(QStringLiteral("M/D/YYYY")));
    CHECK_FALSE(parse("M/D/YYYY", "6/28/2024 noon", &reason).isValid());
    CHECK(reason.contains(QStringLiteral("goes on")));
    CHECK_FALSE(parse("M/D/YYYY", "PNS", &reason).isValid());
    CHECK_FALSE(parse("YYYY-MM-DD", "2022-8-15", &reason).isValid());
    CHECK_FALSE(parse("D-MMM-YYYY", "15-Agosto-2022", &reason).isValid());
    CHECK(reason.contains(QStringLiteral("Agosto")));
}

TEST_CASE("date patterns must name the year, month and day once each", "[datasets][dateformat]")
{
    QString error;
    CHECK_FALSE(DateFormat::fromPattern(QStringLiteral("M/D"), {}, &error).isValid());
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(DateFormat::fromPattern(QStringLiteral("M/M/YYYY"), {}, &error).isValid());
    CHECK_FALSE(DateFormat::fromPattern(QStringLiteral("M/D/YYY"), {}, &error).isValid());
    CHECK_FALSE(DateFormat::fromPattern(QStringLiteral("M/D/YYYY hh"), {}, &error).isValid());
    for (const QString &pattern : DateFormat::commonPatterns())
        CHECK(DateFormat::fromPattern(pattern).isValid());
    CHECK(DateFormat::fromPattern(QStringLiteral("M/D/YY")).usesTwoDigitYears());
    CHECK_FALSE(DateFormat::fromPattern(QStringLiteral("M/D/YYYY")).usesTwoDigitYears());
}

TEST_CASE("a timestamp gives the day it writes, its time of day is left out", "[datasets][dateformat][formats]")
{
    CHECK(parse("YYYY-MM-DD", "2024-06-28T10:15:00Z") == QDate(2024, 6, 28));
    CHECK(parse("YYYY-MM-DD", "2024-06-28T23:30:00-05:00") == QDate(2024, 6, 28));
    CHECK(parse("YYYY-MM-DD", "2024-06-28T10:15:00.250+0200") == QDate(2024, 6, 28));
    CHECK(parse("YYYY-MM-DD", "2024-06-28 10:15") == QDate(2024, 6, 28));
    CHECK(parse("M/D/YYYY", "6/28/2024 9:05 AM") == QDate(2024, 6, 28));
    CHECK(parse("M/D/YYYY", "6/28/2024 00:00:00") == QDate(2024, 6, 28));
    CHECK(parse("M/D/YYYY", "6/28/2024 0:00") == QDate(2024, 6, 28)); // a spreadsheet's midnight
    for (const char *text : {"2024-06-28T25:00:00Z", "2024-06-28T10:61", "2024-06-28T10", "2024-06-28T10:15:00X",
                             "2024-06-28 10:15 tomorrow", "2024-06-28T10:15:00+15:00", "2024-06-28 13:05 PM",
                             "2024-06-31T10:15:00Z"}) {
        QString reason;
        INFO(text);
        CHECK_FALSE(parse("YYYY-MM-DD", text, &reason).isValid());
        CHECK_FALSE(reason.isEmpty());
    }
}
