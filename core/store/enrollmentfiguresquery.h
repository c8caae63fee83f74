// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboardfilter.h"
#include "dashboard/rowlisting.h"
#include "dashboard/enrollmentfigures.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace milepost {

class Database;
class FigureSources;

// The enrollment page's figures computed in the database: EnrollmentFigures::compute()'s rules
// in SQL over the stored rows that pass the filter, so that no row is loaded into memory. Which
// row counts (a Local District's own count standing for its schools, an all-grades count for
// its grades, the first of the same school and grade) is worked out with window functions; the
// students are then summed with one GROUP BY by school year, Local District, program and unit,
// whose few groups make every figure and breakdown. Texts and school years are judged by the
// C++ rules on their distinct values (TemporaryLookups).
//
// Rows are numbered as DatasetRepository::enrollment() lists them. Counted, a figure lists no
// rows (Figure::counted says how many) and notCounted stays empty (notAdded counts it); Listed,
// the result equals EnrollmentFigures::compute() over DatasetRepository::enrollment().
//
// Works in temporary tables of the connection, dropped before it returns. A cancel flag set on
// the database (Database::setCancelFlag) stops it with an error.
class EnrollmentFiguresQuery final
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentFiguresQuery)

public:
    enum class Rows { Counted, Listed };

    explicit EnrollmentFiguresQuery(Database &database);

    // program is a key as EnrollmentFigures::programKey gives it; empty means the default
    // (EnrollmentFigures::defaultProgram). nullopt with error set when the database cannot be read.
    // listing as StaffingFiguresQuery::compute() gives it.
    std::optional<EnrollmentFigures> compute(const DashboardFilter &filter, const QString &program = {},
                                             Rows rows = Rows::Counted, QString *error = nullptr,
                                             RowListing *listing = nullptr) const;

private:
    bool build(const DashboardFilter &filter, const FigureSources &sources, QString *error) const;

    Database &m_database;
};

} // namespace milepost
