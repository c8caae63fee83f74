// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/staffingtimelinesource.h"

#include <QCoreApplication>

#include <memory>
#include <mutex>

namespace milepost {

class Database;

// The staffing timeline read from the store a window at a time, so that a district's full
// staffing history costs memory for the rows shown, not for every row stored.
//
// categories() makes one pass over the rows in the order the repository lists them
// (StaffingTimelineIndex): what stays is each category's span and the ids of its rows. On a
// store in a file or on a server it reads on a connection of its own, opened by the first pass
// and kept, so that it may run on a worker thread while the window uses its own; one pass at a
// time uses it. records() reads the rows of the ids asked for, on the database's connection.
class StaffingTimelineQuery final : public StaffingTimelineSource
{
    Q_DECLARE_TR_FUNCTIONS(StaffingTimelineQuery)

public:
    explicit StaffingTimelineQuery(Database &database);
    ~StaffingTimelineQuery() override;

    std::optional<QList<StaffingTimelineCategory>> categories(const StaffingTimelineMatch &match, QString *error = nullptr,
                                                              const std::atomic_bool *cancelled = nullptr) const override;
    std::optional<QList<StaffingRecord>> records(const QList<qint64> &keys, QString *error = nullptr) const override;
    bool readsInBackground() const override;

private:
    static std::optional<QList<StaffingTimelineCategory>> categoriesOf(Database &database, const StaffingTimelineMatch &match,
                                                                       QString *error, const std::atomic_bool *cancelled);

    Database &m_database;
    QString m_connectionString; // read on the UI thread, for the workers' connection
    mutable std::mutex m_workerLock;
    mutable std::unique_ptr<Database> m_workerDatabase;
};

} // namespace milepost
