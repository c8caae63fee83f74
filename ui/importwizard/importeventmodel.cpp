// SPDX-License-Identifier: GPL-3.0-or-later
#include "importeventmodel.h"

namespace milepost {

ImportEventModel::ImportEventModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportEventModel::setEvents(const QList<ImportEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int ImportEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ImportEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ImportEvent &event = m_events.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == LineColumn || index.column() == ColumnColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (index.column() == ReasonColumn || index.column() == ValueColumn))
        return index.column() == ReasonColumn ? event.reason : event.value;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case OutcomeColumn:
        return ImportEvent::outcomeName(event.outcome);
    case LineColumn:
        return event.line > 0 ? QVariant(event.line) : QVariant();
    case ColumnColumn:
        if (event.column <= 0)
            return {};
        return event.columnName.isEmpty() ? QString::number(event.column)
                                          : tr("%1: %2").arg(event.column).arg(event.columnName);
    case ValueColumn:
        return event.value;
    case ReasonColumn:
        return event.reason;
    case KeyColumn:
        return event.key;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case OutcomeColumn:
        return tr("Outcome");
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case ValueColumn:
        return tr("Value");
    case ReasonColumn:
        return tr("Reason");
    case KeyColumn:
        return tr("Record");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace milepost
