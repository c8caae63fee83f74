// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/staffingrecord.h"

#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace milepost {

// Where the staffing timeline reads its rows when it is shown (StaffingTimelineQuery): every
// staffing row, in the order the store lists them. A source that reads a store is asked on a
// worker thread, so that the window goes on while it reads, and only when the staffing timeline
// is shown: the plan's and the capital projects' timelines never wait for it.
class StaffingTimelineSource
{
public:
    virtual ~StaffingTimelineSource() = default;
    // Every row; nullopt with error set when the store cannot be read, or *cancelled turned
    // true meanwhile.
    virtual std::optional<QList<StaffingRecord>> records(QString *error = nullptr,
                                                         const std::atomic_bool *cancelled = nullptr) const = 0;
    // Whether records() is a pass over a store, to be asked on a worker thread: such a source
    // answers from any thread, on a connection of its own.
    virtual bool readsInBackground() const { return false; }
};

} // namespace milepost
