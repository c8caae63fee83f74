// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldparser.h"

#include <limits>

namespace milepost {

namespace {

QString quoted(std::string_view text)
{
    return QStringLiteral("“%1”").arg(QString::fromUtf8(text.data(), qsizetype(text.size())));
}

// Byte by byte: the prefixes and suffixes here are one to three bytes. A call to memcmp() for
// each, six for an amount without a currency, took reading and parsing the 1.3-million-row
// capital file from 0.86 s to 1.00 s.
bool startsWith(std::string_view text, std::string_view prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (text[i] != prefix[i])
            return false;
    }
    return true;
}

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && startsWith(text.substr(text.size() - suffix.size()), suffix);
}

// Spaces that group digits: a plain space, a no-break space and a narrow no-break space.
std::size_t groupSpaceLength(std::string_view text, std::size_t pos)
{
    switch (text[pos]) {
    case ' ':
        return 1;
    case '\xC2':
    case '\xE2':
        break;
    default: // the decimal separator, mostly
        return 0;
    }
    if (startsWith(text.substr(pos), "\xC2\xA0"))
        return 2;
    if (startsWith(text.substr(pos), "\xE2\x80\xAF"))
        return 3;
    return 0;
}

struct Decimal
{
    qint64 units = 0;     // the value times 10^decimals
    int decimalCount = 0; // digits written after the separator
};

enum class DecimalError { None, NotANumber, Grouping, TooManyDecimals, TooLarge };

// Digits, optionally grouped in threes, then optionally the decimal separator and digits.
// scale is the number of decimals kept; more written is TooManyDecimals.
DecimalError readDecimal(std::string_view text, char decimalSeparator, int scale, Decimal *out)
{
    const char groupChar = decimalSeparator == ',' ? '.' : ',';
    std::size_t pos = 0;
    qint64 integer = 0;
    int digitsInGroup = 0;
    int digits = 0;
    bool grouped = false;
    while (pos < text.size()) {
        const char c = text[pos];
        if (c >= '0' && c <= '9') {
            if (digits >= 15)
                return DecimalError::TooLarge;
            integer = integer * 10 + (c - '0');
            ++digits;
            ++digitsInGroup;
            ++pos;
            continue;
        }
        const std::size_t space = c == groupChar ? 1 : groupSpaceLength(text, pos);
        if (space == 0)
            break;
        // A group separator: what came before is one to three digits (the first group) or
        // exactly three; what follows must be three digits.
        if (digitsInGroup == 0 || digitsInGroup > 3 || (grouped && digitsInGroup != 3))
            return DecimalError::Grouping;
        grouped = true;
        digitsInGroup = 0;
        pos += space;
        if (pos >= text.size())
            return DecimalError::Grouping;
    }
    if (grouped && digitsInGroup != 3)
        return DecimalError::Grouping;

    qint64 fraction = 0;
    int decimals = 0;
    if (pos < text.size() && text[pos] == decimalSeparator) {
        ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            const int digit = text[pos] - '0';
            if (decimals >= scale) {
                if (digit != 0)
                    return DecimalError::TooManyDecimals;
            } else {
                fraction = fraction * 10 + digit;
            }
            ++decimals;
            ++pos;
        }
        if (decimals == 0 && digits == 0)
            return DecimalError::NotANumber;
    }
    if (digits == 0 && decimals == 0)
        return DecimalError::NotANumber;
    if (pos != text.size())
        return DecimalError::NotANumber;
    qint64 scaled = integer;
    int kept = std::min(decimals, scale);
    // At most 15 digits: up to 3 decimals kept cannot overflow; more (an amount in millions) can.
    const bool mayOverflow = scale > 3;
    for (int i = 0; i < scale; ++i) {
        if (mayOverflow && scaled > std::numeric_limits<qint64>::max() / 10)
            return DecimalError::TooLarge;
        scaled *= 10;
    }
    for (int i = kept; i < scale; ++i)
        fraction *= 10;
    if (mayOverflow && fraction > std::numeric_limits<qint64>::max() - scaled)
        return DecimalError::TooLarge;
    out->units = scaled + fraction;
    out->decimalCount = decimals;
    return DecimalError::None;
}

} // namespace

std::string_view FieldParser::trimmed(std::string_view text)
{
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
        ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return text.substr(begin, end - begin);
}

bool FieldParser::equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const char x = a[i] >= 'A' && a[i] <= 'Z' ? char(a[i] - 'A' + 'a') : a[i];
        const char y = b[i] >= 'A' && b[i] <= 'Z' ? char(b[i] - 'A' + 'a') : b[i];
        if (x != y)
            return false;
    }
    return true;
}

