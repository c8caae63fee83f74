// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <functional>

namespace milepost {

// A read-only table over rows held elsewhere (the dashboard's snapshot of the store), one
// row per index, with columns given as functions. The drill-down tables of every dashboard
// page are instances of it; which rows show is a RowSetProxyModel's business.
class RecordTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers and dates compare as such
        SourceRowRole,               // the row's index in the snapshot
        StretchRole,                 // header data: true on the column that takes the spare width
        // Header data of a model that fetches its rows lazily and sorts them itself
        // (CapitalProjectTableModel): how many rows it holds, fetched or not.
        TotalRowsRole,
    };

    struct Column
    {
        QString header = {};
        std::function<QVariant(int row)> display = {};
        // What sorting compares; display when not given.
        std::function<QVariant(int row)> sort = {};
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
        // A tooltip per cell; none when not given.
        std::function<QVariant(int row)> toolTip = {};
        // The column that takes the width the others leave (titles, descriptions).
        bool stretch = false;
        // What an export writes (ExportRole): a day as a QDate, an amount as a number; the text
        // shown when not given.
        std::function<QVariant(int row)> exported = {};
    };

    // column, exported as value gives it.
    static Column exportedAs(Column column, std::function<QVariant(int row)> value);

    explicit RecordTableModel(QObject *parent = nullptr);

    void setColumns(const QList<Column> &columns);
    // Resets the model to rowCount rows; the column functions read the rows anew.
    void reset(int rowCount);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Column> m_columns;
    int m_rowCount = 0;
};

} // namespace milepost
