// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/capitalproject.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace milepost {

// What a capital project's phases say about it on an as-of date: the stage it is in, what it
// costs, and whether it ends later than planned.
//
// A phase has ended when its actual end is known or its status says Complete; it has started
// when it has ended, its actual start is known or its status says In progress.
//
// Schedule: each phase with a planned end is measured. One that has ended on a known day is
// late by the days from the planned to the actual end (zero or less: on time). One still open
// after its planned end is late by at least the days from the planned end to the as-of date:
// the earliest it can still end. The project is as late as its latest phase.
struct CapitalProjectSummary final
{
    Q_DECLARE_TR_FUNCTIONS(CapitalProjectSummary)

public:
    enum class Stage { NotStarted, InProgress, BetweenPhases, Completed };
    enum class Schedule {
        NoPlannedEnd, // no phase has a planned end
        NotYetDue,    // every measured phase is still open and its planned end is still ahead
        Ended,        // measured on phases that ended: slipDays is how late the latest one was
        Open,         // a phase is still open past its planned end: late by at least slipDays
    };

    Stage stage = Stage::NotStarted;
    QString currentPhase; // the last phase that has started and not ended; empty unless InProgress
    // Sums of the phases' known amounts, in cents; nullopt when no phase gives one.
    std::optional<qint64> budget;
    std::optional<qint64> estimate;
    std::optional<qint64> spent;
    // Budget and estimate over the phases that give both, to tell over-budget projects.
    qint64 comparableBudget = 0;
    qint64 comparableEstimate = 0;
    bool comparable = false;
    QDate plannedEnd; // the latest planned end of a phase
    // As precisely as that phase's source wrote it; of ends on the same day, the least precise.
    DatePrecision plannedEndPrecision = DatePrecision::Day;
    Schedule schedule = Schedule::NoPlannedEnd;
    qint64 slipDays = 0; // Ended, Open: days late (negative: early)
    bool illustrative = false;

    bool isLate() const { return (schedule == Schedule::Ended || schedule == Schedule::Open) && slipDays > 0; }
    bool isOverBudget() const { return comparable && comparableEstimate > comparableBudget; }

    static QString stageName(Stage stage);
    static QString scheduleName(Schedule schedule);
    static bool hasEnded(const CapitalPhase &phase);
    static bool hasStarted(const CapitalPhase &phase);

    static CapitalProjectSummary of(const CapitalProject &project, const QDate &asOf);
};

} // namespace milepost
