// SPDX-License-Identifier: GPL-3.0-or-later
#include "quartercalendar.h"

namespace milepost {

QuarterCalendar::QuarterCalendar(int firstMonth)
    : m_firstMonth(firstMonth >= 1 && firstMonth <= 12 ? firstMonth : 1)
{
}

int QuarterCalendar::yearOf(const QDate &date) const
{
    if (m_firstMonth == 1)
        return date.year();
    // A fiscal year that starts in July 2022 ends in June 2023 and is called 2023.
    return date.month() >= m_firstMonth ? date.year() + 1 : date.year();
}

QDate QuarterCalendar::firstDayOfYear(int year) const
{
    return m_firstMonth == 1 ? QDate(year, 1, 1) : QDate(year - 1, m_firstMonth, 1);
}

YearQuarter QuarterCalendar::quarterOf(const QDate &date) const
{
    if (!date.isValid())
        return {};
    const int monthsIn = (date.month() - m_firstMonth + 12) % 12;
    return {yearOf(date), monthsIn / 3 + 1};
}

QDate QuarterCalendar::firstDay(YearQuarter q) const
{
    if (!q.isValid())
        return {};
    return firstDayOfYear(q.year).addMonths((q.quarter - 1) * 3);
}

QDate QuarterCalendar::lastDay(YearQuarter q) const
{
    if (!q.isValid())
        return {};
    return firstDay(q).addMonths(3).addDays(-1);
}

YearQuarter QuarterCalendar::fromCalendarQuarter(YearQuarter calendarQuarter) const
{
    return quarterOf(QuarterCalendar::calendar().firstDay(calendarQuarter));
}

YearQuarter QuarterCalendar::toCalendarQuarter(YearQuarter q) const
{
    return QuarterCalendar::calendar().quarterOf(firstDay(q));
}

QString QuarterCalendar::yearLabel(int year) const
{
    if (m_firstMonth == 1)
        return QString::number(year);
    return tr("FY%1", "fiscal year, two digits").arg(year % 100, 2, 10, QLatin1Char('0'));
}

QString QuarterCalendar::label(YearQuarter q) const
{
    if (!q.isValid())
        return {};
    return tr("%1 Q%2", "year, quarter number").arg(yearLabel(q.year)).arg(q.quarter);
}

} // namespace milepost
