// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowsetproxymodel.h"

#include "recordtablemodel.h"

#include <QDateTime>
#include <QScopedValueRollback>

#include <algorithm>
#include <numeric>
#include <utility>

namespace milepost {

namespace {

// QSortFilterProxyModel's comparison (case-insensitive, not locale-aware), so that the tables sort
// as they always did: the left value's type decides; an invalid value sorts last.
bool lessThan(const QVariant &left, const QVariant &right)
{
    if (!left.isValid())
        return false;
    if (!right.isValid())
        return true;
    switch (left.userType()) {
    case QMetaType::Int: return left.toInt() < right.toInt();
    case QMetaType::UInt: return left.toUInt() < right.toUInt();
    case QMetaType::LongLong: return left.toLongLong() < right.toLongLong();
    case QMetaType::ULongLong: return left.toULongLong() < right.toULongLong();
    case QMetaType::Float: return left.toFloat() < right.toFloat();
    case QMetaType::Double: return left.toDouble() < right.toDouble();
    case QMetaType::QChar: return left.toChar() < right.toChar();
    case QMetaType::QDate: return left.toDate() < right.toDate();
    case QMetaType::QTime: return left.toTime() < right.toTime();
    case QMetaType::QDateTime: return left.toDateTime() < right.toDateTime();
    default: return left.toString().compare(right.toString(), Qt::CaseInsensitive) < 0;
    }
}

} // namespace

RowSetProxyModel::RowSetProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void RowSetProxyModel::setSourceModel(QAbstractItemModel *source)
{
    if (source == sourceModel())
        return;
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        using Model = QAbstractItemModel;
        using Self = RowSetProxyModel;
        m_sourceConnections = {
            connect(source, &Model::modelAboutToBeReset, this, &Self::beginResetModel),
            connect(source, &Model::modelReset, this, &Self::endSourceReset),
            connect(source, &Model::layoutAboutToBeChanged, this, &Self::sourceLayoutAboutToBeChanged),
            connect(source, &Model::layoutChanged, this, &Self::endLayoutChange),
            connect(source, &Model::dataChanged, this, &Self::sourceDataChanged),
            connect(source, &Model::headerDataChanged, this, &Self::sourceHeaderDataChanged),
            connect(source, &Model::rowsAboutToBeInserted, this, &Self::sourceRowsAboutToBeInserted),
            connect(source, &Model::rowsInserted, this, &Self::sourceRowsChanged),
            connect(source, &Model::rowsAboutToBeRemoved, this, &Self::sourceRowsAboutToBeRemoved),
            connect(source, &Model::rowsRemoved, this, &Self::sourceRowsChanged),
            connect(source, &QObject::destroyed, this, [this] {
                beginResetModel();
                if (sourceModel()) // the base class has not let go of it yet
                    QAbstractProxyModel::setSourceModel(nullptr);
                endSourceReset();
            }),
        };
        // Moves and columns change the mapping or the sort as a whole, and are rare: a reset.
        const auto resetOn = [&](auto aboutToChange, auto changed) {
            m_sourceConnections << connect(source, aboutToChange, this, &Self::beginResetModel)
                                << connect(source, changed, this, &Self::endSourceReset);
        };
        resetOn(&Model::rowsAboutToBeMoved, &Model::rowsMoved);
        resetOn(&Model::columnsAboutToBeInserted, &Model::columnsInserted);
        resetOn(&Model::columnsAboutToBeRemoved, &Model::columnsRemoved);
        resetOn(&Model::columnsAboutToBeMoved, &Model::columnsMoved);
    }
    m_pending = Pending::None;
    buildMapping();
    endResetModel();
}

void RowSetProxyModel::setRows(const std::optional<QList<int>> &rows)
{
    std::optional<QList<int>> filter;
    if (rows) {
        QList<int> set = *rows;
        if (!std::is_sorted(set.cbegin(), set.cend())) // a figure's rows come sorted
            std::sort(set.begin(), set.end());
        set.erase(std::unique(set.begin(), set.end()), set.end());
        set.erase(set.begin(), std::lower_bound(set.begin(), set.end(), 0));
        filter = std::move(set);
    }
    if (filter == m_filter)
        return; // the rows shown, as before: nothing to map again (a million rows cost a frame)
    // A layout change, not a reset: a row still shown keeps its selection, as it did.
    beginLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
    m_filter = std::move(filter);
    endLayoutChange();
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
    column = std::max(column, -1);
    if (sourceSortsItself()) {
        // Shown in the source's order, as it sorts itself (an own sort was never applied to it).
        m_sortColumn = -1;
        m_sortOrder = order;
        sourceModel()->sort(column, order);
        return;
    }
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder)) {
        m_sortOrder = order;
        return;
    }
    beginLayoutChange(QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    endLayoutChange();
}

