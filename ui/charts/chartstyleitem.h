// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartspec.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace milepost {

// A chart style's pattern over a bar, a slice or a legend swatch, laid over the plain fill Qt
// Charts draws, on screen and on paper alike (ChartStyle::paintPattern). It takes no mouse
// buttons and no hover, so that clicks and tooltips reach the bar or slice under it. With no
// shape of its own it covers its parent, a legend marker's rectangle, wherever the legend puts it.
class ChartStyleItem final : public QGraphicsItem
{
public:
    ChartStyleItem(const QPainterPath &shape, const ChartStyle &style, QGraphicsItem *parent);
    // Over the rectangle of parent, a legend's marker.
    ChartStyleItem(const ChartStyle &style, QGraphicsRectItem *parent);

    const ChartStyle &style() const { return m_style; }
    // The shape the pattern fills, in item coordinates.
    QPainterPath patternShape() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Sets a type the legend's swatches can be told by (qgraphicsitem_cast).
    enum { Type = UserType + 0x4D50 };
    int type() const override { return Type; }

private:
    QPainterPath m_shape;
    ChartStyle m_style;
    QGraphicsRectItem *m_marker = nullptr;
};

} // namespace milepost
