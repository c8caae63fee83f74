// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace milepost {

class Connection;

// The spellings, as stored, of a column's values that a dashboard filter text matches
// (DashboardFilter::same): "NE", " ne" and "Ne " for the filter "ne". Queries then select rows
// by these exact values, which an index on the column finds.
//
// The database narrows the distinct values with an ASCII comparison (SQL's lower() and trim()
// know ASCII only, and differ between engines beyond it); every value with a character outside
// ASCII is a candidate too, and the rule itself is applied here, so that a value matches
// exactly when it would in memory.
class StoredSpellings final
{
    Q_DECLARE_TR_FUNCTIONS(StoredSpellings)

public:
    // table and column are names from the code, never from input. nullopt with error set when
    // the database cannot be read; an empty list when no value matches.
    static std::optional<QStringList> matching(Connection *db, const QString &table, const QString &column,
                                               const QString &filter, QString *error = nullptr);
};

} // namespace milepost
