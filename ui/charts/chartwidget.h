// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartspec.h"

#include <QImage>
#include <QWidget>

class QAction;
class QLabel;
class QPainter;
class QPrinter;
class QToolButton;

namespace milepost {

class ChartBackend;
class SampleBadge;

// A chart of the dashboard: its title, a "Sample data" badge when the spec says so, the chart
// drawn by a ChartBackend, and a note. Clicking a bar, slice or point, or pressing Enter on
// the element the arrow keys are on, emits activated(). Every chart shows its values as a table
// (Ctrl+T, the context menu, the Chart button), and exports as PNG and SVG and prints, through
// one painting entry point, paint().
class ChartWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget *parent = nullptr);
    ~ChartWidget() override;

    void setSpec(const ChartSpec &spec);
    const ChartSpec &spec() const { return m_spec; }

    // The element the keyboard is on; (-1, -1) when none.
    int currentSeries() const { return m_currentSeries; }
    int currentCategory() const { return m_currentCategory; }
    void setCurrent(int series, int category);
    // The elements that hold a value, in the order the arrow keys visit them.
    QList<QPair<int, int>> elements() const;
    // "Overdue, 2022 Q3: 12": what a tooltip and a screen reader say about an element.
    QString describe(int series, int category) const;

    // Paints title, badge, chart and note into rect: screen, PNG, SVG and paper use this.
    void paint(QPainter *painter, const QRectF &rect);
    // The chart as shown (dark on a dark screen); PNG, SVG and print are in the light set.
    QImage toImage(qreal devicePixelRatio);
    bool savePng(const QString &path, qreal devicePixelRatio, QString *error);
    bool saveSvg(const QString &path, QString *error);
    void print(QPrinter *printer);

    ChartBackend *backend() const { return m_backend; }
    // "Show as Table" (Ctrl+T, and in the chart's menu): the values in a ChartTableDialog.
    QAction *tableAction() const { return m_tableAction; }
    void showTable();

Q_SIGNALS:
    void activated(int series, int category);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    class PaperColours;
    void applyColours();
    void updateStatus();
    void chooseAndExportPng();
    void chooseAndExportSvg();
    void choosePrinter();
    QString fileStem() const;

    ChartSpec m_spec;
    ChartBackend *m_backend = nullptr;
    QLabel *m_title = nullptr;
    SampleBadge *m_badge = nullptr;
    QToolButton *m_menuButton = nullptr;
    QAction *m_tableAction = nullptr;
    Palette::Mode m_mode = Palette::Mode::Colour;
    QLabel *m_status = nullptr;
    QLabel *m_placeholder = nullptr;
    int m_currentSeries = -1;
    int m_currentCategory = -1;
};

} // namespace milepost
