// SPDX-License-Identifier: GPL-3.0-or-later
#include "lazyrecordmodel.h"

#include "common/exportrole.h"
#include "recordtablemodel.h"

#include <QThread>
#include <QTimer>

#include <algorithm>

namespace milepost {

namespace {

// How soon cells that could not be read are asked for again: a count holds the connection for
// up to seconds on a large district.
constexpr int askAgainMs = 200;

} // namespace

LazyRecordModel::LazyRecordModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_askAgain(new QTimer(this))
{
    m_askAgain->setSingleShot(true);
    m_askAgain->setInterval(askAgainMs);
    connect(m_askAgain, &QTimer::timeout, this, &LazyRecordModel::askAgain);
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
    m_askAgain->stop();
    m_missedFirst = m_missedLast = -1;
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

void LazyRecordModel::missed(int window) const
{
    m_missedFirst = m_missedFirst < 0 ? window : std::min(m_missedFirst, window);
    m_missedLast = std::max(m_missedLast, window);
    if (!m_askAgain->isActive())
        m_askAgain->start();
}

void LazyRecordModel::askAgain()
{
    if (m_missedFirst < 0 || m_rows.isEmpty() || columnCount() == 0)
        return;
    const int first = std::min(m_missedFirst * windowSize, int(m_rows.size()) - 1);
    const int last = std::min((m_missedLast + 1) * windowSize, int(m_rows.size())) - 1;
    m_missedFirst = m_missedLast = -1;
    // The view asks for the cells it shows: those still not read are missed again.
    Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole});
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
        if (!hasWindow(window)) {
            missed(window);
            return {};
        }
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
