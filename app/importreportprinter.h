// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace milepost {

struct ImportReport;
class DatasetRepository;

// What milepost import prints about an import it ran: counts, the date columns, rejections
// grouped by value with the --na-code options that would take them, and every other event; as
// text or as one JSON object.
class ImportReportPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(ImportReportPrinter)

public:
    // leftOut: the optional fields the file had no column for; codeColumns: the 1-based columns
    // whose field may hold a not-applicable code (a rejected code there is offered as --na-code).
    static void print(const ImportReport &report, const QStringList &leftOut, const QSet<int> &codeColumns,
                      const DatasetRepository &repository, const QString &databasePath, bool json);
    // What the import saw of each date column whose order was in doubt; after a failed import
    // too, where it says which --date-format would read the file.
    static void printDateColumns(const ImportReport &report);
};

} // namespace milepost
