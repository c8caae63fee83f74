// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowgeometry.h"

#include <QList>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QSet>

class QAbstractItemModel;

namespace milepost {

// Rows of equal height: a model's tree, flattened in display order, with the children of
// expanded items only. The chart and a QTreeView with uniform row heights of the same height
// and the same expanded items lay out the very same rows; TimelineView keeps the two in step.
// The printed report uses it on its own, with no view at all.
//
// The flat list is rebuilt lazily after any structural change of the model (reset, layout
// change, rows inserted, removed or moved); expanding or collapsing one item splices its
// subtree in or out without walking the rest of the model.
class FlatRowGeometry final : public QObject, public RowGeometry
{
    Q_OBJECT

public:
    explicit FlatRowGeometry(QObject *parent = nullptr);

    void setModel(const QAbstractItemModel *model);
    const QAbstractItemModel *model() const { return m_model; }

    void setRowHeight(qreal height);
    qreal uniformRowHeight() const { return m_rowHeight; }

    bool isExpanded(const QModelIndex &index) const;
    void setExpanded(const QModelIndex &index, bool expanded);
    // Replaces the expanded items at once: one rebuild instead of one splice per item.
    void setExpandedIndexes(const QList<QModelIndex> &indexes);
    // Expands these items too (rows read later), with one rebuild.
    void addExpandedIndexes(const QList<QModelIndex> &indexes);
    void expandAll();
    void collapseAll();

    int rowCount() const override;
    QModelIndex index(int row) const override;
    int rowOf(const QModelIndex &index) const override;
    int depth(int row) const override;
    qreal rowTop(int row) const override;
    qreal rowHeight(int row) const override;
    int rowAt(qreal y) const override;
    qreal totalHeight() const override;

Q_SIGNALS:
    // The rows shown changed: after a model change, an expand or a collapse, or a new height.
    void rowsChanged();
    void expandedChanged(const QModelIndex &index, bool expanded);

private:
    struct Row
    {
        QModelIndex index;
        int depth = 0;
    };

    void invalidate();
    void ensureRows() const;
    void appendVisible(const QModelIndex &parent, int depth, QList<Row> &rows) const;
    bool hasVisibleChildren(const QModelIndex &index) const;

    QPointer<const QAbstractItemModel> m_model;
    QList<QMetaObject::Connection> m_connections;
    qreal m_rowHeight = 24;
    QSet<QPersistentModelIndex> m_expanded;
    mutable QList<Row> m_rows;
    mutable bool m_dirty = true;
    mutable int m_lastFound = 0; // where rowOf() starts looking: lookups cluster around the current row
};

} // namespace milepost
