// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartspec.h"

#include <QObject>
#include <QRectF>
#include <QStringList>

class QPainter;
class QWidget;

namespace milepost {

// What ChartWidget needs from a charting library: draw a ChartSpec, mark one element, paint
// itself onto any painter, and say which element was clicked or hovered. Qt Charts is the one
// implementation (QtChartsBackend); a move to Qt Graphs or KD Chart replaces that class only.
// An element is a (series, category) pair; in a donut the series is 0 and the category the slice.
class ChartBackend : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The surface the chart is drawn on; owned by the backend's parent widget.
    virtual QWidget *widget() const = 0;
    virtual void setSpec(const ChartSpec &spec) = 0;
    // The colours of the next setSpec(): the screen's (Palette::screenMode()) unless set, or
    // Colour for paper whatever the screen.
    virtual void setPaperColours(bool paper) = 0;
    // Marks the element the keyboard is on; (-1, -1) marks none.
    virtual void setCurrent(int series, int category) = 0;
    // Paints the chart, as the widget shows it, scaled into target.
    virtual void render(QPainter *painter, const QRectF &target) = 0;
    // Lays the chart out at size, whatever the widget's: a printed chart is laid out for the
    // paper, with its labels at the paper's size, then rendered into a target of that size.
    virtual void layoutAt(const QSizeF &size) = 0;
    // Where an element is drawn, in widget() coordinates; empty when it is not drawn.
    virtual QRectF elementRect(int series, int category) const = 0;
    // The value labels drawn now, in drawing order (the rest did not fit and show as tooltips).
    virtual QStringList valueLabels() const = 0;

Q_SIGNALS:
    void elementClicked(int series, int category);
    void elementHovered(int series, int category, bool entered);
};

} // namespace milepost
