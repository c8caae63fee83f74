// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>

namespace milepost {

// Which model rows are shown, in which order, and where: the one answer the tree on the left
// and the chart on the right both use, so that they cannot drift apart. Rows are numbered
// 0..rowCount()-1 from the top; y is in content coordinates (0 at the top of the first row).
class RowGeometry
{
public:
    RowGeometry() = default;
    virtual ~RowGeometry() = default;
    RowGeometry(const RowGeometry &) = delete;
    RowGeometry &operator=(const RowGeometry &) = delete;

    virtual int rowCount() const = 0;
    // The model index (column 0) shown in row; invalid when out of range.
    virtual QModelIndex index(int row) const = 0;
    // The row that shows index, or -1 when it is hidden (a collapsed ancestor, filtered out).
    virtual int rowOf(const QModelIndex &index) const = 0;
    // Nesting depth of a row: 0 for top-level items.
    virtual int depth(int row) const = 0;

    virtual qreal rowTop(int row) const = 0;
    virtual qreal rowHeight(int row) const = 0;
    // The row at content y, or -1 above the first and below the last row.
    virtual int rowAt(qreal y) const = 0;
    virtual qreal totalHeight() const = 0;
};

} // namespace milepost
