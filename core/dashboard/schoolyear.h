// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace milepost {

// The district's school year, July 1 to June 30, named by the year it starts in: 2022 is
// "2022-23". Staffing and enrollment figures are counted per school year.
class SchoolYear final
{
public:
    // The start year of the school year that contains date; 0 for an invalid date.
    static int of(const QDate &date) { return date.isValid() ? (date.month() >= 7 ? date.year() : date.year() - 1) : 0; }
    static QDate firstDay(int startYear) { return QDate(startYear, 7, 1); }
    static QDate lastDay(int startYear) { return QDate(startYear + 1, 6, 30); }
    // The start year of the school year that holds the whole span; 0 when it crosses June 30.
    static int holding(const QDate &first, const QDate &last)
    {
        const int year = of(first);
        return year != 0 && of(last) == year ? year : 0;
    }
    // "2022-23".
    static QString text(int startYear)
    {
        return QStringLiteral("%1-%2").arg(startYear).arg((startYear + 1) % 100, 2, 10, QLatin1Char('0'));
    }
};

} // namespace milepost
