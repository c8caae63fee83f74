// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtchartsbackend.h"

#include "chartstyleitem.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainterPath>
#include <QPainter>
#include <QPieSeries>
#include <QPieLegendMarker>
#include <QPieSlice>
#include <QBarLegendMarker>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace milepost {

namespace {

constexpr qreal overlayZ = 1000;

QImage markerImage(const ChartStyle &style, int side)
{
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    Palette::paintMarker(&painter, QRectF(0, 0, side, side), style.marker, style.colour, style.outline);
    return image;
}

// A point marker painted as shapes (QtChartsBackend::setVectorOnly).
class MarkerItem final : public QGraphicsItem
{
public:
    MarkerItem(const QRectF &rect, const ChartStyle &style, QGraphicsItem *parent)
        : QGraphicsItem(parent)
        , m_rect(rect)
        , m_style(style)
    {
    }
    QRectF boundingRect() const override { return m_rect.adjusted(-1, -1, 1, 1); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        Palette::paintMarker(painter, m_rect, m_style.marker, m_style.colour, m_style.outline);
    }

private:
    QRectF m_rect;
    ChartStyle m_style;
};

Qt::PenStyle lineStyle(int series)
{
    constexpr Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
    return styles[series % int(std::size(styles))];
}

// A round step near range / 5: 1, 2 or 5 times a power of ten.
double niceStep(double range)
{
    if (range <= 0)
        return 1;
    const double raw = range / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / power;
    const double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return nice * power;
}

} // namespace

QtChartsBackend::QtChartsBackend(QWidget *parent)
    : ChartBackend(parent)
    , m_view(new QChartView(parent))
{
    m_view->setObjectName(QStringLiteral("chartSurface"));
    m_view->setRenderHint(QPainter::Antialiasing, true);
    // The chart widget around the view takes the keyboard; the view and its viewport are no
    // extra tab stops.
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->viewport()->setFocusPolicy(Qt::NoFocus);
    m_view->setFrameShape(QFrame::NoFrame);
    m_font = parent ? parent->font() : QFont();
    newChart();
}

void QtChartsBackend::newChart()
{
    QChart *old = m_chart;
    m_chart = new QChart();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // Axis numbers as the locale writes them: "1,500", not "1500".
    m_chart->setLocalizeNumbers(true);
    m_chart->setBackgroundBrush(Palette::role(Palette::Role::Background, m_mode));
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { layoutOverlay(); });
    m_view->setChart(m_chart);
    // The old chart goes with its series, axes and overlay once the events under way are done.
    if (old)
        old->deleteLater();
}

QtChartsBackend::~QtChartsBackend() = default;

QWidget *QtChartsBackend::widget() const
{
    return m_view;
}

void QtChartsBackend::clear()
{
    // A new chart each time rather than axes removed from the old one: Qt Charts leaves the
    // labels of axes removed while the view is hidden (a page not in front) in the scene.
    m_overlay.clear(); // items of the old chart
    newChart();
    m_barSeries = nullptr;
    m_barSets.clear();
    m_pie = nullptr;
    m_slices.clear();
    m_lineSeries.clear();
    m_styles.clear();
}

void QtChartsBackend::setSpec(const ChartSpec &spec)
{
    clear();
    m_spec = spec;
    m_font = m_view->font();
    m_mode = m_paper ? (m_greyscale ? Palette::Mode::Greyscale : Palette::Mode::Colour) : Palette::screenMode();
    m_chart->setBackgroundBrush(Palette::role(Palette::Role::Background, m_mode));
    m_chart->legend()->setLabelColor(Palette::role(Palette::Role::HeaderText, m_mode));
    m_currentSeries = -1;
    m_currentCategory = -1;
    QFont legendFont = m_font;
    m_chart->legend()->setFont(legendFont);
    m_chart->legend()->setVisible(spec.kind == ChartSpec::Kind::Donut || spec.series.size() > 1);
    m_chart->legend()->setAlignment(spec.kind == ChartSpec::Kind::Donut ? Qt::AlignRight : Qt::AlignBottom);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);

    m_scale = 1;
    if (spec.format == ChartSpec::Format::Money) {
        const double maximum = spec.maximum();
        m_scale = maximum >= 1e11 ? 1e11 : maximum >= 1e8 ? 1e8 : maximum >= 1e5 ? 1e5 : 100;
    } else if (spec.format == ChartSpec::Format::Percent) {
        m_scale = 0.01;
    }

    switch (spec.kind) {
    case ChartSpec::Kind::Donut:
        buildDonut();
        break;
    case ChartSpec::Kind::Lines:
        buildLines();
        break;
    case ChartSpec::Kind::StackedBars:
    case ChartSpec::Kind::GroupedBars:
    case ChartSpec::Kind::Histogram:
        buildBars();
        break;
    }
    layoutOverlay();
}

