// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsmodel.h"

#include <QApplication>
#include <QStyle>

namespace milepost {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &finding = m_findings.at(index.row());
    switch (role) {
    case LineRole:
        return finding.line;
    case KindRole:
        return int(finding.kind);
    case SortRole:
        if (index.column() == LineColumn)
            return qint64(finding.line) * 10000 + finding.column;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return finding.line;
        case KindColumn:
            return Finding::kindName(finding.kind);
        case MessageColumn:
            return finding.message;
        default:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LineColumn) {
            if (finding.column > 0)
                return tr("Line %1, column %2 of the report").arg(finding.line).arg(finding.column);
            return tr("Line %1 of the report").arg(finding.line);
        }
        return finding.message;
    case Qt::DecorationRole:
        if (index.column() == KindColumn)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter); // an int reads as alignment in every Qt 6
        return {};
    default:
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case KindColumn:
        return tr("Kind");
    case MessageColumn:
        return tr("Message");
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> FindingsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(LineRole, "line");
    names.insert(KindRole, "kind");
    names.insert(SortRole, "sortKey");
    return names;
}

} // namespace milepost
