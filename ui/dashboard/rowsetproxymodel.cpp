// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowsetproxymodel.h"

#include "recordtablemodel.h"

namespace milepost {

RowSetProxyModel::RowSetProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RowSetProxyModel::setRows(const std::optional<QList<int>> &rows)
{
    if (!rows && !m_filtering)
        return; // every row shown, as before: nothing to map again (a million rows cost a frame)
    m_filtering = rows.has_value();
    m_rows = rows ? QSet<int>(rows->cbegin(), rows->cend()) : QSet<int>();
    invalidateFilter();
}

QList<int> RowSetProxyModel::shownSourceRows() const
{
    QList<int> rows;
    for (int row = 0; row < rowCount(); ++row) {
        // A model that orders its rows itself numbers them (LazyRecordModel): the number, else the row.
        const QModelIndex source = mapToSource(index(row, 0));
        const QVariant number = source.data(RecordTableModel::SourceRowRole);
        rows.append(number.isValid() ? number.toInt() : source.row());
    }
    return rows;
}

bool RowSetProxyModel::sourceSortsItself() const
{
    return sourceModel() && sourceModel()->headerData(0, Qt::Horizontal, RecordTableModel::TotalRowsRole).isValid();
}

void RowSetProxyModel::sort(int column, Qt::SortOrder order)
{
    if (!sourceSortsItself()) {
        QSortFilterProxyModel::sort(column, order);
        return;
    }
    if (sortColumn() != -1)
        QSortFilterProxyModel::sort(-1, order); // the source's order, as it sorted itself
    sourceModel()->sort(column, order);
}

bool RowSetProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return !m_filtering || m_rows.contains(sourceRow);
}

} // namespace milepost
