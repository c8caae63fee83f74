// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace milepost {

// Shows all rows of its source, or exactly the rows a figure was computed from: a drill-down.
// Sorts by RecordTableModel::SortRole; a source that fetches its rows lazily (one that gives
// RecordTableModel::TotalRowsRole) sorts itself, in the database, and is shown in its order.
class RowSetProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RowSetProxyModel(QObject *parent = nullptr);

    // nullopt shows every row.
    void setRows(const std::optional<QList<int>> &rows);
    bool isFiltering() const { return m_filtering; }
    // The source rows shown, in the order shown.
    QList<int> shownSourceRows() const;
    // Whether the source sorts itself (see above).
    bool sourceSortsItself() const;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<int> m_rows;
    bool m_filtering = false;
};

} // namespace milepost
