// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffingtimelinequery.h"

#include "database.h"
#include "datasetrepository.h"

#include <QScopeGuard>

namespace milepost {

StaffingTimelineQuery::StaffingTimelineQuery(Database &database)
    : m_database(database)
    , m_connectionString(database.connectionString())
{
}

StaffingTimelineQuery::~StaffingTimelineQuery() = default;

bool StaffingTimelineQuery::readsInBackground() const
{
    return m_connectionString != QLatin1String(":memory:");
}

std::optional<QList<StaffingRecord>> StaffingTimelineQuery::records(QString *error, const std::atomic_bool *cancelled) const
{
    if (!readsInBackground())
        return recordsOf(m_database, error, cancelled);
    const std::lock_guard lock(m_workerLock);
    if (!m_workerDatabase)
        m_workerDatabase = Database::open(m_connectionString, error, Database::Purpose::Reading);
    if (!m_workerDatabase)
        return std::nullopt;
    return recordsOf(*m_workerDatabase, error, cancelled);
}

std::optional<QList<StaffingRecord>> StaffingTimelineQuery::recordsOf(Database &database, QString *error,
                                                                      const std::atomic_bool *cancelled)
{
    // A cancelled read stops within a few steps of the store.
    database.setCancelFlag(cancelled);
    const auto forget = qScopeGuard([&database] { database.setCancelFlag(nullptr); });
    QString message;
    QList<StaffingRecord> records = DatasetRepository(database).staffing(&message);
    if (cancelled && cancelled->load()) {
        if (error)
            *error = tr("Reading the staffing data was stopped.");
        return std::nullopt;
    }
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return std::nullopt;
    }
    return records;
}

} // namespace milepost
