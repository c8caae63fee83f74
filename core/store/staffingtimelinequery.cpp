// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffingtimelinequery.h"

#include "database.h"
#include "datasetrecordrows.h"
#include "datasetrowsquery.h"
#include "statement.h"

#include "timeline/staffingtimelineindex.h"

#include <QScopeGuard>

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace milepost {

namespace {

// The texts a column repeats, made QStrings once each; the last one is found without a lookup.
class RepeatedTexts final
{
public:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };

    const QString &of(std::string_view utf8)
    {
        if (m_last && utf8 == m_lastUtf8)
            return *m_last;
        auto text = m_texts.find(utf8);
        if (text == m_texts.end())
            text = m_texts.emplace(std::string(utf8), QString::fromUtf8(utf8.data(), qsizetype(utf8.size()))).first;
        m_lastUtf8.assign(utf8);
        m_last = &text->second; // a node of the map stays where it is
        return *m_last;
    }

private:
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_texts;
    std::string m_lastUtf8;
    const QString *m_last = nullptr;
};

} // namespace

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
    std::unordered_map<std::string, Period, RepeatedTexts::Hash, std::equal_to<>> periods;
    std::string periodKey;
    Statement::Result row = Statement::Result::Done;
    while ((row = rows.step()) == Statement::Result::Row) {
        periodKey.clear();
        for (int column = 4; column <= 6; ++column)
            periodKey.append(rows.columnUtf8(column)).push_back('\n');
        auto period = periods.find(std::string_view(periodKey));
        if (period == periods.end())
            period = periods.emplace(periodKey, DatasetRecordRows::period(rows, 4)).first;
        const qint64 id = rows.columnInt64(0);
        index.add(id, {rows.columnInt64(7), rows.columnInt64(8), id}, districts.of(rows.columnUtf8(1)),
                  categories.of(rows.columnUtf8(2)), sites.of(rows.columnUtf8(3)), period->second);
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
