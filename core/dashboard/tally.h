// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

namespace milepost {

// A figure as the database counts it: its value, how many rows feed it and whether one of them
// is sample data (and how much of the value they give), and the sources of its rows, without
// the rows themselves (a Figure lists them for drill-down). Counted over a million rows, the
// list would cost more than the number.
struct Tally final
{
    qint64 value = 0;
    qint64 rows = 0;
    bool illustrative = false;
    qint64 sampleValue = 0;
    QStringList sources;

    bool isEmpty() const { return rows == 0; }

    static Tally of(const Figure &figure)
    {
        return {figure.value, figure.rowCount(), figure.illustrative, figure.sampleValue, figure.sources};
    }
    Figure figure() const
    {
        Figure figure;
        figure.value = value;
        figure.counted = rows;
        figure.illustrative = illustrative;
        figure.sampleValue = sampleValue;
        figure.sources = sources;
        return figure;
    }

    friend bool operator==(const Tally &, const Tally &) = default;
};

} // namespace milepost
