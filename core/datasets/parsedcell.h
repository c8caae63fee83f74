// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dateprecision.h"

#include <QtGlobal>

#include <string_view>

namespace milepost {

// One field of an imported row after parsing, as the store takes it. Text is UTF-8 and points
// into the row being imported, so nothing is copied per row; it is valid until the next row.
struct ParsedCell final
{
    enum class State : quint8 { Missing, Value, NotApplicable };

    State state = State::Missing;
    std::string_view text; // Text, TextList, Choice, Period: the value; NotApplicable: the code
    qint64 number = 0;     // Integer; Money in cents; Percent in hundredths; Flag 0/1;
                           // Date and the first day of a Period as a Julian day
    qint64 last = 0;       // the last day of a Period, as a Julian day
    DatePrecision precision = DatePrecision::Day; // Date: a month or a year stands in number

    bool hasValue() const { return state == State::Value; }
};

} // namespace milepost
