// SPDX-License-Identifier: GPL-3.0-or-later
#include "charttablemodel.h"

#include "common/exportrole.h"

namespace milepost {

ChartTableModel::ChartTableModel(const ChartSpec &spec, QObject *parent)
    : QAbstractTableModel(parent)
    , m_spec(spec)
{
}

int ChartTableModel::seriesCount() const
{
    // A donut draws its first series only.
    if (m_spec.kind == ChartSpec::Kind::Donut)
        return std::min<int>(1, int(m_spec.series.size()));
    return int(m_spec.series.size());
}

int ChartTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spec.categories.size());
}

int ChartTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstSeriesColumn + seriesCount();
}

QVariant ChartTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    if (index.column() == CategoryColumn) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == ExportRole)
            return m_spec.categories.at(index.row());
        return {};
    }
    const std::optional<double> value = m_spec.value(index.column() - FirstSeriesColumn, index.row());
    switch (role) {
    case Qt::DisplayRole:
        return value ? ChartSpec::formatValueInFull(*value, m_spec.format) : QString();
    case ExportRole:
        if (!value)
            return QString();
        // Money is held in cents; a percentage as 0..1: exported as the chart writes them.
        if (m_spec.format == ChartSpec::Format::Money)
            return *value / 100.0;
        if (m_spec.format == ChartSpec::Format::Percent)
            return *value * 100.0;
        return *value;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ChartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == CategoryColumn)
        return m_spec.categoryAxisTitle.isEmpty() ? tr("Category") : m_spec.categoryAxisTitle;
    const ChartSeries &series = m_spec.series.at(section - FirstSeriesColumn);
    if (!series.name.isEmpty())
        return series.name;
    return m_spec.valueAxisTitle.isEmpty() ? tr("Value") : m_spec.valueAxisTitle;
}

} // namespace milepost
