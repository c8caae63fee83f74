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

bool PlanFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
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
