// SPDX-License-Identifier: GPL-3.0-or-later
#include "lazyrecordmodel.h"

#include "common/exportrole.h"
#include "recordtablemodel.h"

#include <QThread>

namespace milepost {

LazyRecordModel::LazyRecordModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

LazyRecordModel::~LazyRecordModel()
{
    for (const QPointer<QThread> &sorter : std::as_const(m_sorters)) {
        if (sorter)
            sorter->wait();
    }
}

void LazyRecordModel::setRows(const QList<int> &rows, const std::function<void()> &duringReset)
{
    ++m_generation; // a sort under way was for the rows before
    m_sorting = false;
    m_setRows = rows;
    applyRows(rows, duringReset);
}

void LazyRecordModel::applyRows(const QList<int> &rows, const std::function<void()> &duringReset)
{
    beginResetModel();
    if (duringReset)
        duringReset();
    m_rows = rows;
    m_recent.clear();
    dropWindows();
    endResetModel();
}

int LazyRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool LazyRecordModel::hasWindow(int window) const
{
    if (m_recent.contains(window)) {
        m_recent.removeOne(window);
        m_recent.append(window);
        return true;
    }
    const int first = window * windowSize;
    if (!readWindow(window, m_rows.mid(first, windowSize)))
        return false;
    if (m_recent.size() >= keptWindows)
        dropWindow(m_recent.takeFirst());
    m_recent.append(window);
    return true;
}

QVariant LazyRecordModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columnCount())
        return {};
    switch (role) {
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(alignment(index.column()));
    case RecordTableModel::SourceRowRole:
        return m_rows.at(index.row());
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case ExportRole: {
        const int window = index.row() / windowSize;
        if (!hasWindow(window))
            return {};
        return cell(window, index.row() % windowSize, m_rows.at(index.row()), index.column(), role);
    }
    default:
        return {};
    }
}

QVariant LazyRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= columnCount())
        return {};
    if (role == RecordTableModel::TotalRowsRole)
        return qint64(m_rows.size());
    return header(section, role);
}

void LazyRecordModel::sort(int column, Qt::SortOrder order)
{
    const int generation = ++m_generation;
    if (column < 0 || column >= columnCount() || !m_sorter) {
        m_sorting = false;
        if (m_rows != m_setRows)
            applyRows(m_setRows);
        Q_EMIT sorted();
        return;
    }
    // Sorted on a worker (the database may sort a million rows); the rows stay as they are
    // meanwhile.
    m_sorting = true;
    QThread *sorter = QThread::create([this, sort = m_sorter, rows = m_setRows, column, order, generation] {
        std::optional<QList<int>> sortedRows = sort(column, order, rows);
        QMetaObject::invokeMethod(
            this,
            [this, sortedRows = std::move(sortedRows), generation] {
                if (generation != m_generation)
                    return; // a newer sort or rows since
                m_sorting = false;
                if (sortedRows)
                    applyRows(*sortedRows);
                Q_EMIT sorted();
            },
            Qt::QueuedConnection);
    });
    sorter->setObjectName(QStringLiteral("recordSorter"));
    connect(sorter, &QThread::finished, sorter, &QObject::deleteLater);
    m_sorters.removeAll(QPointer<QThread>());
    m_sorters.append(sorter);
    sorter->start(QThread::LowPriority);
}

} // namespace milepost
