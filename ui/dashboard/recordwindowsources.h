// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/rowlisting.h"
#include "recordwindowmodel.h"
#include "store/capitaldashboardquery.h"
#include "store/datasetrowsquery.h"

#include <QBitArray>
#include <QHash>

#include <algorithm>
#include <memory>

namespace milepost {

// Where a RecordWindowModel reads its records and how it sorts them: from the snapshot's
// records in memory (DashboardData::load), or from the database through the connection the
// dashboard counted on, by the listing its figures gave (DashboardData::read and count).
namespace RecordWindowSources {

inline bool isEmptyCell(const QVariant &value)
{
    return !value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
}

// Less, as a table sorts its cells: numbers as numbers, text ignoring case (both not empty).
inline bool cellLess(const QVariant &left, const QVariant &right)
{
    if (left.typeId() == QMetaType::QString && right.typeId() == QMetaType::QString)
        return left.toString().compare(right.toString(), Qt::CaseInsensitive) < 0;
    return QVariant::compare(left, right) == QPartialOrdering::Less;
}

// rows sorted by key (equal keys in the order given), going up or down, empty keys last either
// way (as DatasetRowsQuery::order sorts).
template<typename Key>
QList<int> sortedBy(QList<int> rows, Key key, Qt::SortOrder order)
{
    QList<QVariant> keys;
    keys.reserve(rows.size());
    QList<int> places(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        keys.append(key(rows.at(i)));
        places[i] = int(i);
    }
    std::stable_sort(places.begin(), places.end(), [&](int a, int b) {
        const bool aEmpty = isEmptyCell(keys.at(a));
        const bool bEmpty = isEmptyCell(keys.at(b));
        if (aEmpty || bEmpty)
            return !aEmpty && bEmpty;
        return order == Qt::AscendingOrder ? cellLess(keys.at(a), keys.at(b)) : cellLess(keys.at(b), keys.at(a));
    });
    QList<int> result;
    result.reserve(rows.size());
    for (int place : std::as_const(places))
        result.append(rows.at(place));
    return result;
}

// The reason a row is not added, from a figures' notCounted list (Exclusion: row, reason), looked
// up by row number in the list itself (sorted first when it is not), which the figures share.
template<typename Exclusion>
std::function<QString(int row)> reasonOf(QList<Exclusion> notCounted)
{
    const auto byRow = [](const Exclusion &a, const Exclusion &b) { return a.row < b.row; };
    if (!std::is_sorted(notCounted.cbegin(), notCounted.cend(), byRow))
        std::stable_sort(notCounted.begin(), notCounted.end(), byRow);
    return [notCounted](int row) {
        const auto found = std::lower_bound(notCounted.cbegin(), notCounted.cend(), row,
                                            [](const Exclusion &excluded, int r) { return excluded.row < r; });
        return found != notCounted.cend() && found->row == row ? found->reason : QString();
    };
}

template<typename Record>
QVariant sortKeyOf(const typename RecordWindowModel<Record>::Column &column, const Record &record, int row)
{
    return column.sortKey ? column.sortKey(record, row) : column.display(record, row);
}

// The records held in memory; row numbers index them. columns are the model's (their sort keys).
template<typename Record>
void readFromMemory(RecordWindowModel<Record> &model, const QList<typename RecordWindowModel<Record>::Column> &columns,
                    const QList<Record> &records)
{
    model.setReader([records](const QList<int> &rows) {
        QList<std::optional<Record>> window;
        window.reserve(rows.size());
        for (int row : rows)
            window.append(row >= 0 && row < records.size() ? std::optional<Record>(records.at(row)) : std::nullopt);
        return std::optional(window);
    });
    model.setSorter([columns, records](int column, Qt::SortOrder order, const QList<int> &rows) {
        const auto &shown = columns.at(column);
        return std::optional(sortedBy(
            rows, [&](int row) { return sortKeyOf<Record>(shown, records.value(row), row); }, order));
    });
}

// The records in the database, read through query's connection (not while a count holds it:
// the cells are then read when shown again) by the ids listing gives their rows. read is
// DatasetRowsQuery::staffing or ::enrollment.
template<typename Record, typename Read>
void readFromDatabase(RecordWindowModel<Record> &model, const QList<typename RecordWindowModel<Record>::Column> &columns,
                      std::shared_ptr<CapitalDashboardQuery> query, std::shared_ptr<const RowListing> listing,
                      Dataset::Id dataset, Read read)
{
    model.setReader([query, listing, read](const QList<int> &rows) -> std::optional<QList<std::optional<Record>>> {
        const auto lock = query->tryLock(nullptr);
        if (!lock.owns_lock())
            return std::nullopt;
        QList<qint64> ids;
        ids.reserve(rows.size());
        for (int row : rows)
            ids.append(listing->idOf(row));
        return (DatasetRowsQuery(query->database()).*read)(ids, nullptr);
    });
    model.setSorter([columns, query, listing, dataset](int column, Qt::SortOrder order,
                                                                        const QList<int> &rows) -> std::optional<QList<int>> {
        const auto &shown = columns.at(column);
        if (shown.storedColumn.isEmpty()) // a key of the row alone
            return sortedBy(rows, [&](int row) { return sortKeyOf<Record>(shown, Record{}, row); }, order);
        std::optional<QList<qint64>> ids;
        {
            const CapitalDashboardQuery::Lock lock(*query);
            ids = DatasetRowsQuery(query->database()).order(dataset, shown.storedColumn, order);
        }
        if (!ids)
            return std::nullopt;
        // The database's order of every stored row, kept to the rows shown.
        QHash<qint64, int> rowOfId;
        rowOfId.reserve(listing->ids.size());
        for (qsizetype i = 0; i < listing->ids.size(); ++i)
            rowOfId.insert(listing->ids.at(i), listing->rows.at(i));
        const int end = rows.isEmpty() ? 0 : *std::max_element(rows.cbegin(), rows.cend()) + 1;
        QBitArray shownRows(end);
        for (int row : rows)
            shownRows.setBit(row);
        QList<int> sorted;
        sorted.reserve(rows.size());
        for (qint64 id : std::as_const(*ids)) {
            const auto found = rowOfId.constFind(id);
            if (found != rowOfId.cend() && *found < end && shownRows.testBit(*found))
                sorted.append(*found);
        }
        // Rows removed since the count stay, at the end: the table keeps its length.
        if (sorted.size() != rows.size()) {
            QBitArray placed(end);
            for (int row : std::as_const(sorted))
                placed.setBit(row);
            for (int row : rows) {
                if (!placed.testBit(row))
                    sorted.append(row);
            }
        }
        return sorted;
    });
}

} // namespace RecordWindowSources

} // namespace milepost
