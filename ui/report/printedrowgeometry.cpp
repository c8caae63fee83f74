// SPDX-License-Identifier: GPL-3.0-or-later
#include "printedrowgeometry.h"

#include <algorithm>

namespace milepost {

PrintedRowGeometry::PrintedRowGeometry(const RowGeometry &rows, std::vector<qreal> heights)
    : m_rows(rows)
    , m_heights(std::move(heights))
{
    m_heights.resize(std::size_t(std::max(0, rows.rowCount())), rows.rowCount() > 0 ? rows.rowHeight(0) : 0);
    m_tops.reserve(m_heights.size() + 1);
    qreal top = 0;
    for (qreal height : m_heights) {
        m_tops.push_back(top);
        top += height;
    }
    m_tops.push_back(top);
}

int PrintedRowGeometry::rowCount() const
{
    return int(m_heights.size());
}

QModelIndex PrintedRowGeometry::index(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows.index(row) : QModelIndex();
}

int PrintedRowGeometry::rowOf(const QModelIndex &index) const
{
    return m_rows.rowOf(index);
}

int PrintedRowGeometry::depth(int row) const
{
    return m_rows.depth(row);
}

qreal PrintedRowGeometry::rowTop(int row) const
{
    return m_tops.at(std::size_t(std::clamp(row, 0, rowCount())));
}

qreal PrintedRowGeometry::rowHeight(int row) const
{
    return row >= 0 && row < rowCount() ? m_heights.at(std::size_t(row)) : 0;
}

int PrintedRowGeometry::rowAt(qreal y) const
{
    if (y < 0 || y >= totalHeight())
        return -1;
    // The last row whose top is at or above y.
    const auto after = std::upper_bound(m_tops.begin(), m_tops.end() - 1, y);
    return int(after - m_tops.begin()) - 1;
}

qreal PrintedRowGeometry::totalHeight() const
{
    return m_tops.back();
}

} // namespace milepost
