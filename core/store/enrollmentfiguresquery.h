// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboardfilter.h"
#include "dashboard/rowlisting.h"
#include "dashboard/enrollmentfigures.h"

#include <QCoreApplication>
#include <QString>

#include <mutex>
#include <optional>

namespace milepost {

class Database;

// The enrollment page's figures from the stored rows without loading them as records. One pass over
// the table in the repository's order (by source, line, id: the table's own order unless an import
// refreshed an earlier source, when RepositoryOrder numbers the rows) keeps what each row the
// filter passes needs: its texts and school year by number (a district's history repeats a few of
// them, each converted once) and its count, and lists it. EnrollmentRules, the rules
// EnrollmentFigures::compute() applies, then run over a view of those rows; their rows are numbered
// as DatasetRepository::enrollment() lists every row. The result equals
// EnrollmentFigures::compute() over DatasetRepository::enrollment().
//
// Counted, a figure lists no rows (Figure::counted says how many) and notCounted stays empty
// (notAdded counts it); Listed, the figures list their rows and notCounted its rows with the
// reasons. A cancel flag set on the database (Database::setCancelFlag) stops the pass with an
// error.
class EnrollmentFiguresQuery final
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentFiguresQuery)

public:
    enum class Rows { Counted, Listed };

    // rulesTurn, when given, is held while the rules run over the rows a pass kept (the part of
    // a count that holds the most memory): two passes counted side by side on connections of
    // their own read at the same time and apply their rules one after the other.
    explicit EnrollmentFiguresQuery(Database &database, std::mutex *rulesTurn = nullptr);

    // program is a key as EnrollmentFigures::programKey gives it; empty means the default
    // (EnrollmentFigures::defaultProgram). nullopt with error set when the database cannot be read.
    // listing as StaffingFiguresQuery::compute() gives it.
    std::optional<EnrollmentFigures> compute(const DashboardFilter &filter, const QString &program = {},
                                             Rows rows = Rows::Counted, QString *error = nullptr,
                                             RowListing *listing = nullptr) const;

private:
    Database &m_database;
    std::mutex *m_rulesTurn = nullptr;
};

} // namespace milepost
