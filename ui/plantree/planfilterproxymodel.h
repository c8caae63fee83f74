// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace milepost {

// Filters a PlanTreeModel as the user types. A row matches when every word of the search
// appears, ignoring case, in one of its columns or of its ancestors' columns. Ancestors of a
// match stay visible so that a milestone keeps its objective and phase, and the milestones of
// a matching objective stay visible with it. Sorts by PlanTreeModel::SortRole.
class PlanFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PlanFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    bool isFiltering() const { return !m_terms.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
    QStringList m_terms;
};

} // namespace milepost
