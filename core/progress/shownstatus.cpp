// SPDX-License-Identifier: GPL-3.0-or-later
#include "shownstatus.h"

#include <algorithm>

namespace milepost {

namespace {

// Singular and plural as separate source strings, as MilestoneStatus does.
QString dayCount(qint64 days)
{
    return days == 1 ? ShownStatus::tr("1 day") : ShownStatus::tr("%1 days").arg(days);
}

} // namespace

ShownStatus ShownStatus::of(const Milestone &milestone, const ObjectiveStatus &objective, const ProgressState *recorded,
                            const QDate &asOf, const MilestoneStatus::Options &options)
{
    ShownStatus shown;
    shown.m_computed = MilestoneStatus::compute(milestone, objective, asOf, options);
    if (recorded)
        shown.m_recorded = recorded->status();
    if (shown.m_recorded) {
        shown.m_reason = tr("Recorded as of %1.").arg(recorded->asOf.toString(Qt::ISODate));
    } else {
        shown.m_reason = shown.m_computed.reason();
    }

    const bool endDated = milestone.end.isDated();
    const QDate plannedEnd = endDated ? milestone.end.lastDay() : QDate();
    const QDate plannedStart = milestone.start.isDated() ? milestone.start.firstDay() : QDate();
    bool open = true;
    if (shown.m_recorded) {
        const ProgressStatus::Value status = *shown.m_recorded;
        if (status == ProgressStatus::Value::Done) {
            const QDate actualEnd = recorded->actualEnd();
            if (actualEnd.isValid() && endDated) {
                const qint64 late = plannedEnd.daysTo(actualEnd);
                shown.m_health = late > 0 ? Health::FinishedLate : Health::OnSchedule;
                shown.m_healthDays = std::max<qint64>(late, 0);
            } else {
                shown.m_health = Health::Closed;
            }
            return shown;
        }
        if (ProgressStatus::isClosed(status)) {
            shown.m_health = Health::Closed;
            return shown;
        }
    } else if (shown.m_computed.state() == MilestoneStatus::State::Done) {
        open = false;
    }
    if (!open) {
        shown.m_health = Health::Closed;
        return shown;
    }
    if (!asOf.isValid() || (!endDated && milestone.end.kind() != PlanDate::Kind::Ongoing)) {
        shown.m_health = Health::Unknown;
        return shown;
    }
    if (endDated && plannedEnd < asOf) {
        shown.m_health = Health::PastDue;
        shown.m_healthDays = plannedEnd.daysTo(asOf);
        return shown;
    }
    if (shown.m_recorded == ProgressStatus::Value::NotStarted && plannedStart.isValid() && plannedStart < asOf) {
        shown.m_health = Health::LateStart;
        shown.m_healthDays = plannedStart.daysTo(asOf);
        return shown;
    }
    shown.m_health = Health::OnSchedule;
    return shown;
}

MilestoneStatus::State ShownStatus::scheduleState() const
{
    using State = MilestoneStatus::State;
    const State computed = m_computed.state();
    if (!m_recorded)
        return computed;
    switch (*m_recorded) {
    case ProgressStatus::Value::Done:
        return State::Done;
    case ProgressStatus::Value::Deferred:
        return State::Deferred;
    case ProgressStatus::Value::Cancelled:
        return State::Cancelled;
    case ProgressStatus::Value::NotStarted:
    case ProgressStatus::Value::OnTrack:
    case ProgressStatus::Value::AtRisk:
    case ProgressStatus::Value::OffTrack:
        break;
    }
    if (computed == State::Done)
        return State::Overdue;
    if (computed == State::NotStarted && *m_recorded != ProgressStatus::Value::NotStarted)
        return State::OnTrack;
    return computed;
}

QString ShownStatus::label() const
{
    if (m_recorded)
        return ProgressStatus::label(*m_recorded);
    return tr("%1 (computed from dates)", "date rule's state").arg(MilestoneStatus::stateName(m_computed.state()));
}

QString ShownStatus::key() const
{
    if (m_recorded)
        return ProgressStatus::key(*m_recorded);
    return QStringLiteral("computed:") + MilestoneStatus::stateKey(m_computed.state());
}

QString ShownStatus::healthText() const
{
    switch (m_health) {
    case Health::LateStart:
        return tr("Planned start passed %1 ago").arg(dayCount(m_healthDays));
    case Health::PastDue:
        return tr("Planned end passed %1 ago").arg(dayCount(m_healthDays));
    case Health::FinishedLate:
        return tr("Finished %1 after the planned end").arg(dayCount(m_healthDays));
    case Health::Unknown:
    case Health::OnSchedule:
    case Health::Closed:
        break;
    }
    return {};
}

QString ShownStatus::healthKey(Health health)
{
    switch (health) {
    case Health::OnSchedule:
        return QStringLiteral("on_schedule");
    case Health::LateStart:
        return QStringLiteral("late_start");
    case Health::PastDue:
        return QStringLiteral("past_due");
    case Health::FinishedLate:
        return QStringLiteral("finished_late");
    case Health::Closed:
        return QStringLiteral("closed");
    case Health::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace milepost
