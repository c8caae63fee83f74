// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace milepost {

// A wide file writes one column per year or per grade ("FY-2009" ... "FY-2014", "Grade K" ...
// "Grade 12"). Each column whose name matches pattern becomes a row of its own: the column's
// name gives field (the first capture group of pattern, or the whole name when it has none)
// and the cell gives valueField. The other mapped columns are repeated on every such row.
struct WideColumns final
{
    QString field;      // DatasetField::key, e.g. grade
    QString valueField; // DatasetField::key, e.g. count
    QString pattern;    // a regular expression matched against the whole trimmed header, ignoring case

    bool isSet() const { return !field.isEmpty(); }

    friend bool operator==(const WideColumns &, const WideColumns &) = default;
};

} // namespace milepost
