// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetiling.h"

#include <cmath>

namespace milepost {

namespace {

constexpr double tolerance = 1e-6;

QDate nextQuarterStart(const QDate &date)
{
    const int firstMonthOfQuarter = (date.month() - 1) / 3 * 3 + 1;
    return QDate(date.year(), firstMonthOfQuarter, 1).addMonths(3);
}

QDate nextMonthStart(const QDate &date)
{
    return QDate(date.year(), date.month(), 1).addMonths(1);
}

} // namespace

double TimeTiling::fitPointsPerDay(const QDate &first, const QDate &last, double width)
{
    if (!first.isValid() || !last.isValid() || last < first || width <= 0)
        return 0;
    return width / double(first.daysTo(last) + 1);
}

QList<TimeTiling::Tile> TimeTiling::tile(const QDate &first, const QDate &last, double width, double pointsPerDay)
{
    QList<Tile> tiles;
    if (!first.isValid() || !last.isValid() || last < first || width <= 0 || pointsPerDay <= 0
        || pointsPerDay > width + tolerance)
        return tiles;
    const qint64 maxDays = qint64(std::floor(width / pointsPerDay + tolerance));
    QDate start = first;
    while (start <= last) {
        const QDate limit = start.addDays(maxDays); // the first day that does not fit
        QDate end;                                   // the first day of the next tile
        if (limit > last) {
            end = last.addDays(1);
        } else {
            // The furthest boundary that fits: quarters, then months, then the width itself.
            for (auto next : {nextQuarterStart, nextMonthStart}) {
                QDate boundary = next(start);
                QDate best;
                while (boundary <= limit) {
                    best = boundary;
                    boundary = next(boundary);
                }
                if (best.isValid()) {
                    end = best;
                    break;
                }
            }
            if (!end.isValid())
                end = limit;
        }
        Tile piece;
        piece.first = start;
        piece.last = end.addDays(-1);
        piece.width = double(piece.dayCount()) * pointsPerDay;
        tiles.append(piece);
        start = end;
    }
    return tiles;
}

} // namespace milepost
