// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffingtimelinequery.h"

#include "database.h"
#include "datasetrowsquery.h"
#include "repeatedtexts.h"
#include "storedperiods.h"
#include "statement.h"

#include "timeline/staffingtimelineindex.h"

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

std::optional<QList<StaffingTimelineCategory>> StaffingTimelineQuery::categories(const StaffingTimelineMatch &match,
                                                                                 QString *error,
                                                                                 const std::atomic_bool *cancelled) const
{
    if (!readsInBackground())
        return categoriesOf(m_database, match, error, cancelled);
    const std::lock_guard lock(m_workerLock);
    if (!m_workerDatabase)
        m_workerDatabase = Database::open(m_connectionString, error, Database::Purpose::Reading);
    if (!m_workerDatabase)
        return std::nullopt;
    return categoriesOf(*m_workerDatabase, match, error, cancelled);
}

std::optional<QList<StaffingTimelineCategory>> StaffingTimelineQuery::categoriesOf(Database &database,
                                                                                   const StaffingTimelineMatch &match,
                                                                                   QString *error,
                                                                                   const std::atomic_bool *cancelled)
{
    // A cancelled pass stops within a few steps of the store.
    database.setCancelFlag(cancelled);
    const auto forget = qScopeGuard([&database] { database.setCancelFlag(nullptr); });
    // In the table's order: the index puts them in the timeline's, with the repository's order
    // (by source, line, id) for rows alike, without a sort of every row here.
    Statement rows(database.handle(), QStringLiteral("SELECT id, local_district, job_category, site, period, period_first, "
                                                     "period_last, source_id, source_line FROM staffing"));
    StaffingTimelineIndex index(match);
    // A district's history repeats a few periods, districts, categories and sites: each is read
    // once (a period's text and days alike), and shared.
    RepeatedTexts districts;
    RepeatedTexts categories;
    RepeatedTexts sites;
    StoredPeriods periods;
    Statement::Result row = Statement::Result::Done;
    while ((row = rows.step()) == Statement::Result::Row) {
        const int period = periods.number(rows, 4);
        const qint64 id = rows.columnInt64(0);
        index.add(id, {rows.columnInt64(7), rows.columnInt64(8), id}, districts.of(rows.columnUtf8(1)),
                  categories.of(rows.columnUtf8(2)), sites.of(rows.columnUtf8(3)), periods.period(period));
    }
    if (cancelled && cancelled->load()) {
        if (error)
            *error = tr("Reading the staffing data was stopped.");
        return std::nullopt;
    }
    if (row == Statement::Result::Error) {
        if (error)
            *error = tr("Could not read the staffing data: %1").arg(rows.error());
        return std::nullopt;
    }
    return index.finish();
}

std::optional<QList<StaffingRecord>> StaffingTimelineQuery::records(const QList<qint64> &keys, QString *error) const
{
    const std::optional<QList<std::optional<StaffingRecord>>> read = DatasetRowsQuery(m_database).staffing(keys, error);
    if (!read)
        return std::nullopt;
    QList<StaffingRecord> records;
    records.reserve(read->size());
    for (const std::optional<StaffingRecord> &record : *read) {
        if (record)
            records.append(*record);
    }
    return records;
}

} // namespace milepost
