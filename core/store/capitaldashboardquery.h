// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capitalplaces.h"

#include "dashboard/capitalfigures.h"
#include "dashboard/capitalprojectsummary.h"
#include "dashboard/capitalselection.h"
#include "dashboard/dashboardfilter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>

namespace milepost {

class CapitalDashboardCounts;
class CapitalSummaryCheckpoint;
class CapitalSummaryTable;
class Database;
class Statement;

// The Capital Projects page of the dashboard computed in the database, over a connection of
// its own, so that memory stays flat however many projects are stored.
//
// compute() selects the projects that pass the filter from a per-project summary built once per
// version of the data (CapitalSummaryTable: CapitalProjectSummary's stage, amounts and schedule,
// worked out by SQL from the phases) and counts the page's figures and breakdowns from them
// with GROUP BY (CapitalDashboardCounts). They equal CapitalFigures::compute()'s, except that a
// figure lists no rows: Figure::counted says how many, and rows() selects them
// (CapitalSelection), a window at a time, sorted by the database.
//
// One connection, used by one thread at a time: compute() runs on a worker, which holds the
// object's lock (Lock) meanwhile, while the window's tables may still show the rows of the
// last count; the other functions, called by the window, do not wait for the lock: while a
// worker holds it they fail at once (error: busy), and the tables show those rows when the new
// count is in.
class CapitalDashboardQuery final
{
    Q_DECLARE_TR_FUNCTIONS(CapitalDashboardQuery)

public:
    // The drill-down table's columns, which rows() can sort by.
    enum Column {
        School,
        Site,
        District,
        BoardDistrict,
        Type,
        Description,
        Phase,
        Budget,
        Estimate,
        Spent,
        PlannedEnd,
        Schedule,
        Sample,
        Line,
        ColumnCount
    };

    // One project as the drill-down table shows it.
    struct Row
    {
        qint64 key = 0; // the project's place among those compute() counted (order() and rowsOf())
        QString schoolName;
        QString siteCode;
        QString region;
        QString boardDistrict;
        QString projectType;
        QString description;
        qint64 sourceLine = 0;
        // Stage, current phase, amounts, planned end, schedule, slip and sample; the comparable
        // budget and estimate are not filled in.
        CapitalProjectSummary summary;
    };

    // Holds the query's connection for one thread: a worker counting (compute() takes it too).
    class Lock final
    {
    public:
        explicit Lock(const CapitalDashboardQuery &query)
            : m_lock(query.m_mutex)
        {
        }

    private:
        std::unique_lock<std::recursive_mutex> m_lock;
    };

    explicit CapitalDashboardQuery(std::unique_ptr<Database> database);
    ~CapitalDashboardQuery();
    CapitalDashboardQuery(const CapitalDashboardQuery &) = delete;
    CapitalDashboardQuery &operator=(const CapitalDashboardQuery &) = delete;

    Database &database() const { return *m_database; }

    // The figures of the projects that pass filter, as of its date; nullopt with error set when
    // the database cannot be read or *cancelled turned true meanwhile. Replaces the projects
    // rows() selects from. Waits for the lock. The same filter on the same data again gives the
    // last count's figures without counting. summarising is told true while the summary of every
    // project is built, false after (CapitalSummaryTable::setBuildNotice), on this thread.
    std::optional<CapitalFigures> compute(const DashboardFilter &filter, const std::atomic_bool *cancelled = nullptr,
                                          QString *error = nullptr, const std::function<void(bool)> &summarising = {});

    // The distinct values of a capital_projects column (region, board_district, school_name),
    // as stored; empty ones left out.
    std::optional<QStringList> values(const QString &column, QString *error = nullptr) const;

    // Each distinct (region, school name) of the projects stored, school names empty left out.
    std::optional<QList<std::pair<QString, QString>>> schoolRegions(QString *error = nullptr) const;
    // The places the projects name, for the filter: their distinct regions and board districts
    // (values()) and (region, school name) pairs (schoolRegions()), read together.
    using Places = CapitalPlaces::Lists;
    std::optional<Places> storedPlaces(QString *error = nullptr) const;
    // How many projects are stored, whatever the filter.
    std::optional<qint64> storedProjects(QString *error = nullptr) const;
    // Whether the summary the last count started from was kept by an earlier session
    // (CapitalSummaryCache) rather than built for it.
    bool summaryWasKept() const;
    // How many of the projects compute() counted selection selects.
    std::optional<qint64> count(const CapitalSelection &selection, QString *error = nullptr) const;
    // The rows selection selects, in source order (the order CapitalFigures::compute() numbers
    // them), from offset on, at most limit.
    std::optional<QList<Row>> rows(const CapitalSelection &selection, qint64 offset, int limit,
                                   QString *error = nullptr) const;
    // The keys of the rows selection selects, sorted by column (then in source order); rowsOf()
    // reads them. A sort over a million rows costs about a second.
    std::optional<QList<qint64>> order(const CapitalSelection &selection, Column column, Qt::SortOrder sortOrder,
                                       QString *error = nullptr) const;
    std::optional<QList<Row>> rowsOf(const QList<qint64> &keys, QString *error = nullptr) const;

    // The lock for the window's calls, on this query's connection and on the staffing and
    // enrollment rows read through it (DatasetRowsQuery): owned unless a worker counts (then
    // error says so), never waited for.
    std::unique_lock<std::recursive_mutex> tryLock(QString *error) const;

private:
    QString where(const CapitalSelection &selection, QStringList &values) const;
    // Read by sql a row at a time (addRow), or the value kept under name with the summary for
    // the data's version; what is read is kept so when the summary's cache is there.
    using Pairs = QList<std::pair<QString, QString>>;
    // The version kept values are stamped with; none when no cache is attached.
    std::optional<QString> keptVersion() const;
    template<typename Value>
    std::optional<Value> kept(const QString &name, const std::optional<QString> &version) const;
    template<typename Value>
    void keep(const QString &name, const std::optional<QString> &version, const Value &value) const;
    // The three of Places: kept, found by the last build, or read in one pass over the projects
    // and kept. Locked.
    std::optional<Places> places(QString *error) const;
    void keepPlaces(const Places &places, const std::optional<QString> &version) const;
    template<typename Value>
    std::optional<Value> keptOrRead(const QString &name, const QString &sql,
                                    const std::function<void(const Statement &, Value &)> &addRow,
                                    QString *error) const;
    std::optional<QList<Row>> select(const QString &condition, const QStringList &values, const QString &tail,
                                     const QList<qint64> &numbers, QString *error) const;

    std::unique_ptr<Database> m_database;
    std::unique_ptr<CapitalSummaryTable> m_summary;
    std::unique_ptr<CapitalDashboardCounts> m_counts;
    std::unique_ptr<CapitalSummaryCheckpoint> m_checkpoint; // of a summary written, after its count
    bool m_built = false; // dashboard_capital holds the projects of the last count
    // The last count's figures, and the filter and data version they were counted for: the same
    // again is not counted again (the dashboard shown again, F5 without an import).
    std::optional<CapitalFigures> m_lastFigures;
    DashboardFilter m_lastFilter;
    QString m_lastVersion;
    // The places found last (by a build, or read), and the version of the data they are of.
    mutable std::optional<std::pair<QString, Places>> m_places;
    mutable std::recursive_mutex m_mutex;
};

} // namespace milepost
