// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboardfilter.h"
#include "dashboard/rowlisting.h"
#include "dashboard/staffingfigures.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace milepost {

class Database;
class FigureSources;

// The staffing page's figures computed in the database: StaffingFigures::compute()'s rules in
// SQL over the stored rows that pass the filter, so that no row is loaded into memory. Which row
// counts for what (a Local District's own row standing for its sites, a whole-year row for the
// year's hires, part-year hires that overlap, the latest count of positions and vacancies) is
// worked out with window functions and, for overlapping periods, a recursive walk; the figures
// and breakdowns are GROUP BY over the result. Texts and periods are judged by the C++ rules on
// their distinct values (TemporaryLookups).
//
// Rows are numbered as DatasetRepository::staffing() lists them. Counted, a figure lists no rows
// (Figure::counted says how many) and notCounted stays empty (notAdded counts it); Listed, the
// figures list their rows and notCounted its rows with the reasons: then the result equals
// StaffingFigures::compute() over DatasetRepository::staffing().
//
// Works in temporary tables of the connection, dropped before it returns. A cancel flag set on
// the database (Database::setCancelFlag) stops it with an error.
class StaffingFiguresQuery final
{
    Q_DECLARE_TR_FUNCTIONS(StaffingFiguresQuery)

public:
    enum class Rows { Counted, Listed };

    explicit StaffingFiguresQuery(Database &database);

    // nullopt with error set when the database cannot be read. listing, when given, gets the
    // rows that pass the filter with their stored ids, for a table that reads them as it shows
    // them (in the same snapshot as the figures).
    std::optional<StaffingFigures> compute(const DashboardFilter &filter, Rows rows = Rows::Counted,
                                           QString *error = nullptr, RowListing *listing = nullptr) const;

private:
    bool build(const DashboardFilter &filter, const FigureSources &sources, QString *error) const;
    bool classify(int year, QString *error) const;

    Database &m_database;
};

} // namespace milepost
