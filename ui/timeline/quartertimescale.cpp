// SPDX-License-Identifier: GPL-3.0-or-later
#include "quartertimescale.h"

#include <QLocale>

#include <cmath>

namespace milepost {

namespace {

constexpr qreal averageMonthDays = 365.2425 / 12;
constexpr qreal averageQuarterDays = 365.2425 / 4;

QString monthName(int month, QLocale::FormatType format)
{
    // Stand-alone names: "July", not the genitive some languages use inside a date.
    return QLocale().standaloneMonthName(month, format);
}

} // namespace

QuarterTimeScale::QuarterTimeScale(QuarterCalendar calendar, qreal pixelsPerDay, const QDate &origin)
    : m_calendar(calendar)
    , m_origin(origin.isValid() ? origin : QDate(2000, 1, 1))
{
    setPixelsPerDay(pixelsPerDay);
}

void QuarterTimeScale::setPixelsPerDay(qreal pixelsPerDay)
{
    if (!std::isfinite(pixelsPerDay))
        pixelsPerDay = defaultPixelsPerDay;
    m_pixelsPerDay = qBound(minimumPixelsPerDay, pixelsPerDay, maximumPixelsPerDay);
}

TimeScaleTier::Unit QuarterTimeScale::finestUnit() const
{
    if (7 * m_pixelsPerDay >= minimumWeekWidth)
        return TimeScaleTier::Unit::Week;
    if (averageMonthDays * m_pixelsPerDay >= minimumMonthWidth)
        return TimeScaleTier::Unit::Month;
    if (averageQuarterDays * m_pixelsPerDay >= minimumQuarterWidth)
        return TimeScaleTier::Unit::Quarter;
    return TimeScaleTier::Unit::Year;
}

qreal QuarterTimeScale::toX(const QDate &date) const
{
    return qreal(m_origin.daysTo(date)) * m_pixelsPerDay;
}

QDate QuarterTimeScale::toDate(qreal x) const
{
    // The epsilon absorbs rounding: toX(d) / pixelsPerDay may come out as 2.9999999 for day 3.
    return m_origin.addDays(qint64(std::floor(x / m_pixelsPerDay + 1e-9)));
}

qreal QuarterTimeScale::pixelsPerDayToFit(const QDate &first, const QDate &last, qreal width)
{
    if (!first.isValid() || !last.isValid() || last < first || width <= 0)
        return defaultPixelsPerDay;
    return qBound(minimumPixelsPerDay, width / qreal(first.daysTo(last) + 1), maximumPixelsPerDay);
}

QList<TimeScaleTier> QuarterTimeScale::tiers(const QDate &first, const QDate &last) const
{
    using Unit = TimeScaleTier::Unit;
    if (!first.isValid() || !last.isValid() || last < first)
        return {};
    QList<Unit> units;
    switch (finestUnit()) {
    case Unit::Week:
        units = {Unit::Quarter, Unit::Month, Unit::Week};
        break;
    case Unit::Month:
        units = {Unit::Year, Unit::Quarter, Unit::Month};
        break;
    case Unit::Quarter:
        units = {Unit::Year, Unit::Quarter};
        break;
    case Unit::Year:
        units = {Unit::Year};
        break;
    }
    QList<TimeScaleTier> result;
    for (Unit unit : units)
        result.append(tier(unit, first, last));
    return result;
}

TimeScaleTier QuarterTimeScale::tier(TimeScaleTier::Unit unit, const QDate &first, const QDate &last) const
{
    TimeScaleTier result;
    result.unit = unit;
    switch (unit) {
    case TimeScaleTier::Unit::Year:
        for (int year = m_calendar.yearOf(first); year <= m_calendar.yearOf(last); ++year)
            result.cells.append(yearCell(year));
        break;
    case TimeScaleTier::Unit::Quarter: {
        const YearQuarter end = m_calendar.quarterOf(last);
        for (YearQuarter q = m_calendar.quarterOf(first); q <= end; q = q.next())
            result.cells.append(quarterCell(q));
        break;
    }
    case TimeScaleTier::Unit::Month:
        for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1))
            result.cells.append(monthCell(month.year(), month.month()));
        break;
    case TimeScaleTier::Unit::Week:
        for (QDate monday = first.addDays(1 - first.dayOfWeek()); monday <= last; monday = monday.addDays(7))
            result.cells.append(weekCell(monday));
        break;
    }
    return result;
}

TimeScaleCell QuarterTimeScale::yearCell(int year) const
{
    TimeScaleCell cell;
    cell.first = m_calendar.firstDayOfYear(year);
    cell.last = m_calendar.firstDayOfYear(year + 1).addDays(-1);
    const QString name = m_calendar.yearLabel(year);
    if (m_calendar.isFiscal()) {
        // A fiscal year says which months it is: "FY23 · July 2022 – June 2023".
        cell.labels << tr("%1 · %2 %3 – %4 %5", "fiscal year, first month and year, last month and year")
                           .arg(name, monthName(cell.first.month(), QLocale::LongFormat))
                           .arg(cell.first.year())
                           .arg(monthName(cell.last.month(), QLocale::LongFormat))
                           .arg(cell.last.year());
        cell.labels << name;
    } else {
        cell.labels << name << tr("’%1", "two-digit year").arg(year % 100, 2, 10, QLatin1Char('0'));
    }
    return cell;
}

TimeScaleCell QuarterTimeScale::quarterCell(YearQuarter quarter) const
{
    TimeScaleCell cell;
    cell.first = m_calendar.firstDay(quarter);
    cell.last = m_calendar.lastDay(quarter);
    const QString name = m_calendar.label(quarter);
    if (m_calendar.isFiscal()) {
        // "FY23 Q1 · Jul–Sep 2022": fiscal quarters are easy to misread without their months.
        cell.labels << tr("%1 · %2–%3 %4", "fiscal quarter, first month, last month, year of the last month")
                           .arg(name, monthName(cell.first.month(), QLocale::ShortFormat),
                                monthName(cell.last.month(), QLocale::ShortFormat))
                           .arg(cell.last.year());
    }
    cell.labels << name << tr("Q%1", "quarter number alone").arg(quarter.quarter);
    return cell;
}

TimeScaleCell QuarterTimeScale::monthCell(int year, int month)
{
    TimeScaleCell cell;
    cell.first = QDate(year, month, 1);
    cell.last = cell.first.addMonths(1).addDays(-1);
    cell.labels << tr("%1 %2", "month name, year").arg(monthName(month, QLocale::LongFormat)).arg(year)
                << tr("%1 %2", "month name, year").arg(monthName(month, QLocale::ShortFormat)).arg(year)
                << monthName(month, QLocale::ShortFormat) << monthName(month, QLocale::NarrowFormat);
    return cell;
}

TimeScaleCell QuarterTimeScale::weekCell(const QDate &monday)
{
    TimeScaleCell cell;
    cell.first = monday;
    cell.last = monday.addDays(6);
    cell.labels << tr("%1 %2", "month name, day").arg(monthName(monday.month(), QLocale::ShortFormat)).arg(monday.day())
                << QString::number(monday.day());
    return cell;
}

} // namespace milepost
