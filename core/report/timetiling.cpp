// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetiling.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

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
    if (!first.isValid() || !last.isValid() || last < first || width <= 0 || pointsPerDay <= 0
        || pointsPerDay > width + tolerance)
        return {};
    const qint64 maxDays = qint64(std::floor(width / pointsPerDay + tolerance));
    // As few tiles as fit, then the same number again with the cuts spread evenly, so that the
    // last page across is not a sliver: 16 quarters at 5 a page print as 4 + 4 + 4 + 4, not
    // 5 + 5 + 5 + 1.
    const QList<QDate> greedy = cuts(first, last, maxDays, 0);
    const QList<QDate> balanced = cuts(first, last, maxDays, int(greedy.size()));
    const QList<QDate> &chosen = balanced.size() == greedy.size() ? balanced : greedy;

    QList<Tile> tiles;
    QDate start = first;
    for (const QDate &end : chosen) {
        Tile piece;
        piece.first = start;
        piece.last = end.addDays(-1);
        piece.width = double(piece.dayCount()) * pointsPerDay;
        tiles.append(piece);
        start = end;
    }
    return tiles;
}

double TimeTiling::fillPointsPerDay(const QDate &first, const QDate &last, double width, double pointsPerDay)
{
    const qsizetype count = tile(first, last, width, pointsPerDay).size();
    if (count == 0)
        return pointsPerDay;
    // More points per day never means fewer tiles: bisect between the scale given and the one
    // at which the whole range would fill the tiles' width exactly.
    double fits = pointsPerDay;
    double tooWide = fitPointsPerDay(first, last, width * double(count)) * (1 + tolerance);
    if (tooWide <= fits)
        return fits;
    for (int step = 0; step < 40 && tooWide - fits > fits * 1e-4; ++step) {
        const double middle = (fits + tooWide) / 2;
        const qsizetype tiles = tile(first, last, width, middle).size();
        if (tiles > 0 && tiles <= count)
            fits = middle;
        else
            tooWide = middle;
    }
    return fits;
}

QList<QDate> TimeTiling::cuts(const QDate &first, const QDate &last, qint64 maxDays, int tileCount)
{
    QList<QDate> ends; // the first day after each tile
    QDate start = first;
    while (start <= last) {
        const QDate limit = start.addDays(maxDays); // the first day that does not fit
        if (limit > last) {
            ends.append(last.addDays(1));
            break;
        }
        // Aim for an even share of what is left when the number of tiles is known, else as far
        // as the width goes.
        const int left = tileCount - int(ends.size());
        const QDate target = left > 1 ? start.addDays((start.daysTo(last) + 1) / left) : limit;
        QDate end;
        // The boundary nearest the target that fits: quarters, then months, then the width itself.
        for (auto next : {nextQuarterStart, nextMonthStart}) {
            QDate best;
            for (QDate boundary = next(start); boundary <= limit; boundary = next(boundary)) {
                if (!best.isValid() || std::abs(boundary.daysTo(target)) <= std::abs(best.daysTo(target)))
                    best = boundary;
            }
            if (best.isValid()) {
                end = best;
                break;
            }
        }
        if (!end.isValid())
            end = std::min(limit, target > start ? target : limit);
        ends.append(end);
        start = end;
    }
    return ends;
}

} // namespace milepost
