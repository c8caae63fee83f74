// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartbackend.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QGraphicsItem;
class QPainterPath;
class QPieSeries;
class QPieSlice;
QT_END_NAMESPACE

namespace milepost {

// ChartBackend on Qt Charts. With ChartBackend it is the only place that knows Qt Charts:
// value labels, the keyboard mark and the bar geometry they need are drawn as items of our
// own over the chart, since Qt Charts labels every bar, zero ones too, and cannot skip those
// that do not fit.
class QtChartsBackend final : public ChartBackend
{
    Q_OBJECT

public:
    explicit QtChartsBackend(QWidget *parent);
    ~QtChartsBackend() override;

    QWidget *widget() const override;
    void setSpec(const ChartSpec &spec) override;
    void setPaperColours(bool paper) override { m_paper = paper; }
    void setCurrent(int series, int category) override;
    void render(QPainter *painter, const QRectF &target) override;
    void layoutAt(const QSizeF &size) override;
    QRectF elementRect(int series, int category) const override;
    QStringList valueLabels() const override;

    // Point markers drawn as shapes, not as images (before setSpec): a chart printed to PDF
    // stays lines and text. Patterns are shapes on screen and paper alike.
    void setVectorOnly(bool vector) { m_vector = vector; }
    // With paper colours, the greyscale set (before setSpec): a page for a greyscale printer.
    void setGreyscale(bool greyscale) { m_greyscale = greyscale; }
    // The style each bar set or slice is drawn in, in the mode it is drawn in.
    ChartStyle styleOf(const QObject *setOrSlice) const { return m_styles.value(setOrSlice); }
    // The chart Qt Charts draws, for tests that look at its legend.
    QChart *chart() const { return m_chart; }

private:
    void addPatterns();
    void addLegendPatterns();
    QPainterPath slicePath(int category) const; // chart coordinates
    void clear();
    void buildBars();
    void buildDonut();
    void buildLines();
    void setUpValueAxis(double maximum);
    void styleAxis(QAbstractAxis *axis) const;
    void newChart();
    void layoutOverlay();
    void placeLabel(const QString &text, const QPointF &anchor, Qt::Alignment alignment, bool boxed,
                    const QRectF &within = {});
    QRectF barRect(int series, int category) const; // chart coordinates
    QRectF itemRect(int series, int category) const; // chart coordinates
    QPointF pointPosition(int series, int category) const;
    double axisCategory(int category) const;
    double scaled(double value) const { return value / m_scale; }

    ChartSpec m_spec;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QAbstractBarSeries *m_barSeries = nullptr;
    QList<QBarSet *> m_barSets;
    QPieSeries *m_pie = nullptr;
    QList<QPieSlice *> m_slices; // by category; nullptr for an empty slice
    QList<QObject *> m_lineSeries; // the first segment of each series, for mapping
    QList<QGraphicsItem *> m_overlay;
    QList<QRectF> m_placed;
    QStringList m_labelTexts;
    QFont m_font;
    Palette::Mode m_mode = Palette::Mode::Colour; // the screen's, when the spec was set
    bool m_paper = false;
    double m_scale = 1;
    double m_barWidth = 0.7;
    int m_currentSeries = -1;
    int m_currentCategory = -1;
    bool m_vector = false;
    bool m_greyscale = false;
    QHash<const QObject *, ChartStyle> m_styles; // of each bar set and slice, as drawn
};

} // namespace milepost
