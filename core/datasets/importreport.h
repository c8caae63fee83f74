// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvdialect.h"
#include "dataset.h"
#include "datecolumncheck.h"
#include "importevent.h"

#include <QList>
#include <QString>

namespace milepost {

// What an import did. Every data row of the file is counted once: stored, rejected, blank or a
// total (a footer such as "Grand Total", left out). In a wide file (ImportProfile::wide) a line
// holds one row per wide column, each counted so, and a wide column left empty is a blank row;
// a blank line, a footer, and a line whose quoting or number of fields is wrong count once.
// Rejected values, blank rows, changed and gone records are listed as events; all of them are
// in the database with the run, the first maxEvents also here.
struct ImportReport final
{
    static constexpr int maxEvents = 1000;

    bool ok = false;        // stored and committed
    bool cancelled = false; // stopped by the user: nothing was changed
    QString error;          // why it failed; nothing was changed

    QString file;
    Dataset::Id dataset = Dataset::Staffing;
    QString profile;
    QString source; // what a re-import refreshes: by default ImportProfile::defaultSource()
    CsvDialect dialect;
    QString encodingReason;
    QString delimiterReason;
    qint64 headerLine = 0;
    qint64 runId = 0;

    qint64 rowsRead = 0; // data rows after the header, blank ones included (see above for wide files)
    qint64 stored = 0;
    qint64 rejected = 0;
    qint64 blank = 0;
    qint64 totals = 0;
    QList<qint64> totalLines; // the lines of the first maxEvents totals

    // Records by key, against what the last import of the same source stored. For capital
    // projects these count phases; the project counts are separate.
    qint64 newRecords = 0;
    qint64 changedRecords = 0;
    qint64 unchangedRecords = 0;
    qint64 goneRecords = 0;
    qint64 newProjects = 0;
    qint64 changedProjects = 0;
    qint64 unchangedProjects = 0;
    qint64 goneProjects = 0;

    // The date columns whose order of day and month was in doubt, and what the rows showed of it.
    // When one was contradicted the import stopped there (error says so) and stored nothing.
    QList<DateColumnCheck> dateColumns;

    QList<ImportEvent> events; // the first maxEvents
    qint64 eventCount = 0;

    bool countsAddUp() const { return rowsRead == stored + rejected + blank + totals; }
};

} // namespace milepost
