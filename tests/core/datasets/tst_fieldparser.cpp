// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "datasets/fieldparser.h"
#include "datasets/money.h"

using namespace milepost;

namespace {

std::optional<qint64> money(const char *text, char decimal = '.', QString *reason = nullptr)
{
    qint64 cents = 0;
    QString why;
    if (!FieldParser::parseMoney(text, decimal, &cents, &why)) {
        if (reason)
            *reason = why;
        return std::nullopt;
    }
    return cents;
}

std::optional<qint64> percent(const char *text, char decimal = '.')
{
    qint64 value = 0;
    QString why;
    return FieldParser::parsePercent(text, decimal, &value, &why) ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<qint64> count(const char *text, char decimal = '.', QString *reason = nullptr)
{
    qint64 value = 0;
    QString why;
    if (!FieldParser::parseCount(text, decimal, &value, &why)) {
        if (reason)
            *reason = why;
        return std::nullopt;
    }
    return value;
}

} // namespace

TEST_CASE("amounts are read to the cent in the ways exports write them", "[datasets][fieldparser]")
{
    CHECK(money("$1,234.00") == 123400);
    CHECK(money("1234") == 123400);
    CHECK(money("206654.00") == 20665400);
    CHECK(money("1.5") == 150);
    CHECK(money(".75") == 75);
    CHECK(money("(1,234.00)") == -123400);
    CHECK(money("($1,234.56)") == -123456);
    CHECK(money("-$1,234.56") == -123456);
    CHECK(money("$-1,234.56") == -123456);
    CHECK(money("$ 12") == 1200);
    CHECK(money("1.234,56", ',') == 123456);
    CHECK(money("1 234,56 \xE2\x82\xAC", ',') == 123456);
    CHECK(money("1\xC2\xA0" "234,56", ',') == 123456);
    CHECK(money("12.3400") == 1234); // zeros beyond the cents lose nothing
}

TEST_CASE("amounts that would need rounding or guessing are rejected", "[datasets][fieldparser]")
{
    QString reason;
    CHECK_FALSE(money("1.005", '.', &reason));
    CHECK(reason.contains(QStringLiteral("two decimal places")));
    CHECK_FALSE(money("1,23", '.', &reason)); // a decimal comma in a decimal-point file
    CHECK(reason.contains(QStringLiteral("threes")));
    CHECK_FALSE(money("1234,567"));
    CHECK_FALSE(money("12a"));
    CHECK_FALSE(money("$"));
    CHECK_FALSE(money("(-5)"));
    CHECK_FALSE(money("1,234.56", ','));
    CHECK_FALSE(money("99999999999999999"));
}

TEST_CASE("percentages keep hundredths and a bare number is percent points", "[datasets][fieldparser]")
{
    CHECK(percent("62%") == 6200);
    CHECK(percent("62.5 %") == 6250);
    CHECK(percent("62") == 6200);
    CHECK(percent("0.62") == 62);
    CHECK(percent("12,5%", ',') == 1250);
    CHECK(percent("-3%") == -300);
    CHECK_FALSE(percent("1.234%"));
    CHECK_FALSE(percent("lots"));
}

TEST_CASE("counts are whole, not negative, and may group their digits", "[datasets][fieldparser]")
{
    CHECK(count("2,495") == 2495);
    CHECK(count("86227") == 86227);
    CHECK(count("2.495", ',') == 2495);
    CHECK(count("12.0") == 12);
    QString reason;
    CHECK_FALSE(count("12.5", '.', &reason));
    CHECK(reason.contains(QStringLiteral("whole")));
    CHECK_FALSE(count("-4", '.', &reason));
    CHECK(reason.contains(QStringLiteral("negative")));
    CHECK_FALSE(count("about 900"));
}

TEST_CASE("flags read yes and no in their usual spellings", "[datasets][fieldparser]")
{
    bool value = false;
    QString reason;
    for (const char *yes : {"yes", "Y", "TRUE", "1", "x"}) {
        CHECK(FieldParser::parseFlag(yes, &value, &reason));
        CHECK(value);
    }
    for (const char *no : {"No", "n", "false", "0"}) {
        CHECK(FieldParser::parseFlag(no, &value, &reason));
        CHECK_FALSE(value);
    }
    CHECK_FALSE(FieldParser::parseFlag("maybe", &value, &reason));
}

TEST_CASE("money prints in dollars and cents", "[datasets][money]")
{
    CHECK(Money::fromCents(123456789).toString() == QStringLiteral("$1,234,567.89"));
    CHECK(Money::fromCents(-5).toString() == QStringLiteral("-$0.05"));
    CHECK(Money::fromCents(0).toString() == QStringLiteral("$0.00"));
}

TEST_CASE("accounting formats put the currency and spaces outside the parentheses", "[datasets][fieldparser][formats]")
{
    CHECK(money("$(1,747)") == -174700); // " $(1,747) " once the import has trimmed it
    CHECK(money("$ (1,747)") == -174700);
    CHECK(money("($1,747.50)") == -174750);
    CHECK(money("( $ 1,747 )") == -174700);
    CHECK(money("(1,747) $") == -174700);
    CHECK(money("(1.747,00) \xE2\x82\xAC", ',') == -174700);
    CHECK(money("$ 1,747") == 174700);
    // Two signs, a sign inside the parentheses, or only the currency: not an amount.
    for (const char *text : {"-$(1,747)", "$(-1,747)", "$((1,747))", "$ -", "$", "()", "$(1,747", "$1,747)"}) {
        QString reason;
        INFO(text);
        CHECK_FALSE(money(text, '.', &reason));
        CHECK(reason.contains(QStringLiteral("not an amount")));
    }
}

TEST_CASE("an amount in a column of thousands or millions is read exactly, never rounded",
          "[datasets][fieldparser][formats]")
{
    auto scaled = [](const char *text, int exponent, QString *reason = nullptr) -> std::optional<qint64> {
        qint64 cents = 0;
        QString why;
        if (!FieldParser::parseMoney(text, '.', &cents, &why, exponent)) {
            if (reason)
                *reason = why;
            return std::nullopt;
        }
        return cents;
    };
    CHECK(scaled("1,747", 3) == 174700000);           // $1,747,000.00
    CHECK(scaled("$(1.5)", 3) == -150000);            // -$1,500.00
    CHECK(scaled("1.23456", 3) == 123456);            // $1,234.56
    CHECK(scaled("2.75", 6) == 275000000);            // $2,750,000.00
    CHECK(scaled("0.00000001", 6) == 1);              // one cent
    QString reason;
    CHECK_FALSE(scaled("1.234567", 3, &reason));      // a tenth of a cent
    CHECK(reason.contains(QStringLiteral("does not round")));
    CHECK_FALSE(scaled("999,999,999,999,999", 6, &reason)); // past what 64 bits of cents hold
    CHECK(reason.contains(QStringLiteral("too large")));
    CHECK(scaled("92,233,720,368", 6) == 9223372036800000000);
}
