// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <QString>

#include <algorithm>
#include <utility>
#include <vector>

namespace milepost {

// The staffing or enrollment rows a page's figures were counted from, for a table that reads
// them from the database as it shows them (StaffingFiguresQuery, EnrollmentFiguresQuery): the
// numbers the figures give the rows that pass the filter, ascending, and each one's stored id.
// Taken in the figures' own snapshot, so a later import cannot give a number another row.
struct RowListing final
{
    QList<int> rows;
    QList<qint64> ids; // ids.at(i) is the stored id of rows.at(i)
    bool anyStored = false; // whether the dataset has rows at all, passing the filter or not
    // Each (Local District, school or site) of every stored row, passing the filter or not, once,
    // the school empty for a Local District's own rows: the places the filters offer.
    QList<std::pair<QString, QString>> places;

    // Puts rows in ascending order, each id with its row (for a pass that listed them in
    // another order).
    void sortRows()
    {
        std::vector<std::pair<int, qint64>> pairs;
        pairs.reserve(std::size_t(rows.size()));
        for (qsizetype i = 0; i < rows.size(); ++i)
            pairs.emplace_back(rows.at(i), ids.at(i));
        std::sort(pairs.begin(), pairs.end());
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            rows[qsizetype(i)] = pairs[i].first;
            ids[qsizetype(i)] = pairs[i].second;
        }
    }

    // The stored id of row number row; 0 when it is not listed.
    qint64 idOf(int row) const
    {
        const auto found = std::lower_bound(rows.cbegin(), rows.cend(), row);
        return found != rows.cend() && *found == row ? ids.at(found - rows.cbegin()) : 0;
    }
};

} // namespace milepost
