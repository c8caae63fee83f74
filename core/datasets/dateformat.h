// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "time/twodigityearrule.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <string_view>
#include <vector>

namespace milepost {

// An explicit date format for an imported column, such as M/D/YYYY or YYYY-MM-DD. A value that
// does not fit the format, or names a month or day that does not exist, is an error with a
// reason: 13/04/2021 read as M/D/YYYY has no month 13 and is never turned into April 13.
//
// Pattern letters: YYYY four-digit year, YY two-digit year (expanded by the two-digit-year
// rule), Y either; MM two-digit month, M one or two digits, MMM a month name (Jan, January);
// DD two-digit day, D one or two digits. Anything else must appear as written.
class DateFormat final
{
    Q_DECLARE_TR_FUNCTIONS(DateFormat)

public:
    DateFormat() = default; // invalid: no pattern
    // An invalid format, and error set, when the pattern lacks a year, month or day or has
    // one twice.
    static DateFormat fromPattern(const QString &pattern, TwoDigitYearRule rule = {}, QString *error = nullptr);
    static QStringList commonPatterns();

    bool isValid() const { return !m_tokens.empty(); }
    const QString &pattern() const { return m_pattern; }
    TwoDigitYearRule rule() const { return m_rule; }
    bool usesTwoDigitYears() const;
    bool monthBeforeDay() const { return m_monthBeforeDay; }
    // "month first", "day first", or for a format that starts with the year "month before day"
    // and "day before month": how a person names the order.
    QString orderName() const;
    // The same format with the month and the day exchanged (M/D/YYYY -> D/M/YYYY); invalid when
    // the month is a name. A value that only the exchanged format reads proves this one wrong for
    // the whole column: it is never read by swapping its month and day.
    DateFormat swapped() const;
    // Whether the order can be mistaken: the format starts with a numeric month or day, as
    // M/D/YYYY and D/M/YYYY do (YYYY-MM-DD and D-MMM-YYYY cannot be).
    bool orderInDoubt() const;

    // The date text stands for in this format, or an invalid date and reason set.
    QDate parse(std::string_view text, QString *reason = nullptr) const;
    QDate parse(const QString &text, QString *reason = nullptr) const;

private:
    struct Token
    {
        enum class Type { Literal, Year4, Year2, YearAny, Month, Month2, MonthName, Day, Day2 };
        Type type = Type::Literal;
        char literal = 0;
    };

    QString m_pattern;
    TwoDigitYearRule m_rule;
    std::vector<Token> m_tokens;
    bool m_monthBeforeDay = true;
};

} // namespace milepost
