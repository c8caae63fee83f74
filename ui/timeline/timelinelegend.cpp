// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelegend.h"

#include "timelinepainter.h"

#include <QEvent>
#include <QPainter>

#include <cmath>

namespace milepost {

namespace {

constexpr int margin = 4;

} // namespace

TimelineLegend::TimelineLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineLegend"));
    setAccessibleName(tr("Timeline legend"));
    setAccessibleDescription(tr("Done: dark blue, solid. On track: sky blue, lines rising to the right. Due soon: "
                                "yellow, dots. Overdue: vermillion, cross-hatched. Not started: white, grey lines "
                                "falling to the right. A warning "
                                "triangle marks a date that is not applicable or could not be read. Dark bars span "
                                "phases and objectives. The solid black line is the as-of date, the dashed line today."));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_options.font = font();
}

void TimelineLegend::setOptions(const TimelinePaintOptions &options)
{
    m_options = options;
    m_options.font = font();
    updateGeometry();
    update();
}

int TimelineLegend::heightForWidth(int width) const
{
    const QRectF area(margin, margin, width - 2 * margin, 1000);
    return int(std::ceil(TimelinePainter::paintLegend(nullptr, area, m_options))) + 2 * margin;
}

QSize TimelineLegend::sizeHint() const
{
    const int width = qMax(400, this->width());
    return {width, heightForWidth(width)};
}

QSize TimelineLegend::minimumSizeHint() const
{
    return {200, heightForWidth(qMax(200, width()))};
}

void TimelineLegend::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    TimelinePainter::paintLegend(&painter, QRectF(rect()).adjusted(margin, margin, -margin, -margin), m_options);
}

void TimelineLegend::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_options.font = font();
        updateGeometry();
    }
}

} // namespace milepost
