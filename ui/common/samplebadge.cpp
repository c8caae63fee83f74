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

QString SampleBadge::explanation()
{
    return tr("Some of the rows behind this figure are marked illustrative: invented to fill a breakdown the "
              "source does not give. Open the figure to see its rows and which of them are illustrative.");
}

QRectF SampleBadge::paint(QPainter *painter, const QPointF &topRight, const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(bold);
    const QSizeF size(metrics.horizontalAdvance(text()) + 12, metrics.height() + 4);
    const QRectF rect(topRight - QPointF(size.width(), 0), size);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(edge(), 1));
    painter->setBrush(fill());
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter->setFont(bold);
    painter->setPen(ink());
    painter->drawText(rect, Qt::AlignCenter, text());
    painter->restore();
    return rect;
}

} // namespace milepost
