// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace milepost {

class Breakdown;
struct Figure;

// What the store's figure queries do to figures computed in memory over some of the stored
// rows: number their rows as the whole table is listed, or count them instead of listing them.
class FigureRows final
{
public:
    // Each row r becomes numbers.at(r); numbers ascends, so the rows stay in order.
    static void renumber(Figure &figure, const QList<int> &numbers);
    static void renumber(Breakdown &breakdown, const QList<int> &numbers);

    // The rows counted (Figure::counted), no longer listed.
    static void count(Figure &figure);
    static void count(Breakdown &breakdown);
};

} // namespace milepost