QModelIndex RowSetProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel())
        return {};
    Q_ASSERT(proxyIndex.model() == this);
    return sourceModel()->index(sourceRow(proxyIndex.row()), proxyIndex.column());
}

QModelIndex RowSetProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const int row = m_map ? inverse().value(sourceIndex.row(), -1) : sourceIndex.row();
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex RowSetProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    return hasIndex(row, column, parent) ? createIndex(row, column) : QModelIndex();
}

QModelIndex RowSetProxyModel::parent(const QModelIndex &) const
{
    return {}; // a flat table
}

int RowSetProxyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    if (m_map)
        return int(m_map->size());
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

int RowSetProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool RowSetProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

bool RowSetProxyModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while the proxy tells of a change: a view or a tester answering it may ask for more.
    return !m_changing && QAbstractProxyModel::canFetchMore(parent);
}

void RowSetProxyModel::fetchMore(const QModelIndex &parent)
{
    if (!m_changing)
        QAbstractProxyModel::fetchMore(parent);
}

QVariant RowSetProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    // Columns are the source's (also with no row shown, where the base class could not map them).
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    const int row = section < 0 || section >= rowCount() ? -1 : sourceRow(section);
    return row < 0 ? QVariant() : sourceModel()->headerData(row, orientation, role);
}

bool RowSetProxyModel::sortsOwnRows() const
{
    return m_sortColumn >= 0 && sourceModel() && m_sortColumn < sourceModel()->columnCount() && !sourceSortsItself();
}

int RowSetProxyModel::sourceRow(int row) const
{
    return m_map ? m_map->value(row, -1) : row;
}

const QList<int> &RowSetProxyModel::inverse() const
{
    Q_ASSERT(m_map);
    if (!m_inverse) {
        QList<int> rows(sourceModel() ? sourceModel()->rowCount() : 0, -1);
        for (qsizetype at = 0; at < m_map->size(); ++at) {
            if (const int row = m_map->at(at); row < rows.size())
                rows[row] = int(at);
        }
        m_inverse = std::move(rows);
    }
    return *m_inverse;
}

void RowSetProxyModel::buildMapping()
{
    m_inverse.reset();
    const bool sorting = sortsOwnRows();
    if (!m_filter && !sorting) {
        m_map.reset(); // every row in the source's order: nothing to build, however many
        return;
    }
    const int count = sourceModel() ? sourceModel()->rowCount() : 0;
    QList<int> rows;
    if (m_filter) {
        rows = QList<int>(m_filter->cbegin(), std::lower_bound(m_filter->cbegin(), m_filter->cend(), count));
    } else {
        rows.resize(count);
        std::iota(rows.begin(), rows.end(), 0);
    }
    if (sorting)
        sortRows(rows);
    m_map = std::move(rows);
}

void RowSetProxyModel::sortRows(QList<int> &rows) const
{
    // The values read once, not at each comparison. The places are sorted as QSortFilterProxyModel
    // sorts its rows (a stable sort of ints from the source's order), so even values of mixed
    // types come out in the same order.
    const QAbstractItemModel *source = sourceModel();
    QList<QVariant> keys;
    keys.reserve(rows.size());
    for (const int row : std::as_const(rows))
        keys.append(source->data(source->index(row, m_sortColumn), RecordTableModel::SortRole));
    QList<int> places(rows.size());
    std::iota(places.begin(), places.end(), 0);
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(places.begin(), places.end(), [&keys](int l, int r) { return lessThan(keys.at(l), keys.at(r)); });
    else
        std::stable_sort(places.begin(), places.end(), [&keys](int l, int r) { return lessThan(keys.at(r), keys.at(l)); });
    QList<int> sorted;
    sorted.reserve(rows.size());
    for (const int place : std::as_const(places))
        sorted.append(rows.at(place));
    rows = std::move(sorted);
}

