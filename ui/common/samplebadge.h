// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class QPainter;

namespace milepost {

// The "Sample data" badge: shown wherever a figure rests on rows marked illustrative, on
// screen and in exported and printed charts alike. Dark text on the palette's yellow with an
// outline, so it reads in greyscale too; the tooltip says what it means.
class SampleBadge final : public QLabel
{
    Q_OBJECT

public:
    explicit SampleBadge(QWidget *parent = nullptr);

    static QString text();
    static QString explanation();
    // Paints the badge with its right edge at topRight; returns the rectangle it took.
    static QRectF paint(QPainter *painter, const QPointF &topRight, const QFont &font);
};

} // namespace milepost
