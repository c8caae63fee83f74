// SPDX-License-Identifier: GPL-3.0-or-later
#include "timescale.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace milepost {

namespace {

constexpr qreal labelPadding = 4;

// x of a day's left edge inside a painter's rect, on a whole pixel so that lines and bars
// meet without a seam.
qreal snapped(qreal x)
{
    return std::round(x);
}

} // namespace

void TimeScale::paintHeader(QPainter *painter, const QRectF &rect, qreal left, const QFont &font, Palette::Mode mode) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setClipRect(rect, Qt::IntersectClip);
    painter->fillRect(rect, Palette::role(Palette::Role::HeaderBackground, mode));
    painter->setFont(font);
    const QFontMetricsF metrics(font);

    const QList<TimeScaleTier> allTiers = tiers(toDate(left), toDate(left + rect.width()));
    const int count = int(allTiers.size());
    if (count == 0) {
        painter->restore();
        return;
    }
    const qreal tierHeight = rect.height() / count;
    const QPen fine(Palette::role(Palette::Role::Grid, mode).darker(115), 0);
    const QPen strong(Palette::role(Palette::Role::GridStrong, mode), 0);
    const QColor text = Palette::role(Palette::Role::HeaderText, mode);

    for (int t = 0; t < count; ++t) {
        const TimeScaleTier &tier = allTiers.at(t);
        const qreal top = rect.top() + t * tierHeight;
        const qreal bottom = t == count - 1 ? rect.bottom() : top + tierHeight;
        painter->setPen(fine);
        painter->drawLine(QPointF(rect.left(), snapped(bottom) - 1), QPointF(rect.right(), snapped(bottom) - 1));

        // One label format for the whole tier, the longest that every whole cell in view can
        // take: "Jan 2022, Feb 2022" rather than "Jan 2022, Feb, Mar 2022".
        int level = 0;
        for (const TimeScaleCell &cell : tier.cells) {
            const qreal x0 = rect.left() + toX(cell.first) - left;
            const qreal x1 = rect.left() + toX(cell.last.addDays(1)) - left;
            if (x0 < rect.left() || x1 > rect.right() + 1)
                continue; // cells cut by the edge must not force the rest into short labels
            const qreal room = x1 - x0 - 2 * labelPadding;
            int fits = int(cell.labels.size());
            for (int i = 0; i < cell.labels.size(); ++i) {
                if (metrics.horizontalAdvance(cell.labels.at(i)) <= room) {
                    fits = i;
                    break;
                }
            }
            level = qMax(level, fits);
        }

        for (const TimeScaleCell &cell : tier.cells) {
            const qreal x0 = snapped(rect.left() + toX(cell.first) - left);
            const qreal x1 = snapped(rect.left() + toX(cell.last.addDays(1)) - left);
            painter->setPen(t == 0 ? strong : fine);
            painter->drawLine(QPointF(x0, top), QPointF(x0, bottom));
            // A cell cut by the edge of the view keeps its label in its visible part, shorter
            // if it must, and none rather than a clipped one.
            const qreal visibleLeft = qMax(x0, rect.left());
            const qreal visibleRight = qMin(x1, rect.right());
            const qreal room = visibleRight - visibleLeft - 2 * labelPadding;
            QString label;
            for (qsizetype i = qMin<qsizetype>(level, cell.labels.size()); i < cell.labels.size(); ++i) {
                if (metrics.horizontalAdvance(cell.labels.at(i)) <= room) {
                    label = cell.labels.at(i);
                    break;
                }
            }
            if (label.isEmpty())
                continue;
            const qreal width = metrics.horizontalAdvance(label);
            painter->setPen(text);
            painter->drawText(QRectF(visibleLeft + labelPadding, top, width + 1, bottom - top),
                              Qt::AlignLeft | Qt::AlignVCenter, label);
        }
    }
    painter->restore();
}

void TimeScale::paintGrid(QPainter *painter, const QRectF &rect, qreal left, Palette::Mode mode) const
{
    const QList<TimeScaleTier> allTiers = tiers(toDate(left), toDate(left + rect.width()));
    if (allTiers.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setClipRect(rect, Qt::IntersectClip);
    const auto drawLines = [&](const TimeScaleTier &tier, const QColor &colour) {
        painter->setPen(QPen(colour, 0));
        for (const TimeScaleCell &cell : tier.cells) {
            const qreal x = snapped(rect.left() + toX(cell.first) - left);
            if (x >= rect.left() && x <= rect.right())
                painter->drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
        }
    };
    drawLines(allTiers.constLast(), Palette::role(Palette::Role::Grid, mode));
    if (allTiers.size() > 1)
        drawLines(allTiers.constFirst(), Palette::role(Palette::Role::GridStrong, mode));
    painter->restore();
}

} // namespace milepost
