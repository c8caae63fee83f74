// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineheader.h"

#include "timelinechart.h"

#include "time/plandate.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace milepost {

TimelineHeader::TimelineHeader(TimelineChart *chart)
    : QWidget(chart)
    , m_chart(chart)
{
    setObjectName(QStringLiteral("timelineHeader"));
    setAccessibleName(tr("Time scale"));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void TimelineHeader::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    TimelinePaintOptions options = m_chart->paintOptions();
    options.parts = TimelinePaintOptions::Parts(TimelinePaintOptions::Part::Header) | TimelinePaintOptions::Part::Lines;
    options.headerHeight = height();
    m_chart->painter().paint(&painter, rect(), options);
}

bool TimelineHeader::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    // The full names of the year, quarter and month (or week) under the pointer.
    const auto *help = static_cast<QHelpEvent *>(event);
    const TimelinePaintOptions options = m_chart->paintOptions();
    const QDate date = m_chart->scale().toDate(options.left + help->pos().x());
    QStringList lines;
    for (const TimeScaleTier &tier : m_chart->scale().tiers(date, date)) {
        for (const TimeScaleCell &cell : tier.cells) {
            if (cell.first <= date && date <= cell.last && !cell.labels.isEmpty())
                lines << cell.labels.constFirst();
        }
    }
    lines << PlanDate::exact(date).displayText();
    QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
    return true;
}

} // namespace milepost
