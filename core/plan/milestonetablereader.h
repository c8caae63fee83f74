// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"
#include "milestone.h"
#include "time/yearquarter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace milepost {

// Reads one implementation-plan table: tab-separated lines as the report or a paste from
// Word or a PDF gives them. The header rows vary from table to table: the year row sits
// above or below the column names, "IMPLEMENTATION PLAN" may stand where "MAJOR MILESTONES"
// does, the quarter window moves. Columns are found by their names (START, END, Q1..Q4) and
// each quarter column gets its year from the nearest year cell to its left, checked against
// the order of the quarters. Without headers, the columns are title, start, end.
class MilestoneTableReader final
{
    Q_DECLARE_TR_FUNCTIONS(MilestoneTableReader)

public:
    struct Line
    {
        int number = 0; // 1-based line number in the source
        QString text;
    };

    struct Result
    {
        QList<Milestone> milestones;
        QList<Finding> findings;
        // The quarters the table has columns for, in order; empty when it has none.
        QList<YearQuarter> window;
    };

    static Result read(const QList<Line> &lines);
    // True when a line opens an implementation-plan table (a header row, not a data row).
    static bool isTableStart(const QString &line);
};

} // namespace milepost
