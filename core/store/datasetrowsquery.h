// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/rowlisting.h"
#include "datasets/dataset.h"
#include "datasets/enrollmentrecord.h"
#include "datasets/staffingrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace milepost {

class Database;

// The staffing and enrollment rows read as a table shows them, a window at a time, rather than
// all held in memory: the rows of a listing (RowListing) by id, the ids sorted by a column in
// the database, and the places (Local District, school) the filters offer.
class DatasetRowsQuery final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetRowsQuery)

public:
    explicit DatasetRowsQuery(Database &database);

    // The rows with these ids, in this order; a row no longer stored (removed by an import
    // since) is nullopt. nullopt with error set when the database cannot be read.
    std::optional<QList<std::optional<StaffingRecord>>> staffing(const QList<qint64> &ids,
                                                                 QString *error = nullptr) const;
    std::optional<QList<std::optional<EnrollmentRecord>>> enrollment(const QList<qint64> &ids,
                                                                     QString *error = nullptr) const;

    // The columns order() sorts by, as the tables store them (period, local_district, ...).
    static QStringList sortColumns(Dataset::Id dataset);
    // The ids of every stored row of dataset, sorted by column (one of sortColumns()): text
    // ignoring case, numbers as numbers, empty values last going up or down; rows of equal
    // values in list order. A million rows take about a second.
    std::optional<QList<qint64>> order(Dataset::Id dataset, const QString &column, Qt::SortOrder sortOrder,
                                       QString *error = nullptr) const;

private:
    template<typename Record, typename Read>
    std::optional<QList<std::optional<Record>>> select(const QString &table, const QString &columns,
                                                       const QList<qint64> &ids, Read read, QString *error) const;

    Database &m_database;
};

} // namespace milepost