double QtChartsBackend::axisCategory(int category) const
{
    // Horizontal bars list the first category at the top; Qt Charts puts it at the bottom.
    return m_spec.horizontal ? double(m_spec.categories.size() - 1 - category) : double(category);
}

void QtChartsBackend::buildBars()
{
    const bool stacked = m_spec.kind != ChartSpec::Kind::GroupedBars;
    QAbstractBarSeries *series = nullptr;
    if (m_spec.horizontal)
        series = stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                         : static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries);
    else
        series = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                         : static_cast<QAbstractBarSeries *>(new QBarSeries);
    m_barWidth = m_spec.kind == ChartSpec::Kind::Histogram ? 0.92 : stacked ? 0.6 : 0.75;
    series->setBarWidth(m_barWidth);
    series->setLabelsVisible(false);
    const int categories = int(m_spec.categories.size());
    for (int s = 0; s < m_spec.series.size(); ++s) {
        const ChartSeries &entry = m_spec.series.at(s);
        const ChartStyle style = entry.style.inMode(m_mode);
        auto *set = new QBarSet(entry.name);
        set->setBrush(style.colour);
        set->setPen(QPen(style.outline, 1));
        m_styles.insert(set, style);
        QList<qreal> values(categories, 0);
        for (int c = 0; c < categories; ++c)
            values[int(axisCategory(c))] = scaled(m_spec.value(s, c).value_or(0));
        set->append(values);
        series->append(set);
        m_barSets.append(set);
        connect(set, &QBarSet::clicked, this, [this, s](int index) {
            Q_EMIT elementClicked(s, int(axisCategory(index)));
        });
        connect(set, &QBarSet::hovered, this, [this, s](bool entered, int index) {
            Q_EMIT elementHovered(s, int(axisCategory(index)), entered);
        });
    }
    m_chart->addSeries(series);
    m_barSeries = series;

    auto *categoryAxis = new QBarCategoryAxis;
    QStringList labels = m_spec.categories;
    if (m_spec.horizontal)
        std::reverse(labels.begin(), labels.end());
    categoryAxis->append(labels);
    categoryAxis->setLabelsFont(m_font);
    categoryAxis->setGridLineVisible(false);
    categoryAxis->setTruncateLabels(false);
    if (!m_spec.categoryAxisTitle.isEmpty()) {
        categoryAxis->setTitleText(m_spec.categoryAxisTitle);
        categoryAxis->setTitleFont(m_font);
    }
    styleAxis(categoryAxis);
    m_chart->addAxis(categoryAxis, m_spec.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    setUpValueAxis(scaled(m_spec.maximum()));
}

void QtChartsBackend::styleAxis(QAbstractAxis *axis) const
{
    // Axis text in the palette's text colour, so that it reads on a dark screen too; set before
    // the axis joins the chart.
    axis->setLabelsBrush(Palette::role(Palette::Role::HeaderText, m_mode));
    axis->setTitleBrush(Palette::role(Palette::Role::HeaderText, m_mode));
    QPen line = axis->linePen();
    line.setColor(Palette::role(Palette::Role::GridStrong, m_mode));
    axis->setLinePen(line);
}

