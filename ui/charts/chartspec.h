// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/palette.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QPainter;
class QPainterPath;

namespace milepost {

// How one series (or, in a donut, one slice) looks: a fill colour with a pattern over it and a
// marker shape, so that it can be told apart without colour, and an outline. A style taken from
// the palette (series(), status()) remembers which one it is, so that it can be drawn in another
// of the palette's modes (inMode()): a dark screen, a greyscale page.
struct ChartStyle final
{
    enum class Source { Own, Series, Status };

    QColor colour;
    Qt::BrushStyle pattern = Qt::SolidPattern;
    QColor patternColour;
    QColor outline;
    Palette::Marker marker = Palette::Marker::Circle;
    Source source = Source::Own;
    int index = 0; // the series' number, or the MilestoneStatus::State

    // The n-th categorical style of the palette; the style of a milestone state.
    static ChartStyle series(int n, Palette::Mode mode = Palette::Mode::Colour);
    static ChartStyle status(MilestoneStatus::State state, Palette::Mode mode = Palette::Mode::Colour);
    // This style in mode: the palette's series or status again; a style of its own as it is,
    // in shades of grey for Greyscale.
    ChartStyle inMode(Palette::Mode mode) const;
    // The pattern over shape, in the pattern's colour (not the fill, not the outline): the one
    // path by which bars, slices, legend swatches and tiles get their pattern, on screen and paper.
    void paintPattern(QPainter *painter, const QPainterPath &shape) const;

    friend bool operator==(const ChartStyle &, const ChartStyle &) = default;
};

struct ChartSeries final
{
    QString key;
    QString name;
    ChartStyle style;
    // One value per category; nullopt where there is no data, which is not zero: a line
    // breaks there and a bar is left out.
    QList<std::optional<double>> values;

    friend bool operator==(const ChartSeries &, const ChartSeries &) = default;
};

// What a chart shows, independent of the library that draws it: the dashboard builds these
// and ChartWidget draws them (with Qt Charts today). A donut shows the first series' values,
// one slice per category, styled by categoryStyles.
struct ChartSpec final
{
    Q_DECLARE_TR_FUNCTIONS(ChartSpec)

public:
    enum class Kind { Donut, StackedBars, GroupedBars, Lines, Histogram };
    enum class Format { Count, Money, Percent }; // Money: values are cents; Percent: 0..1

    Kind kind = Kind::GroupedBars;
    QString title;
    QStringList categories;
    QStringList categoryKeys; // stable keys of the categories, for drill-down; may be empty
    QList<ChartStyle> categoryStyles; // Donut only
    QList<ChartSeries> series;
    Format format = Format::Count;
    QString valueAxisTitle;
    QString categoryAxisTitle;
    // Bars grow to the right, for long category names.
    bool horizontal = false;
    bool valueLabels = true;
    // A figure behind the chart rests on sample data: the chart carries a badge.
    bool sampleData = false;
    // A line under the chart: what is left out, how it is counted.
    QString note;

    bool isEmpty() const;
    // Why the chart is better not drawn, in a sentence for its place; empty when it is drawn:
    // no data, or lines with a single point each (dots, not a trend).
    QString undrawnReason() const;
    // The value at series, category; nullopt when out of range or without data.
    std::optional<double> value(int series, int category) const;
    // The largest value a bar or point reaches (stacks add up); 0 for an empty chart.
    double maximum() const;

    // "12", "$1.2M", "62%": a value as labels and tooltips show it.
    QString formatValue(double value) const;
    static QString formatValue(double value, Format format);
    // The same value in full: "$1,234,567", "61.9%".
    static QString formatValueInFull(double value, Format format);

    friend bool operator==(const ChartSpec &, const ChartSpec &) = default;
};

} // namespace milepost
