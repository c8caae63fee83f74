// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/staffingtimelinemodel.h"

namespace milepost::test {

// Every category's rows, a window at a time, as the view reads them when they come into view.
inline void readAll(StaffingTimelineModel &model)
{
    for (int d = 0; d < model.rowCount(); ++d) {
        const QModelIndex district = model.index(d, 0);
        for (int c = 0; c < model.rowCount(district); ++c) {
            while (model.canFetchMore(model.index(c, 0, district)))
                model.fetchMore(model.index(c, 0, district));
        }
    }
}

} // namespace milepost::test
