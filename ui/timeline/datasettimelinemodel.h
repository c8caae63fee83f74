// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineroles.h"

#include "timeline/timelinespan.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QList>
#include <QString>

namespace milepost {

// The shape shared by the timelines of imported datasets: a read-only tree of groups and
// items built once from a snapshot of the rows (a district, its capital projects, their
// phases; a Local District, its job categories, their staffing periods), offering the
// TimelineRoles and a few columns for the tree beside the chart.
//
// Subclasses build the nodes in rebuild() and answer for one node in nodeData(); this class
// does the tree bookkeeping and the search, the way the plan outline filters: a node matches
// when each word of the search is in its text or its ancestors' ("boiler construction"
// finds the construction phases of boiler projects), and matching nodes are kept with their
// ancestors.
class DatasetTimelineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit DatasetTimelineModel(QObject *parent = nullptr);

    QDate asOf() const { return m_asOf; }
    void setAsOf(const QDate &asOf);
    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The as-of date changed: status, actual-end and tooltip roles may have new values.
    void timelineChanged();

protected:
    // Groups are level 0, items level 1, entries (the bars) level 2.
    static constexpr int entryLevel = 2;

    // A row, with the span of its bar: a summary spans its children.
    struct Node : TimelineSpan
    {
        int parent = -1; // index into nodes, -1 at the top level
        int row = 0;     // among its parent's children
        int level = 0;   // 0 group, 1 item, 2 entry
        int ref = -1;    // what the subclass keeps for it: a record, a project, a phase
        int ref2 = -1;
        QList<int> children;
    };

    // Starts a new tree (inside begin/endResetModel); add nodes top down.
    void clearNodes();
    int addNode(int parent, int ref, int ref2 = -1);
    // Gives summaries the span of their children, bottom up. Call after the entries have theirs.
    // From a node on: only the nodes added since (rows fetched later) widen their parents.
    void spanSummaries(int from = 0);
    // The index of a node, in column 0.
    QModelIndex indexOfNode(int id) const;
    const Node &node(const QModelIndex &index) const { return m_nodes.at(int(index.internalId())); }
    Node &nodeAt(int id) { return m_nodes[id]; }
    const QList<Node> &nodes() const { return m_nodes; }
    // Fills the nodes from the subclass's data, entries with their spans; called inside a
    // model reset, before the search and the summaries' spans are applied.
    virtual void rebuild() = 0;
    virtual QVariant nodeData(const Node &node, int column, int role) const = 0;
    // What the search looks in for a node, ignoring case: by default its title. Dates are left
    // out: formatting thousands of them on every key typed would make the search lag.
    virtual QString searchableText(const Node &node) const;
    // Rebuilds everything (after new data, a new search); for subclasses.
    void reset();
    // The search text changed: rebuilds by default.
    virtual void searchChanged() { reset(); }
    // Whether rebuild() keeps only what the search matches itself (a source that searches its
    // store); otherwise the nodes it adds are searched here.
    virtual bool rebuildSearches() const { return false; }

    static QString dayText(const QDate &date);
    // The end of a node's actual span: its last known day, or the as-of date while it runs on.
    QDate actualEnd(const Node &node) const;

private:
    // Keeps the nodes that match the search, or have an ancestor or descendant that does.
    void applySearch();

    QList<Node> m_nodes;
    QList<int> m_roots;
    QDate m_asOf;
    QString m_search;
};

} // namespace milepost
