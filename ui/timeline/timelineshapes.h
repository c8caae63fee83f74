// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/palette.h"

#include <QRectF>

#include <functional>

class QPainter;

namespace milepost {

// Drawing pieces the chart and its legend share, so the legend shows exactly what the bars do.
class TimelineShapes final
{
public:
    // Fills zone with fill() in vertical strips of falling opacity, the outermost the faintest
    // (outerOpacity): strips rather than a gradient, so a status pattern fades with its colour.
    static void paintFade(QPainter *painter, const QRectF &zone, bool fadeToLeft, qreal outerOpacity,
                          const std::function<void(const QRectF &)> &fill);
    // A one-pixel dotted vertical line: the cap of a month or quarter end.
    static void paintDottedVertical(QPainter *painter, qreal x, qreal top, qreal height, const QColor &colour);
    // A warning triangle with an exclamation mark, drawn rather than typed so it needs no font.
    static void paintWarningMarker(QPainter *painter, const QRectF &box, Palette::Mode mode);
};

} // namespace milepost
