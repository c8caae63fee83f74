// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/capitaltimelinesource.h"

#include <QCoreApplication>

#include <memory>
#include <mutex>

namespace milepost {

class Database;

// The capital projects timeline read from the store, a window at a time, so that a district's
// full history costs memory for the rows shown, not for every row stored.
//
// districts() makes one pass over the projects and one over their phases, side by side in the
// order of the project's id (the phases' table is kept in that order), holding one project at a
// time (CapitalTimelineIndex): what stays is each district's span and the ids of its projects.
// projects() reads the projects of the ids asked for, with their phases.
class CapitalTimelineQuery final : public CapitalTimelineSource
{
    Q_DECLARE_TR_FUNCTIONS(CapitalTimelineQuery)

public:
    explicit CapitalTimelineQuery(Database &database);
    ~CapitalTimelineQuery() override;

    std::optional<QList<CapitalTimelineDistrict>> districts(const CapitalTimelineMatch &match, QString *error = nullptr,
                                                            const std::atomic_bool *cancelled = nullptr) const override;
    std::optional<QList<CapitalProject>> projects(const QList<qint64> &keys, QString *error = nullptr) const override;
    // The version of the data stored: it changes with every import and every removal of one
    // (the only changes to capital projects); empty when it cannot be read.
    QString dataVersion() const;
    // A store in a file or on a server: districts() reads on a connection of its own, and may
    // run on any thread. A database in memory has no other connection.
    bool readsInBackground() const override;

private:
    std::optional<QList<CapitalTimelineDistrict>> districtsOf(Database &database, const CapitalTimelineMatch &match,
                                                              QString *error, const std::atomic_bool *cancelled) const;

    Database &m_database;
    QString m_connectionString; // read on the UI thread, for the workers' connection
    // The workers' connection, opened by the first and kept (opening a small file checks it
    // whole); one worker at a time uses it: a newer read waits for a cancelled one to stop.
    mutable std::mutex m_workerLock;
    mutable std::unique_ptr<Database> m_workerDatabase;
};

} // namespace milepost
