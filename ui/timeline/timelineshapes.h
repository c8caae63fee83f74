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
    // How faint the outermost strip of a soft edge gets (an open edge fades to nothing).
    static constexpr qreal softEdgeOpacity = 0.3;

    // Fills zone with fill() in vertical strips of falling opacity, the outermost the faintest
    // (outerOpacity): strips rather than a gradient, so a status pattern fades with its colour.
    static void paintFade(QPainter *painter, const QRectF &zone, bool fadeToLeft, qreal outerOpacity,
                          const std::function<void(const QRectF &)> &fill);
    // A one-pixel dotted vertical line: the cap of a month or quarter end.
    static void paintDottedVertical(QPainter *painter, qreal x, qreal top, qreal height, const QColor &colour);
    // A warning triangle with an exclamation mark, drawn rather than typed so it needs no font.
    static void paintWarningMarker(QPainter *painter, const QRectF &box, Palette::Mode mode);
    // A square outline two pixels wide, hollow, centred on centre: whole pixels, no antialiasing.
    // The quarter-marks lane's sign of a quarter the dates cover but the plan leaves unmarked.
    static void paintHollowSquare(QPainter *painter, const QPointF &centre, qreal side, const QColor &colour,
                                  const QColor &inside);
    // A milestone recorded Deferred or Cancelled: no fill of the status scale, a dashed outline
    // on white, so that it reads as set aside and never as a status or a summary bar. shape is
    // the bar's rectangle, or the diamond's path for a one-day milestone.
    static void paintSetAside(QPainter *painter, const QPainterPath &shape, Palette::Mode mode);
};

} // namespace milepost
