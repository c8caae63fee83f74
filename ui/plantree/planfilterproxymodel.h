// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QList>
#include <QSet>
#include <QStringList>

#include <utility>

namespace milepost {

// Filters a PlanTreeModel as the user types. A row matches when every word of the search
// appears, ignoring case, in one of its columns or of its ancestors' columns. Ancestors of a
// match stay visible so that a milestone keeps its objective and phase, and the milestones of
// a matching objective stay visible with it. A row set (setRowSet) narrows it further to the
// rows a dashboard figure counts. Sorts by PlanTreeModel::SortRole.
class PlanFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PlanFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    // Shows only these objectives (with all their milestones) and milestones (objective and
    // milestone indexes into the plan), with their phases and objectives: the rows behind a
    // dashboard figure. The search applies within them. label names them for a breadcrumb.
    void setRowSet(const QString &label, const QList<int> &objectives, const QList<std::pair<int, int>> &milestones);
    void clearRowSet();
    bool hasRowSet() const { return m_rowSet; }
    QString rowSetLabel() const { return m_rowSetLabel; }

    bool isFiltering() const { return !m_terms.isEmpty() || m_rowSet; }
    // Changes whenever what the filter lets through changes: the search and the row set.
    QString filterKey() const;

Q_SIGNALS:
    void rowSetChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool acceptsSearch(int sourceRow, const QModelIndex &sourceParent) const;
    bool acceptsRowSet(int sourceRow, const QModelIndex &sourceParent) const;

    QString m_searchText;
    QStringList m_terms;
    bool m_rowSet = false;
    QString m_rowSetLabel;
    QSet<int> m_objectives;
    QSet<qint64> m_milestones; // objective << 32 | milestone
};

} // namespace milepost
