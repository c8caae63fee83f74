// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "datasets/period.h"

using namespace milepost;

TEST_CASE("school years run July 1 to June 30 and read in their common spellings", "[datasets][period]")
{
    for (const char *text : {"2021-22", "2021-2022", "SY 2021-22", "2021/22", "2021 – 22"}) {
        const Period period = Period::parse(QString::fromUtf8(text));
        INFO(text);
        REQUIRE(period.kind() == Period::Kind::SchoolYear);
        CHECK(period.first() == QDate(2021, 7, 1));
        CHECK(period.last() == QDate(2022, 6, 30));
        CHECK(period.canonical() == QStringLiteral("2021-22"));
    }
    CHECK(Period::parse(QStringLiteral("2099-00")).last() == QDate(2100, 6, 30));
}

TEST_CASE("months and ranges of days are periods too", "[datasets][period]")
{
    const Period march = Period::parse(QStringLiteral("2022-03"));
    CHECK(march.kind() == Period::Kind::Month);
    CHECK(march.last() == QDate(2022, 3, 31));
    const Period spring = Period::parse(QStringLiteral("2022-03-15/2022-06-30"));
    CHECK(spring.kind() == Period::Kind::Range);
    CHECK(spring.first() == QDate(2022, 3, 15));
    CHECK(Period::parse(spring.canonical()) == spring);
}

TEST_CASE("every month and school year written canonically reads back as itself", "[datasets][period]")
{
    // "2011-12" is December 2011 or the school year 2011-12: neither is written so.
    CHECK(Period::month(2011, 12).canonical() == QStringLiteral("Dec 2011"));
    CHECK(Period::month(2000, 1).canonical() == QStringLiteral("Jan 2000"));
    CHECK(Period::schoolYear(2011).canonical() == QStringLiteral("2011-2012"));
    CHECK(Period::schoolYear(2012).canonical() == QStringLiteral("2012-13"));
    CHECK(Period::schoolYear(1999).canonical() == QStringLiteral("1999-00"));
    for (int year = 1900; year <= 2100; ++year) {
        INFO(year);
        const Period schoolYear = Period::schoolYear(year);
        CHECK(Period::parse(schoolYear.canonical()) == schoolYear);
        for (int month = 1; month <= 12; ++month) {
            const Period period = Period::month(year, month);
            CHECK(Period::parse(period.canonical()) == period);
        }
    }
}

TEST_CASE("where only a school year can stand, 2008-09 is the school year", "[datasets][period]")
{
    CHECK_FALSE(Period::parse(QStringLiteral("2008-09")).isValid()); // September 2008 too
    const Period year = Period::parseSchoolYear(QStringLiteral(" 2008-09 "));
    REQUIRE(year.kind() == Period::Kind::SchoolYear);
    CHECK(year.first() == QDate(2008, 7, 1));
    CHECK(Period::parseSchoolYear(QStringLiteral("2021-22")) == Period::schoolYear(2021));
    CHECK(Period::parseSchoolYear(QStringLiteral("FY2009")) == Period::schoolYear(2008));
    QString reason;
    CHECK_FALSE(Period::parseSchoolYear(QStringLiteral("2008-03"), &reason).isValid());
    CHECK(reason == QStringLiteral("“2008-03” is not a school year such as 2021-22"));
    CHECK_FALSE(Period::parseSchoolYear(QStringLiteral("2008-11"), &reason).isValid());
}

TEST_CASE("what is not one period is rejected with a reason", "[datasets][period]")
{
    for (const char *text : {"2021-23", "2022-13", "2022-06-30/2022-03-15", "2022-02-30/2022-03-01", "spring", ""}) {
        QString reason;
        INFO(text);
        CHECK_FALSE(Period::parse(QString::fromUtf8(text), &reason).isValid());
        CHECK_FALSE(reason.isEmpty());
    }
}

TEST_CASE("a period that reads as both a school year and a month is refused", "[datasets][period]")
{
    QString reason;
    CHECK_FALSE(Period::parse(QStringLiteral("2011-12"), &reason).isValid());
    CHECK(reason.contains(QStringLiteral("2011-2012")));
    CHECK(Period::parse(QStringLiteral("2011-2012")).kind() == Period::Kind::SchoolYear);
    CHECK(Period::parse(QStringLiteral("2011-11")).kind() == Period::Kind::Month);
}

TEST_CASE("a well-formed period outside 1900 to 9999 is rejected with a reason", "[datasets][period][fuzz]")
{
    // Found by tests/fuzz/fuzz_rowparser: an enrollment row whose School Year was "0021-22" was
    // rejected with a problem that had no reason, because the school year 21-22 and the month
    // 1800-05 are well formed but out of range, and parse() returned them without saying why.
    for (const char *text : {"0021-22", "1899-00", "1899-1900", "FY 0001-02", "9999-00", "1800-05", "0000-12"}) {
        INFO(text);
        QString reason;
        const Period period = Period::parse(QString::fromUtf8(text), &reason);
        CHECK_FALSE(period.isValid());
        CHECK(reason.contains(QStringLiteral("1900 to 9999")));
    }
    CHECK(Period::parse(QStringLiteral("1900-05")).kind() == Period::Kind::Month);
    CHECK(Period::parse(QStringLiteral("9998-99")).kind() == Period::Kind::SchoolYear);
}

TEST_CASE("a fiscal year by its last year, and a month by its name, keep their precision", "[datasets][period][formats]")
{
    for (const char *text : {"FY2012", "fy 2012", "FY-2012", "FY 2011-12"}) {
        INFO(text);
        const Period year = Period::parse(QString::fromUtf8(text));
        REQUIRE(year.kind() == Period::Kind::SchoolYear);
        CHECK(year.first() == QDate(2011, 7, 1));
        CHECK(year.last() == QDate(2012, 6, 30));
        CHECK(year.canonical() == QStringLiteral("2011-2012"));
    }
    for (const char *text : {"May 2009", "may 2009", "MAY-2009", "2009-05"}) {
        INFO(text);
        const Period month = Period::parse(QString::fromUtf8(text));
        REQUIRE(month.kind() == Period::Kind::Month);
        CHECK(month.first() == QDate(2009, 5, 1));
        CHECK(month.last() == QDate(2009, 5, 31));
        CHECK(month.canonical() == QStringLiteral("2009-05"));
    }
    CHECK(Period::parse(QStringLiteral("Sept. 2021")).first() == QDate(2021, 9, 1));
    CHECK(Period::parse(QStringLiteral("February 2024")).last() == QDate(2024, 2, 29));
    for (const char *text : {"FY12", "FY2012-14", "Mai 2009", "May 09", "May 2009 15", "FY1900"}) {
        QString reason;
        INFO(text);
        CHECK_FALSE(Period::parse(QString::fromUtf8(text), &reason).isValid());
        CHECK_FALSE(reason.isEmpty());
    }
}
