// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capitaltimelinedistrict.h"
#include "capitaltimelinematch.h"

#include "datasets/capitalproject.h"

#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace milepost {

// Where the capital projects timeline reads its rows, a window at a time: first the districts
// (each with the keys of its projects, which is all a district holds), then the projects of the
// district a person opens, as the view scrolls. In memory (CapitalProjectList) or from the
// store (CapitalTimelineQuery), with the same answers.
class CapitalTimelineSource
{
public:
    virtual ~CapitalTimelineSource() = default;

    // The districts with projects that match, in natural order; nullopt with error set when the
    // store cannot be read or *cancelled turned true meanwhile.
    virtual std::optional<QList<CapitalTimelineDistrict>> districts(const CapitalTimelineMatch &match,
                                                                    QString *error = nullptr,
                                                                    const std::atomic_bool *cancelled = nullptr) const = 0;
    // The projects of these keys (from districts()), with their phases in the order the store
    // keeps them, in the order of keys.
    virtual std::optional<QList<CapitalProject>> projects(const QList<qint64> &keys, QString *error = nullptr) const = 0;
    // Whether districts() is a pass over a store, to be asked on a worker thread: such a source
    // answers districts() from any thread, on a connection of its own.
    virtual bool readsInBackground() const { return false; }
};

} // namespace milepost
