// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdaterange.h"

#include "time/quartercalendar.h"

namespace milepost {

namespace {

QDate quarterStart(const QDate &date)
{
    const QuarterCalendar calendar = QuarterCalendar::calendar();
    return date.isValid() ? calendar.firstDay(calendar.quarterOf(date)) : QDate();
}

QDate quarterEnd(const QDate &date)
{
    const QuarterCalendar calendar = QuarterCalendar::calendar();
    return date.isValid() ? calendar.lastDay(calendar.quarterOf(date)) : QDate();
}

} // namespace

ReportDateRange ReportDateRange::choose(const ReportKeyFigures &figures, const ReportPageOptions &options)
{
    const bool marked = figures.firstMarkedDay.isValid() && figures.lastMarkedDay.isValid();
    ReportDateRange plan;
    if (options.timelineSpan == ReportPageOptions::TimelineSpan::PlanQuarters && marked) {
        plan = {figures.firstMarkedDay, figures.lastMarkedDay};
    } else {
        plan = {quarterStart(figures.firstDay), quarterEnd(figures.lastDay)};
    }
    ReportDateRange range{options.rangeFirst.isValid() ? options.rangeFirst : plan.first,
                          options.rangeLast.isValid() ? options.rangeLast : plan.last};
    if (!range.isValid())
        return {};
    return range;
}

} // namespace milepost
