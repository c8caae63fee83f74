// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTableView;

namespace milepost {

struct ChartSpec;

// "Show as Table" on a chart: the chart's title, its values in a table (ChartTableModel) a
// screen reader reads cell by cell, and the chart's note. Copy (Ctrl+C) copies the table as
// tab-separated text.
class ChartTableDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ChartTableDialog(const ChartSpec &spec, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

private:
    void copyTable() const;

    QTableView *m_view = nullptr;
};

} // namespace milepost
