// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "time/plandate.h"

#include <QCoreApplication>
#include <QString>

namespace milepost {

// An objective's STATUS line: the text exactly as written, and what we read from it.
class ObjectiveStatus final
{
    Q_DECLARE_TR_FUNCTIONS(ObjectiveStatus)

public:
    enum class State { Unknown, NotStarted, InProgress, Completed };

    ObjectiveStatus() = default;
    // "Completed", "Completed, with ongoing content creation",
    // "In Progress (Estimated completion - June 2023)", "In-Progress (estimated completion - August 5, 2022)".
    static ObjectiveStatus parse(const QString &text);

    const QString &text() const { return m_text; }
    State state() const { return m_state; }
    // Month or day precision; invalid (missing) when the text names no completion date.
    const PlanDate &estimatedCompletion() const { return m_estimatedCompletion; }

    static QString stateKey(State state);
    static State stateFromKey(const QString &key);
    static QString stateName(State state);

    friend bool operator==(const ObjectiveStatus &, const ObjectiveStatus &) = default;

private:
    QString m_text;
    State m_state = State::Unknown;
    PlanDate m_estimatedCompletion;
};

} // namespace milepost
