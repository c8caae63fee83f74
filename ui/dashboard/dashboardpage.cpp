// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpage.h"

#include "charts/chartwidget.h"
#include "drilldownpanel.h"
#include "keyfiguretile.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace milepost {

DashboardPage::DashboardPage(const QString &allRowsText, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    m_toolRow = new QHBoxLayout;
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("pageNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setAccessibleName(tr("Notes on these figures"));
    m_toolRow->addWidget(m_notes, 1);
    layout->addLayout(m_toolRow);

    m_tileRow = new QHBoxLayout;
    m_tileRow->setSpacing(6);
    layout->addLayout(m_tileRow);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    auto *scroll = new QScrollArea(m_splitter);
    scroll->setObjectName(QStringLiteral("chartArea"));
    scroll->setAccessibleName(tr("Charts"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *grid = new QWidget(scroll);
    m_chartGrid = new QGridLayout(grid);
    m_chartGrid->setContentsMargins(0, 0, 0, 0);
    m_chartGrid->setSpacing(6);
    scroll->setWidget(grid);
    m_drillDown = new DrillDownPanel(allRowsText, m_splitter);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // Charts first: a row of them in full, the table below (sizes are shares of the height).
    m_splitter->setSizes({620, 300});
    layout->addWidget(m_splitter, 1);
}

QString DashboardPage::notes() const
{
    return m_notes->text();
}

void DashboardPage::addTool(QWidget *widget)
{
    m_toolRow->addWidget(widget);
}

KeyFigureTile *DashboardPage::addTile(const QString &objectName, const QString &caption)
{
    auto *tile = new KeyFigureTile(caption, this);
    tile->setObjectName(objectName);
    m_tileRow->addWidget(tile, 1);
    m_tiles.append(tile);
    connect(tile, &KeyFigureTile::clicked, this, [this, tile] {
        const Binding binding = m_bindings.value(tile);
        const QStringList trail{m_trailRoot, tile->caption()};
        if (!drillInDatabase(tile, trail, {}, {}, binding.figure))
            m_drillDown->drill(trail, binding.figure.rows, binding.model, binding.modelText);
    });
    return tile;
}

ChartWidget *DashboardPage::addChart(const QString &objectName, int row, int column, int columnSpan)
{
    auto *chart = new ChartWidget(this);
    chart->setObjectName(objectName);
    chart->setMinimumHeight(300);
    m_chartGrid->addWidget(chart, row, column, 1, columnSpan);
    m_charts.append(chart);
    connect(chart, &ChartWidget::activated, this,
            [this, chart](int series, int category) { chartActivated(chart, series, category); });
    return chart;
}

void DashboardPage::showChart(ChartWidget *widget, const DashboardCharts::Chart &chart, QAbstractItemModel *model,
                              const QString &modelText)
{
    widget->setSpec(chart.spec);
    Binding binding;
    binding.breakdown = chart.breakdown;
    binding.model = model;
    binding.modelText = modelText;
    m_bindings.insert(widget, binding);
}

QString DashboardPage::number(qint64 value)
{
    return QLocale().toString(value);
}

void DashboardPage::showNotCountedTile(KeyFigureTile *tile, const Figure &notCounted)
{
    showTile(tile, number(notCounted.value),
             notCounted.isEmpty() ? tr("every row is counted once") : tr("counted in another row; see why"), notCounted);
}

void DashboardPage::showTile(KeyFigureTile *tile, const QString &value, const QString &detail, const Figure &figure,
                             QAbstractItemModel *model, const QString &modelText)
{
    tile->setFigure(value, detail, figure.illustrative);
    Binding binding;
    binding.figure = figure;
    binding.model = model;
    binding.modelText = modelText;
    m_bindings.insert(tile, binding);
}

void DashboardPage::chartActivated(ChartWidget *widget, int series, int category)
{
    const Binding binding = m_bindings.value(widget);
    const Breakdown &breakdown = binding.breakdown;
    // The chart may leave out series without data: its series are found by key.
    if (series < 0 || series >= widget->spec().series.size())
        return;
    series = breakdown.seriesIndex(widget->spec().series.at(series).key);
    if (series < 0 || category < 0 || category >= breakdown.categoryCount())
        return;
    QStringList trail{m_trailRoot, widget->spec().title};
    const QString categoryText = breakdown.categories().at(category).text;
    if (breakdown.seriesCount() > 1)
        trail.append(tr("%1, %2", "series, category").arg(breakdown.series().at(series).text, categoryText));
    else
        trail.append(categoryText);
    const Figure &figure = breakdown.at(series, category);
    if (!drillInDatabase(widget, trail, breakdown.series().at(series).key, breakdown.categories().at(category).key, figure))
        m_drillDown->drill(trail, figure.rows, binding.model, binding.modelText);
}

bool DashboardPage::drillInDatabase(QObject *, const QStringList &, const QString &, const QString &, const Figure &)
{
    return false;
}

void DashboardPage::setNotes(const QStringList &notes)
{
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
}

void DashboardPage::setBaseModel(QAbstractItemModel *model, const QString &allRowsText,
                                 const std::optional<QList<int>> &rows)
{
    m_drillDown->setBaseModel(model, allRowsText, rows);
    m_drillDown->clear();
}

} // namespace milepost
