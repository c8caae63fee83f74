// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <limits>
#include <utility>
#include <vector>

namespace milepost {

class Connection;

// Each row's number in the repository's order (by source, line, id: as DatasetRepository lists
// a dataset's rows) for a pass that reads a table in the table's own order. A pass asks next()
// for each row's number: the row's place in the pass while the table's order is the
// repository's, as it usually is. When it is not (an import refreshed an earlier source), next()
// says so; the pass then calls read() and starts again, and next() gives each row its number
// from one read of three integer columns, sorted in memory (up to 40 bytes a row while it
// sorts, 16 kept).
class RepositoryOrder final
{
public:
    static constexpr int outOfOrder = -1; // next(): read() and start the pass again
    static constexpr int unknown = -2;    // next(): an id read() did not find

    // Before each pass.
    void startPass()
    {
        m_previous = first;
        m_scanned = 0;
    }
    // The number of the next row of the pass, or outOfOrder or unknown.
    int next(qint64 source, qint64 line, qint64 id);
    // The numbers of every row of table (staffing, enrollment); false with error set when the
    // table cannot be read.
    bool read(Connection *db, const QString &table, QString *error);
    // Whether read() gave the numbers: the rows a pass kept are then to be sorted by number.
    bool isRead() const { return m_read; }
    // The number of the row of id after read(); unknown for an id it did not find.
    int numberOf(qint64 id) const;
    // Whether any row was read by the last pass.
    bool anyRow() const { return m_scanned > 0; }

private:
    struct Key
    {
        qint64 source = 0;
        qint64 line = 0;
        qint64 id = 0;

        friend auto operator<=>(const Key &, const Key &) = default;
    };
    static constexpr qint64 least = std::numeric_limits<qint64>::min();
    static constexpr Key first{least, least, least}; // before every row's

    std::vector<std::pair<qint64, int>> m_numbers; // (id, number), by id
    Key m_previous = first;
    int m_scanned = 0;
    bool m_read = false;
};

} // namespace milepost
