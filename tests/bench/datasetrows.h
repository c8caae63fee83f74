// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace milepost::bench {

// rows staffing rows and rows enrollment rows written in SQL into a new Milepost database at
// path (SQLite's printf and date): staffing by month and by school year over ten years, six Local
// Districts with up to 150 sites (one with its own rows), ten job categories; enrollment by school
// year, six Local Districts with up to 300 schools, six programs, all grades and three grades.
// False, with the reason on stderr, when it cannot be done.
bool writeDatasetRows(const QString &path, qint64 rows);

} // namespace milepost::bench
