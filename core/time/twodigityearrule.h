// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace milepost {

// How a two-digit year becomes a four-digit one. Qt's "yy" reads 3/5/22 as 1922; district
// staff mean 2022. We follow the rule their spreadsheets use (Excel's default): 00-29 are
// 2000-2029 and 30-99 are 1930-1999. The pivot is configurable for imports that need another
// window, e.g. building dates from the 1920s.
struct TwoDigitYearRule final
{
    int pivot = 30; // two-digit years below the pivot are in the 2000s, the rest in the 1900s

    int expand(int twoDigitYear) const
    {
        return twoDigitYear < pivot ? 2000 + twoDigitYear : 1900 + twoDigitYear;
    }
};

} // namespace milepost
