// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateprecision.h"

#include "period.h"

#include <QLocale>

namespace milepost {

std::string_view DatePrecisions::storageKey(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return {};
    case DatePrecision::Month:
        return "month";
    case DatePrecision::Year:
        return "year";
    }
    return {};
}

DatePrecision DatePrecisions::fromStorageKey(std::string_view key)
{
    if (key == "month")
        return DatePrecision::Month;
    if (key == "year")
        return DatePrecision::Year;
    return DatePrecision::Day;
}

DatePrecision DatePrecisions::of(const Period &period)
{
    switch (period.kind()) {
    case Period::Kind::Month:
        return DatePrecision::Month;
    case Period::Kind::SchoolYear:
        return DatePrecision::Year;
    case Period::Kind::Invalid:
    case Period::Kind::Range:
        break;
    }
    return DatePrecision::Day;
}

QDate DatePrecisions::standIn(const Period &period, bool spanEnd)
{
    return spanEnd ? period.last() : period.first();
}

Period DatePrecisions::periodOf(QDate day, DatePrecision precision)
{
    if (!day.isValid())
        return {};
    switch (precision) {
    case DatePrecision::Day:
        return {};
    case DatePrecision::Month:
        return Period::month(day.year(), day.month());
    case DatePrecision::Year:
        return Period::schoolYear(day.month() >= 7 ? day.year() : day.year() - 1);
    }
    return {};
}

QString DatePrecisions::csvText(QDate day, DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        break;
    case DatePrecision::Month:
        // "May 2009": "2011-12" would also read as the school year 2011-12.
        return QLocale::c().toString(day, QStringLiteral("MMM yyyy"));
    case DatePrecision::Year:
        return QStringLiteral("FY%1").arg(periodOf(day, precision).last().year());
    }
    return day.toString(Qt::ISODate);
}

} // namespace milepost
