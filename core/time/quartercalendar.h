// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yearquarter.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace milepost {

// Quarter arithmetic for calendar years and for fiscal years that start on the first day of
// any month. The 100-Day Plan uses calendar quarters; California district budgets use a
// fiscal year that starts on July 1 and is named after the calendar year in which it ends
// (FY23 = July 2022 - June 2023).
class QuarterCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(QuarterCalendar)

public:
    static QuarterCalendar calendar() { return QuarterCalendar(1); }
    static QuarterCalendar fiscal(int firstMonth = 7) { return QuarterCalendar(firstMonth); }

    int firstMonth() const { return m_firstMonth; }
    bool isFiscal() const { return m_firstMonth != 1; }

    // The quarter of this calendar that contains date; year is the (fiscal) year's name.
    YearQuarter quarterOf(const QDate &date) const;
    QDate firstDay(YearQuarter q) const;
    QDate lastDay(YearQuarter q) const;
    // The (fiscal) year that contains date, named after the year in which it ends.
    int yearOf(const QDate &date) const;
    QDate firstDayOfYear(int year) const;

    // Converts between this calendar's quarters and calendar quarters (same three months).
    YearQuarter fromCalendarQuarter(YearQuarter calendarQuarter) const;
    YearQuarter toCalendarQuarter(YearQuarter q) const;

    // "2022 Q3" for calendar quarters, "FY23 Q1" for fiscal ones.
    QString label(YearQuarter q) const;
    QString yearLabel(int year) const;

private:
    explicit QuarterCalendar(int firstMonth);

    int m_firstMonth = 1;
};

} // namespace milepost
