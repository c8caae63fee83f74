// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importreport.h"

#include <QCoreApplication>
#include <QString>

namespace milepost {

class DatasetRepository;

// Saves an import report as CSV: summary rows first (rows read, stored, rejected, blank, new,
// changed, unchanged, gone, the file, encoding and delimiter), then one row per event with its
// line, column, column name, key, value and reason. The columns are Outcome, Line, Column,
// Column Name, Key, Value, Reason.
class ImportReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ImportReportWriter)

public:
    // Writes to path ("-" is standard output). The events come from repository, which holds
    // all of them, when given and the import was saved; otherwise from report.events.
    static bool write(const ImportReport &report, const DatasetRepository *repository, const QString &path,
                      QString *error);
    static QStringList header();
};

} // namespace milepost
