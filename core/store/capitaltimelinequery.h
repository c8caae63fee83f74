// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/capitalproject.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>
#include <optional>

namespace milepost {

class Database;

// The capital projects timeline read from the database as it is shown, over a connection of its
// own, so that memory grows with the rows fetched, not with the rows stored: first the groups
// (one per district: its projects counted and the span of their phases' bars), then a group's
// projects with their phases a window at a time, in the order the store lists them
// (DatasetRepository::capitalProjects: source, line), each window read after the last project
// of the window before (keyset, not OFFSET), through the region index (capital_projects_region):
// the district's projects are found by the index and the database keeps the first windowSize
// of those after the cursor (a top-N sort of one district, not of the table). An index on
// (region, source_id, source_line) would make each window a seek with no sort; it is not added
// (a schema step) while this measures fast enough (tests/bench/README.md).
//
// A search narrows both the same way as CapitalTimelineModel's search of the rows in memory:
// each word must be found, ignoring case, in a phase's name or status, its project's school,
// description, type, site or key, or its district's title (which the caller matches, as it is
// translated). A project is kept with the phases that hold every word; one without phases when
// it holds them itself. Case is folded by the engine's lower(): on SQLite for ASCII letters only.
//
// One connection, used by one thread at a time: Lock holds it (a worker reading the groups);
// the window reads fail at once with error "busy" rather than wait.
class CapitalTimelineQuery final
{
    Q_DECLARE_TR_FUNCTIONS(CapitalTimelineQuery)

public:
    // A search, as given to groups() and projects().
    struct Search
    {
        QStringList words; // what the person typed, split at spaces; empty: no search
        // For each word, the stored regions whose district title holds it.
        QList<QStringList> titleRegions;
        QList<bool> titleNull; // ... and whether the missing region's title does
        bool isEmpty() const { return words.isEmpty(); }
    };

    // One district: the projects stored under any spelling of it (the same text trimmed).
    struct Group
    {
        QString region;        // trimmed; empty for none given
        QStringList spellings; // as stored
        bool hasNull = false;  // projects without a region belong here too (region empty)
        qint64 projects = 0;   // kept by the search
        // The span of the bars of its phases (kept by the search), as the timeline spans a
        // summary: the first and last of every phase's first and last day.
        QDate first;
        QDate last;
        QDate actualFirst;
        QDate actualLast;
        bool actualOpen = false; // a phase began and has not ended
    };

    // Where a window ends: the next one starts after this project.
    struct Cursor
    {
        bool atStart = true;
        qint64 sourceId = 0;
        qint64 sourceLine = 0;
        qint64 id = 0;
    };

    class Lock final
    {
    public:
        explicit Lock(const CapitalTimelineQuery &query)
            : m_lock(query.m_mutex)
        {
        }

    private:
        std::unique_lock<std::mutex> m_lock;
    };

    explicit CapitalTimelineQuery(std::unique_ptr<Database> database);
    ~CapitalTimelineQuery();
    CapitalTimelineQuery(const CapitalTimelineQuery &) = delete;
    CapitalTimelineQuery &operator=(const CapitalTimelineQuery &) = delete;

    // Opens a connection of its own to the database at target (a path or a server's).
    static std::unique_ptr<CapitalTimelineQuery> open(const QString &target, QString *error);

    // What changes with every import or removal of rows (the import runs stored): groups read
    // under one version stand until it changes. Takes no lock.
    std::optional<QString> dataVersion(QString *error = nullptr) const;
    // The same, taking the lock; nullopt at once when another thread holds it.
    std::optional<QString> dataVersionIfFree(QString *error = nullptr) const;

    // The stored regions (NULL as a null string), for matching district titles to a search.
    // Takes no lock: call with Lock held or from the thread that owns the query.
    std::optional<QStringList> regions(QString *error = nullptr) const;
    // The groups that hold projects (kept by search), in no particular order. Takes no lock.
    std::optional<QList<Group>> groups(const Search &search, QString *error = nullptr) const;
    // At most limit projects of group (kept by search) after cursor, with their phases (those
    // kept by search), in the store's order; *next is where the window ended. Fails at once
    // when another thread holds the lock.
    std::optional<QList<CapitalProject>> projects(const Group &group, const Search &search, const Cursor &after,
                                                  int limit, Cursor *next, QString *error = nullptr) const;

private:
    std::unique_ptr<Database> m_database;
    mutable std::mutex m_mutex;
};

} // namespace milepost
