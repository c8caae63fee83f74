// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace milepost {

// Natural order, ignoring case: runs of digits compare by their number, so that district "10"
// follows "9" and "LD 2" comes before "LD 10". Our own rather than QCollator's numeric mode,
// which the C locale does not support.
struct NaturalOrder final
{
    // Negative, zero or positive as a sorts before, with or after b.
    static int compare(const QString &a, const QString &b);
    bool operator()(const QString &a, const QString &b) const { return compare(a, b) < 0; }
};

} // namespace milepost
