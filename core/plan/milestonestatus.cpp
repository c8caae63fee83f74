// SPDX-License-Identifier: GPL-3.0-or-later
#include "milestonestatus.h"

#include <array>

namespace milepost {

namespace {

constexpr std::array<MilestoneStatus::State, MilestoneStatus::stateCount> allStates{
    MilestoneStatus::State::Unknown, MilestoneStatus::State::NotStarted, MilestoneStatus::State::OnTrack,
    MilestoneStatus::State::DueSoon, MilestoneStatus::State::Overdue,    MilestoneStatus::State::Done,
    MilestoneStatus::State::Deferred, MilestoneStatus::State::Cancelled};

// Why a start or end gives nothing to compare with; empty when it does.
QString unusable(const PlanDate &date, bool isEnd)
{
    switch (date.kind()) {
    case PlanDate::Kind::Exact:
    case PlanDate::Kind::Month:
    case PlanDate::Kind::Quarter:
    case PlanDate::Kind::Ongoing:
        return {};
    case PlanDate::Kind::NotApplicable:
        return isEnd ? MilestoneStatus::tr("The end is given as “%1”.").arg(date.raw().isEmpty() ? date.displayText() : date.raw())
                     : MilestoneStatus::tr("The start is given as “%1”.").arg(date.raw().isEmpty() ? date.displayText() : date.raw());
    case PlanDate::Kind::Invalid:
        break;
    }
    if (date.raw().isEmpty())
        return isEnd ? MilestoneStatus::tr("The end is missing.") : MilestoneStatus::tr("The start is missing.");
    return isEnd ? MilestoneStatus::tr("The end “%1” could not be read.").arg(date.raw())
                 : MilestoneStatus::tr("The start “%1” could not be read.").arg(date.raw());
}

QString dayText(const QDate &date)
{
    return PlanDate::exact(date).displayText();
}

// Singular and plural as separate source strings, so that English reads right without a
// translation file (as CountText does).
QString dayCount(qint64 days)
{
    return days == 1 ? MilestoneStatus::tr("1 day") : MilestoneStatus::tr("%1 days").arg(days);
}

} // namespace

MilestoneStatus::State MilestoneStatus::stateOf(const Milestone &milestone, const ObjectiveStatus &objective,
                                                const QDate &asOf, const Options &options)
{
    if (!asOf.isValid() || !unusable(milestone.start, false).isEmpty() || !unusable(milestone.end, true).isEmpty())
        return State::Unknown;
    const bool openStart = milestone.start.kind() == PlanDate::Kind::Ongoing;
    const bool openEnd = milestone.end.kind() == PlanDate::Kind::Ongoing;
    const QDate first = openStart ? QDate() : milestone.start.firstDay();
    const QDate last = openEnd ? QDate() : milestone.end.lastDay();
    if (!openStart && !openEnd && last < first)
        return State::Unknown;
    if (!openStart && first > asOf)
        return State::NotStarted;
    if (openEnd)
        return State::OnTrack;
    const qint64 daysLeft = asOf.daysTo(last);
    if (daysLeft < 0)
        return objective.state() == ObjectiveStatus::State::Completed ? State::Done : State::Overdue;
    if (daysLeft <= options.dueSoonDays)
        return State::DueSoon;
    return State::OnTrack;
}

MilestoneStatus MilestoneStatus::compute(const Milestone &milestone, const ObjectiveStatus &objective, const QDate &asOf,
                                         const Options &options)
{
    const State state = stateOf(milestone, objective, asOf, options);
    return {state, reasonFor(state, milestone, objective, asOf)};
}

QString MilestoneStatus::reasonFor(State state, const Milestone &milestone, const ObjectiveStatus &objective,
                                   const QDate &asOf)
{
    const QDate first = milestone.start.isDated() ? milestone.start.firstDay() : QDate();
    const QDate last = milestone.end.isDated() ? milestone.end.lastDay() : QDate();
    const qint64 daysLeft = last.isValid() && asOf.isValid() ? asOf.daysTo(last) : 0;
    switch (state) {
    case State::Unknown:
        if (!asOf.isValid())
            return tr("No as-of date to compare with.");
        if (const QString why = unusable(milestone.start, false); !why.isEmpty())
            return why;
        if (const QString why = unusable(milestone.end, true); !why.isEmpty())
            return why;
        return tr("The end %1 falls before the start %2.").arg(dayText(last), dayText(first));
    case State::NotStarted:
        return tr("Starts %1, in %2.", "date, day count").arg(dayText(first), dayCount(asOf.daysTo(first)));
    case State::OnTrack:
        if (milestone.end.kind() == PlanDate::Kind::Ongoing)
            return tr("Begun and ongoing.");
        return tr("Begun; ends %1, in %2.", "date, day count").arg(dayText(last), dayCount(daysLeft));
    case State::DueSoon:
        if (daysLeft == 0)
            return tr("Ends on the as-of date, %1.").arg(dayText(last));
        return tr("Ends %1, in %2.", "date, day count").arg(dayText(last), dayCount(daysLeft));
    case State::Deferred:
        return tr("Recorded as deferred: put off to a later plan.");
    case State::Cancelled:
        return tr("Recorded as cancelled: it will not be done.");
    case State::Done:
    case State::Overdue:
        break;
    }
    const QString ended = tr("Ended %1, %2 before the as-of date.", "date, day count").arg(dayText(last), dayCount(-daysLeft));
    if (state == State::Done)
        return tr("%1 The objective is Completed.", "ended sentence").arg(ended);
    return tr("%1 The objective is %2, not Completed.", "ended sentence, objective state")
        .arg(ended, ObjectiveStatus::stateName(objective.state()));
}

QString MilestoneStatus::stateKey(State state)
{
    switch (state) {
    case State::NotStarted:
        return QStringLiteral("not_started");
    case State::OnTrack:
        return QStringLiteral("on_track");
    case State::DueSoon:
        return QStringLiteral("due_soon");
    case State::Overdue:
        return QStringLiteral("overdue");
    case State::Done:
        return QStringLiteral("done");
    case State::Deferred:
        return QStringLiteral("deferred");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

MilestoneStatus::State MilestoneStatus::stateFromKey(const QString &key, bool *ok)
{
    for (State state : allStates) {
        if (stateKey(state) == key) {
            if (ok)
                *ok = true;
            return state;
        }
    }
    if (ok)
        *ok = false;
    return State::Unknown;
}

QString MilestoneStatus::stateName(State state)
{
    switch (state) {
    case State::NotStarted:
        return tr("Not started");
    case State::OnTrack:
        return tr("On track");
    case State::DueSoon:
        return tr("Due soon");
    case State::Overdue:
        return tr("Overdue");
    case State::Done:
        return tr("Done");
    case State::Deferred:
        return tr("Deferred");
    case State::Cancelled:
        return tr("Cancelled");
    case State::Unknown:
        break;
    }
    return tr("Unknown");
}

} // namespace milepost
