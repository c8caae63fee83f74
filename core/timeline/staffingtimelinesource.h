// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/staffingrecord.h"
#include "staffingtimelinecategory.h"

#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace milepost {

class StaffingTimelineMatch;

// Where the staffing timeline reads its rows, a window at a time: first the job categories of
// each Local District (each with the keys of its rows, which is all a category holds), then the
// rows of a category a person opens, as the view scrolls. In memory (StaffingRecordList) or
// from the store (StaffingTimelineQuery), with the same answers.
class StaffingTimelineSource
{
public:
    virtual ~StaffingTimelineSource() = default;
    // The categories with rows that match, in the timeline's order; nullopt with error set when
    // the store cannot be read or *cancelled turned true meanwhile.
    virtual std::optional<QList<StaffingTimelineCategory>> categories(const StaffingTimelineMatch &match,
                                                                      QString *error = nullptr,
                                                                      const std::atomic_bool *cancelled = nullptr) const = 0;
    // The rows of these keys (from categories()), in the order of keys; a row removed since is
    // left out.
    virtual std::optional<QList<StaffingRecord>> records(const QList<qint64> &keys, QString *error = nullptr) const = 0;
    // Whether categories() is a pass over a store, to be asked on a worker thread: such a source
    // answers it from any thread, on a connection of its own.
    virtual bool readsInBackground() const { return false; }
};

} // namespace milepost
