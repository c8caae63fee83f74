// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <string_view>

namespace milepost {

class Period;

// How precisely a source wrote a dataset's date: a day ("2009-05-14"), a month ("May 2009") or a
// school and fiscal year ("FY2012": July 2011 to June 2012, see Period). A month or a year is kept
// as one, never turned into a day somebody chose. It is stored as the day that stands for it
// where a day is needed, by the date's place in a span (DatasetField::spanEnd): its first day when
// it starts one, its last day when it ends one. So a phase planned to end in May 2009 is late from
// June 1, and figures and CHECKs that compare days hold without knowing of precision.
enum class DatePrecision : quint8 { Day, Month, Year };

class DatePrecisions final
{
public:
    // The stored word of a precision: "month", "year"; empty for a day (stored as NULL).
    static std::string_view storageKey(DatePrecision precision);
    // The precision a stored word names; Day for an empty or unknown one.
    static DatePrecision fromStorageKey(std::string_view key);
    // The precision of a month or school year period; Day for any other.
    static DatePrecision of(const Period &period);
    // The day that stands for period in a date (see above).
    static QDate standIn(const Period &period, bool spanEnd);
    // The period a stored day and precision stand for: the month or the school and fiscal year
    // that holds day. Invalid for Day.
    static Period periodOf(QDate day, DatePrecision precision);
    // What Milepost's own CSV writes, which its import reads back to the same value: a day as
    // ISO 8601 ("2009-05-14"), a month as "May 2009", a year as "FY2012". Untranslated.
    static QString csvText(QDate day, DatePrecision precision);
};

} // namespace milepost
