// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalprojectsummary.h"

namespace milepost {

namespace {

// "Complete", "Completed", "In-Progress", "in progress": status words as exports write them.
QString statusWords(const QString &status)
{
    return status.toCaseFolded().replace(QLatin1Char('-'), QLatin1Char(' ')).simplified();
}

void addAmount(std::optional<qint64> &sum, const Applicable<Money> &amount)
{
    if (amount.isKnown())
        sum = sum.value_or(0) + amount.value().cents();
}

} // namespace

bool CapitalProjectSummary::hasEnded(const CapitalPhase &phase)
{
    if (phase.actualEnd.isKnown())
        return true;
    const QString words = statusWords(phase.status);
    return words == QLatin1String("complete") || words == QLatin1String("completed");
}

bool CapitalProjectSummary::hasStarted(const CapitalPhase &phase)
{
    if (hasEnded(phase) || phase.actualStart.isKnown())
        return true;
    return statusWords(phase.status) == QLatin1String("in progress");
}

QString CapitalProjectSummary::stageName(Stage stage)
{
    switch (stage) {
    case Stage::NotStarted:
        return tr("Not started");
    case Stage::InProgress:
        return tr("In progress");
    case Stage::BetweenPhases:
        return tr("Between phases");
    case Stage::Completed:
        break;
    }
    return tr("Completed");
}

QString CapitalProjectSummary::scheduleName(Schedule schedule)
{
    switch (schedule) {
    case Schedule::NoPlannedEnd:
        return tr("No planned end");
    case Schedule::NotYetDue:
        return tr("Not yet due");
    case Schedule::Ended:
        return tr("Measured on ended phases");
    case Schedule::Open:
        break;
    }
    return tr("Open past planned end");
}

CapitalProjectSummary CapitalProjectSummary::of(const CapitalProject &project, const QDate &asOf)
{
    CapitalProjectSummary summary;
    int started = 0;
    int ended = 0;
    bool measured = false;
    bool notYetDue = false;
    for (const CapitalPhase &phase : project.phases) {
        summary.illustrative = summary.illustrative || phase.illustrative;
        const bool phaseEnded = hasEnded(phase);
        const bool phaseStarted = hasStarted(phase);
        started += phaseStarted ? 1 : 0;
        ended += phaseEnded ? 1 : 0;
        if (phaseStarted && !phaseEnded)
            summary.currentPhase = phase.name;

        addAmount(summary.budget, phase.budget);
        addAmount(summary.estimate, phase.estimateAtCompletion);
        addAmount(summary.spent, phase.spent);
        if (phase.budget.isKnown() && phase.estimateAtCompletion.isKnown()) {
            summary.comparable = true;
            summary.comparableBudget += phase.budget.value().cents();
            summary.comparableEstimate += phase.estimateAtCompletion.value().cents();
        }

        if (!phase.plannedEnd.isKnown())
            continue;
        const QDate planned = phase.plannedEnd.value();
        if (!summary.plannedEnd.isValid() || planned > summary.plannedEnd
            || (planned == summary.plannedEnd && phase.plannedEndPrecision > summary.plannedEndPrecision)) {
            summary.plannedEnd = planned;
            summary.plannedEndPrecision = phase.plannedEndPrecision;
        }
        Schedule schedule = Schedule::NoPlannedEnd;
        qint64 days = 0;
        if (phase.actualEnd.isKnown()) {
            schedule = Schedule::Ended;
            days = planned.daysTo(phase.actualEnd.value());
        } else if (phaseEnded) {
            continue; // ended on a day nobody wrote down: nothing to measure
        } else if (asOf.isValid() && planned < asOf) {
            schedule = Schedule::Open;
            days = planned.daysTo(asOf);
        } else {
            notYetDue = true;
            continue;
        }
        // The latest phase decides; on a tie, an open phase, since it may slip further.
        if (!measured || days > summary.slipDays || (days == summary.slipDays && schedule == Schedule::Open)) {
            summary.slipDays = days;
            summary.schedule = schedule;
        }
        measured = true;
    }
    if (!measured && notYetDue)
        summary.schedule = Schedule::NotYetDue;

    const int phases = int(project.phases.size());
    if (phases > 0 && ended == phases)
        summary.stage = Stage::Completed;
    else if (!summary.currentPhase.isEmpty())
        summary.stage = Stage::InProgress;
    else if (started > 0)
        summary.stage = Stage::BetweenPhases;
    else
        summary.stage = Stage::NotStarted;
    return summary;
}

} // namespace milepost
