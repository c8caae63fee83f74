// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboardfilter.h"
#include "dashboard/figure.h"
#include "dashboardcharts.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QGridLayout;
class QHBoxLayout;
class QFrame;
class QLabel;
class QPushButton;
class QSplitter;

namespace milepost {

class ChartWidget;
class DrillDownPanel;
class KeyFigureTile;
struct DashboardData;

// One page of the dashboard: notes on top (filters that do not apply, what is not counted),
// a row of key figures, a grid of charts, and the table of rows below. Every tile and every
// chart element drills the table down to exactly the rows its figure counts.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    // allRowsText names the table's rows when nothing is drilled ("All staffing rows").
    DashboardPage(const QString &allRowsText, QWidget *parent = nullptr);

    // Recomputes the figures from data under filter and shows them; the table shows all rows.
    virtual void refresh(const DashboardData &snapshot, const DashboardFilter &filter) = 0;
    // Lets go of what the figures shown hold for drilling in (their rows), while the page is
    // out of sight and a newer count has come: DashboardView refreshes it before it is shown
    // again. A page keeping a count's rows or tables lets go of those too.
    virtual void release();

    DrillDownPanel *drillDown() const { return m_drillDown; }
    const QList<KeyFigureTile *> &tiles() const { return m_tiles; }
    const QList<ChartWidget *> &charts() const { return m_charts; }
    QString notes() const;
    // Whether the page says "No rows match these filters" instead of figures and charts.
    bool showsNoMatch() const;
    QPushButton *clearFiltersButton() const { return m_clearFilters; }
    // A count as the user's locale writes it: "13,152".
    static QString number(qint64 value);

Q_SIGNALS:
    // The page's "Clear Filters" was pressed: the filters should go back to all rows.
    void clearFiltersRequested();

protected:
    KeyFigureTile *addTile(const QString &objectName, const QString &caption);
    ChartWidget *addChart(const QString &objectName, int row, int column, int columnSpan = 1);
    // Adds a widget to the notes row, such as a choice the page's figures depend on.
    void addTool(QWidget *widget);
    // Shows chart on widget; its elements drill into model's rows (the base table when null).
    void showChart(ChartWidget *widget, const DashboardCharts::Chart &chart, QAbstractItemModel *model = nullptr,
                   const QString &modelText = {});
    // Shows a figure on tile; a click drills into figure's rows of model (the base table when null).
    void showTile(KeyFigureTile *tile, const QString &value, const QString &detail, const Figure &figure,
                  QAbstractItemModel *model = nullptr, const QString &modelText = {});
    // The "Rows not added" tile: rows another row already counts (a total beside its parts).
    void showNotCountedTile(KeyFigureTile *tile, const Figure &notCounted);
    void setNotes(const QStringList &notes);
    // When the data has rows but filter passes none (an impossible combination), the page says
    // so, with a button that clears the filters, instead of showing zeros and empty charts.
    void setNoMatch(bool noMatch, const DashboardFilter &filter, DashboardFilter::Source source);
    void setBaseModel(QAbstractItemModel *model, const QString &allRowsText,
                      const std::optional<QList<int>> &rows = std::nullopt);
    // The first step of every breadcrumb on this page, e.g. "Staffing 2021-22".
    void setTrailRoot(const QString &root) { m_trailRoot = root; }
    // A click on a tile or a chart element (source) whose figure the database counted: a page
    // that selects its rows there shows them and returns true; false drills into figure's rows.
    // The keys are the chart's breakdown's (empty for a tile).
    virtual bool drillInDatabase(QObject *source, const QStringList &trail, const QString &seriesKey,
                                 const QString &categoryKey, const Figure &figure);

private:
    struct Binding
    {
        Breakdown breakdown;
        Figure figure;
        QAbstractItemModel *model = nullptr;
        QString modelText;
    };
    void chartActivated(ChartWidget *widget, int series, int category);

    QString m_trailRoot;
    QLabel *m_notes = nullptr;
    QFrame *m_noMatch = nullptr;
    QLabel *m_noMatchText = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QHBoxLayout *m_toolRow = nullptr;
    QHBoxLayout *m_tileRow = nullptr;
    QGridLayout *m_chartGrid = nullptr;
    QSplitter *m_splitter = nullptr;
    DrillDownPanel *m_drillDown = nullptr;
    QList<KeyFigureTile *> m_tiles;
    QList<ChartWidget *> m_charts;
    QHash<QObject *, Binding> m_bindings;
};

} // namespace milepost
