// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "breakdown.h"
#include "dashboardfilter.h"
#include "datasets/enrollmentrecord.h"
#include "figure.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace milepost {

// Students by school year, Local District and program. Rows are indexes into the enrollment
// records given to compute().
//
// Programs overlap (magnet students are also counted in "All"), so totals are of one program,
// "All" unless another is asked for; trendByProgram and byProgram show each program on its
// own and never add programs up. Classroom counts ("360 UTK classrooms") are kept apart from
// student counts, in classroomsByProgram.
//
// Within one school year, Local District, program and unit, rows that count the same students
// are never added together: a Local District's own count (no school) stands for its schools,
// and an all-grades count for its grades; a second row with the same school and grade is not
// added either. Every such row is listed in notCounted with the reason.
//
// The current year is the latest school year with students of the program that does not start
// after the as-of date's (any such year when there is no as-of date).
struct EnrollmentFigures final
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentFigures)

public:
    struct Exclusion
    {
        int row = 0;
        QString reason;

        friend bool operator==(const Exclusion &, const Exclusion &) = default;
    };

    // Every program in the data that passes the filter (keys ignore case), by name.
    QList<Breakdown::Label> programs;
    // The key of the program the totals count.
    QString program;
    QList<int> schoolYears;
    int schoolYear = 0; // 0 when no data passes the filter
    Figure total;         // students of the program in the current year
    Figure previousTotal; // ... and in the year before
    // The two years' students over only the Local Districts that have the program in both:
    // the change is measured on these, like for like.
    Figure comparableTotal;
    Figure comparablePreviousTotal;
    // The school year of classroomsByProgram: the latest with classroom counts, chosen as
    // schoolYear is; 0 when there are none.
    int classroomsYear = 0;
    // Categories: school years (key "2021", text "2021-22"), every year with student counts,
    // in order.
    Breakdown totalsByYear;    // one series: the program's students
    Breakdown trendByDistrict; // series: Local Districts, the program's students
    Breakdown trendByProgram;  // series: programs, students
    // Categories: Local Districts (natural order) or programs (largest first).
    Breakdown byDistrict;          // one series: the program's students in the current year
    Breakdown byProgram;           // one series: students in the current year
    Breakdown classroomsByProgram; // one series: classrooms in classroomsYear
    QList<Exclusion> notCounted;
    // One per row of notCounted (value: how many); EnrollmentFiguresQuery may count them without
    // listing them.
    Figure notAdded;

    // Why a row is not added, as notCounted says it (line: the row that stands for it).
    enum class Why { UnreadableYear, SameStudents, AllGradesRow, DistrictRow };
    static QString reason(Why why, qint64 line);

    int previousYear() const { return schoolYear - 1; }
    std::optional<qint64> change() const;
    std::optional<double> changeRatio() const;

    // "all" when the data has an "All" program, else the program with the most rows.
    static QString defaultProgram(const QList<EnrollmentRecord> &records, const DashboardFilter &filter);
    static QString programKey(const QString &program);
    // program is a key as programKey gives it; empty means defaultProgram().
    static EnrollmentFigures compute(const QList<EnrollmentRecord> &records, const DashboardFilter &filter,
                                     const QString &program = {});
};

} // namespace milepost
