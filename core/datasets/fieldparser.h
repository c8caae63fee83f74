// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace milepost {

// Reads numbers the way exports write them, from UTF-8 text with the spaces around it already
// trimmed. The decimal separator is explicit (a profile says whether the file is "1,234.50" or
// "1.234,50"); the other of . and , may group digits in threes, as may a space. Nothing is
// rounded: a value with more decimals than the field keeps is an error with a reason.
class FieldParser final
{
    Q_DECLARE_TR_FUNCTIONS(FieldParser)

public:
    // "1,234" -> 1234. Negative numbers and decimals are errors: these are counts.
    static bool parseCount(std::string_view text, char decimalSeparator, qint64 *value, QString *reason);
    // "$1,234.00" -> 123400 cents; "(1,234.00)", " $(1,747) " and "-$1,234" are negative; "1.5"
    // is $1.50. unitExponent: 3 when the column counts in thousands, 6 in millions; "1.5" is
    // then $1,500.00 or $1,500,000.00, and a value is refused only past whole cents.
    static bool parseMoney(std::string_view text, char decimalSeparator, qint64 *cents, QString *reason,
                           int unitExponent = 0);
    // "62%", "62.5 %", "62" -> hundredths of a percent (6200, 6250, 6200). A number without a
    // percent sign is read as percent points, never as a fraction.
    static bool parsePercent(std::string_view text, char decimalSeparator, qint64 *hundredths, QString *reason);
    // yes/no, y/n, true/false, 1/0, x (a ticked box), without regard to case.
    static bool parseFlag(std::string_view text, bool *value, QString *reason);

    static std::string_view trimmed(std::string_view text);
    static bool equalsIgnoringCase(std::string_view a, std::string_view b);
};

} // namespace milepost
