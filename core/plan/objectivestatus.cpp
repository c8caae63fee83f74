// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectivestatus.h"

#include <QRegularExpression>

namespace milepost {

ObjectiveStatus ObjectiveStatus::parse(const QString &text)
{
    ObjectiveStatus status;
    status.m_text = text.trimmed();
    const QString simplified = status.m_text.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')).simplified();
    if (simplified.startsWith(QLatin1String("completed")) || simplified == QLatin1String("complete"))
        status.m_state = State::Completed;
    else if (simplified.startsWith(QLatin1String("in progress")) || simplified.startsWith(QLatin1String("on track")))
        status.m_state = State::InProgress;
    else if (simplified.startsWith(QLatin1String("not started")) || simplified.startsWith(QLatin1String("planned")))
        status.m_state = State::NotStarted;

    // "(Estimated completion - June 2023)", "(Estimated plan completion - August 31, 2022; program launch ...)"
    static const QRegularExpression estimate(
        QStringLiteral("estimated(?:\\s+\\w+)?\\s+completion\\s*[-–:]\\s*([^;)]+)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = estimate.match(status.m_text); m.hasMatch())
        status.m_estimatedCompletion = PlanDate::parse(m.captured(1));
    return status;
}

QString ObjectiveStatus::stateKey(State state)
{
    switch (state) {
    case State::NotStarted:
        return QStringLiteral("not_started");
    case State::InProgress:
        return QStringLiteral("in_progress");
    case State::Completed:
        return QStringLiteral("completed");
    case State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

ObjectiveStatus::State ObjectiveStatus::stateFromKey(const QString &key)
{
    for (State state : {State::NotStarted, State::InProgress, State::Completed}) {
        if (stateKey(state) == key)
            return state;
    }
    return State::Unknown;
}

QString ObjectiveStatus::stateName(State state)
{
    switch (state) {
    case State::NotStarted:
        return tr("Not started");
    case State::InProgress:
        return tr("In progress");
    case State::Completed:
        return tr("Completed");
    case State::Unknown:
        break;
    }
    return tr("Unknown");
}

} // namespace milepost
