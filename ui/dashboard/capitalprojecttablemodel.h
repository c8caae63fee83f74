// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/capitalselection.h"
#include "store/capitaldashboardquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <memory>

class QThread;

namespace milepost {

// The capital projects a dashboard figure selects, read from the database as the view needs
// them: rows are added a batch at a time (canFetchMore, fetchMore) as the table scrolls, their
// cells read a window of rows at a time and kept for a few windows; sort() has the database
// sort every selected row (CapitalDashboardQuery::order) on a worker thread (a million rows
// take about a second), and the table then reads them in that order: the model is reset when
// the order is in (sorted()). Memory grows with the rows shown, not with the rows stored.
//
// headerData(RecordTableModel::TotalRowsRole) gives how many rows the selection holds, fetched
// or not: a proxy or a breadcrumb uses it, and leaves sorting to this model.
class CapitalProjectTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int batchSize = 200; // rows added by one fetchMore(), and rows in a window

    explicit CapitalProjectTableModel(QObject *parent = nullptr);
    // Waits for a sort under way.
    ~CapitalProjectTableModel() override;

    // Shows the rows selection selects of what query counted (total of them); resets the model.
    void setSelection(const std::shared_ptr<const CapitalDashboardQuery> &query, const CapitalSelection &selection,
                      qint64 total);
    const CapitalSelection &selection() const { return m_selection; }
    qint64 total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Starts sorting by column on a worker; the rows stay as they are until the order is in.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool isSorting() const { return m_sorting; }

    // How the Capital Projects table writes an amount, and a project's schedule.
    static QVariant moneyCell(const std::optional<qint64> &cents);
    static QString scheduleText(const CapitalProjectSummary &summary);
    // The latest planned end as precisely as it was written ("May 2009"); empty when none.
    static QString plannedEndText(const CapitalProjectSummary &summary);
    static QString phaseText(const CapitalProjectSummary &summary);
    static QString columnName(int column);

Q_SIGNALS:
    // A sort asked for is done: the rows are in its order (or as they were, when the database
    // could not sort them).
    void sorted();

private:
    const CapitalDashboardQuery::Row *rowAt(int row) const;
    void applyOrder(const std::optional<QList<qint64>> &order);

    std::shared_ptr<const CapitalDashboardQuery> m_query;
    CapitalSelection m_selection;
    qint64 m_total = 0;
    int m_fetched = 0;
    bool m_changing = false; // resetting or adding rows
    // Set while sorted by a column: every selected row's key in the database's order.
    std::optional<QList<qint64>> m_order;
    mutable QHash<int, QList<CapitalDashboardQuery::Row>> m_windows; // by window number
    mutable QList<int> m_recent;                                      // windows, least recent first
    int m_sortGeneration = 0; // of the latest sort or selection: an earlier sort's order is dropped
    bool m_sorting = false;
    QList<QPointer<QThread>> m_sorters;
};

} // namespace milepost
