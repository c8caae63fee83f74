// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/staffingtimelinesource.h"

#include <QCoreApplication>

#include <memory>
#include <mutex>

namespace milepost {

class Database;

// The staffing timeline's rows read from the store (DatasetRepository's rows, in its order).
// A store in a file or on a server is read on a connection of the query's own, opened by the
// first read and kept, so that a worker thread can read while the window uses its own; one read
// at a time uses it. A database in memory has no other connection and is read on its own.
class StaffingTimelineQuery final : public StaffingTimelineSource
{
    Q_DECLARE_TR_FUNCTIONS(StaffingTimelineQuery)

public:
    explicit StaffingTimelineQuery(Database &database);
    ~StaffingTimelineQuery() override;

    std::optional<QList<StaffingRecord>> records(QString *error = nullptr,
                                                 const std::atomic_bool *cancelled = nullptr) const override;
    bool readsInBackground() const override;

private:
    static std::optional<QList<StaffingRecord>> recordsOf(Database &database, QString *error,
                                                          const std::atomic_bool *cancelled);

    Database &m_database;
    QString m_connectionString; // read on the UI thread, for the workers' connection
    mutable std::mutex m_workerLock;
    mutable std::unique_ptr<Database> m_workerDatabase;
};

} // namespace milepost
