// SPDX-License-Identifier: GPL-3.0-or-later
// Chart styles as drawn: bars, slices and legend swatches take their colours from the palette in
// effect (light, dark, greyscale) and carry the same pattern, by one painting path
// (ChartStyleItem), on screen and on paper.
#include "catchcompat.h"

#include "charts/chartstyleitem.h"
#include "charts/chartwidget.h"
#include "charts/qtchartsbackend.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QPieLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QSet>
#include <QtMath>

#include <cmath>

using namespace milepost;
using State = MilestoneStatus::State;

namespace {

ChartSeries seriesOf(const char *name, const ChartStyle &style, QList<std::optional<double>> values)
{
    ChartSeries result;
    result.key = QString::fromUtf8(name);
    result.name = QString::fromUtf8(name);
    result.style = style;
    result.values = values;
    return result;
}

// Three statuses stacked: Done is solid, On track and Overdue hatched.
ChartSpec statusBars()
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::StackedBars;
    spec.title = QStringLiteral("Milestones by phase");
    spec.categories = {QStringLiteral("Learn"), QStringLiteral("Assess"), QStringLiteral("Act")};
    spec.series = {seriesOf("Done", ChartStyle::status(State::Done), {5, 20, 8}),
                   seriesOf("On track", ChartStyle::status(State::OnTrack), {4, 12, 30}),
                   seriesOf("Overdue", ChartStyle::status(State::Overdue), {6, 10, 12})};
    return spec;
}

ChartSpec statusDonut()
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Donut;
    spec.title = QStringLiteral("Milestones by status");
    const State states[] = {State::Done, State::OnTrack, State::DueSoon, State::Overdue, State::NotStarted};
    QList<std::optional<double>> values;
    for (State state : states) {
        spec.categories.append(MilestoneStatus::stateName(state));
        spec.categoryStyles.append(ChartStyle::status(state));
        values.append(30);
    }
    spec.series = {seriesOf("Milestones", ChartStyle::series(0), values)};
    return spec;
}

// The legend's swatches: each marker's rectangle and the pattern item over it (null: none).
QList<std::pair<QGraphicsRectItem *, ChartStyleItem *>> swatches(QChart *chart)
{
    QList<std::pair<QGraphicsRectItem *, ChartStyleItem *>> result;
    QList<QGraphicsItem *> pending = chart->legend()->childItems();
    while (!pending.isEmpty()) {
        QGraphicsItem *item = pending.takeFirst();
        if (auto *rect = qgraphicsitem_cast<QGraphicsRectItem *>(item); rect && rect->isVisible()) {
            ChartStyleItem *pattern = nullptr;
            for (QGraphicsItem *child : rect->childItems()) {
                if (auto *style = qgraphicsitem_cast<ChartStyleItem *>(child))
                    pattern = style;
            }
            result.append({rect, pattern});
        }
        pending.append(item->childItems());
    }
    return result;
}

// Every legend swatch shows its bar set's or slice's fill and, over it, the same pattern.
void checkLegend(const QtChartsBackend &backend)
{
    QChart *chart = backend.chart();
    const QList<std::pair<QGraphicsRectItem *, ChartStyleItem *>> all = swatches(chart);
    const QList<QLegendMarker *> markers = chart->legend()->markers();
    REQUIRE(!markers.isEmpty());
    int patterned = 0;
    for (QLegendMarker *marker : markers) {
        const QObject *owner = nullptr;
        if (auto *bar = qobject_cast<QBarLegendMarker *>(marker))
            owner = bar->barset();
        else if (auto *pie = qobject_cast<QPieLegendMarker *>(marker))
            owner = pie->slice();
        REQUIRE(owner);
        const ChartStyle style = backend.styleOf(owner);
        INFO("legend entry " << marker->label().toStdString());
        const auto swatch = std::find_if(all.begin(), all.end(), [&](const auto &entry) {
            return entry.first->brush().color() == style.colour;
        });
        REQUIRE(swatch != all.end());
        if (style.pattern == Qt::SolidPattern) {
            CHECK(swatch->second == nullptr);
            continue;
        }
        REQUIRE(swatch->second);
        CHECK(swatch->second->style() == style);
        CHECK(swatch->second->style().pattern == style.pattern);
        CHECK(swatch->second->boundingRect().intersects(swatch->first->rect()));
        ++patterned;
    }
    CHECK(patterned > 0);
}

// The chart as painted, the size of its scene.
QImage render(QtChartsBackend &backend)
{
    const QRectF scene = backend.chart()->sceneBoundingRect();
    QImage image(scene.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    backend.render(&painter, QRectF(QPointF(0, 0), scene.size()));
    painter.end();
    return image;
}

// The grey levels in a square of side 2 × half around point.
QSet<int> greysAround(const QImage &image, const QPointF &point, int half)
{
    QSet<int> greys;
    for (int y = int(point.y()) - half; y <= int(point.y()) + half; ++y) {
        for (int x = int(point.x()) - half; x <= int(point.x()) + half; ++x) {
            if (image.rect().contains(x, y))
                greys.insert(Palette::luminance(image.pixelColor(x, y)));
        }
    }
    return greys;
}

} // namespace

