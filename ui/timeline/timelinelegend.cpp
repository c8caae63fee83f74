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
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_options.font = font();
    updateDescription();
}

void TimelineLegend::setOptions(const TimelinePaintOptions &options)
{
    m_options = options;
    m_options.font = font();
    updateDescription();
    updateGeometry();
    update();
}

void TimelineLegend::updateDescription()
{
    // What a screen reader says for the legend: the same entries, in words.
    using Subject = TimelinePaintOptions::Subject;
    const bool grey = m_options.mode == Palette::Mode::Greyscale;
    QString text;
    switch (m_options.subject) {
    case Subject::Plan:
        text = grey ? tr("Done: darkest grey, solid. Overdue: dark grey, cross-hatched. On track: mid grey, lines rising "
                         "to the right. Due soon: light grey, dots. Not started: white, grey lines falling to the right. ")
                    : tr("Done: dark blue, solid. On track: sky blue, lines rising to the right. Due soon: yellow, dots. "
                         "Overdue: vermillion, cross-hatched. Not started: white, grey lines falling to the right. ");
        text += tr("A warning triangle marks a date that is not applicable or could not be read. Dark bars span phases "
                   "and objectives.");
        if (m_options.showBaseline)
            text += QLatin1Char(' ') + tr("A thin grey bar under a milestone's bar spans its dates in the baseline.");
        if (m_options.showMarks)
            text += QLatin1Char(' ')
                + tr("Quarter marks: a dot where the plan marks a quarter its dates reach, a ring where the dates do not "
                     "reach it, a hollow square on a dashed line where the dates cover a quarter the plan leaves "
                     "unmarked.");
        break;
    case Subject::CapitalProjects:
        text = tr("Phase ended: solid. Under way: lines rising to the right. Planned end within 30 days: dots. Open past "
                  "its planned end: cross-hatched. Not begun: lines falling to the right. The bar runs over the planned "
                  "dates, the thin dark line under it over the actual dates. A warning triangle marks a date the export "
                  "gives as a code or leaves out. Dark bars span projects and districts.");
        break;
    case Subject::Staffing:
        text = tr("Period over: solid. Current period: lines rising to the right. Period ahead: lines falling to the "
                  "right. Each bar is labelled with its hires, vacancies and positions. Dark bars span Local Districts "
                  "and job categories.");
        break;
    }
    text += QLatin1Char(' ') + tr("The solid line is the as-of date, the dashed line today.");
    setAccessibleDescription(text);
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
    // The system turned dark or light: the swatches follow, as the chart does.
    if (event->type() == QEvent::PaletteChange && m_options.mode != Palette::Mode::Greyscale) {
        m_options.mode = Palette::screenMode();
        update();
    }
}

} // namespace milepost
