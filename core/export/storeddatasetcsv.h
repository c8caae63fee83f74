// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/dataset.h"
#include "store/datasettablereader.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace milepost {

class CsvWriter;
class Database;

// The imported datasets as Milepost's own CSV, which the built-in "milepost-…" profiles read
// back: DatasetSchema's columns and names, dates YYYY-MM-DD (or the locale's, which only a
// person reads), amounts as plain numbers with two decimals ("-1234.50", never "$1,234.50"),
// percentages as numbers ("62.5"), flags yes/no, and a value that does not apply as the code
// its source wrote (N/A, PNS, ...). Rows stream from the store one at a time.
class StoredDatasetCsv final
{
    Q_DECLARE_TR_FUNCTIONS(StoredDatasetCsv)

public:
    static QStringList header(Dataset::Id dataset, DatasetTableReader::Rows rows);
    // Writes header and rows; false with error set when the store cannot be read.
    static bool write(Database &database, Dataset::Id dataset, DatasetTableReader::Rows rows, CsvWriter &writer,
                      QString *error);
};

} // namespace milepost