TEST_CASE("charts draw their bars and slices in the dark set on a dark screen, and in the light set again",
          "[charts][palette]")
{
    const QPalette original = QApplication::palette();
    QApplication::setPalette(Palette::darkWindowPalette());
    REQUIRE(Palette::screenMode() == Palette::Mode::Dark);
    {
        ChartWidget chart;
        chart.setSpec(statusBars());
        chart.resize(560, 360);
        chart.show();
        QApplication::processEvents();
        auto *backend = qobject_cast<QtChartsBackend *>(chart.backend());
        REQUIRE(backend);
        auto *bars = qobject_cast<QAbstractBarSeries *>(backend->chart()->series().constFirst());
        REQUIRE(bars);
        const State states[] = {State::Done, State::OnTrack, State::Overdue};
        for (int s = 0; s < 3; ++s) {
            INFO("series " << s);
            const ChartStyle dark = ChartStyle::status(states[s], Palette::Mode::Dark);
            CHECK(bars->barSets().at(s)->brush().color() == dark.colour);
            CHECK(bars->barSets().at(s)->pen().color() == dark.outline);
            CHECK(backend->styleOf(bars->barSets().at(s)) == dark);
        }
        checkLegend(*backend);

        ChartWidget donut;
        donut.setSpec(statusDonut());
        donut.resize(560, 360);
        donut.show();
        QApplication::processEvents();
        auto *pieBackend = qobject_cast<QtChartsBackend *>(donut.backend());
        auto *pie = qobject_cast<QPieSeries *>(pieBackend->chart()->series().constFirst());
        REQUIRE(pie);
        // Not started is the page's own colour: dark grey on a dark screen, not a white slice.
        const QPieSlice *notStarted = pie->slices().constLast();
        CHECK(notStarted->brush().color() == Palette::statusColour(State::NotStarted, Palette::Mode::Dark));
        CHECK(Palette::luminance(notStarted->brush().color()) < 64);
        checkLegend(*pieBackend);

        QApplication::setPalette(original);
        QApplication::processEvents();
        // The system turned light: the bars are drawn in the light set again.
        backend = qobject_cast<QtChartsBackend *>(chart.backend());
        bars = qobject_cast<QAbstractBarSeries *>(backend->chart()->series().constFirst());
        REQUIRE(bars);
        CHECK(bars->barSets().at(1)->brush().color() == Palette::statusColour(State::OnTrack));
    }
    QApplication::setPalette(original);
}

TEST_CASE("legend swatches and donut slices carry the bars' patterns on screen and in greyscale on paper",
          "[charts][palette]")
{
    for (const bool paper : {false, true}) {
        INFO((paper ? "greyscale paper" : "screen"));
        QWidget host;
        host.setAttribute(Qt::WA_DontShowOnScreen);
        QtChartsBackend backend(&host);
        backend.setVectorOnly(paper);
        backend.setPaperColours(paper);
        backend.setGreyscale(paper);
        backend.setSpec(statusDonut());
        backend.layoutAt(QSizeF(600, 360));
        checkLegend(backend);
        const QImage image = render(backend);
        CHECK(image.save(QStringLiteral(MILEPOST_TEST_OUTPUT_DIR "/charts/donut-%1.png")
                             .arg(paper ? QStringLiteral("greyscale") : QStringLiteral("screen"))));

        // On each slice, halfway through the ring: a solid slice shows one grey, a hatched one
        // its fill and its pattern's lines.
        auto *pie = qobject_cast<QPieSeries *>(backend.chart()->series().constFirst());
        REQUIRE(pie);
        const QRectF plot = backend.chart()->plotArea();
        const QPointF centre = backend.chart()->mapToScene(plot.center()) - backend.chart()->sceneBoundingRect().topLeft();
        const qreal half = std::min(plot.width(), plot.height()) / 2;
        const qreal ring = half * (pie->pieSize() + pie->holeSize()) / 2;
        for (const QPieSlice *slice : pie->slices()) {
            INFO("slice " << slice->label().toStdString());
            const ChartStyle style = backend.styleOf(slice);
            const double middle = qDegreesToRadians(slice->startAngle() + slice->angleSpan() / 2);
            const QPointF at = centre + QPointF(std::sin(middle) * ring, -std::cos(middle) * ring);
            const QSet<int> greys = greysAround(image, at, 6);
            if (style.pattern == Qt::SolidPattern)
                CHECK(greys.size() <= 2); // antialiasing aside
            else
                CHECK(greys.contains(Palette::luminance(style.patternColour)));
            CHECK(greys.contains(Palette::luminance(style.colour)));
        }
        // And each patterned legend swatch, as painted, shows its pattern's lines.
        for (const auto &[rect, pattern] : swatches(backend.chart())) {
            if (!pattern)
                continue;
            const QPointF at = rect->sceneBoundingRect().center() - backend.chart()->sceneBoundingRect().topLeft();
            const int half = std::max(1, int(rect->rect().height() / 2) - 2);
            CHECK(greysAround(image, at, half).contains(Palette::luminance(pattern->style().patternColour)));
        }
    }
}
