// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinepaintoptions.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace milepost {

// The timeline's legend, for the screen (TimelineLegend) and paper (TimelinePainter::paintLegend):
// every status with its colour and pattern in the terms of what is shown (plan, capital
// projects, staffing), the summary bar, the soft and open ends, the warning marker, the actual
// dates, the lines and, when shown, the quarter marks. Drawn with the chart's own shapes.
class TimelineLegendPainter final
{
    Q_DECLARE_TR_FUNCTIONS(TimelineLegendPainter)

public:
    // Flows in lines across rect.width(); returns the height it used. With painter null it
    // only measures.
    static qreal paint(QPainter *painter, const QRectF &rect, const TimelinePaintOptions &options);
};

} // namespace milepost
