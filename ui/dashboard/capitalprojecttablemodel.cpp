// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalprojecttablemodel.h"

#include "capitalpage.h"
#include "charts/chartspec.h"
#include "common/datetext.h"
#include "common/exportrole.h"
#include "dashboardpage.h"
#include "recordtablemodel.h"

#include <QScopedValueRollback>
#include <QThread>

#include <algorithm>

namespace milepost {

// The texts are CapitalPage's, where the table was first written (and translated).

namespace {

using Column = CapitalDashboardQuery::Column;
using Schedule = CapitalProjectSummary::Schedule;

constexpr int keptWindows = 16;

} // namespace

CapitalProjectTableModel::CapitalProjectTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CapitalProjectTableModel::~CapitalProjectTableModel()
{
    for (const QPointer<QThread> &sorter : std::as_const(m_sorters)) {
        if (sorter)
            sorter->wait();
    }
}

QVariant CapitalProjectTableModel::moneyCell(const std::optional<qint64> &cents)
{
    return cents ? QVariant(ChartSpec::formatValueInFull(double(*cents), ChartSpec::Format::Money)) : QVariant();
}

QString CapitalProjectTableModel::plannedEndText(const CapitalProjectSummary &summary)
{
    return summary.plannedEnd.isValid() ? DateText::date(summary.plannedEnd, summary.plannedEndPrecision) : QString();
}

QString CapitalProjectTableModel::scheduleText(const CapitalProjectSummary &summary)
{
    switch (summary.schedule) {
    case Schedule::NoPlannedEnd:
        return CapitalPage::tr("no planned end");
    case Schedule::NotYetDue:
        return CapitalPage::tr("not yet due");
    case Schedule::Ended:
        if (summary.slipDays > 0)
            return summary.slipDays == 1 ? CapitalPage::tr("1 day late") : CapitalPage::tr("%1 days late").arg(DashboardPage::number(summary.slipDays));
        return CapitalPage::tr("on time");
    case Schedule::Open:
        break;
    }
    return summary.slipDays == 1 ? CapitalPage::tr("open, at least 1 day late")
                                 : CapitalPage::tr("open, at least %1 days late").arg(DashboardPage::number(summary.slipDays));
}

QString CapitalProjectTableModel::phaseText(const CapitalProjectSummary &summary)
{
    return summary.stage == CapitalProjectSummary::Stage::InProgress ? summary.currentPhase
                                                                     : CapitalProjectSummary::stageName(summary.stage);
}

QString CapitalProjectTableModel::columnName(int column)
{
    switch (Column(column)) {
    case Column::School:
        return CapitalPage::tr("School");
    case Column::Site:
        return CapitalPage::tr("Site");
    case Column::District:
        return CapitalPage::tr("District");
    case Column::BoardDistrict:
        return CapitalPage::tr("Board District");
    case Column::Type:
        return CapitalPage::tr("Type");
    case Column::Description:
        return CapitalPage::tr("Description");
    case Column::Phase:
        return CapitalPage::tr("Phase");
    case Column::Budget:
        return CapitalPage::tr("Budget");
    case Column::Estimate:
        return CapitalPage::tr("Estimate");
    case Column::Spent:
        return CapitalPage::tr("Spent");
    case Column::PlannedEnd:
        return CapitalPage::tr("Planned end");
    case Column::Schedule:
        return CapitalPage::tr("Schedule");
    case Column::Sample:
        return CapitalPage::tr("Sample");
    case Column::Line:
    case Column::ColumnCount:
        break;
    }
    return CapitalPage::tr("Line");
}

void CapitalProjectTableModel::setSelection(const std::shared_ptr<const CapitalDashboardQuery> &query,
                                            const CapitalSelection &selection, qint64 total)
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_query = query;
    m_selection = selection;
    ++m_sortGeneration; // a sort of the rows before is not applied to these
    m_sorting = false;
    m_total = query ? total : 0;
    m_fetched = int(std::min<qint64>(m_total, batchSize));
    m_order.reset();
    m_windows.clear();
    m_recent.clear();
    endResetModel();
}

int CapitalProjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int CapitalProjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::ColumnCount);
}

bool CapitalProjectTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while the model changes: a view or a tester answering the change may ask for more.
    return !parent.isValid() && !m_changing && m_fetched < m_total;
}

void CapitalProjectTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Rows are counted, not read: a window's cells are read when the view shows them.
    const int more = int(std::min<qint64>(m_total - m_fetched, batchSize));
    const QScopedValueRollback changing(m_changing, true);
    beginInsertRows({}, m_fetched, m_fetched + more - 1);
    m_fetched += more;
    endInsertRows();
}

void CapitalProjectTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_query)
        return;
    const int generation = ++m_sortGeneration;
    if (column < 0 || column >= int(Column::ColumnCount)) {
        applyOrder(std::nullopt); // back to the database's order of the rows
        m_sorting = false;
        Q_EMIT sorted();
        return;
    }
    // The database sorts on a worker, holding the query's connection; meanwhile the table shows
    // the rows as they were (cells not yet read stay empty until the order is in).
    m_sorting = true;
    QThread *sorter = QThread::create([this, query = m_query, selection = m_selection, column, order, generation] {
        std::optional<QList<qint64>> keys;
        {
            const CapitalDashboardQuery::Lock lock(*query);
            keys = query->order(selection, Column(column), order);
        }
        QMetaObject::invokeMethod(
            this,
            [this, keys = std::move(keys), generation] {
                if (generation != m_sortGeneration)
                    return; // a newer sort or selection since
                m_sorting = false;
                if (keys) // else the database could not sort: the rows stay as they are
                    applyOrder(keys);
                Q_EMIT sorted();
            },
            Qt::QueuedConnection);
    });
    sorter->setObjectName(QStringLiteral("capitalSorter"));
    connect(sorter, &QThread::finished, sorter, &QObject::deleteLater);
    m_sorters.removeAll(QPointer<QThread>());
    m_sorters.append(sorter);
    sorter->start(QThread::LowPriority);
}

void CapitalProjectTableModel::applyOrder(const std::optional<QList<qint64>> &order)
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_order = order;
    m_windows.clear();
    m_recent.clear();
    if (m_order)
        m_total = m_order->size();
    m_fetched = int(std::min<qint64>(m_total, std::max(m_fetched, batchSize)));
    endResetModel();
}

const CapitalDashboardQuery::Row *CapitalProjectTableModel::rowAt(int row) const
{
    if (!m_query || row < 0 || row >= m_fetched)
        return nullptr;
    const int window = row / batchSize;
    auto found = m_windows.find(window);
    if (found == m_windows.end()) {
        const qint64 first = qint64(window) * batchSize;
        const auto rows = m_order ? m_query->rowsOf(m_order->mid(first, batchSize)) : m_query->rows(m_selection, first, batchSize);
        if (!rows)
            return nullptr;
        if (m_recent.size() >= keptWindows)
            m_windows.remove(m_recent.takeFirst());
        found = m_windows.insert(window, *rows);
    }
    m_recent.removeOne(window);
    m_recent.append(window);
    const int inWindow = row - window * batchSize;
    return inWindow < found->size() ? &found->at(inWindow) : nullptr;
}

QVariant CapitalProjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= int(Column::ColumnCount))
        return {};
    const Column column = Column(index.column());
    if (role == Qt::TextAlignmentRole) {
        const bool number = column == Column::Budget || column == Column::Estimate || column == Column::Spent
                         || column == Column::PlannedEnd || column == Column::Line;
        return QVariant::fromValue(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == RecordTableModel::SourceRowRole)
        return index.row();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ExportRole)
        return {};
    const CapitalDashboardQuery::Row *row = rowAt(index.row());
    if (!row)
        return {};
    if (role == Qt::ToolTipRole)
        return column == Column::Description ? QVariant(row->description) : QVariant();
    const CapitalProjectSummary &summary = row->summary;
    if (role == ExportRole) {
        // Amounts as numbers and the day as a date in an export; the rest as shown.
        switch (column) {
        case Column::Budget:
            return exportMoney(summary.budget);
        case Column::Estimate:
            return exportMoney(summary.estimate);
        case Column::Spent:
            return exportMoney(summary.spent);
        case Column::PlannedEnd:
            return summary.plannedEnd.isValid() ? QVariant(summary.plannedEnd) : QVariant(QString());
        default:
            return {};
        }
    }
    switch (column) {
    case Column::School:
        return row->schoolName;
    case Column::Site:
        return row->siteCode;
    case Column::District:
        return row->region;
    case Column::BoardDistrict:
        return row->boardDistrict;
    case Column::Type:
        return row->projectType;
    case Column::Description:
        return row->description;
    case Column::Phase:
        return phaseText(summary);
    case Column::Budget:
        return moneyCell(summary.budget);
    case Column::Estimate:
        return moneyCell(summary.estimate);
    case Column::Spent:
        return moneyCell(summary.spent);
    case Column::PlannedEnd:
        return plannedEndText(summary);
    case Column::Schedule:
        return scheduleText(summary);
    case Column::Sample:
        return summary.illustrative ? CapitalPage::tr("illustrative") : QString();
    case Column::Line:
    case Column::ColumnCount:
        break;
    }
    return row->sourceLine;
}

QVariant CapitalProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < int(Column::ColumnCount)) {
        if (role == Qt::DisplayRole)
            return columnName(section);
        if (role == RecordTableModel::StretchRole)
            return section == int(Column::Description);
        if (role == RecordTableModel::TotalRowsRole)
            return m_total;
    }
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

} // namespace milepost
