// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowfetcher.h"

#include "flatrowgeometry.h"

#include <QAbstractItemModel>

namespace milepost {

int RowFetcher::fetch(int first, int last, int passes) const
{
    if (!m_rows || !m_rows->model())
        return 0;
    // fetchMore() is not const; the geometry holds the model as the views do, to read it.
    auto *model = const_cast<QAbstractItemModel *>(m_rows->model());
    int fetches = 0;
    for (int pass = 0; pass < passes; ++pass) {
        // A fetch inserts rows, which rebuilds the geometry: look again from the start.
        QModelIndex wanted;
        const int end = qMin(last, m_rows->rowCount() - 1);
        for (int row = qMax(0, first); row <= end && !wanted.isValid(); ++row) {
            const QModelIndex index = m_rows->index(row);
            if (m_rows->isExpanded(index) && model->rowCount(index) == 0 && model->canFetchMore(index)) {
                wanted = index;
                break;
            }
            // The last child read of a parent, or a row under it (a phase of the last project).
            for (QModelIndex child = index; child.parent().isValid() && !wanted.isValid(); child = child.parent()) {
                const QModelIndex parent = child.parent();
                if (child.row() == model->rowCount(parent) - 1 && model->canFetchMore(parent))
                    wanted = parent;
            }
        }
        if (!wanted.isValid())
            break;
        const int before = model->rowCount(wanted);
        model->fetchMore(wanted);
        if (model->rowCount(wanted) == before)
            break; // nothing came (busy, or nothing left): ask again on the next scroll
        ++fetches;
    }
    return fetches;
}

} // namespace milepost
