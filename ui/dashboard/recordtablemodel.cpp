// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtablemodel.h"

#include "common/exportrole.h"

namespace milepost {

RecordTableModel::RecordTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RecordTableModel::setColumns(const QList<Column> &columns)
{
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

void RecordTableModel::reset(int rowCount)
{
    beginResetModel();
    m_rowCount = rowCount;
    endResetModel();
}

RecordTableModel::Column RecordTableModel::exportedAs(Column column, std::function<QVariant(int row)> value)
{
    column.exported = std::move(value);
    return column;
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= m_columns.size())
        return {};
    const Column &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return column.display(index.row());
    case SortRole:
        return column.sort ? column.sort(index.row()) : column.display(index.row());
    case SourceRowRole:
        return index.row();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column.alignment);
    case Qt::ToolTipRole:
        return column.toolTip ? column.toolTip(index.row()) : QVariant();
    case ExportRole:
        return column.exported ? column.exported(index.row()) : QVariant();
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_columns.size()) {
        if (role == Qt::DisplayRole)
            return m_columns.at(section).header;
        if (role == StretchRole)
            return m_columns.at(section).stretch;
    }
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

} // namespace milepost
