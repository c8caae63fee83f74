// SPDX-License-Identifier: GPL-3.0-or-later
#include "milestonestatus.h"

#include <array>

namespace milepost {

namespace {

constexpr std::array<MilestoneStatus::State, MilestoneStatus::stateCount> allStates{
    MilestoneStatus::State::Unknown, MilestoneStatus::State::NotStarted, MilestoneStatus::State::OnTrack,
    MilestoneStatus::State::DueSoon, MilestoneStatus::State::Overdue,    MilestoneStatus::State::Done};

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

MilestoneStatus MilestoneStatus::compute(const Milestone &milestone, const ObjectiveStatus &objective, const QDate &asOf,
                                         const Options &options)
{
    if (!asOf.isValid())
        return {State::Unknown, tr("No as-of date to compare with.")};
    if (const QString why = unusable(milestone.start, false); !why.isEmpty())
        return {State::Unknown, why};
    if (const QString why = unusable(milestone.end, true); !why.isEmpty())
        return {State::Unknown, why};

    const bool openStart = milestone.start.kind() == PlanDate::Kind::Ongoing;
    const bool openEnd = milestone.end.kind() == PlanDate::Kind::Ongoing;
    const QDate first = openStart ? QDate() : milestone.start.firstDay();
    const QDate last = openEnd ? QDate() : milestone.end.lastDay();
    if (!openStart && !openEnd && last < first)
        return {State::Unknown, tr("The end %1 falls before the start %2.").arg(dayText(last), dayText(first))};

    if (!openStart && first > asOf) {
        const qint64 days = asOf.daysTo(first);
        return {State::NotStarted, tr("Starts %1, in %2.", "date, day count").arg(dayText(first), dayCount(days))};
    }
    if (openEnd)
        return {State::OnTrack, tr("Begun and ongoing.")};

    const qint64 daysLeft = asOf.daysTo(last);
    if (daysLeft < 0) {
        const QString ended
            = tr("Ended %1, %2 before the as-of date.", "date, day count").arg(dayText(last), dayCount(-daysLeft));
        if (objective.state() == ObjectiveStatus::State::Completed)
            return {State::Done, tr("%1 The objective is Completed.", "ended sentence").arg(ended)};
        return {State::Overdue, tr("%1 The objective is %2, not Completed.", "ended sentence, objective state")
                                    .arg(ended, ObjectiveStatus::stateName(objective.state()))};
    }
    if (daysLeft == 0)
        return {State::DueSoon, tr("Ends on the as-of date, %1.").arg(dayText(last))};
    if (daysLeft <= options.dueSoonDays)
        return {State::DueSoon, tr("Ends %1, in %2.", "date, day count").arg(dayText(last), dayCount(daysLeft))};
    return {State::OnTrack, tr("Begun; ends %1, in %2.", "date, day count").arg(dayText(last), dayCount(daysLeft))};
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
    case State::Unknown:
        break;
    }
    return tr("Unknown");
}

} // namespace milepost
