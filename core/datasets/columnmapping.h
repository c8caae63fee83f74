// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace milepost {

// Which column of a file feeds one dataset field, and how to read it; or, for a field the file
// has no column for, the value every row has (a file of one school year: "2019-20").
struct ColumnMapping final
{
    QString field;          // DatasetField::key
    QString column;         // the header as the file writes it; matched trimmed, ignoring case and spaces
    int occurrence = 1;     // which of several columns with that header: 2 for the second "Date"
    QString dateFormat;     // for dates: DateFormat pattern such as "M/D/YYYY"
    QStringList notApplicableCodes; // codes meaning "not applicable" here, e.g. PNS; kept as written
    QString value;          // when set, column is empty and every row has this value for the field

    bool isFixed() const { return !value.isEmpty(); }

    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;
};

} // namespace milepost
