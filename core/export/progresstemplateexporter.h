// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvoptions.h"

#include <QCoreApplication>
#include <QString>

namespace milepost {

class Database;

// Writes a progress update sheet (ProgressSheet) for the latest plan: one row per milestone,
// in the plan's order, with its stable id, the values recorded now and empty columns to fill
// in; only the milestones of one owner or one office (as recorded, ignoring case and extra
// spaces) when the selection names them.
class ProgressTemplateExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressTemplateExporter)

public:
    struct Result
    {
        bool ok = false;
        qint64 rows = 0;
        QString error;
    };

    struct Selection
    {
        QString owner; // empty: any owner
        QString office; // empty: any office
    };

    explicit ProgressTemplateExporter(Database &database);
    Result exportToFile(const QString &path, const Selection &selection, const CsvOptions &options = {}) const;

private:
    Database &m_database;
};

} // namespace milepost
