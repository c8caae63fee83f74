// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepainter.h"

#include "rowgeometry.h"
#include "timelinelegendpainter.h"
#include "timelineshapes.h"
#include "timescale.h"

#include "time/plandate.h"

#include <QAbstractItemModel>
#include <QFontMetricsF>
#include <QItemSelectionModel>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>
#include <functional>

namespace milepost {

namespace {

using Edge = TimelineRoles::Edge;
using State = MilestoneStatus::State;
using Part = TimelinePaintOptions::Part;

// The widest fade of an Ongoing side and of a month or quarter side, in pixels.
constexpr qreal openFadeWidth = 96;
constexpr qreal softFadeWidth = 12;
constexpr qreal softEdgeOpacity = TimelineShapes::softEdgeOpacity;
constexpr qreal minimumBarWidth = 2;

qreal snap(qreal x)
{
    return std::round(x);
}

constexpr auto paintFade = &TimelineShapes::paintFade;
constexpr auto paintDottedVertical = &TimelineShapes::paintDottedVertical;
constexpr auto paintWarningMarker = &TimelineShapes::paintWarningMarker;
constexpr auto paintHollowSquare = &TimelineShapes::paintHollowSquare;

} // namespace

struct TimelinePainter::Item
{
    QModelIndex index;
    TimelineRoles::ItemKind kind = TimelineRoles::ItemKind::Task;
    QDate start;
    QDate end;
    Edge startEdge = Edge::Missing;
    Edge endEdge = Edge::Missing;
    bool hasStatus = false;
    State status = State::Unknown;
    bool setAside = false; // recorded Deferred or Cancelled
    QDate actualStart;
    QDate actualEnd;
    QDate baselineStart;
    QDate baselineEnd;
    QString label;
    QList<TimelineMark> marks;

    bool hasActual() const { return actualStart.isValid() && actualEnd.isValid(); }

