// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "palette.h"

#include <QLabel>

#include <optional>

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
    // The badge of a figure of which share (0 to 1) is sample data: "Sample data · 12%"; text()
    // when the share is not known or the whole figure is sample data.
    static QString text(std::optional<double> share);
    // "12% of this figure is sample data"; a share that rounds to 0% or 100% without being
    // either says "less than 1%" or "more than 99%", so that the words are never wrong.
    static QString shareText(double share);
    static QString percent(double share);
    static QString explanation();
    // Paints the badge with its right edge at topRight, in greyscale on a greyscale page;
    // returns the rectangle it took.
    static QRectF paint(QPainter *painter, const QPointF &topRight, const QFont &font,
                        Palette::Mode mode = Palette::Mode::Colour);
    static QRectF paint(QPainter *painter, const QPointF &topRight, const QFont &font, const QString &text,
                        Palette::Mode mode = Palette::Mode::Colour);
};

} // namespace milepost
