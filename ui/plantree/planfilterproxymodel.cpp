// SPDX-License-Identifier: GPL-3.0-or-later
#include "planfilterproxymodel.h"

#include "plantreemodel.h"

#include <algorithm>

namespace milepost {

PlanFilterProxyModel::PlanFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setFilterRole(PlanTreeModel::SearchTextRole);
    setSortRole(PlanTreeModel::SortRole);
}

void PlanFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_terms = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void PlanFilterProxyModel::setRowSet(const QString &label, const QList<int> &objectives,
                                     const QList<std::pair<int, int>> &milestones)
{
    m_rowSet = true;
    m_rowSetLabel = label;
    m_objectives = QSet<int>(objectives.cbegin(), objectives.cend());
    m_milestones.clear();
    for (const auto &[objective, milestone] : milestones)
        m_milestones.insert(qint64(objective) << 32 | qint64(milestone));
    invalidateFilter();
    Q_EMIT rowSetChanged();
}

void PlanFilterProxyModel::clearRowSet()
{
    if (!m_rowSet)
        return;
    m_rowSet = false;
    m_rowSetLabel.clear();
    m_objectives.clear();
    m_milestones.clear();
    invalidateFilter();
    Q_EMIT rowSetChanged();
}

QString PlanFilterProxyModel::filterKey() const
{
    return m_rowSet ? m_searchText + QLatin1Char('\n') + m_rowSetLabel : m_searchText;
}

bool PlanFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return acceptsRowSet(sourceRow, sourceParent) && acceptsSearch(sourceRow, sourceParent);
}

bool PlanFilterProxyModel::acceptsRowSet(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_rowSet)
        return true;
    // Phases, and objectives not in the set, show only through their accepted children.
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    const int objective = row.data(PlanTreeModel::ObjectiveIndexRole).toInt();
    const int milestone = row.data(PlanTreeModel::MilestoneIndexRole).toInt();
    if (objective < 0)
        return false;
    if (milestone < 0)
        return m_objectives.contains(objective);
    return m_objectives.contains(objective) || m_milestones.contains(qint64(objective) << 32 | qint64(milestone));
}

bool PlanFilterProxyModel::acceptsSearch(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    // The row's own columns and those of its ancestors, so that "staffing ongoing" finds the
    // ongoing milestones of the staffing objectives.
    const QAbstractItemModel *model = sourceModel();
    QStringList texts;
    for (QModelIndex row = model->index(sourceRow, 0, sourceParent); row.isValid(); row = row.parent()) {
        const int columns = model->columnCount(row.parent());
        for (int column = 0; column < columns; ++column)
            texts.append(row.siblingAtColumn(column).data(filterRole()).toString());
    }
    return std::all_of(m_terms.cbegin(), m_terms.cend(), [&](const QString &term) {
        return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &text) {
            return text.contains(term, filterCaseSensitivity());
        });
    });
}

} // namespace milepost
