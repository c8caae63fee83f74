// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartspec.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace milepost {

ChartStyle ChartStyle::series(int n, Palette::Mode mode)
{
    ChartStyle style;
    style.source = Source::Series;
    style.index = n;
    style.colour = Palette::series(n, mode);
    style.pattern = Palette::seriesPattern(n);
    style.patternColour = Palette::seriesPatternColour(n, mode);
    // A darker edge on paper; on a dark screen a lighter one, or the edge would vanish.
    const QColor fill = Palette::series(n);
    style.outline = mode == Palette::Mode::Dark ? fill.lighter(130)
                  : mode == Palette::Mode::Greyscale ? Palette::toGrey(fill.darker(160))
                                                     : fill.darker(160);
    style.marker = Palette::seriesMarker(n);
    return style;
}

ChartStyle ChartStyle::status(MilestoneStatus::State state, Palette::Mode mode)
{
    ChartStyle style;
    style.source = Source::Status;
    style.index = int(state);
    style.colour = Palette::statusColour(state, mode);
    style.pattern = Palette::statusPattern(state);
    style.patternColour = Palette::statusPatternColour(state, mode);
    style.outline = Palette::statusOutline(state, mode);
    style.marker = Palette::statusMarker(state);
    return style;
}

ChartStyle ChartStyle::inMode(Palette::Mode mode) const
{
    switch (source) {
    case Source::Series:
        return series(index, mode);
    case Source::Status:
        return status(MilestoneStatus::State(index), mode);
    case Source::Own:
        break;
    }
    if (mode != Palette::Mode::Greyscale)
        return *this;
    ChartStyle grey = *this;
    grey.colour = Palette::toGrey(colour);
    grey.patternColour = Palette::toGrey(patternColour);
    grey.outline = Palette::toGrey(outline);
    return grey;
}

void ChartStyle::paintPattern(QPainter *painter, const QPainterPath &shape) const
{
    Palette::fillPattern(painter, shape, pattern, patternColour);
}

bool ChartSpec::isEmpty() const
{
    for (const ChartSeries &entry : series) {
        for (const std::optional<double> &v : entry.values) {
            if (v && *v != 0)
                return false;
        }
    }
    return true;
}

QString ChartSpec::undrawnReason() const
{
    if (isEmpty())
        return tr("No data for this chart under the current filters.");
    if (kind != Kind::Lines)
        return {};
    int categoriesWithData = 0;
    for (int category = 0; category < categories.size(); ++category) {
        for (int s = 0; s < series.size(); ++s) {
            if (value(s, category)) {
                ++categoriesWithData;
                break;
            }
        }
    }
    if (categoriesWithData >= 2)
        return {};
    return tr("Too little data for a trend: each line would be a single point. Ctrl+T shows the values as a table.");
}

std::optional<double> ChartSpec::value(int seriesIndex, int category) const
{
    if (seriesIndex < 0 || seriesIndex >= series.size())
        return std::nullopt;
    const QList<std::optional<double>> &values = series.at(seriesIndex).values;
    if (category < 0 || category >= values.size())
        return std::nullopt;
    return values.at(category);
}

double ChartSpec::maximum() const
{
    double result = 0;
    const bool stacked = kind == Kind::StackedBars || kind == Kind::Histogram;
    for (int c = 0; c < categories.size(); ++c) {
        double stack = 0;
        for (int s = 0; s < series.size(); ++s) {
            const double v = value(s, c).value_or(0);
            stack = stacked ? stack + v : std::max(stack, v);
        }
        result = std::max(result, stack);
    }
    return result;
}

QString ChartSpec::formatValue(double value) const
{
    return formatValue(value, format);
}

QString ChartSpec::formatValue(double value, Format format)
{
    const QLocale locale;
    switch (format) {
    case Format::Count:
        return locale.toString(qint64(std::llround(value)));
    case Format::Percent:
        return tr("%1%", "percent").arg(locale.toString(value * 100, 'f', 0));
    case Format::Money:
        break;
    }
    const double dollars = value / 100.0;
    const double magnitude = std::abs(dollars);
    if (magnitude >= 1e9)
        return tr("$%1B", "billions of dollars").arg(locale.toString(dollars / 1e9, 'f', 1));
    if (magnitude >= 1e6)
        return tr("$%1M", "millions of dollars").arg(locale.toString(dollars / 1e6, 'f', 1));
    if (magnitude >= 1e3)
        return tr("$%1K", "thousands of dollars").arg(locale.toString(dollars / 1e3, 'f', 0));
    return tr("$%1", "dollars").arg(locale.toString(dollars, 'f', 0));
}

QString ChartSpec::formatValueInFull(double value, Format format)
{
    const QLocale locale;
    switch (format) {
    case Format::Count:
        return locale.toString(qint64(std::llround(value)));
    case Format::Percent:
        return tr("%1%", "percent").arg(locale.toString(value * 100, 'f', 1));
    case Format::Money:
        break;
    }
    return tr("$%1", "dollars").arg(locale.toString(qint64(std::llround(value / 100.0))));
}

} // namespace milepost
