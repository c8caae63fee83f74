// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasettimelinemodel.h"

#include "time/plandate.h"

namespace milepost {

DatasetTimelineModel::DatasetTimelineModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_asOf(QDate::currentDate())
{
}

QString DatasetTimelineModel::dayText(const QDate &date)
{
    return PlanDate::exact(date).displayText();
}

QDate DatasetTimelineModel::actualEnd(const Node &node) const
{
    if (node.actualOpen && (!node.actualLast.isValid() || node.actualLast < m_asOf))
        return m_asOf;
    return node.actualLast;
}

void DatasetTimelineModel::setAsOf(const QDate &asOf)
{
    if (asOf == m_asOf || !asOf.isValid())
        return;
    m_asOf = asOf;
    // Statuses and open actual spans follow the date; the rows stay.
    Q_EMIT timelineChanged();
}

void DatasetTimelineModel::setSearchText(const QString &text)
{
    const QString search = text.simplified();
    if (search == m_search)
        return;
    m_search = search;
    searchChanged();
}

void DatasetTimelineModel::reset()
{
    beginResetModel();
    clearNodes();
    rebuild();
    if (!m_search.isEmpty() && !rebuildSearches())
        applySearch();
    spanSummaries();
    endResetModel();
}

void DatasetTimelineModel::clearNodes()
{
    m_nodes.clear();
    m_roots.clear();
}

int DatasetTimelineModel::addNode(int parent, int ref, int ref2)
{
    Node node;
    node.parent = parent;
    node.ref = ref;
    node.ref2 = ref2;
    const int id = int(m_nodes.size());
    if (parent >= 0) {
        node.level = m_nodes.at(parent).level + 1;
        node.row = int(m_nodes.at(parent).children.size());
        m_nodes[parent].children.append(id);
    } else {
        node.row = int(m_roots.size());
        m_roots.append(id);
    }
    m_nodes.append(node);
    return id;
}

QString DatasetTimelineModel::searchableText(const Node &node) const
{
    return nodeData(node, 0, Qt::DisplayRole).toString();
}

void DatasetTimelineModel::applySearch()
{
    QStringList terms = m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    terms = terms.mid(0, 64); // one bit each
    const quint64 all = terms.size() == 64 ? ~quint64(0) : (quint64(1) << terms.size()) - 1;
    const int count = int(m_nodes.size());
    // Parents come before their children: one pass down gathers the words a node and its
    // ancestors hold, one pass up marks the ancestors of a match.
    QList<quint64> found(count, 0);
    QList<char> inherited(count, 0), below(count, 0);
    for (int i = 0; i < count; ++i) {
        const int parent = m_nodes.at(i).parent;
        quint64 words = parent >= 0 ? found.at(parent) : 0;
        if (words != all) {
            const QString text = searchableText(m_nodes.at(i));
            for (int t = 0; t < terms.size(); ++t) {
                if (text.contains(terms.at(t), Qt::CaseInsensitive))
                    words |= quint64(1) << t;
            }
        }
        found[i] = words;
        inherited[i] = words == all;
    }
    for (int i = count - 1; i >= 0; --i) {
        const int parent = m_nodes.at(i).parent;
        if ((inherited[i] || below[i]) && parent >= 0)
            below[parent] = 1;
    }
    QList<Node> old;
    old.swap(m_nodes);
    m_roots.clear();
    QList<int> moved(count, -1);
    for (int i = 0; i < count; ++i) {
        // A kept node's parent is always kept: it has this one below.
        if (!inherited[i] && !below[i])
            continue;
        const Node &node = old.at(i);
        const int id = addNode(node.parent >= 0 ? moved[node.parent] : -1, node.ref, node.ref2);
        static_cast<TimelineSpan &>(m_nodes[id]) = node;
        moved[i] = id;
    }
}

void DatasetTimelineModel::spanSummaries(int from)
{
    for (int i = int(m_nodes.size()) - 1; i >= from; --i) {
        const Node &node = m_nodes.at(i);
        if (node.parent >= from)
            m_nodes[node.parent].include(node);
    }
}

QModelIndex DatasetTimelineModel::indexOfNode(int id) const
{
    return createIndex(m_nodes.at(id).row, 0, quintptr(id));
}

QModelIndex DatasetTimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount(parent))
        return {};
    const QList<int> &rows = parent.isValid() ? node(parent).children : m_roots;
    if (row >= rows.size())
        return {};
    return createIndex(row, column, quintptr(rows.at(row)));
}

QModelIndex DatasetTimelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = node(child).parent;
    if (parent < 0)
        return {};
    return createIndex(m_nodes.at(parent).row, 0, quintptr(parent));
}

int DatasetTimelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(node(parent).children.size());
}

bool DatasetTimelineModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags DatasetTimelineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!hasChildren(index))
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant DatasetTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = node(index);
    if (role == TimelineRoles::ItemKindRole)
        return int(n.level == entryLevel ? TimelineRoles::ItemKind::Task : TimelineRoles::ItemKind::Summary);
    // A screen reader on the timeline's tree hears each row's dates, as the bar shows them.
    if (role == Qt::AccessibleDescriptionRole && index.column() == 0)
        return nodeData(n, 0, TimelineRoles::ToolTipRole);
    return nodeData(n, index.column(), role);
}

} // namespace milepost
