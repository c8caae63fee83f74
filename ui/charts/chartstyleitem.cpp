// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyleitem.h"

#include <QGraphicsRectItem>
#include <QPainter>

#include <algorithm>

namespace milepost {

ChartStyleItem::ChartStyleItem(const QPainterPath &shape, const ChartStyle &style, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_shape(shape)
    , m_style(style)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

ChartStyleItem::ChartStyleItem(const ChartStyle &style, QGraphicsRectItem *parent)
    : ChartStyleItem(QPainterPath(), style, parent)
{
    m_marker = parent;
}

QPainterPath ChartStyleItem::patternShape() const
{
    if (!m_marker)
        return m_shape;
    // Inside the marker's outline, which Qt Charts draws over the edge of its rectangle.
    QPainterPath path;
    const qreal inset = m_marker->pen().style() == Qt::NoPen ? 0 : std::max<qreal>(0.5, m_marker->pen().widthF() / 2);
    path.addRect(m_marker->rect().adjusted(inset, inset, -inset, -inset));
    return path;
}

QRectF ChartStyleItem::boundingRect() const
{
    return patternShape().boundingRect();
}

void ChartStyleItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    m_style.paintPattern(painter, patternShape());
    painter->restore();
}

} // namespace milepost
