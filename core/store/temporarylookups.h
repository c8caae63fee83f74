// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace milepost {

class Connection;

// Temporary tables that let SQL apply the C++ rules for texts and periods to a few distinct
// values instead of to every row: the dashboard's figures group rows by a text "ignoring case
// and surrounding spaces" (QString::trimmed().toCaseFolded()), which SQL's lower() and trim()
// do not do alike on every engine, and by school years that only Period knows how to read.
// The distinct values are read, judged here, and written back with what the rule says; the
// figures' queries join on the exact stored value.
class TemporaryLookups final
{
    Q_DECLARE_TR_FUNCTIONS(TemporaryLookups)

public:
    // Creates the temporary table name (stored TEXT PRIMARY KEY, folded INTEGER NOT NULL) with each
    // distinct value of table.column and the number of its key: values equal once trimmed and
    // case-folded share a number. The empty value is always there (join a nullable column as
    // coalesce(column, '')), and every value that is empty once trimmed has number 0. Returns the
    // keys' texts by number (the folded text: [0] is ""); nullopt with error set on failure.
    // table, column and name come from the code, never from input.
    static std::optional<QStringList> createKeys(Connection *db, const QString &name, const QString &table,
                                                 const QString &column, QString *error);

    // Creates the temporary table name (period TEXT, first_text TEXT, last_text TEXT, valid,
    // whole, first_day, last_day, year, first_year, last_year; the first three its key) with
    // each distinct (periodColumn, firstColumn, lastColumn) of table, as the store reads them
    // (DatasetRepository): valid when the text reads as a Period with those first and last
    // days; whole for a school year ("2021-22"); days as Julian days; year the school year that
    // holds the whole period (0 when it crosses June 30 or is not valid); first_year and
    // last_year the school years of its first and last day.
    static bool createPeriods(Connection *db, const QString &name, const QString &table, const QString &periodColumn,
                              const QString &firstColumn, const QString &lastColumn, QString *error);

    // Drops the temporary tables named, those that exist.
    static void drop(Connection *db, const QStringList &names);
};

} // namespace milepost
