// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace milepost {

// What an import saw of a date column whose format puts a numeric day and month first
// (M/D/YYYY or D/M/YYYY): the first value that shows the format's order (a day after the 12th),
// and the first value that only the other order reads, which stops the import. A column with
// neither is ambiguous: every value reads both ways, and the format chosen decides.
struct DateColumnCheck final
{
    QString field;  // DatasetField key
    QString label;  // the field's label
    QString column; // the file's header
    QString format; // the format the column was read with
    QString order;  // its order as a person names it: "month first"

    qint64 dates = 0; // values read as dates in the format
    qint64 line = 0;  // the first line whose value shows the format's order; 0 when none did
    QString value;

    QString neededFormat; // set when a value proved the format wrong: the format that reads it
    QString neededOrder;  // "day first"
    qint64 proofLine = 0;
    QString proofValue;

    bool confirmed() const { return line > 0; }
    bool contradicted() const { return proofLine > 0; }
    bool ambiguous() const { return dates > 0 && !confirmed() && !contradicted(); }
    bool mixed() const { return confirmed() && contradicted(); }
};

} // namespace milepost
