// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>

namespace milepost {

// A calendar quarter: Q1 = January-March ... Q4 = October-December.
struct YearQuarter final
{
    int year = 0;
    int quarter = 0; // 1..4; 0 means "no quarter"

    bool isValid() const { return quarter >= 1 && quarter <= 4; }
    YearQuarter next() const { return quarter == 4 ? YearQuarter{year + 1, 1} : YearQuarter{year, quarter + 1}; }
    YearQuarter previous() const { return quarter == 1 ? YearQuarter{year - 1, 4} : YearQuarter{year, quarter - 1}; }
    // Quarters are numbered consecutively so that differences are quarter counts.
    int ordinal() const { return year * 4 + (quarter - 1); }
    static YearQuarter fromOrdinal(int ordinal) { return {ordinal / 4, ordinal % 4 + 1}; }

    friend auto operator<=>(const YearQuarter &, const YearQuarter &) = default;
};

} // namespace milepost
