// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpage.h"

#include "charts/chartwidget.h"
#include "drilldownpanel.h"
#include "keyfiguretile.h"

#include <QApplication>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
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

    m_noMatch = new QFrame(this);
    m_noMatch->setObjectName(QStringLiteral("noMatch"));
    m_noMatch->setFrameShape(QFrame::StyledPanel);
    auto *noMatchRow = new QHBoxLayout(m_noMatch);
    m_noMatchText = new QLabel(m_noMatch);
    m_noMatchText->setObjectName(QStringLiteral("noMatchText"));
    m_noMatchText->setWordWrap(true);
    m_noMatchText->setTextFormat(Qt::PlainText);
    noMatchRow->addWidget(m_noMatchText, 1);
    m_clearFilters = new QPushButton(tr("Clear Filter&s"), m_noMatch);
    m_clearFilters->setObjectName(QStringLiteral("noMatchClearFilters"));
    m_clearFilters->setAccessibleDescription(tr("Show every row again: clears the Local District, Board District and "
                                                "school filters"));
    noMatchRow->addWidget(m_clearFilters, 0, Qt::AlignVCenter);
    m_noMatch->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_clearFilters, &QPushButton::clicked, this, &DashboardPage::clearFiltersRequested);
    m_noMatch->hide();
    layout->addWidget(m_noMatch);

    m_tileRow = new QHBoxLayout;
    m_tileRow->setSpacing(6);
    layout->addLayout(m_tileRow);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    auto *scroll = new QScrollArea(m_splitter);
    scroll->setObjectName(QStringLiteral("chartArea"));
    scroll->setAccessibleName(tr("Charts"));
    // No Tab stop of its own: Tab goes from chart to chart, and each comes into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    // A small window (a laptop at 200%) may squeeze the charts to a strip: they scroll.
    scroll->setMinimumHeight(fontMetrics().height() * 3);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *grid = new QWidget(scroll);
    m_chartGrid = new QGridLayout(grid);
    m_chartGrid->setContentsMargins(0, 0, 0, 0);
    m_chartGrid->setSpacing(6);
    scroll->setWidget(grid);
    // A chart reached by Tab or Shift+Tab from outside the charts comes into view too.
    connect(qApp, &QApplication::focusChanged, scroll, [scroll](QWidget *, QWidget *now) {
        if (now && scroll->widget()->isAncestorOf(now))
            scroll->ensureWidgetVisible(now);
    });
    m_drillDown = new DrillDownPanel(allRowsText, m_splitter);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // Charts first: a row of them in full, the table below (sizes are shares of the height).
    m_splitter->setSizes({620, 300});
    layout->addWidget(m_splitter, 1);
    // Takes the height the charts and table leave when they are hidden (no rows match), so that
    // the note on no rows stays at the top.
    layout->addStretch(0);
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
    tile->setOrigin(figure.sampleShare(), figure.sources);
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

void DashboardPage::release()
{
    m_bindings.clear();
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

bool DashboardPage::showsNoMatch() const
{
    return !m_noMatch->isHidden();
}

void DashboardPage::setNoMatch(bool noMatch, const DashboardFilter &filter, DashboardFilter::Source source)
{
    QStringList chosen;
    for (auto field : {DashboardFilter::Field::LocalDistrict, DashboardFilter::Field::BoardDistrict,
                       DashboardFilter::Field::School, DashboardFilter::Field::Source}) {
        if (!filter.value(field).isEmpty() && DashboardFilter::applies(field, source))
            chosen.append(tr("%1 “%2”", "filter field, value").arg(DashboardFilter::fieldName(field), filter.value(field)));
    }
    m_noMatchText->setText(tr("No rows match these filters: %1.", "the filters in use")
                               .arg(chosen.join(tr(", ", "list separator"))));
    m_noMatchText->setAccessibleName(m_noMatchText->text());
    // The keyboard on a tile or a chart about to be hidden goes to the way back.
    QWidget *focus = QApplication::focusWidget();
    const bool focusHidden = noMatch && focus && isAncestorOf(focus) && !m_noMatch->isAncestorOf(focus)
        && (m_splitter->isAncestorOf(focus) || m_tiles.contains(focus));
    m_noMatch->setVisible(noMatch);
    for (KeyFigureTile *tile : std::as_const(m_tiles))
        tile->setVisible(!noMatch);
    m_splitter->setVisible(!noMatch);
    if (focusHidden)
        m_clearFilters->setFocus(Qt::OtherFocusReason);
}

void DashboardPage::setBaseModel(QAbstractItemModel *model, const QString &allRowsText,
                                 const std::optional<QList<int>> &rows)
{
    // A new base ends a drill: setBaseModel() shows the base unless drilled (one fit of the
    // columns, which reads the rows in view).
    m_drillDown->setBaseModel(model, allRowsText, rows);
    if (m_drillDown->isDrilled())
        m_drillDown->clear();
}

} // namespace milepost
