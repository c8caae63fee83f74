// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capitaltimelineloader.h"
#include "datasettimelinemodel.h"

#include "datasets/capitalproject.h"
#include "plan/milestonestatus.h"
#include "store/capitaltimelinequery.h"

#include <QStringList>

#include <memory>

namespace milepost {

// Capital projects on the timeline: district → project → phase. A phase's bar runs from its
// planned start (the actual start when the export plans none, as the NYC export does) to its
// planned end; its actual span, up to the as-of date while it runs on, is the thin second cue
// that shows a slip. Projects and districts are summaries spanning their phases. A date the
// export marks not applicable (PNS, DOES) leaves the bar without that side: a warning marker,
// and the tooltip gives the code.
//
// Phase statuses use the plan's states, as of the as-of date: Done (ended), Overdue (open past
// its planned end), Due soon (planned end within 30 days), On track (begun), Not started, and
// Unknown (no planned end to measure against).
//
// The projects come either as a list in memory (setProjects: everything at once) or from the
// database as they are shown (setSource): the districts first, counted and spanned by the
// database on a worker (CapitalTimelineLoader), then a district's projects with their phases a
// window of windowSize at a time (canFetchMore, fetchMore), in the same order; a search is
// then the database's too (CapitalTimelineQuery::Search), with the same rules.
class CapitalTimelineModel final : public DatasetTimelineModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StartColumn, PlannedEndColumn, ActualStartColumn, ActualEndColumn, StatusColumn, ColumnCount };

    static constexpr int windowSize = 200; // projects read by one fetchMore()

    explicit CapitalTimelineModel(QObject *parent = nullptr);

    void setProjects(const QList<CapitalProject> &projects);
    // In memory: every project; from the database: those fetched so far.
    const QList<CapitalProject> &projects() const { return m_projects; }

    // Shows the projects of the database at target (a path or a server's connection string),
    // read as they are shown; the rows come when the districts are read (loading()).
    void setSource(const QString &target);
    const QString &source() const { return m_source; }
    // Reads the districts again (F5, an import): the rows are reset.
    void reloadSource();
    bool isLazy() const { return !m_source.isEmpty(); }
    // Whether the database holds other data than when the districts were read (an import since);
    // false while they are being read.
    bool hasChangedSinceLoad() const;
    bool isLoading() const { return m_loader->isLoading(); }
    // Waits until the districts asked for are in (tests, benchmarks).
    void waitForLoad() { m_loader->wait(); }
    // Why the database could not be read; empty when it could.
    const QString &loadError() const { return m_loadError; }

    // What the search looks in for a district: its title and its number of projects.
    static QString districtSearchText(const QString &region, qint64 projects);
    // A search of text over districts (their titles matched here), for the database.
    static CapitalTimelineQuery::Search databaseSearch(const QString &text, const QList<CapitalTimelineQuery::Group> &all);

    // The state of a phase as of a date, and why.
    static MilestoneStatus::State phaseState(const CapitalPhase &phase, const QDate &asOf, QString *reason = nullptr);
    // A district's title: "District 7" for the NYC export's numbers, the name as written otherwise.
    static QString districtTitle(const QString &region);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // A district's first window may be fetched as soon as a view lays it out open; the next
    // ones only while fetching is asked for (setFetchAsked: the timeline asks for the rows it
    // shows). QTreeView fetches for every open parent on every layout, and every fetch lays the
    // tree out again: left to it, every window of every open district would be read in turn.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Whether parent has projects not read yet, asked for or not.
    bool hasMoreToFetch(const QModelIndex &parent) const;
    void setFetchAsked(bool asked) { m_fetchAsked = asked; }

Q_SIGNALS:
    // The districts asked for are in (or could not be read: loadError()).
    void loaded();

protected:
    void rebuild() override;
    bool searchesNodes() const override { return !isLazy(); }
    QVariant nodeData(const Node &node, int column, int role) const override;
    QString searchableText(const Node &node) const override;

private:
    QVariant districtData(const Node &node, int column, int role) const;
    QVariant projectData(const Node &node, int column, int role) const;
    QVariant phaseData(const Node &node, int column, int role) const;
    QString spanText(const Node &node) const;

    void groupsLoaded(const CapitalTimelineLoader::Result &result);
    void startLoad();
    qint64 districtProjects(const Node &node) const;
    void addProjectNode(int districtNode, int project);

    QList<CapitalProject> m_projects;
    QStringList m_districts;

    // Read from the database:
    struct District
    {
        CapitalTimelineQuery::Group group;
        CapitalTimelineQuery::Cursor next;
        qint64 fetched = 0;
    };
    CapitalTimelineLoader *m_loader = nullptr;
    QString m_source;
    std::shared_ptr<CapitalTimelineQuery> m_query;
    QList<CapitalTimelineQuery::Group> m_allGroups; // unfiltered, for the district titles
    QList<CapitalTimelineQuery::Group> m_groups;    // of the search loaded
    CapitalTimelineQuery::Search m_loadedSearch;
    QString m_loadedSearchText;
    QList<District> m_lazyDistricts; // by district node's ref, as m_districts
    QString m_loadError;
    QString m_loadingSearch;
    QString m_dataVersion;
    bool m_loaded = false; // m_groups are in, for m_loadedSearchText
    bool m_fetching = false;
    bool m_fetchAsked = false;
};

} // namespace milepost
