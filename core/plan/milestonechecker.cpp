// SPDX-License-Identifier: GPL-3.0-or-later
#include "milestonechecker.h"

#include "io/quotedvalue.h"

#include "time/quartercalendar.h"

#include <QStringList>

#include <algorithm>

namespace milepost {

namespace {

QString rangeText(const Milestone &milestone)
{
    return QStringLiteral("%1 – %2").arg(milestone.start.raw(), milestone.end.raw());
}

} // namespace

void MilestoneChecker::check(const Milestone &milestone, const QList<YearQuarter> &window, QList<Finding> &findings)
{
    const PlanDate &start = milestone.start;
    const PlanDate &end = milestone.end;

    if (start.isDated() && end.isDated() && end.lastDay() < start.firstDay()) {
        findings.append({milestone.sourceLine, 0, Finding::Kind::EndBeforeStart,
                         tr("%1 ends (%2) before it starts (%3)").arg(QuotedValue::quote(milestone.title), end.raw(), start.raw())});
        return;
    }

    const bool startKnown = start.isDated() || start.kind() == PlanDate::Kind::Ongoing;
    const bool endKnown = end.isDated() || end.kind() == PlanDate::Kind::Ongoing;
    if (window.isEmpty() || !startKnown || !endKnown)
        return;

    const auto calendar = QuarterCalendar::calendar();
    const QDate from = start.isDated() ? start.firstDay() : calendar.firstDay(window.first());
    const QDate to = end.isDated() ? end.lastDay() : calendar.lastDay(window.last());

    QStringList markedOutside;
    QStringList coveredUnmarked;
    for (const YearQuarter &quarter : window) {
        const QDate first = std::max(from, calendar.firstDay(quarter));
        const QDate last = std::min(to, calendar.lastDay(quarter));
        const qint64 overlapDays = first <= last ? first.daysTo(last) + 1 : 0;
        const bool marked = milestone.quarters.contains(quarter);
        if (marked && overlapDays == 0)
            markedOutside.append(calendar.label(quarter));
        else if (!marked && overlapDays >= minimumUnmarkedDays)
            coveredUnmarked.append(calendar.label(quarter));
    }
    if (markedOutside.isEmpty() && coveredUnmarked.isEmpty())
        return;

    QStringList parts;
    if (!markedOutside.isEmpty())
        parts.append(tr("marked %1, outside the dates").arg(markedOutside.join(QStringLiteral(", "))));
    if (!coveredUnmarked.isEmpty())
        parts.append(tr("dates cover %1, not marked").arg(coveredUnmarked.join(QStringLiteral(", "))));
    findings.append({milestone.sourceLine, 0, Finding::Kind::MarksDisagree,
                     tr("%1 (%2): %3").arg(QuotedValue::quote(milestone.title), rangeText(milestone), parts.join(QStringLiteral("; ")))});
}

} // namespace milepost
