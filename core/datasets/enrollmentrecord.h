// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "period.h"

#include <QString>

namespace milepost {

// How many students (or classrooms, for program counts such as "360 UTK classrooms") a
// program has in one Local District, optionally one school and one grade, in a school year.
struct EnrollmentRecord final
{
    enum class Unit { Students, Classrooms };

    Period schoolYear;
    QString localDistrict;
    QString school; // empty: the whole Local District
    QString program; // "All", "Magnet", "TK", "UTK/CC", "Dual language", "English learners", ...
    QString grade;   // empty: all grades
    Unit unit = Unit::Students;
    qint64 count = 0;
    bool illustrative = false;
    QString note;
    qint64 sourceLine = 0;
    QString source; // the imported source it was stored from (DatasetRepository); empty when not stored

    friend bool operator==(const EnrollmentRecord &, const EnrollmentRecord &) = default;
};

} // namespace milepost
