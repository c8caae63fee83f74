// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "breakdown.h"
#include "dashboardfilter.h"
#include "datasets/staffingrecord.h"
#include "figure.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace milepost {

// Hires, vacancies and positions for one school year, with the year before for comparison.
// Rows are indexes into the staffing records given to compute().
//
// The year is the latest school year with data that does not start after the as-of date's
// (any year with data when there is no as-of date). A row counts for a school year when its
// period lies within it; a row whose period crosses June 30 is listed in notCounted.
//
// Rows that describe the same staff are never added together:
//   - A Local District's own row (no site) stands for its sites: rows of its sites for the
//     same employee group and job category are not added to it.
//   - Hires add up over the year, but a whole-year row stands for the year: part-year rows of
//     the same site, group and category are then not added; part-year rows that overlap an
//     earlier one are not added either.
//   - Positions and vacancies are counts at a moment: the row with the latest period stands.
// Every row of the two years that no figure uses is listed in notCounted with the reason.
// Fill rate is (positions - vacancies) / positions over the rows that give both.
struct StaffingFigures final
{
    Q_DECLARE_TR_FUNCTIONS(StaffingFigures)

public:
    struct Exclusion
    {
        int row = 0;
        QString reason;

        friend bool operator==(const Exclusion &, const Exclusion &) = default;
    };

    // Start years of the school years with data that passes the filter, ascending.
    QList<int> schoolYears;
    int schoolYear = 0; // 0 when no data passes the filter
    Figure hires;
    Figure vacancies;
    Figure positions;
    // The positions and vacancies of the rows that give both: the fill rate's base.
    Figure fillPositions;
    Figure fillVacancies;
    Figure previousHires;
    Figure previousVacancies;
    // Hires of the two years over only the Local Districts, sites, groups and job categories
    // that have hires in both, so that a category reported for one year only does not pass
    // for growth: the change is measured on these.
    Figure comparableHires;
    Figure comparablePreviousHires;
    // Series: hires, vacancies. Categories: certificated, classified; job categories (largest
    // first); Local Districts (in natural order).
    Breakdown byEmployeeGroup;
    Breakdown byJobCategory;
    Breakdown byLocalDistrict;
    QList<Exclusion> notCounted;
    // One per row of notCounted (value: how many); StaffingFiguresQuery may count them without
    // listing them.
    Figure notAdded;

    // Why a row is not added, as notCounted says it (line: the row that stands for it).
    enum class Why { UnreadablePeriod, CrossesYears, DistrictRow, WholeYearRow, Overlaps, LaterCount };
    static QString reason(Why why, qint64 line, const QString &period = {});

    int previousYear() const { return schoolYear - 1; }
    // Filled share of positions, 0..1; nullopt without a row that gives both.
    std::optional<double> fillRate() const;
    // Hires against the year before, like for like; nullopt when nothing compares.
    std::optional<qint64> hiresChange() const;
    // As a fraction of the year before; nullopt when that is zero or missing.
    std::optional<double> hiresChangeRatio() const;

    static QString groupKey(StaffingRecord::EmployeeGroup group);
    static QString groupName(StaffingRecord::EmployeeGroup group);
    static const QString hiresKey;
    static const QString vacanciesKey;

    static StaffingFigures compute(const QList<StaffingRecord> &records, const DashboardFilter &filter);
};

} // namespace milepost
