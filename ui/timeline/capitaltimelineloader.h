// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/capitaltimelinequery.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace milepost {

// Reads the capital timeline's groups on a worker thread: opens a connection of its own to the
// database (the first time), counts the districts' projects and spans their phases, unfiltered
// and, for a search, the search's (a million phases take seconds: never on the UI thread). The
// newest load wins: an older one still running is dropped when it ends.
class CapitalTimelineLoader final : public QObject
{
    Q_OBJECT

public:
    using Group = CapitalTimelineQuery::Group;
    using Search = CapitalTimelineQuery::Search;
    // Makes a search of the words typed from the unfiltered groups (district titles are matched
    // in C++, as they are translated).
    using SearchMaker = std::function<Search(const QString &text, const QList<Group> &all)>;

    struct Result
    {
        std::shared_ptr<CapitalTimelineQuery> query;
        QList<Group> all;    // unfiltered
        QList<Group> groups; // kept by the search (all without one)
        Search search;
        QString searchText;
        QString dataVersion; // of the data the groups were read from
        QString error; // empty when it worked
    };

    explicit CapitalTimelineLoader(QObject *parent = nullptr);
    // Waits for a worker still running.
    ~CapitalTimelineLoader() override;

    void setSearchMaker(const SearchMaker &maker) { m_searchMaker = maker; }
    // Opens target when query is null; all, when not empty, are the unfiltered groups already read.
    void load(const QString &target, const std::shared_ptr<CapitalTimelineQuery> &query, const QList<Group> &all,
              const QString &searchText);
    bool isLoading() const { return m_loading; }
    // Waits for the worker, then delivers its result (tests, benchmarks).
    void wait();

Q_SIGNALS:
    void loaded(const milepost::CapitalTimelineLoader::Result &result);

private:
    SearchMaker m_searchMaker;
    int m_generation = 0;
    bool m_loading = false;
    QList<QPointer<QThread>> m_workers;
};

} // namespace milepost
