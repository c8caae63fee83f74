// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffingtimelinequery.h"

#include "database.h"
#include "datasetrecordrows.h"
#include "datasetrowsquery.h"
#include "statement.h"

#include "timeline/staffingtimelineindex.h"

#include <QByteArray>
#include <QHash>
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
    Statement rows(database.handle(), QStringLiteral("SELECT id, local_district, job_category, site, period, period_first, "
                                                     "period_last FROM staffing ORDER BY %1")
                                          .arg(DatasetRecordRows::listOrder()));
    StaffingTimelineIndex index(match);
    // A district's history repeats a few periods, districts, categories and sites: each is read
    // once (a period's text and days alike), and shared.
    QHash<QByteArray, Period> periods;
    QByteArray periodKey;
    QHash<QByteArray, QString> texts;
    const auto textAt = [&](int column) {
        const std::string_view utf8 = rows.columnUtf8(column);
        const QByteArray raw = QByteArray::fromRawData(utf8.data(), qsizetype(utf8.size()));
        auto text = texts.constFind(raw);
        if (text == texts.cend())
            text = texts.insert(QByteArray(utf8.data(), qsizetype(utf8.size())), QString::fromUtf8(raw));
        return *text;
    };
    Statement::Result row = Statement::Result::Done;
    while ((row = rows.step()) == Statement::Result::Row) {
        periodKey.clear();
        for (int column = 4; column <= 6; ++column) {
            const std::string_view text = rows.columnUtf8(column);
            periodKey.append(text.data(), qsizetype(text.size())).append('\n');
        }
        auto period = periods.constFind(periodKey);
        if (period == periods.cend())
            period = periods.insert(periodKey, DatasetRecordRows::period(rows, 4));
        index.add(rows.columnInt64(0), textAt(1), textAt(2), textAt(3), *period);
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
