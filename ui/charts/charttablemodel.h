// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartspec.h"

#include <QAbstractTableModel>

namespace milepost {

// A chart's data as a table, for readers who cannot see the chart: one row per category, the
// category's name first, then one column per series (a donut: one column of values), each value
// written in full ("$1,234,567", "61.9%"); an empty cell where a series has no data there.
// ExportRole gives the number itself.
class ChartTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CategoryColumn, FirstSeriesColumn };

    explicit ChartTableModel(const ChartSpec &spec, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int seriesCount() const;

    ChartSpec m_spec;
};

} // namespace milepost
