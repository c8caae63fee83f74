// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timescale.h"

#include "time/quartercalendar.h"

#include <QCoreApplication>

namespace milepost {

// A linear time scale with calendar or fiscal quarters: tiers year / quarter / month, or
// quarter / month / week when zoomed in far enough for weeks. Fiscal years are named after the
// year they end in ("FY23 Q1" = July-September 2022 with the default July start).
//
// x = (days since the origin) × pixelsPerDay. Zooming changes pixelsPerDay only, so a date's
// x scales by the zoom factor; a view keeps a date under the mouse by scrolling.
class QuarterTimeScale final : public TimeScale
{
    Q_DECLARE_TR_FUNCTIONS(QuarterTimeScale)

public:
    // From weeks filling a screen (a week ~ 420 px) to decades (a year ~ 18 px).
    static constexpr qreal minimumPixelsPerDay = 0.05;
    static constexpr qreal maximumPixelsPerDay = 60.0;
    static constexpr qreal defaultPixelsPerDay = 2.0;
    // The narrowest cell a tier may have before the next coarser unit takes over.
    static constexpr qreal minimumWeekWidth = 36;
    static constexpr qreal minimumMonthWidth = 26;
    static constexpr qreal minimumQuarterWidth = 34;

    explicit QuarterTimeScale(QuarterCalendar calendar = QuarterCalendar::calendar(),
                              qreal pixelsPerDay = defaultPixelsPerDay, const QDate &origin = QDate(2000, 1, 1));

    const QuarterCalendar &calendar() const { return m_calendar; }
    void setCalendar(QuarterCalendar calendar) { m_calendar = calendar; }
    qreal pixelsPerDay() const { return m_pixelsPerDay; }
    // Clamped to the minimum and maximum.
    void setPixelsPerDay(qreal pixelsPerDay);
    const QDate &origin() const { return m_origin; }

    // The finest unit the header shows at the current zoom.
    TimeScaleTier::Unit finestUnit() const;

    qreal toX(const QDate &date) const override;
    QDate toDate(qreal x) const override;
    QList<TimeScaleTier> tiers(const QDate &first, const QDate &last) const override;

    // The zoom at which days first..last fill width pixels.
    static qreal pixelsPerDayToFit(const QDate &first, const QDate &last, qreal width);

private:
    TimeScaleTier tier(TimeScaleTier::Unit unit, const QDate &first, const QDate &last) const;
    TimeScaleCell yearCell(int year) const;
    TimeScaleCell quarterCell(YearQuarter quarter) const;
    static TimeScaleCell monthCell(int year, int month);
    static TimeScaleCell weekCell(const QDate &monday);

    QuarterCalendar m_calendar;
    qreal m_pixelsPerDay = defaultPixelsPerDay;
    QDate m_origin;
};

} // namespace milepost
