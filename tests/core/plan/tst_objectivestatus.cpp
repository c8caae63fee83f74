// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "plan/objectivestatus.h"

using milepost::ObjectiveStatus;
using milepost::PlanDate;
using State = ObjectiveStatus::State;

TEST_CASE("objective status keeps the text and reads its state and estimate", "[plan][status]")
{
    struct Case
    {
        const char *text;
        State state;
        const char *estimate; // canonical, or "" when the text names none
    };
    const Case cases[] = {
        {"Completed", State::Completed, ""},
        {"Completed, with ongoing content creation", State::Completed, ""},
        {"In Progress (Estimated completion - June 2023)", State::InProgress, "2023-06"},
        {"In Progress (Estimated completion - April 2023)", State::InProgress, "2023-04"},
        {"In Progress (Estimated completion - June 21, 2022)", State::InProgress, "2022-06-21"},
        {"In-Progress (estimated completion - August 5, 2022)", State::InProgress, "2022-08-05"},
        {"In Progress (Estimated plan completion - August 31, 2022; program launch September 1, 2022)",
         State::InProgress, "2022-08-31"},
        {"Not started", State::NotStarted, ""},
        {"Paused pending funding", State::Unknown, ""},
    };
    for (const Case &c : cases) {
        INFO(c.text);
        const ObjectiveStatus status = ObjectiveStatus::parse(QString::fromUtf8(c.text));
        CHECK(status.text() == QString::fromUtf8(c.text));
        CHECK(status.state() == c.state);
        if (*c.estimate)
            CHECK(status.estimatedCompletion().canonical() == QString::fromUtf8(c.estimate));
        else
            CHECK(status.estimatedCompletion().problem() == PlanDate::Problem::Missing);
    }
}

TEST_CASE("status state keys round trip", "[plan][status]")
{
    for (State state : {State::Unknown, State::NotStarted, State::InProgress, State::Completed})
        CHECK(ObjectiveStatus::stateFromKey(ObjectiveStatus::stateKey(state)) == state);
    CHECK(ObjectiveStatus::stateFromKey(QStringLiteral("bogus")) == State::Unknown);
}
