// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineshapes.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>

namespace milepost {

void TimelineShapes::paintFade(QPainter *painter, const QRectF &zone, bool fadeToLeft, qreal outerOpacity,
                               const std::function<void(const QRectF &)> &fill)
{
    if (zone.width() <= 0)
        return;
    const int steps = qBound(1, int(std::ceil(zone.width() / 3)), 24);
    const qreal step = zone.width() / steps;
    const qreal saved = painter->opacity();
    for (int k = 0; k < steps; ++k) {
        // k = 0 is the strip at the bar's outer end.
        const qreal x = fadeToLeft ? zone.left() + k * step : zone.right() - (k + 1) * step;
        const qreal opacity = outerOpacity + (1 - outerOpacity) * (k + 0.5) / steps;
        painter->setOpacity(saved * opacity);
        fill(QRectF(std::round(x), zone.top(), std::round(x + step) - std::round(x), zone.height()));
    }
    painter->setOpacity(saved);
}

void TimelineShapes::paintDottedVertical(QPainter *painter, qreal x, qreal top, qreal height, const QColor &colour)
{
    for (qreal y = top; y < top + height; y += 4)
        painter->fillRect(QRectF(x, y, 1, qMin<qreal>(2, top + height - y)), colour);
}

void TimelineShapes::paintWarningMarker(QPainter *painter, const QRectF &box, Palette::Mode mode)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QPolygonF triangle({{box.center().x(), box.top()}, {box.right(), box.bottom()}, {box.left(), box.bottom()}});
    const QColor ink = Palette::role(Palette::Role::HeaderText, mode);
    painter->setPen(QPen(ink, 1));
    painter->setBrush(Palette::role(Palette::Role::Warning, mode));
    painter->drawPolygon(triangle);
    const qreal cx = box.center().x();
    const qreal h = box.height();
    painter->setPen(QPen(ink, qMax<qreal>(1.2, h / 9), Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QPointF(cx, box.top() + h * 0.38), QPointF(cx, box.top() + h * 0.68));
    painter->drawPoint(QPointF(cx, box.top() + h * 0.83));
    painter->restore();
}

void TimelineShapes::paintSetAside(QPainter *painter, const QPainterPath &shape, Palette::Mode mode)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->fillPath(shape, Palette::statusColour(MilestoneStatus::State::NotStarted, mode));
    QPen pen(Palette::statusOutline(MilestoneStatus::State::NotStarted, mode), 1.2, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(shape);
    painter->restore();
}

void TimelineShapes::paintHollowSquare(QPainter *painter, const QPointF &centre, qreal side, const QColor &colour,
                                       const QColor &inside)
{
    const QRectF box(std::round(centre.x() - side / 2), std::round(centre.y() - side / 2), side, side);
    painter->fillRect(box, colour);
    painter->fillRect(box.adjusted(2, 2, -2, -2), inside);
}

} // namespace milepost
