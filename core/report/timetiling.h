// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

namespace milepost {

// Splits a timeline's date range into pieces that each fit one page width at a given scale,
// for printing "across": each piece starts on a quarter boundary when at least one whole
// quarter fits on a page, else on a month boundary, else wherever the width runs out.
class TimeTiling final
{
public:
    struct Tile
    {
        QDate first;
        QDate last;         // inclusive
        double width = 0;   // days × pointsPerDay
        qint64 dayCount() const { return first.daysTo(last) + 1; }
    };

    // The scale at which first..last fills width exactly (fit to page width).
    static double fitPointsPerDay(const QDate &first, const QDate &last, double width);
    // Tiles covering first..last (inclusive) without gaps or overlaps, none wider than width.
    // Empty when the range is invalid or a single day does not fit.
    // The tiles are as few as the width allows, cut as evenly as the boundaries let them be.
    static QList<Tile> tile(const QDate &first, const QDate &last, double width, double pointsPerDay);
    // The largest scale, at least pointsPerDay, that still needs no more tiles than pointsPerDay
    // does: the widest tile then fills the page instead of leaving its right part blank.
    static double fillPointsPerDay(const QDate &first, const QDate &last, double width, double pointsPerDay);

private:
    // The first day after each tile; with tileCount > 0 the cuts aim at even shares.
    static QList<QDate> cuts(const QDate &first, const QDate &last, qint64 maxDays, int tileCount);
};

} // namespace milepost
