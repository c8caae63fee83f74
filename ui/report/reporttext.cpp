// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace milepost {

qreal ReportText::wrappedHeight(const QFont &font, const QString &text, qreal width)
{
    if (text.isEmpty())
        return 0;
    return std::ceil(QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), wrapFlags, text).height());
}

qreal ReportText::paintFacts(QPainter *painter, const ReportStyle &style, const QRectF &rect,
                             const QList<std::pair<QString, QString>> &facts)
{
    const QFont label = style.font(9.5, QFont::Bold);
    const QFont value = style.bodyFont();
    const qreal labelWidth = ReportStyle::fromPoints(100);
    const qreal gap = ReportStyle::fromPoints(4);
    qreal y = rect.top();
    for (const auto &[name, text] : facts) {
        const qreal height = std::max(wrappedHeight(value, text, rect.width() - labelWidth), wrappedHeight(label, name, labelWidth));
        if (painter) {
            painter->setPen(style.text());
            painter->setFont(label);
            painter->drawText(QRectF(rect.left(), y, labelWidth, height), wrapFlags, name);
            painter->setFont(value);
            painter->drawText(QRectF(rect.left() + labelWidth, y, rect.width() - labelWidth, height), wrapFlags, text);
        }
        y += height + gap;
    }
    return y - rect.top();
}

} // namespace milepost
