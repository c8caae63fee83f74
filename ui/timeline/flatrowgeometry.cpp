// SPDX-License-Identifier: GPL-3.0-or-later
#include "flatrowgeometry.h"

#include <QAbstractItemModel>

#include <cmath>

namespace milepost {

FlatRowGeometry::FlatRowGeometry(QObject *parent)
    : QObject(parent)
{
}

void FlatRowGeometry::setModel(const QAbstractItemModel *model)
{
    if (m_model == model)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_expanded.clear();
    m_model = model;
    if (model) {
        // Every structural change makes the stored indexes stale: rebuild on next use.
        const auto stale = [this] { invalidate(); };
        // A reset invalidates every persistent index: forget them before it, so that items
        // expanded by whoever handles modelReset first are kept whatever the order.
        m_connections << connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_expanded.clear(); })
                      << connect(model, &QAbstractItemModel::modelReset, this, stale)
                      << connect(model, &QAbstractItemModel::layoutChanged, this, stale)
                      << connect(model, &QAbstractItemModel::rowsInserted, this, stale)
                      << connect(model, &QAbstractItemModel::rowsRemoved, this, stale)
                      << connect(model, &QAbstractItemModel::rowsMoved, this, stale)
                      << connect(model, &QAbstractItemModel::destroyed, this, stale);
    }
    invalidate();
}

void FlatRowGeometry::setRowHeight(qreal height)
{
    height = qMax<qreal>(1, height);
    if (qFuzzyCompare(height, m_rowHeight))
        return;
    m_rowHeight = height;
    Q_EMIT rowsChanged();
}

void FlatRowGeometry::invalidate()
{
    m_dirty = true;
    m_rows.clear();
    m_lastFound = 0;
    Q_EMIT rowsChanged();
}

bool FlatRowGeometry::hasVisibleChildren(const QModelIndex &index) const
{
    // The leaf flag answers for most rows without asking a proxy to map children; only
    // then the (more costly) persistent-index lookup.
    if (index.flags() & Qt::ItemNeverHasChildren)
        return false;
    return m_expanded.contains(QPersistentModelIndex(index)) && m_model->rowCount(index) > 0;
}

void FlatRowGeometry::appendVisible(const QModelIndex &parent, int depth, QList<Row> &rows) const
{
    const int count = m_model->rowCount(parent);
    for (int r = 0; r < count; ++r) {
        const QModelIndex child = m_model->index(r, 0, parent);
        rows.append(Row{child, depth});
        if (hasVisibleChildren(child))
            appendVisible(child, depth + 1, rows);
    }
}

void FlatRowGeometry::ensureRows() const
{
    if (!m_dirty)
        return;
    m_dirty = false;
    m_rows.clear();
    if (m_model)
        appendVisible(QModelIndex(), 0, m_rows);
}

bool FlatRowGeometry::isExpanded(const QModelIndex &index) const
{
    if (!index.isValid())
        return true; // the invisible root
    return m_expanded.contains(QPersistentModelIndex(index.siblingAtColumn(0)));
}

void FlatRowGeometry::setExpanded(const QModelIndex &index, bool expanded)
{
    if (!m_model || !index.isValid() || index.model() != m_model)
        return;
    const QModelIndex item = index.siblingAtColumn(0);
    if (isExpanded(item) == expanded)
        return;
    // Where the item is now, before the set changes what is visible.
    const int row = m_dirty ? -1 : rowOf(item);
    if (expanded)
        m_expanded.insert(QPersistentModelIndex(item));
    else
        m_expanded.remove(QPersistentModelIndex(item));
    if (row >= 0) {
        const int itemDepth = m_rows.at(row).depth;
        if (expanded) {
            QList<Row> subtree;
            appendVisible(item, itemDepth + 1, subtree);
            m_rows.insert(row + 1, subtree.size(), Row{});
            std::copy(subtree.cbegin(), subtree.cend(), m_rows.begin() + row + 1);
        } else {
            int end = row + 1;
            while (end < m_rows.size() && m_rows.at(end).depth > itemDepth)
                ++end;
            m_rows.remove(row + 1, end - row - 1);
        }
    }
    Q_EMIT expandedChanged(item, expanded);
    Q_EMIT rowsChanged();
}

void FlatRowGeometry::setExpandedIndexes(const QList<QModelIndex> &indexes)
{
    m_expanded.clear();
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == m_model)
            m_expanded.insert(QPersistentModelIndex(index.siblingAtColumn(0)));
    }
    invalidate();
}

void FlatRowGeometry::addExpandedIndexes(const QList<QModelIndex> &indexes)
{
    bool added = false;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == m_model && !isExpanded(index)) {
            m_expanded.insert(QPersistentModelIndex(index.siblingAtColumn(0)));
            added = true;
        }
    }
    if (added)
        invalidate();
}

void FlatRowGeometry::expandAll()
{
    if (!m_model)
        return;
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        const int count = m_model->rowCount(parent);
        for (int r = 0; r < count; ++r) {
            const QModelIndex child = m_model->index(r, 0, parent);
            if ((child.flags() & Qt::ItemNeverHasChildren) || !m_model->hasChildren(child))
                continue;
            m_expanded.insert(QPersistentModelIndex(child));
            pending.append(child);
        }
    }
    invalidate();
}

void FlatRowGeometry::collapseAll()
{
    m_expanded.clear();
    invalidate();
}

int FlatRowGeometry::rowCount() const
{
    ensureRows();
    return int(m_rows.size());
}

QModelIndex FlatRowGeometry::index(int row) const
{
    ensureRows();
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).index;
}

int FlatRowGeometry::rowOf(const QModelIndex &index) const
{
    ensureRows();
    if (!index.isValid() || index.model() != m_model || m_rows.isEmpty())
        return -1;
    const QModelIndex item = index.siblingAtColumn(0);
    // Search outwards from the last hit: selection and current-row lookups are local.
    const int count = int(m_rows.size());
    const int start = qBound(0, m_lastFound, count - 1);
    for (int distance = 0; distance < count; ++distance) {
        const int below = start + distance;
        const int above = start - distance - 1;
        if (below >= count && above < 0)
            break;
        if (below < count && m_rows.at(below).index == item) {
            m_lastFound = below;
            return below;
        }
        if (above >= 0 && m_rows.at(above).index == item) {
            m_lastFound = above;
            return above;
        }
    }
    return -1;
}

int FlatRowGeometry::depth(int row) const
{
    ensureRows();
    if (row < 0 || row >= m_rows.size())
        return 0;
    return m_rows.at(row).depth;
}

qreal FlatRowGeometry::rowTop(int row) const
{
    return row * m_rowHeight;
}

qreal FlatRowGeometry::rowHeight(int row) const
{
    Q_UNUSED(row)
    return m_rowHeight;
}

int FlatRowGeometry::rowAt(qreal y) const
{
    if (y < 0)
        return -1;
    const int row = int(std::floor(y / m_rowHeight));
    return row < rowCount() ? row : -1;
}

qreal FlatRowGeometry::totalHeight() const
{
    return rowCount() * m_rowHeight;
}

} // namespace milepost