void QtChartsBackend::setUpValueAxis(double maximum)
{
    auto *axis = new QValueAxis;
    const double headroom = m_spec.valueLabels ? 1.15 : 1.0;
    const double step = niceStep(std::max(maximum * headroom, 1.0));
    const double top = std::max(step, std::ceil(maximum * headroom / step) * step);
    axis->setRange(0, top);
    axis->setTickCount(int(std::lround(top / step)) + 1);
    const bool fractional = step < 1;
    switch (m_spec.format) {
    case ChartSpec::Format::Count:
        axis->setLabelFormat(QStringLiteral("%.0f"));
        break;
    case ChartSpec::Format::Percent:
        axis->setLabelFormat(QStringLiteral("%.0f%%"));
        break;
    case ChartSpec::Format::Money:
        axis->setLabelFormat(fractional ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
        break;
    }
    QString title = m_spec.valueAxisTitle;
    if (m_spec.format == ChartSpec::Format::Money) {
        const QString unit = m_scale >= 1e11 ? ChartSpec::tr("$ billions")
                           : m_scale >= 1e8  ? ChartSpec::tr("$ millions")
                           : m_scale >= 1e5  ? ChartSpec::tr("$ thousands")
                                             : ChartSpec::tr("$");
        title = title.isEmpty() ? unit : ChartSpec::tr("%1 (%2)", "axis title, unit").arg(title, unit);
    }
    if (!title.isEmpty()) {
        axis->setTitleText(title);
        axis->setTitleFont(m_font);
    }
    axis->setLabelsFont(m_font);
    axis->setGridLineColor(Palette::role(Palette::Role::Grid, m_mode));
    axis->setMinorGridLineVisible(false);
    const bool horizontal = m_spec.horizontal && m_spec.kind != ChartSpec::Kind::Lines;
    styleAxis(axis);
    m_chart->addAxis(axis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    const QList<QAbstractSeries *> series = m_chart->series();
    for (QAbstractSeries *entry : series)
        entry->attachAxis(axis);
}

void QtChartsBackend::buildDonut()
{
    m_pie = new QPieSeries;
    m_pie->setHoleSize(0.5);
    m_pie->setPieSize(0.75);
    double total = 0;
    for (int c = 0; c < m_spec.categories.size(); ++c)
        total += m_spec.value(0, c).value_or(0);
    for (int c = 0; c < m_spec.categories.size(); ++c) {
        const double value = m_spec.value(0, c).value_or(0);
        if (value <= 0) {
            m_slices.append(nullptr);
            continue;
        }
        const ChartStyle style = (c < m_spec.categoryStyles.size() ? m_spec.categoryStyles.at(c) : ChartStyle::series(c))
                                     .inMode(m_mode);
        auto *slice = new QPieSlice(ChartSpec::tr("%1: %2", "category, value")
                                        .arg(m_spec.categories.at(c), m_spec.formatValue(value)),
                                    value);
        slice->setBrush(style.colour);
        slice->setPen(QPen(style.outline, 1));
        m_styles.insert(slice, style);
        slice->setLabelFont(m_font);
        slice->setLabelColor(Palette::role(Palette::Role::HeaderText, m_mode));
        // Only large slices are labelled on the ring: outside labels of small neighbours collide
        // and run off the chart. Every slice has its figure in the legend.
        slice->setLabelVisible(m_spec.valueLabels && total > 0 && value / total >= 0.15);
        slice->setProperty("labelShown", slice->isLabelVisible());
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelArmLengthFactor(0.12);
        m_pie->append(slice);
        m_slices.append(slice);
        connect(slice, &QPieSlice::clicked, this, [this, c] { Q_EMIT elementClicked(0, c); });
        connect(slice, &QPieSlice::hovered, this, [this, c](bool entered) { Q_EMIT elementHovered(0, c, entered); });
    }
    m_chart->addSeries(m_pie);
}

void QtChartsBackend::buildLines()
{
    const int categories = int(m_spec.categories.size());
    const qreal dpr = m_view->devicePixelRatioF();
    QList<QXYSeries *> all;
    for (int s = 0; s < m_spec.series.size(); ++s) {
        const ChartStyle style = m_spec.series.at(s).style.inMode(m_mode);
        const ChartSeries &entry = m_spec.series.at(s);
        // A line has no outline: its own colour must stand 3:1 against the background.
        QPen pen(Palette::withContrast(style.colour, Palette::role(Palette::Role::Background, m_mode), 3.0), 2.5,
                 lineStyle(s));
        QImage marker = markerImage(style, int(std::lround(12 * dpr)));
        marker.setDevicePixelRatio(dpr);
        // A line breaks where a year has no data: one segment per run of values.
        QLineSeries *segment = nullptr;
        bool first = true;
        for (int c = 0; c < categories; ++c) {
            const std::optional<double> value = m_spec.value(s, c);
            if (!value) {
                segment = nullptr;
                continue;
            }
            if (!segment) {
                segment = new QLineSeries;
                segment->setName(entry.name);
                segment->setPen(pen);
                segment->setColor(style.colour);
                if (!m_vector) {
                    segment->setLightMarker(marker);
                    segment->setMarkerSize(12);
                }
                connect(segment, &QXYSeries::clicked, this,
                        [this, s](const QPointF &point) { Q_EMIT elementClicked(s, int(std::lround(point.x()))); });
                connect(segment, &QXYSeries::hovered, this, [this, s](const QPointF &point, bool entered) {
                    Q_EMIT elementHovered(s, int(std::lround(point.x())), entered);
                });
                m_chart->addSeries(segment);
                all.append(segment);
                if (first)
                    m_lineSeries.append(segment);
                else
                    m_chart->legend()->markers(segment).constFirst()->setVisible(false);
                first = false;
            }
            segment->append(c, scaled(*value));
        }
        if (first)
            m_lineSeries.append(nullptr);
    }
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(m_spec.categories);
    categoryAxis->setLabelsFont(m_font);
    categoryAxis->setGridLineVisible(false);
    if (!m_spec.categoryAxisTitle.isEmpty()) {
        categoryAxis->setTitleText(m_spec.categoryAxisTitle);
        categoryAxis->setTitleFont(m_font);
    }
    styleAxis(categoryAxis);
    m_chart->addAxis(categoryAxis, Qt::AlignBottom);
    for (QXYSeries *series : std::as_const(all))
        series->attachAxis(categoryAxis);
    setUpValueAxis(scaled(m_spec.maximum()));
}

QRectF QtChartsBackend::barRect(int series, int category) const
{
    if (!m_barSeries)
        return {};
    const std::optional<double> value = m_spec.value(series, category);
    if (!value || *value <= 0)
        return {};
    const bool stacked = m_spec.kind != ChartSpec::Kind::GroupedBars;
    double base = 0;
    if (stacked) {
        for (int s = 0; s < series; ++s)
            base += scaled(std::max(0.0, m_spec.value(s, category).value_or(0)));
    }
    const double length = scaled(*value);
    const double position = axisCategory(category);
    double from = position - m_barWidth / 2;
    double to = position + m_barWidth / 2;
    if (!stacked) {
        const double width = m_barWidth / double(m_spec.series.size());
        from += series * width;
        to = from + width;
    }
    const QPointF a = m_spec.horizontal ? m_chart->mapToPosition(QPointF(base, from), m_barSeries)
                                        : m_chart->mapToPosition(QPointF(from, base), m_barSeries);
    const QPointF b = m_spec.horizontal ? m_chart->mapToPosition(QPointF(base + length, to), m_barSeries)
                                        : m_chart->mapToPosition(QPointF(to, base + length), m_barSeries);
    return QRectF(a, b).normalized();
}

QPointF QtChartsBackend::pointPosition(int series, int category) const
{
    const std::optional<double> value = m_spec.value(series, category);
    if (!value || series < 0 || series >= m_lineSeries.size() || !m_lineSeries.at(series))
        return {};
    return m_chart->mapToPosition(QPointF(category, scaled(*value)), static_cast<QLineSeries *>(m_lineSeries.at(series)));
}

QRectF QtChartsBackend::elementRect(int series, int category) const
{
    const QRectF rect = itemRect(series, category);
    if (rect.isEmpty())
        return {};
    return m_view->mapFromScene(m_chart->mapRectToScene(rect)).boundingRect();
}

QRectF QtChartsBackend::itemRect(int series, int category) const
{
    QRectF rect;
    switch (m_spec.kind) {
    case ChartSpec::Kind::Donut: {
        if (category < 0 || category >= m_slices.size() || !m_slices.at(category))
            return {};
        // The donut's bounding box: slices have no public geometry.
        const QRectF plot = m_chart->plotArea();
        const qreal side = std::min(plot.width(), plot.height()) * m_pie->pieSize();
        rect = QRectF(plot.center().x() - side / 2, plot.center().y() - side / 2, side, side);
        break;
    }
    case ChartSpec::Kind::Lines: {
        const QPointF point = pointPosition(series, category);
        if (point.isNull())
            return {};
        rect = QRectF(point.x() - 8, point.y() - 8, 16, 16);
        break;
    }
    default:
        rect = barRect(series, category);
        break;
    }
    return rect;
}

void QtChartsBackend::placeLabel(const QString &text, const QPointF &anchor, Qt::Alignment alignment, bool boxed,
                                 const QRectF &within)
{
    const QFontMetricsF metrics(m_font);
    const QSizeF size(metrics.horizontalAdvance(text) + (boxed ? 6 : 2), metrics.height() + (boxed ? 2 : 0));
    QPointF topLeft = anchor;
    if (alignment & Qt::AlignHCenter)
        topLeft.rx() -= size.width() / 2;
    else if (alignment & Qt::AlignRight)
        topLeft.rx() -= size.width();
    if (alignment & Qt::AlignVCenter)
        topLeft.ry() -= size.height() / 2;
    else if (alignment & Qt::AlignBottom)
        topLeft.ry() -= size.height();
    const QRectF rect(topLeft, size);
    if (within.isValid() && !within.contains(rect))
        return;
    if (!m_chart->plotArea().adjusted(-2, -metrics.height(), metrics.height() * 4, 2).contains(rect))
        return;
    for (const QRectF &placed : std::as_const(m_placed)) {
        if (placed.intersects(rect))
            return;
    }
    m_placed.append(rect);
    QGraphicsItem *parent = m_chart;
    if (boxed) {
        auto *box = new QGraphicsRectItem(rect, m_chart);
        QColor fill = Palette::role(Palette::Role::Background, m_mode);
        fill.setAlpha(225);
        box->setBrush(fill);
        box->setPen(Qt::NoPen);
        box->setZValue(overlayZ);
        m_overlay.append(box);
        parent = box;
    }
    auto *item = new QGraphicsSimpleTextItem(text, parent);
    item->setFont(m_font);
    item->setBrush(Palette::role(Palette::Role::HeaderText, m_mode));
    item->setPos(rect.topLeft() + QPointF(boxed ? 3 : 1, boxed ? 1 : 0));
    item->setZValue(overlayZ + 1);
    if (!boxed)
        m_overlay.append(item);
    m_labelTexts.append(text);
}

QPainterPath QtChartsBackend::slicePath(int category) const
{
    // Where Qt Charts draws a slice (PieChartItem): the ring's radii are fractions of half the
    // plot area's shorter side, angles run clockwise from twelve o'clock, and an exploded slice
    // moves out along its middle.
    const QPieSlice *slice = category >= 0 && category < m_slices.size() ? m_slices.at(category) : nullptr;
    if (!slice || !m_pie)
        return {};
    const QRectF plot = m_chart->plotArea();
    const qreal half = std::min(plot.width(), plot.height()) / 2;
    const qreal outer = half * m_pie->pieSize();
    const qreal inner = half * m_pie->holeSize();
    QPointF centre = plot.center();
    const qreal start = slice->startAngle();
    const qreal span = slice->angleSpan();
    if (slice->isExploded()) {
        const qreal middle = qDegreesToRadians(start + span / 2);
        const qreal distance = outer * slice->explodeDistanceFactor();
        centre += QPointF(std::sin(middle) * distance, -std::cos(middle) * distance);
    }
    const QRectF outerRect(centre.x() - outer, centre.y() - outer, 2 * outer, 2 * outer);
    const QRectF innerRect(centre.x() - inner, centre.y() - inner, 2 * inner, 2 * inner);
    QPainterPath path;
    path.arcMoveTo(outerRect, 90 - start);
    path.arcTo(outerRect, 90 - start, -span);
    path.arcTo(innerRect, 90 - start - span, span);
    path.closeSubpath();
    return path;
}

void QtChartsBackend::addPatterns()
{
    // Qt Charts fills bars and slices plainly; their patterns go over them as items of our own.
    const auto add = [this](const QPainterPath &shape, const ChartStyle &style) {
        if (shape.isEmpty() || style.pattern == Qt::SolidPattern || style.pattern == Qt::NoBrush)
            return;
        auto *item = new ChartStyleItem(shape, style, m_chart);
        item->setZValue(overlayZ - 1);
        m_overlay.append(item);
    };
    for (int s = 0; s < m_barSets.size(); ++s) {
        for (int c = 0; c < m_spec.categories.size(); ++c) {
            QPainterPath bar;
            bar.addRect(barRect(s, c));
            add(bar, m_styles.value(m_barSets.at(s)));
        }
    }
    for (int c = 0; c < m_slices.size(); ++c) {
        if (m_slices.at(c))
            add(slicePath(c), m_styles.value(m_slices.at(c)));
    }
    if (m_vector && m_spec.kind == ChartSpec::Kind::Lines) {
        for (int s = 0; s < m_spec.series.size(); ++s) {
            const ChartStyle style = m_spec.series.at(s).style.inMode(m_mode);
            for (int c = 0; c < m_spec.categories.size(); ++c) {
                const QPointF point = pointPosition(s, c);
                if (point.isNull())
                    continue;
                auto *marker = new MarkerItem(QRectF(point.x() - 6, point.y() - 6, 12, 12), style, m_chart);
                marker->setZValue(overlayZ - 1);
                m_overlay.append(marker);
            }
        }
    }
    addLegendPatterns();
}

void QtChartsBackend::addLegendPatterns()
{
    // Qt Charts draws a legend marker as a rectangle in the bar set's or slice's brush: the
    // swatch gets the same pattern as its bars, as a child of that rectangle, so that it follows
    // the legend wherever it lays the marker out. Markers are told apart by their fill.
    QList<QGraphicsRectItem *> rects;
    QList<QGraphicsItem *> pending = m_chart->legend()->childItems();
    while (!pending.isEmpty()) {
        QGraphicsItem *item = pending.takeFirst();
        if (auto *rect = qgraphicsitem_cast<QGraphicsRectItem *>(item))
            rects.append(rect);
        pending.append(item->childItems());
    }
    const QList<QLegendMarker *> markers = m_chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        QObject *owner = nullptr;
        if (auto *bar = qobject_cast<QBarLegendMarker *>(marker))
            owner = bar->barset();
        else if (auto *pie = qobject_cast<QPieLegendMarker *>(marker))
            owner = pie->slice();
        if (!owner || !m_styles.contains(owner))
            continue;
        const ChartStyle style = m_styles.value(owner);
        for (qsizetype i = 0; i < rects.size(); ++i) {
            QGraphicsRectItem *rect = rects.at(i);
            if (rect->brush().color() != style.colour || rect->brush().style() != Qt::SolidPattern)
                continue;
            rects.removeAt(i);
            bool done = false;
            for (QGraphicsItem *child : rect->childItems())
                done = done || qgraphicsitem_cast<ChartStyleItem *>(child);
            if (!done && style.pattern != Qt::SolidPattern && style.pattern != Qt::NoBrush)
                new ChartStyleItem(style, rect); // lives and goes with the marker
            break;
        }
    }
}

void QtChartsBackend::layoutOverlay()
{
    for (QGraphicsItem *item : std::as_const(m_overlay))
        delete item;
    m_overlay.clear();
    m_placed.clear();
    m_labelTexts.clear();
    if (m_chart->plotArea().isEmpty())
        return;
    // The slice the keyboard is on stands out before the patterns follow the slices.
    for (int c = 0; c < m_slices.size(); ++c) {
        if (QPieSlice *slice = m_slices.at(c)) {
            const bool current = c == m_currentCategory;
            slice->setExploded(current);
            QFont font = m_font;
            font.setBold(current);
            slice->setLabelFont(font);
            slice->setLabelVisible(current || slice->property("labelShown").toBool());
        }
    }
    addPatterns();

    const int categories = int(m_spec.categories.size());
    const int seriesCount = int(m_spec.series.size());
    if (m_spec.valueLabels && m_barSeries) {
        const bool stacked = m_spec.kind != ChartSpec::Kind::GroupedBars;
        for (int c = 0; c < categories; ++c) {
            double total = 0;
            QRectF stack;
            for (int s = 0; s < seriesCount; ++s) {
                const QRectF bar = barRect(s, c);
                if (bar.isEmpty())
                    continue;
                const double value = m_spec.value(s, c).value_or(0);
                total += value;
                stack = stack.isNull() ? bar : stack.united(bar);
                const QString text = m_spec.formatValue(value);
                if (stacked) {
                    if (seriesCount > 1)
                        placeLabel(text, bar.center(), Qt::AlignCenter, true, bar.adjusted(-1, -1, 1, 1));
                } else if (m_spec.horizontal) {
                    placeLabel(text, QPointF(bar.right() + 3, bar.center().y()), Qt::AlignLeft | Qt::AlignVCenter, false);
                } else {
                    placeLabel(text, QPointF(bar.center().x(), bar.top() - 1), Qt::AlignHCenter | Qt::AlignBottom, false);
                }
            }
            if (stacked && !stack.isNull()) {
                const QString text = m_spec.formatValue(total);
                if (m_spec.horizontal)
                    placeLabel(text, QPointF(stack.right() + 3, stack.center().y()), Qt::AlignLeft | Qt::AlignVCenter, false);
                else
                    placeLabel(text, QPointF(stack.center().x(), stack.top() - 1), Qt::AlignHCenter | Qt::AlignBottom, false);
            }
        }
    }
    if (m_spec.valueLabels && m_spec.kind == ChartSpec::Kind::Lines) {
        for (int s = 0; s < seriesCount; ++s) {
            for (int c = 0; c < categories; ++c) {
                const QPointF point = pointPosition(s, c);
                if (!point.isNull())
                    placeLabel(m_spec.formatValue(*m_spec.value(s, c)), point - QPointF(0, 7),
                               Qt::AlignHCenter | Qt::AlignBottom, true);
            }
        }
    }
    if (m_pie)
        return; // the slice the keyboard is on is exploded

    // The keyboard mark: a dark frame with a light one inside, visible on any fill.
    const QRectF current = m_currentSeries >= 0 ? itemRect(m_currentSeries, m_currentCategory) : QRectF();
    if (!current.isEmpty()) {
        auto *outer = new QGraphicsRectItem(current.adjusted(-3, -3, 3, 3), m_chart);
        outer->setPen(QPen(Palette::role(Palette::Role::Focus, m_mode), 3));
        outer->setBrush(Qt::NoBrush);
        outer->setZValue(overlayZ + 2);
        m_overlay.append(outer);
        auto *inner = new QGraphicsRectItem(current.adjusted(-1, -1, 1, 1), m_chart);
        inner->setPen(QPen(Palette::role(Palette::Role::Background, m_mode), 1.5));
        inner->setBrush(Qt::NoBrush);
        inner->setZValue(overlayZ + 2);
        m_overlay.append(inner);
    }
}

void QtChartsBackend::setCurrent(int series, int category)
{
    m_currentSeries = series;
    m_currentCategory = category;
    layoutOverlay();
}

void QtChartsBackend::render(QPainter *painter, const QRectF &target)
{
    QGraphicsScene *scene = m_chart->scene();
    if (!scene)
        return;
    scene->render(painter, target, m_chart->sceneBoundingRect(), Qt::KeepAspectRatio);
}

void QtChartsBackend::layoutAt(const QSizeF &size)
{
    m_chart->resize(size);
    // Now, not when the event loop gets to the layout request: the caller paints next.
    if (QGraphicsLayout *layout = m_chart->layout())
        layout->activate();
    layoutOverlay();
}

QStringList QtChartsBackend::valueLabels() const
{
    return m_labelTexts;
}

} // namespace milepost
