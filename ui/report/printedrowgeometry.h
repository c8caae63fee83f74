// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/rowgeometry.h"

#include <vector>

namespace milepost {

// The rows of another geometry, each with a height of its own: the printed timeline gives a row
// the height its wrapped name needs, where the screen's rows are all one height.
class PrintedRowGeometry final : public RowGeometry
{
public:
    // rows must outlive this; heights has one entry per row of rows.
    PrintedRowGeometry(const RowGeometry &rows, std::vector<qreal> heights);

    int rowCount() const override;
    QModelIndex index(int row) const override;
    int rowOf(const QModelIndex &index) const override;
    int depth(int row) const override;
    qreal rowTop(int row) const override;
    qreal rowHeight(int row) const override;
    int rowAt(qreal y) const override;
    qreal totalHeight() const override;

private:
    const RowGeometry &m_rows;
    std::vector<qreal> m_heights;
    std::vector<qreal> m_tops; // m_tops[row] is the sum of the heights above; one more entry: the total
};

} // namespace milepost
