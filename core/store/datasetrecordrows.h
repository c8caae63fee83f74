// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/enrollmentrecord.h"
#include "datasets/staffingrecord.h"

#include <QString>

namespace milepost {

class Statement;

// How a staffing or an enrollment row is read back from its table, for every reader of them
// (DatasetRepository, DatasetRowsQuery): the columns to select, in this order, and the record
// read from the statement's current row. The lists order rows as the figures number them.
class DatasetRecordRows final
{
public:
    // The row's columns and its source's name, from staffing; staffing(statement, first) reads
    // them from column first on.
    static QString staffingColumns();
    static StaffingRecord staffing(const Statement &statement, int first = 0);

    // The same for enrollment.
    static QString enrollmentColumns();
    static EnrollmentRecord enrollment(const Statement &statement, int first = 0);

    // A period stored as its text (column) and its first and last day (the next two columns):
    // unreadable when they no longer agree.
    static Period period(const Statement &statement, int column);
    // The order DatasetRepository lists the rows in, and the figures number them: by source,
    // then line, then id.
    static QString listOrder();
};

} // namespace milepost
