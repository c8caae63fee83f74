// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurerows.h"

#include "dashboard/breakdown.h"
#include "dashboard/figure.h"

namespace milepost {

void FigureRows::renumber(Figure &figure, const QList<int> &numbers)
{
    for (int &row : figure.rows)
        row = numbers.at(row);
}

void FigureRows::renumber(Breakdown &breakdown, const QList<int> &numbers)
{
    for (int s = 0; s < breakdown.seriesCount(); ++s) {
        for (int c = 0; c < breakdown.categoryCount(); ++c)
            renumber(breakdown.at(s, c), numbers);
    }
}

void FigureRows::count(Figure &figure)
{
    figure.counted += figure.rows.size();
    figure.rows.clear();
}

void FigureRows::count(Breakdown &breakdown)
{
    for (int s = 0; s < breakdown.seriesCount(); ++s) {
        for (int c = 0; c < breakdown.categoryCount(); ++c)
            count(breakdown.at(s, c));
    }
}

} // namespace milepost
