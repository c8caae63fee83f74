// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplebadge.h"

#include "palette.h"

#include <QPainter>

namespace milepost {

namespace {

QColor fill()
{
    return Palette::hue(Palette::Hue::Yellow);
}

QColor ink()
{
    return Palette::role(Palette::Role::HeaderText);
}

QColor edge()
{
    return QColor(0x50, 0x50, 0x50);
}

} // namespace

SampleBadge::SampleBadge(QWidget *parent)
    : QLabel(text(), parent)
{
    setObjectName(QStringLiteral("sampleBadge"));
    setAccessibleName(text());
    setAccessibleDescription(explanation());
    setToolTip(explanation());
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 3px;"
                                 " padding: 0px 5px; font-weight: bold; }")
                      .arg(fill().name(), ink().name(), edge().name()));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QString SampleBadge::text()
{
    return tr("Sample data");
}

QString SampleBadge::text(std::optional<double> share)
{
    // All of it sample data: the plain badge says so, and keeps the tile's room for its value.
    return share && *share < 1 ? tr("Sample data · %1", "share of the figure").arg(percent(*share)) : text();
}

QString SampleBadge::percent(double share)
{
    if (share > 0 && share < 0.005)
        return tr("<1%", "a share above 0 that rounds to 0%");
    if (share < 1 && share >= 0.995)
        return tr(">99%", "a share below 100% that rounds to 100%");
    return tr("%1%", "percent").arg(qRound(share * 100));
}

QString SampleBadge::shareText(double share)
{
    if (share > 0 && share < 0.005)
        return tr("Less than 1% of this figure is sample data.");
    if (share < 1 && share >= 0.995)
        return tr("More than 99% of this figure is sample data.");
    return tr("%1% of this figure is sample data.").arg(qRound(share * 100));
}

QString SampleBadge::explanation()
{
    return tr("Some of the rows behind this figure are marked illustrative: invented to fill a breakdown the "
              "source does not give. Open the figure to see its rows and which of them are illustrative.");
}

QRectF SampleBadge::paint(QPainter *painter, const QPointF &topRight, const QFont &font, Palette::Mode mode)
{
    return paint(painter, topRight, font, text(), mode);
}

QRectF SampleBadge::paint(QPainter *painter, const QPointF &topRight, const QFont &font, const QString &text,
                          Palette::Mode mode)
{
    const auto inMode = [mode](const QColor &colour) {
        return mode == Palette::Mode::Greyscale ? Palette::toGrey(colour) : colour;
    };
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(bold);
    const QSizeF size(metrics.horizontalAdvance(text) + 12, metrics.height() + 4);
    const QRectF rect(topRight - QPointF(size.width(), 0), size);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(inMode(edge()), 1));
    painter->setBrush(inMode(fill()));
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter->setFont(bold);
    painter->setPen(inMode(ink()));
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
    return rect;
}

} // namespace milepost
