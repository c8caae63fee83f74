// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/palette.h"

#include <QDate>
#include <QList>
#include <QStringList>

class QFont;
class QPainter;
class QRectF;

namespace milepost {

// One cell of a header tier: a year, a quarter, a month or a week.
struct TimeScaleCell final
{
    QDate first;
    QDate last;
    // Alternatives from the longest to the shortest ("July 2022", "Jul", "J"); the header shows
    // the longest that fits the cell.
    QStringList labels;
};

struct TimeScaleTier final
{
    enum class Unit { Week, Month, Quarter, Year };

    Unit unit = Unit::Year;
    QList<TimeScaleCell> cells;
};

// Maps dates to x and back and describes the header above the chart. x is in the scale's own
// coordinates: a painter subtracts the x it shows at its left edge.
//
// Days are half-open intervals on the x axis: day d covers [toX(d), toX(d + 1)), so a bar for
// d1..d2 inclusive runs from toX(d1) to toX(d2.addDays(1)).
//
// Public on purpose: the printed report, the tests and later views (dashboards drawing a date
// axis) use the same mapping the chart does.
class TimeScale
{
public:
    // The most tiers a header has; a header is always this tall so that rows do not move when
    // the zoom changes the number of tiers.
    static constexpr int maximumTierCount = 3;

    TimeScale() = default;
    virtual ~TimeScale() = default;
    TimeScale(const TimeScale &) = default;
    TimeScale &operator=(const TimeScale &) = default;

    virtual qreal toX(const QDate &date) const = 0;
    // The day that covers x.
    virtual QDate toDate(qreal x) const = 0;
    // The header's tiers for the days first..last, coarsest first; cells may reach beyond the
    // range so that the first and last cells are whole.
    virtual QList<TimeScaleTier> tiers(const QDate &first, const QDate &last) const = 0;

    // Paints the header tiers into rect; left is the scale x shown at rect.left().
    virtual void paintHeader(QPainter *painter, const QRectF &rect, qreal left, const QFont &font,
                             Palette::Mode mode) const;
    // Paints vertical grid lines into rect: fine ones at the finest tier's boundaries, strong
    // ones at the coarsest tier's.
    virtual void paintGrid(QPainter *painter, const QRectF &rect, qreal left, Palette::Mode mode) const;
};

} // namespace milepost
