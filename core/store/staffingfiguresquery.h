// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboardfilter.h"
#include "dashboard/rowlisting.h"
#include "dashboard/staffingfigures.h"

#include <QCoreApplication>
#include <QString>

#include <mutex>
#include <optional>

namespace milepost {

class Database;

// The staffing page's figures from the stored rows without loading every row as a record. One pass
// over the table in the repository's order (by source, line, id: the table's own order unless an
// import refreshed an earlier source, when RepositoryOrder numbers the rows) lists the rows the
// filter passes as it reads them, and keeps only the rows the rules may look at: those of the
// latest two school years so far, not after the as-of date's, and those whose period holds no
// school year. Only the rows the rules look at become records: those of the school year shown and
// the year before, and the rows listed as not added (unreadable periods, periods across June 30).
// On those, StaffingFigures::compute() applies the one set of rules, and its rows are numbered back
// as DatasetRepository::staffing() lists every row. The result equals StaffingFigures::compute()
// over DatasetRepository::staffing(), with a fraction of the memory and time on a district's full
// history.
//
// Counted, a figure lists no rows (Figure::counted says how many) and notCounted stays empty
// (notAdded counts it); Listed, the figures list their rows and notCounted its rows with the
// reasons. A cancel flag set on the database (Database::setCancelFlag) stops the pass with an
// error.
class StaffingFiguresQuery final
{
    Q_DECLARE_TR_FUNCTIONS(StaffingFiguresQuery)

public:
    enum class Rows { Counted, Listed };

    // rulesTurn, when given, is held while the rules run over the rows a pass kept (the part of
    // a count that holds the most memory): two passes counted side by side on connections of
    // their own read at the same time and apply their rules one after the other.
    explicit StaffingFiguresQuery(Database &database, std::mutex *rulesTurn = nullptr);

    // nullopt with error set when the database cannot be read. listing, when given, gets the
    // rows that pass the filter with their stored ids, for a table that reads them as it shows
    // them (in the same snapshot as the figures).
    std::optional<StaffingFigures> compute(const DashboardFilter &filter, Rows rows = Rows::Counted,
                                           QString *error = nullptr, RowListing *listing = nullptr) const;

private:
    Database &m_database;
    std::mutex *m_rulesTurn = nullptr;
};

} // namespace milepost