bool FieldParser::parseCount(std::string_view text, char decimalSeparator, qint64 *value, QString *reason)
{
    if (startsWith(text, "-")) {
        *reason = tr("%1 is negative; a count cannot be").arg(quoted(text));
        return false;
    }
    Decimal decimal;
    switch (readDecimal(text, decimalSeparator, 0, &decimal)) {
    case DecimalError::None:
        *value = decimal.units;
        return true;
    case DecimalError::TooManyDecimals:
        *reason = tr("%1 is not a whole number").arg(quoted(text));
        return false;
    case DecimalError::Grouping:
        *reason = tr("%1 is not a number: its digits are not grouped in threes").arg(quoted(text));
        return false;
    case DecimalError::TooLarge:
        *reason = tr("%1 is too large").arg(quoted(text));
        return false;
    case DecimalError::NotANumber:
        break;
    }
    *reason = tr("%1 is not a number").arg(quoted(text));
    return false;
}

bool FieldParser::parseMoney(std::string_view text, char decimalSeparator, qint64 *cents, QString *reason,
                             int unitExponent)
{
    std::string_view rest = text;
    bool negative = false;
    // Accounting formats put the currency outside the parentheses too: " $(1,747) ", "(1,747) €".
    auto takeParentheses = [&] {
        if (negative || rest.size() < 2 || rest.front() != '(' || rest.back() != ')')
            return false;
        negative = true;
        rest = trimmed(rest.substr(1, rest.size() - 2));
        return true;
    };
    takeParentheses();
    auto takeSign = [&] {
        if (startsWith(rest, "-") || startsWith(rest, "+")) {
            if (rest[0] == '-') {
                if (negative)
                    return false; // "(-5)": which is meant?
                negative = true;
            }
            rest = trimmed(rest.substr(1));
        }
        return true;
    };
    auto takeCurrency = [&] {
        for (const std::string_view symbol : {std::string_view("$"), std::string_view("\xE2\x82\xAC"),
                                              std::string_view("\xC2\xA3")}) {
            if (startsWith(rest, symbol)) {
                rest = trimmed(rest.substr(symbol.size()));
                return true;
            }
            if (endsWith(rest, symbol)) {
                rest = trimmed(rest.substr(0, rest.size() - symbol.size()));
                return true;
            }
        }
        return false;
    };
    if (!takeSign()) {
        *reason = tr("%1 is not an amount").arg(quoted(text));
        return false;
    }
    // "-$5" and "$-5" alike; "$(5)" and "($5)" alike.
    if (takeCurrency()) {
        if (takeParentheses())
            takeCurrency();
        if (!takeSign()) {
            *reason = tr("%1 is not an amount").arg(quoted(text));
            return false;
        }
    }
    Decimal decimal;
    switch (readDecimal(rest, decimalSeparator, 2 + unitExponent, &decimal)) {
    case DecimalError::None:
        *cents = negative ? -decimal.units : decimal.units;
        return true;
    case DecimalError::TooManyDecimals:
        *reason = unitExponent == 0
            ? tr("%1 has more than two decimal places; Milepost keeps whole cents and does not round").arg(quoted(text))
            : tr("%1 has more decimal places than whole cents in this column's unit; Milepost does not round")
                  .arg(quoted(text));
        return false;
    case DecimalError::Grouping:
        *reason = tr("%1 is not an amount: its digits are not grouped in threes (is the decimal separator "
                     "right?)")
                      .arg(quoted(text));
        return false;
    case DecimalError::TooLarge:
        *reason = tr("%1 is too large an amount").arg(quoted(text));
        return false;
    case DecimalError::NotANumber:
        break;
    }
    *reason = tr("%1 is not an amount").arg(quoted(text));
    return false;
}

bool FieldParser::parsePercent(std::string_view text, char decimalSeparator, qint64 *hundredths, QString *reason)
{
    std::string_view rest = text;
    if (endsWith(rest, "%"))
        rest = trimmed(rest.substr(0, rest.size() - 1));
    bool negative = false;
    if (startsWith(rest, "-") || startsWith(rest, "+")) {
        negative = rest[0] == '-';
        rest = trimmed(rest.substr(1));
    }
    Decimal decimal;
    switch (readDecimal(rest, decimalSeparator, 2, &decimal)) {
    case DecimalError::None:
        *hundredths = negative ? -decimal.units : decimal.units;
        return true;
    case DecimalError::TooManyDecimals:
        *reason = tr("%1 has more than two decimal places").arg(quoted(text));
        return false;
    case DecimalError::TooLarge:
        *reason = tr("%1 is too large").arg(quoted(text));
        return false;
    case DecimalError::Grouping:
    case DecimalError::NotANumber:
        break;
    }
    *reason = tr("%1 is not a percentage").arg(quoted(text));
    return false;
}

bool FieldParser::parseFlag(std::string_view text, bool *value, QString *reason)
{
    for (const std::string_view yes : {"yes", "y", "true", "1", "x"}) {
        if (equalsIgnoringCase(text, yes)) {
            *value = true;
            return true;
        }
    }
    for (const std::string_view no : {"no", "n", "false", "0"}) {
        if (equalsIgnoringCase(text, no)) {
            *value = false;
            return true;
        }
    }
    *reason = tr("%1 is neither yes nor no").arg(quoted(text));
    return false;
}

} // namespace milepost
