// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace milepost {

// The profiles that ship with Milepost: its own CSV for each dataset, and the NYC School
// Construction Authority's "Capital Project Schedules and Budgets" export.
class BuiltInProfiles final
{
    Q_DECLARE_TR_FUNCTIONS(BuiltInProfiles)

public:
    static QList<ImportProfile> all();
    static QList<ImportProfile> forDataset(Dataset::Id dataset);
    static std::optional<ImportProfile> byName(const QString &name);

    // Milepost's own CSV: the header is DatasetSchema::csvHeader(), dates are YYYY-MM-DD and
    // "N/A" marks a value that does not apply.
    static ImportProfile milepostCsv(Dataset::Id dataset);
    static QString milepostCsvName(Dataset::Id dataset);
    static ImportProfile nycSca();
    static const QString nycScaName;
};

} // namespace milepost
