// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/dateprecision.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace milepost {

// Dates in the window, written one way everywhere: the locale's short form with the year in full
// (12/1/2026 in the United States, 1/12/2026 in Mexico, 2026-12-01 in Sweden). A two-digit year
// would be read back in the wrong century, and would hide the year a person typed.
class DateText final
{
public:
    // The locale's short date format with every year written with four digits.
    static QString format(const QLocale &locale = QLocale());
    static QString date(QDate date, const QLocale &locale = QLocale());
    // A dataset's date as precisely as its source wrote it (DatePrecisions): a day as date(), a
    // month as "May 2009", a school and fiscal year as "FY2012".
    static QString date(QDate date, DatePrecision precision, const QLocale &locale = QLocale());
    // The locale's long form without the weekday: "December 1, 2026", "1 de diciembre de 2026".
    static QString longDate(QDate date, const QLocale &locale = QLocale());
    // Date and the locale's short time, in local time.
    static QString dateTime(const QDateTime &moment, const QLocale &locale = QLocale());
};

} // namespace milepost