    bool isSummary() const { return kind == TimelineRoles::ItemKind::Summary; }
    bool isPoint() const
    {
        return !isSummary() && startEdge == Edge::Exact && endEdge == Edge::Exact && start == end;
    }
    bool isBroken() const
    {
        if (startEdge == Edge::Missing || endEdge == Edge::Missing)
            return true;
        return start.isValid() && end.isValid() && end < start;
    }
};

TimelinePainter::TimelinePainter(const QAbstractItemModel *model, const RowGeometry *rows, const TimeScale *scale)
    : m_model(model)
    , m_rows(rows)
    , m_scale(scale)
{
}

qreal TimelinePainter::headerHeightFor(const QFont &font)
{
    const QFontMetricsF metrics(font);
    return TimeScale::maximumTierCount * std::ceil(metrics.height() + 6);
}

qreal TimelinePainter::headerHeight(const TimelinePaintOptions &options) const
{
    if (!(options.parts & Part::Header))
        return 0;
    return options.headerHeight > 0 ? options.headerHeight : headerHeightFor(options.font);
}

qreal TimelinePainter::rowsTop(const QRectF &rect, const TimelinePaintOptions &options) const
{
    return rect.top() + headerHeight(options);
}

int TimelinePainter::rowsThatFit(qreal height, const TimelinePaintOptions &options) const
{
    const qreal room = height - headerHeight(options);
    int count = 0;
    qreal used = 0;
    for (int row = options.firstRow; row < m_rows->rowCount(); ++row) {
        used += m_rows->rowHeight(row);
        if (used > room + 0.01)
            break;
        ++count;
    }
    return count;
}

qreal TimelinePainter::xOf(const QDate &date, const QRectF &rect, const TimelinePaintOptions &options) const
{
    return snap(rect.left() + m_scale->toX(date) - options.left);
}

QRectF TimelinePainter::shapeBand(const QRectF &row, const TimelinePaintOptions &options)
{
    if (options.shapeHeight <= 0 || row.height() <= options.shapeHeight)
        return row;
    return QRectF(row.left(), snap(row.center().y() - options.shapeHeight / 2), row.width(), options.shapeHeight);
}

QRectF TimelinePainter::rowRect(int row, const QRectF &rect, const TimelinePaintOptions &options) const
{
    const qreal top = rowsTop(rect, options) + m_rows->rowTop(row) - m_rows->rowTop(options.firstRow) - options.rowOffset;
    return QRectF(rect.left(), snap(top), rect.width(), m_rows->rowHeight(row));
}

int TimelinePainter::endRow(const QRectF &rect, const TimelinePaintOptions &options) const
{
    const int count = m_rows->rowCount();
    int last = options.rowLimit >= 0 ? qMin(count, options.firstRow + options.rowLimit) : count;
    // Stop at the first row below the rect: paint only what is visible.
    const qreal bottom = rect.bottom();
    for (int row = qMax(0, options.firstRow); row < last; ++row) {
        if (rowRect(row, rect, options).top() >= bottom)
            return row;
    }
    return last;
}

int TimelinePainter::rowAt(qreal y, const QRectF &rect, const TimelinePaintOptions &options) const
{
    const qreal top = rowsTop(rect, options);
    if (y < top || y >= rect.bottom())
        return -1;
    const int row = m_rows->rowAt(y - top + m_rows->rowTop(options.firstRow) + options.rowOffset);
    if (row < options.firstRow || (options.rowLimit >= 0 && row >= options.firstRow + options.rowLimit))
        return -1;
    return row;
}

TimelinePainter::Item TimelinePainter::itemAt(int row) const
{
    Item item;
    item.index = m_rows->index(row);
    if (!item.index.isValid())
        return item;
    item.kind = TimelineRoles::ItemKind(item.index.data(TimelineRoles::ItemKindRole).toInt());
    item.start = item.index.data(TimelineRoles::StartRole).toDate();
    item.end = item.index.data(TimelineRoles::EndRole).toDate();
    item.startEdge = Edge(item.index.data(TimelineRoles::StartEdgeRole).toInt());
    item.endEdge = Edge(item.index.data(TimelineRoles::EndEdgeRole).toInt());
    const QVariant status = item.index.data(TimelineRoles::StatusRole);
    item.hasStatus = status.isValid();
    item.status = State(status.toInt());
    item.setAside = item.index.data(TimelineRoles::SetAsideRole).toBool();
    item.actualStart = item.index.data(TimelineRoles::ActualStartRole).toDate();
    if (item.actualStart.isValid())
        item.actualEnd = item.index.data(TimelineRoles::ActualEndRole).toDate();
    item.baselineStart = item.index.data(TimelineRoles::BaselineStartRole).toDate();
    item.baselineEnd = item.index.data(TimelineRoles::BaselineEndRole).toDate();
    return item;
}

TimelinePainter::ItemShape TimelinePainter::itemShape(int row, const QRectF &rect, const TimelinePaintOptions &options) const
{
    if (row < 0 || row >= m_rows->rowCount())
        return {};
    return shapeOf(itemAt(row), rowRect(row, rect, options), rect, options);
}

TimelinePainter::ItemShape TimelinePainter::shapeOf(const Item &item, const QRectF &row, const QRectF &rect,
                                                    const TimelinePaintOptions &options) const
{
    const QRectF rowBand = shapeBand(row, options);
    const qreal h = rowBand.height();
    // The quarter-marks lane and the actual dates share the lower part of the row.
    const bool lane = options.showMarks || item.hasActual() || options.showBaseline;
    const qreal barTop = rowBand.top() + snap(h * (lane ? 0.12 : 0.22));
    const qreal barHeight = snap(h * (lane ? 0.44 : 0.56));
    const qreal centreY = barTop + barHeight / 2;

    if (!item.index.isValid())
        return {};
    ItemShape shape = mainShapeOf(item, rowBand, rect, options, barTop, barHeight, centreY, lane);
    if (item.hasActual() && item.actualEnd >= item.actualStart) {
        const qreal x0 = xOf(item.actualStart, rect, options);
        const qreal x1 = qMax(x0 + minimumBarWidth, xOf(item.actualEnd.addDays(1), rect, options));
        const qreal thickness = qMax<qreal>(3, snap(h * 0.12));
        shape.actual = QRectF(x0, rowBand.top() + snap(h * 0.72), x1 - x0, thickness);
    }
    // The baseline: from its start (or, undated there, its end) to its end, at the row's foot.
    if (options.showBaseline && !item.isSummary() && item.baselineEnd.isValid()) {
        const QDate first = item.baselineStart.isValid() && item.baselineStart <= item.baselineEnd ? item.baselineStart
                                                                                                   : item.baselineEnd;
        const qreal x0 = xOf(first, rect, options);
        const qreal x1 = qMax(x0 + minimumBarWidth, xOf(item.baselineEnd.addDays(1), rect, options));
        const qreal thickness = qMax<qreal>(4, snap(h * 0.18));
        shape.baseline = QRectF(x0, rowBand.top() + snap(h * 0.62), x1 - x0, thickness);
    }
    return shape;
}

TimelinePainter::ItemShape TimelinePainter::mainShapeOf(const Item &item, const QRectF &rowBand, const QRectF &rect,
                                                        const TimelinePaintOptions &options, qreal barTop,
                                                        qreal barHeight, qreal centreY, bool lane) const
{
    using Kind = ItemShape::Kind;
    const qreal h = rowBand.height();
    if (item.isSummary() && !item.start.isValid() && !item.end.isValid())
        return {};
    if (!item.isSummary() && item.isBroken()) {
        // A warning marker where the usable side is, or at the left edge when neither is.
        const qreal side = qMin(h * 0.7, 16.0);
        qreal x = rect.left() + 2;
        if (item.startEdge != Edge::Missing && item.start.isValid())
            x = xOf(item.start, rect, options);
        else if (item.endEdge != Edge::Missing && item.end.isValid())
            x = xOf(item.end.addDays(1), rect, options) - side;
        x = qBound(rect.left() + 2, x, rect.right() - side - 2);
        return {Kind::Warning, QRectF(x, snap(centreY - side / 2), side, side), {}, {}};
    }
    if (item.isPoint()) {
        const qreal x0 = xOf(item.start, rect, options);
        const qreal x1 = xOf(item.start.addDays(1), rect, options);
        const qreal side = barHeight + 4;
        return {Kind::Diamond, QRectF(snap((x0 + x1) / 2 - side / 2), snap(centreY - side / 2), side, side), {}, {}};
    }

    const qreal openLeft = options.openFrom.isValid() ? xOf(options.openFrom, rect, options) : rect.left();
    const qreal openRight = options.openUntil.isValid() ? xOf(options.openUntil.addDays(1), rect, options) : rect.right() + 1;
    qreal x0 = item.startEdge == Edge::Open || !item.start.isValid() ? openLeft : xOf(item.start, rect, options);
    qreal x1 = item.endEdge == Edge::Open || !item.end.isValid() ? openRight : xOf(item.end.addDays(1), rect, options);
    // An open side that the range to paint cuts short still shows a stretch of fade.
    if (item.startEdge == Edge::Open && x0 > x1 - openFadeWidth / 2)
        x0 = x1 - openFadeWidth / 2;
    if (item.endEdge == Edge::Open && x1 < x0 + openFadeWidth / 2)
        x1 = x0 + openFadeWidth / 2;
    if (x1 - x0 < minimumBarWidth)
        x1 = x0 + minimumBarWidth;
    if (item.isSummary()) {
        const qreal top = rowBand.top() + snap(h * (lane ? 0.2 : 0.36));
        return {Kind::Summary, QRectF(x0, top, x1 - x0, snap(h * 0.26)), {}, {}};
    }
    return {Kind::Bar, QRectF(x0, barTop, x1 - x0, barHeight), {}, {}};
}

void TimelinePainter::paint(QPainter *painter, const QRectF &rect, const TimelinePaintOptions &options) const
{
    if (!m_model || !m_rows || !m_scale || rect.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setClipRect(rect, Qt::IntersectClip);
    painter->setFont(options.font);

    const qreal header = headerHeight(options);
    const QRectF rowsRect(rect.left(), rect.top() + header, rect.width(), rect.height() - header);
    const int last = endRow(rect, options);

    if (options.parts & (Part::Grid | Part::Rows)) {
        painter->fillRect(rowsRect, Palette::role(Palette::Role::Background, options.mode));
        paintRowBackgrounds(painter, rowsRect, last, rect, options);
    }
    if (options.parts & Part::Grid) {
        // On a page the grid stops under the last row; on screen it runs to the bottom.
        QRectF gridRect = rowsRect;
        if (options.rowLimit >= 0 && last > options.firstRow)
            gridRect.setBottom(qMin(rowsRect.bottom(), rowRect(last - 1, rect, options).bottom()));
        m_scale->paintGrid(painter, gridRect, options.left, options.mode);
    }
    if (options.parts & Part::Rows) {
        painter->save();
        painter->setClipRect(rowsRect, Qt::IntersectClip);
        for (int row = qMax(0, options.firstRow); row < last; ++row) {
            Item item = itemAt(row);
            if (options.showMarks && !item.isSummary())
                item.marks = item.index.data(TimelineRoles::MarksRole).value<QList<TimelineMark>>();
            item.label = item.index.data(TimelineRoles::LabelRole).toString();
            paintItem(painter, item, rowRect(row, rect, options), rect, options);
        }
        painter->restore();
    }
    if (options.parts & Part::Header)
        m_scale->paintHeader(painter, QRectF(rect.left(), rect.top(), rect.width(), header), options.left, options.font,
                             options.mode);
    if (options.parts & Part::Lines)
        paintLines(painter, rect, rowsRect, options);
    painter->restore();
}

void TimelinePainter::paintRowBackgrounds(QPainter *painter, const QRectF &rowsRect, int lastRow, const QRectF &rect,
                                          const TimelinePaintOptions &options) const
{
    const QColor alternate = Palette::role(Palette::Role::AlternateRow, options.mode);
    const QColor selected = Palette::role(Palette::Role::Selection, options.mode);
    for (int row = qMax(0, options.firstRow); row < lastRow; ++row) {
        const QRectF band = rowRect(row, rect, options).intersected(rowsRect);
        if (options.alternateRows && row % 2 == 1)
            painter->fillRect(band, alternate);
        if (!options.selection)
            continue;
        const QModelIndex index = m_rows->index(row);
        if (options.selection->isSelected(index))
            painter->fillRect(band, selected);
        if (options.hasFocus && index == options.current) {
            // The keyboard's row, plain to see: a two-pixel frame in the focus colour, thicker at
            // the left where the eye starts.
            const QColor focus = Palette::role(Palette::Role::Focus, options.mode);
            painter->fillRect(QRectF(band.left(), band.top(), band.width(), 2), focus);
            painter->fillRect(QRectF(band.left(), band.bottom() - 2, band.width(), 2), focus);
            painter->fillRect(QRectF(band.left(), band.top(), 4, band.height()), focus);
            painter->fillRect(QRectF(band.right() - 2, band.top(), 2, band.height()), focus);
        }
    }
}

void TimelinePainter::paintItem(QPainter *painter, const Item &item, const QRectF &rowBand, const QRectF &rect,
                                const TimelinePaintOptions &options) const
{
    const ItemShape shape = shapeOf(item, rowBand, rect, options);
    switch (shape.kind) {
    case ItemShape::Kind::None:
        break;
    case ItemShape::Kind::Bar:
        paintBar(painter, item, shape.rect.intersected(rect.adjusted(-openFadeWidth, 0, openFadeWidth, 0)), options);
        break;
    case ItemShape::Kind::Summary:
        paintSummary(painter, item, shape.rect.intersected(rect.adjusted(-openFadeWidth, 0, openFadeWidth, 0)), options);
        break;
    case ItemShape::Kind::Diamond: {
        const State state = item.hasStatus ? item.status : State::Unknown;
        const QRectF box = shape.rect;
        QPainterPath diamond;
        diamond.addPolygon(QPolygonF({{box.center().x(), box.top()}, {box.right(), box.center().y()},
                                      {box.center().x(), box.bottom()}, {box.left(), box.center().y()}}));
        diamond.closeSubpath();
        if (item.setAside) {
            TimelineShapes::paintSetAside(painter, diamond, options.mode);
            break;
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setClipPath(diamond, Qt::IntersectClip);
        Palette::fillStatus(painter, box, state, options.mode);
        painter->restore();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(QPen(Palette::statusOutline(state, options.mode), 1.2));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(diamond);
        painter->restore();
        break;
    }
    case ItemShape::Kind::Warning:
        paintWarningMarker(painter, shape.rect, options.mode);
        break;
    }
    if (!shape.baseline.isEmpty()) {
        // Hollow, so that it reads as "where it was" beside the filled current bar, in grey too.
        const QRectF baseline = shape.baseline.intersected(rect.adjusted(-4, 0, 4, 0));
        const QColor colour = Palette::role(Palette::Role::Baseline, options.mode);
        painter->save();
        painter->setPen(QPen(colour, 1));
        QColor fill = colour;
        fill.setAlpha(120);
        painter->setBrush(fill);
        painter->drawRect(baseline.adjusted(0.5, 0.5, -0.5, -0.5));
        painter->restore();
    }
    if (!shape.actual.isEmpty())
        paintActual(painter, shape.actual.intersected(rect.adjusted(-4, 0, 4, 0)), options);
    if (!item.label.isEmpty() && shape.kind != ItemShape::Kind::None)
        paintLabel(painter, item.label, shape.rect, rect, options);
    if (options.showMarks && !item.marks.isEmpty())
        paintMarks(painter, item, rowBand, rect, options);
}

void TimelinePainter::paintActual(QPainter *painter, const QRectF &line, const TimelinePaintOptions &options) const
{
    if (line.isEmpty())
        return;
    // Dark and thin, so that it reads as a second line under any status fill, in grey too;
    // a tick at the start shows where the work began.
    const QColor colour = Palette::role(Palette::Role::Summary, options.mode);
    painter->fillRect(line, colour);
    painter->fillRect(QRectF(line.left(), line.top() - 3, 2, line.height() + 3), colour);
}

void TimelinePainter::paintLabel(QPainter *painter, const QString &label, const QRectF &shape, const QRectF &rect,
                                 const TimelinePaintOptions &options) const
{
    const QFontMetricsF metrics(painter->font());
    const qreal width = metrics.horizontalAdvance(label) + 2;
    const qreal height = metrics.height();
    const qreal y = snap(shape.center().y() - height / 2);
    qreal x = shape.right() + 6;
    const bool after = x + width <= rect.right() - 4;
    if (!after) {
        // The bar runs out of view: the label sits at the right edge, on a plate of its own.
        x = qMax(shape.left() + 4, rect.right() - 4 - width);
        if (x + width > rect.right())
            return;
        painter->fillRect(QRectF(x - 3, y, width + 6, height), Palette::role(Palette::Role::Background, options.mode));
    }
    painter->setPen(Palette::role(Palette::Role::HeaderText, options.mode));
    painter->drawText(QRectF(x, y, width, height), Qt::AlignLeft | Qt::AlignVCenter, label);
}

void TimelinePainter::paintBar(QPainter *painter, const Item &item, const QRectF &bar, const TimelinePaintOptions &options) const
{
    if (bar.isEmpty())
        return;
    if (item.setAside) {
        QPainterPath outline;
        outline.addRect(bar.adjusted(0.5, 0.5, -0.5, -0.5));
        TimelineShapes::paintSetAside(painter, outline, options.mode);
        return;
    }
    const State state = item.hasStatus ? item.status : State::Unknown;
    const auto fadeOf = [&](Edge edge) {
        if (edge == Edge::Open)
            return qMin(openFadeWidth, snap(bar.width() / 2));
        if (edge == Edge::Soft)
            return qMin(softFadeWidth, snap(bar.width() / 4));
        return qreal(0);
    };
    const qreal leftFade = fadeOf(item.startEdge);
    const qreal rightFade = fadeOf(item.endEdge);
    const QColor outline = Palette::statusOutline(state, options.mode);
    // The fill with its outline along the top and bottom; faded with it where the bar fades.
    const auto fill = [&](const QRectF &part) {
        Palette::fillStatus(painter, part, state, options.mode);
        painter->fillRect(QRectF(part.left(), part.top(), part.width(), 1), outline);
        painter->fillRect(QRectF(part.left(), part.bottom() - 1, part.width(), 1), outline);
    };

    fill(QRectF(bar.left() + leftFade, bar.top(), bar.width() - leftFade - rightFade, bar.height()));
    paintFade(painter, QRectF(bar.left(), bar.top(), leftFade, bar.height()), true,
              item.startEdge == Edge::Open ? 0.0 : softEdgeOpacity, fill);
    paintFade(painter, QRectF(bar.right() - rightFade, bar.top(), rightFade, bar.height()), false,
              item.endEdge == Edge::Open ? 0.0 : softEdgeOpacity, fill);

    // The caps: solid on a day, dotted and faint on a month or quarter, none on an open side.
    const qreal saved = painter->opacity();
    if (item.startEdge == Edge::Exact)
        painter->fillRect(QRectF(bar.left(), bar.top(), 1, bar.height()), outline);
    if (item.endEdge == Edge::Exact)
        painter->fillRect(QRectF(bar.right() - 1, bar.top(), 1, bar.height()), outline);
    painter->setOpacity(saved * softEdgeOpacity);
    if (item.startEdge == Edge::Soft)
        paintDottedVertical(painter, bar.left(), bar.top(), bar.height(), outline);
    if (item.endEdge == Edge::Soft)
        paintDottedVertical(painter, bar.right() - 1, bar.top(), bar.height(), outline);
    painter->setOpacity(saved);
}

void TimelinePainter::paintSummary(QPainter *painter, const Item &item, const QRectF &bar,
                                   const TimelinePaintOptions &options) const
{
    if (bar.isEmpty())
        return;
    const QColor colour = Palette::role(Palette::Role::Summary, options.mode);
    const auto fadeOf = [&](Edge edge) {
        if (edge == Edge::Open)
            return qMin(openFadeWidth, snap(bar.width() / 2));
        if (edge == Edge::Soft)
            return qMin(softFadeWidth, snap(bar.width() / 4));
        return qreal(0);
    };
    const qreal leftFade = fadeOf(item.startEdge);
    const qreal rightFade = fadeOf(item.endEdge);
    const auto fill = [&](const QRectF &part) { painter->fillRect(part, colour); };
    fill(QRectF(bar.left() + leftFade, bar.top(), bar.width() - leftFade - rightFade, bar.height()));
    paintFade(painter, QRectF(bar.left(), bar.top(), leftFade, bar.height()), true,
              item.startEdge == Edge::Open ? 0.0 : softEdgeOpacity, fill);
    paintFade(painter, QRectF(bar.right() - rightFade, bar.top(), rightFade, bar.height()), false,
              item.endEdge == Edge::Open ? 0.0 : softEdgeOpacity, fill);
    // Brackets hanging below the closed ends, as summary bars have them in every Gantt chart.
    const qreal hook = qMax<qreal>(3, snap(bar.height() * 0.6));
    if (item.startEdge == Edge::Exact || item.startEdge == Edge::Soft)
        painter->fillRect(QRectF(bar.left(), bar.bottom(), 3, hook), colour);
    if (item.endEdge == Edge::Exact || item.endEdge == Edge::Soft)
        painter->fillRect(QRectF(bar.right() - 3, bar.bottom(), 3, hook), colour);
}

void TimelinePainter::paintMarks(QPainter *painter, const Item &item, const QRectF &row, const QRectF &rect,
                                 const TimelinePaintOptions &options) const
{
    const QRectF rowBand = shapeBand(row, options);
    const qreal centreY = rowBand.top() + snap(rowBand.height() * 0.78);
    const qreal radius = qMax<qreal>(3, rowBand.height() * 0.15);
    const QColor agree = Palette::role(Palette::Role::QuarterMark, options.mode);
    const QColor disagree = Palette::role(Palette::Role::MarkDisagrees, options.mode);
    painter->save();
    for (const TimelineMark &mark : item.marks) {
        const qreal x0 = xOf(mark.first, rect, options);
        const qreal x1 = xOf(mark.last.addDays(1), rect, options);
        if (x1 < rect.left() || x0 > rect.right())
            continue;
        const QColor colour = mark.agreesWithDates ? agree : disagree;
        const QPointF centre((x0 + x1) / 2, centreY + 0.5);
        if (!mark.marked) {
            // Covered by the dates, left unmarked: a dashed line over the quarter and a hollow
            // square where the ● is missing, so that it reads apart from the dot and the ring
            // without colour.
            painter->setRenderHint(QPainter::Antialiasing, false);
            for (qreal x = x0 + 1; x < x1 - 1; x += 6)
                painter->fillRect(QRectF(x, centreY, qMin<qreal>(3, x1 - 1 - x), 1), colour);
            paintHollowSquare(painter, QPointF(centre.x(), centreY), std::round(2 * radius + 3), colour,
                              Palette::role(Palette::Role::Background, options.mode));
            continue;
        }
        // The quarter the mark stands for, as a thin line, and the ● in its middle.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(QRectF(x0 + 1, centreY, x1 - x0 - 2, 1), colour);
        painter->setRenderHint(QPainter::Antialiasing, true);
        if (mark.agreesWithDates) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            painter->drawEllipse(centre, radius, radius);
        } else {
            // Outside the dates: a hollow ring, so that the difference needs no colour.
            painter->setPen(QPen(colour, 2));
            painter->setBrush(Palette::role(Palette::Role::Background, options.mode));
            painter->drawEllipse(centre, radius + 1, radius + 1);
        }
    }
    painter->restore();
}

void TimelinePainter::paintLines(QPainter *painter, const QRectF &rect, const QRectF &rowsRect,
                                 const TimelinePaintOptions &options) const
{
    const bool header = options.parts & Part::Header;
    const qreal markerSize = 5;
    if (options.showTodayLine && options.today.isValid()) {
        const qreal x = xOf(options.today, rect, options);
        const QColor colour = Palette::role(Palette::Role::TodayLine, options.mode);
        if (x >= rect.left() && x <= rect.right()) {
            // Dashed, one pixel: the as-of line is solid and twice as wide.
            for (qreal y = rowsRect.top(); y < rowsRect.bottom(); y += 8)
                painter->fillRect(QRectF(x, y, 1, qMin<qreal>(5, rowsRect.bottom() - y)), colour);
            if (header) {
                painter->save();
                painter->setRenderHint(QPainter::Antialiasing, true);
                painter->setPen(QPen(colour, 1.5));
                painter->setBrush(Palette::role(Palette::Role::HeaderBackground, options.mode));
                painter->drawPolygon(QPolygonF({{x - markerSize, rowsRect.top() - markerSize - 1},
                                                {x + markerSize, rowsRect.top() - markerSize - 1},
                                                {x, rowsRect.top() - 1}}));
                painter->restore();
            }
        }
    }
    if (options.showAsOfLine && options.asOf.isValid()) {
        const qreal x = xOf(options.asOf, rect, options);
        const QColor colour = Palette::role(Palette::Role::AsOfLine, options.mode);
        if (x >= rect.left() && x <= rect.right()) {
            painter->fillRect(QRectF(x - 1, rowsRect.top(), 2, rowsRect.height()), colour);
            if (header) {
                painter->save();
                painter->setRenderHint(QPainter::Antialiasing, true);
                painter->setPen(Qt::NoPen);
                painter->setBrush(colour);
                painter->drawPolygon(QPolygonF({{x - markerSize, rowsRect.top() - markerSize - 1},
                                                {x + markerSize, rowsRect.top() - markerSize - 1},
                                                {x, rowsRect.top() - 1}}));
                painter->restore();
            }
        }
    }
}

qreal TimelinePainter::paintLegend(QPainter *painter, const QRectF &rect, const TimelinePaintOptions &options)
{
    return TimelineLegendPainter::paint(painter, rect, options);
}

} // namespace milepost
