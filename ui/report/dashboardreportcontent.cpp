// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardreportcontent.h"

#include "charts/chartwidget.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/drilldownpanel.h"
#include "dashboard/keyfiguretile.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

namespace milepost {

namespace {

DashboardReportContent::Table tableOf(const DrillDownPanel &panel)
{
    DashboardReportContent::Table table;
    table.title = panel.breadcrumbText();
    QAbstractItemModel *model = panel.view()->model();
    const QHeaderView *header = panel.view()->horizontalHeader();
    if (!model)
        return table;
    // A model that loads its rows as the view scrolls holds them all for a report.
    while (model->canFetchMore({}) && model->rowCount() < DashboardReportContent::maximumRows)
        model->fetchMore({});
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && logical < model->columnCount() && !header->isSectionHidden(logical))
            columns.append(logical);
    }
    for (int column : columns) {
        table.headers.append(model->headerData(column, Qt::Horizontal).toString());
        const QVariant alignment = model->rowCount() > 0 ? model->index(0, column).data(Qt::TextAlignmentRole) : QVariant();
        table.alignments.append(alignment.isValid() ? Qt::Alignment(alignment.toInt()) & Qt::AlignHorizontal_Mask
                                                    : Qt::Alignment(Qt::AlignLeft));
    }
    table.totalRows = panel.shownRowCount();
    const int rows = int(std::min<qint64>(model->rowCount(), DashboardReportContent::maximumRows));
    for (int row = 0; row < rows; ++row) {
        QStringList cells;
        for (int column : columns)
            cells.append(model->index(row, column).data(Qt::DisplayRole).toString());
        table.rows.append(cells);
    }
    return table;
}

} // namespace

DashboardReportContent DashboardReportContent::of(const DashboardPage &page, const QString &title, const QStringList &filters,
                                                  bool withTable)
{
    DashboardReportContent content;
    content.title = title;
    content.filters = filters;
    const QString notes = page.notes();
    if (!notes.isEmpty())
        content.notes = notes.split(QLatin1Char('\n'));
    for (const KeyFigureTile *tile : page.tiles())
        content.figures.append({tile->caption(), tile->value(), tile->detail(), tile->isSampleData()});
    for (const ChartWidget *chart : page.charts())
        content.charts.append(chart->spec());
    if (withTable && page.drillDown() && page.drillDown()->isDrilled())
        content.table = tableOf(*page.drillDown());
    return content;
}

} // namespace milepost
