// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <vector>

namespace milepost {

class Connection;

// Each row's number in the repository's order (by source, line, id: as DatasetRepository lists
// a dataset's rows) for a pass that reads the table in the table's own order, when that order
// is not the repository's (an import refreshed an earlier source). One read of three integer
// columns and a sort in memory: up to 40 bytes a row while it sorts, 16 kept.
class RepositoryOrder final
{
public:
    // The numbers of every row of table (staffing, enrollment); false with error set when the
    // table cannot be read.
    bool read(Connection *db, const QString &table, QString *error);
    // The number of the row of id; -1 for an id read() did not find.
    int numberOf(qint64 id) const;

private:
    std::vector<std::pair<qint64, int>> m_numbers; // (id, number), by id
};

} // namespace milepost
