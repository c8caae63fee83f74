// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

namespace milepost::test {

// A small plan built by hand, shaped like the 100-Day Plan report: two phases, the two
// "Staffing Plan to Support Schools" objectives told apart by their subtitles, contiguous and
// broken quarter runs, an Ongoing end and an impossible date.
//
//   Learn   Stakeholder Engagement (line 5)
//             Listening tour with families              3/01/22  6/30/22   2022 Q1-Q2   (line 8)
//   Act     Staffing Plan ... (Certificated ...) (15)   In Progress (Estimated completion - June 2023)
//             Launch Principal Dashboard                3/01/22  7/29/22   2022 Q3      (line 20)
//             Institute Principal Academies             9/01/22  6/01/23   2022 Q3-2023 Q2 (line 21)
//           Staffing Plan ... (Classified ...) (28)     Completed
//             Hold recruitment events                   3/15/22  Ongoing   2022 Q3, 2023 Q1 (line 31)
//             Host community town halls                 9/01/22  9/31/22   none         (line 32)
inline Plan samplePlan()
{
    auto milestone = [](const char *title, const char *start, const char *end, QList<YearQuarter> quarters,
                        int line) {
        Milestone m;
        m.title = QString::fromUtf8(title);
        m.start = PlanDate::parse(QString::fromUtf8(start));
        m.end = PlanDate::parse(QString::fromUtf8(end));
        m.quarters = quarters;
        m.sourceLine = line;
        return m;
    };

    Objective learn;
    learn.phase = Phase::Learn;
    learn.title = QStringLiteral("Stakeholder Engagement");
    learn.objectiveText = QStringLiteral("Listen to families, students and staff.");
    learn.status = ObjectiveStatus::parse(QStringLiteral("Completed"));
    learn.narrative = QStringLiteral("We listened.");
    learn.sourceLine = 5;
    learn.milestones = {milestone("Listening tour with families", "3/01/22", "6/30/22", {{2022, 1}, {2022, 2}}, 8)};

    Objective certificated;
    certificated.phase = Phase::Act;
    certificated.title = QStringLiteral("Staffing Plan to Support Schools");
    certificated.subtitle = QStringLiteral("(Certificated Employees: Teachers, Counselors, etc.)");
    certificated.objectiveText = QStringLiteral("Fully staff the highest-need schools.");
    certificated.status = ObjectiveStatus::parse(QStringLiteral("In Progress (Estimated completion - June 2023)"));
    certificated.narrative = QStringLiteral("Hired 2,495 teachers.\n\nPartnered with 70 <IHEs> & more.");
    certificated.sourceLine = 15;
    certificated.milestones = {
        milestone("Launch Principal Dashboard", "3/01/22", "7/29/22", {{2022, 3}}, 20),
        milestone("Institute Principal Academies", "9/01/22", "6/01/23", {{2022, 3}, {2022, 4}, {2023, 1}, {2023, 2}}, 21),
    };

    Objective classified;
    classified.phase = Phase::Act;
    classified.title = QStringLiteral("Staffing Plan to Support Schools");
    classified.subtitle = QStringLiteral("(Classified Employees: Bus Drivers, Cafeteria Workers, etc.)");
    classified.objectiveText = QStringLiteral("Fill classified vacancies.");
    classified.status = ObjectiveStatus::parse(QStringLiteral("Completed"));
    classified.sourceLine = 28;
    classified.milestones = {
        milestone("Hold recruitment events", "3/15/22", "Ongoing", {{2023, 1}, {2022, 3}}, 31),
        milestone("Host community town halls", "9/01/22", "9/31/22", {}, 32),
    };

    Plan plan;
    plan.title = QStringLiteral("Sample Plan");
    plan.source = QStringLiteral("sample.txt");
    plan.objectives = {learn, certificated, classified};
    return plan;
}

} // namespace milepost::test