void RowSetProxyModel::beginLayoutChange(QAbstractItemModel::LayoutChangeHint hint)
{
    const QScopedValueRollback changing(m_changing, true);
    Q_EMIT layoutAboutToBeChanged({}, hint);
    // Persistent indexes (a view's selection and current cell) follow the source cells they show.
    m_layoutHint = hint;
    m_layoutProxy = persistentIndexList();
    m_layoutSource.clear();
    m_layoutSource.reserve(m_layoutProxy.size());
    for (const QModelIndex &index : std::as_const(m_layoutProxy))
        m_layoutSource.append(mapToSource(index));
}

void RowSetProxyModel::endLayoutChange()
{
    const QScopedValueRollback changing(m_changing, true);
    buildMapping();
    QModelIndexList moved;
    moved.reserve(m_layoutSource.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSource))
        moved.append(mapFromSource(source));
    changePersistentIndexList(m_layoutProxy, moved);
    m_layoutProxy.clear();
    m_layoutSource.clear();
    Q_EMIT layoutChanged({}, m_layoutHint);
}

void RowSetProxyModel::endSourceReset()
{
    const QScopedValueRollback changing(m_changing, true);
    m_pending = Pending::None;
    buildMapping(); // nothing for every row in the source's order
    endResetModel();
}

void RowSetProxyModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                         const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    if (!m_map) {
        Q_EMIT dataChanged(mapFromSource(topLeft), mapFromSource(bottomRight), roles);
        return;
    }
    const bool resort = sortsOwnRows() && topLeft.column() <= m_sortColumn && m_sortColumn <= bottomRight.column()
        && (roles.isEmpty() || roles.contains(RecordTableModel::SortRole));
    if (resort) {
        beginLayoutChange(QAbstractItemModel::VerticalSortHint);
        endLayoutChange();
        if (!m_map->isEmpty()) // the changed rows may be anywhere now
            Q_EMIT dataChanged(index(0, topLeft.column()), index(int(m_map->size()) - 1, bottomRight.column()), roles);
        return;
    }
    // The rows shown among those changed, first to last.
    int first = int(m_map->size());
    int last = -1;
    const QList<int> &places = inverse();
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (const int at = places.value(row, -1); at >= 0) {
            first = std::min(first, at);
            last = std::max(last, at);
        }
    }
    if (first <= last)
        Q_EMIT dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
}

void RowSetProxyModel::sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation == Qt::Horizontal || !m_map)
        Q_EMIT headerDataChanged(orientation, first, last);
    else if (!m_map->isEmpty())
        Q_EMIT headerDataChanged(orientation, 0, int(m_map->size()) - 1);
}

void RowSetProxyModel::sourceLayoutAboutToBeChanged(const QList<QPersistentModelIndex> &,
                                                    QAbstractItemModel::LayoutChangeHint hint)
{
    // Rows filtered by number show other records when the source reorders: not only a sort.
    beginLayoutChange(m_map ? QAbstractItemModel::NoLayoutChangeHint : hint);
}

void RowSetProxyModel::sourceRowsAboutToBeInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const QScopedValueRollback changing(m_changing, true);
    if (!m_map) {
        m_pending = Pending::Insert;
        beginInsertRows({}, first, last);
    } else if (m_filter && !sortsOwnRows() && first == sourceModel()->rowCount()) {
        m_pending = Pending::Append; // fetchMore's rows
    } else {
        m_pending = Pending::Reset;
        beginResetModel();
    }
}

void RowSetProxyModel::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const QScopedValueRollback changing(m_changing, true);
    if (!m_map) {
        m_pending = Pending::Remove;
        beginRemoveRows({}, first, last);
    } else {
        m_pending = Pending::Reset;
        beginResetModel();
    }
}

void RowSetProxyModel::sourceRowsChanged(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const QScopedValueRollback changing(m_changing, true);
    switch (std::exchange(m_pending, Pending::None)) {
    case Pending::Insert: endInsertRows(); break;
    case Pending::Remove: endRemoveRows(); break;
    case Pending::Append: appendRows(first, last); break;
    case Pending::Reset: endSourceReset(); break;
    case Pending::None: break;
    }
}

void RowSetProxyModel::appendRows(int first, int last)
{
    // The set's rows among those appended, at the end: the source's order. (Rows not in the set
    // have no place in the inverse mapping: it stays right.)
    const auto from = std::lower_bound(m_filter->cbegin(), m_filter->cend(), first);
    const auto to = std::upper_bound(from, m_filter->cend(), last);
    if (from == to)
        return;
    const int at = int(m_map->size());
    beginInsertRows({}, at, at + int(to - from) - 1);
    m_map->append(QList<int>(from, to));
    m_inverse.reset();
    endInsertRows();
}

} // namespace milepost
