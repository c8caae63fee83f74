// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvoptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace milepost {

class CsvWriter;
class Database;

// Whole datasets of the store as CSV files, by name: "milestones", "objectives", "findings"
// (of the latest plan), "staffing", "enrollment", "phases" (capital projects, one row per phase:
// Milepost's own CSV, which the milepost profiles import again) and "projects" (one row per
// project). A store that cannot be read, or a file that cannot be written, leaves no file.
class DatasetExporter final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetExporter)

public:
    struct Result
    {
        bool ok = false;
        QString error; // one line, set when ok is false
        qint64 rows = 0; // data rows written, the header not counted
    };

    explicit DatasetExporter(Database &database);

    static QStringList datasetNames();
    static bool isDataset(const QString &name);
    static QString unknownDatasetMessage(const QString &name);

    // Writes dataset to path through ExportFile ("-" is standard output). On failure the
    // file is not there (or keeps its earlier contents) and error says why.
    Result exportToFile(const QString &dataset, const QString &path, const CsvOptions &options = {}) const;
    // Writes dataset, header first, to writer; false and error set when the store cannot be read.
    bool write(const QString &dataset, CsvWriter &writer, QString *error) const;

private:
    Database &m_database;
};

} // namespace milepost
