// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "period.h"

#include <QString>

#include <optional>

namespace milepost {

// Positions, vacancies and hires of one job category in one Local District (and optionally
// one site) over a period.
struct StaffingRecord final
{
    enum class EmployeeGroup { Certificated, Classified };

    Period period;
    QString localDistrict;
    QString site; // empty: the whole Local District
    EmployeeGroup employeeGroup = EmployeeGroup::Certificated;
    QString jobCategory; // "teacher", "bus driver", ... as the source names it
    std::optional<qint64> positions;
    std::optional<qint64> vacancies;
    std::optional<qint64> hires;
    bool illustrative = false; // invented to fill a breakdown no source gives
    QString note;
    qint64 sourceLine = 0;
    QString source; // the imported source it was stored from (DatasetRepository); empty when not stored

    friend bool operator==(const StaffingRecord &, const StaffingRecord &) = default;
};

} // namespace milepost
