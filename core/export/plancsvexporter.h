// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/finding.h"
#include "plan/plan.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace milepost {

class CsvWriter;
class PlanDate;

// A plan's tables as CSV: one row per milestone, per objective, per import finding. Exact
// dates are date cells (ISO 8601 unless the writer is asked for the locale's format); months,
// quarters, Ongoing and N/A keep their canonical text, which PlanDate::parse reads back, and an
// unreadable date keeps the text as written.
class PlanCsvExporter final
{
    Q_DECLARE_TR_FUNCTIONS(PlanCsvExporter)

public:
    // Phase, Objective, Subtitle (which tells apart two objectives of the same title), Section,
    // Milestone, Start, End, Quarters, Line, Id. Id is the stable milestone id progress is
    // recorded under (milepost update --milestone ID), from milestoneIds[objective][milestone]
    // (PlanRepository::StoredPlan); empty for a plan that is not stored. It comes last, so that
    // the columns before it keep their places.
    static QStringList milestoneHeader();
    static void writeMilestones(const Plan &plan, CsvWriter &writer, const QList<QList<qint64>> &milestoneIds = {});

    // Phase, Objective, Subtitle, Objective text, Status, State, Estimated completion,
    // Milestones, Narrative, Line.
    static QStringList objectiveHeader();
    static void writeObjectives(const Plan &plan, CsvWriter &writer);

    // Line, Column, Kind, Message.
    static QStringList findingHeader();
    static void writeFindings(const QList<Finding> &findings, CsvWriter &writer);

    // "2022 Q3; 2022 Q4", as the pasted-table reader's QUARTERS column reads it.
    static QString quartersText(const QList<YearQuarter> &quarters);

private:
    static void addPlanDate(CsvWriter &writer, const PlanDate &date);
};

} // namespace milepost
