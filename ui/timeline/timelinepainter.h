// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinepaintoptions.h"
#include "timelineroles.h"

#include <QCoreApplication>
#include <QRectF>

class QAbstractItemModel;
class QPainter;

namespace milepost {

class RowGeometry;
class TimeScale;

// The one way the timeline is drawn: the on-screen chart, print preview, paper and PDF all call
// paint(). It reads a model through TimelineRoles, rows from a RowGeometry and x from a
// TimeScale, and keeps no state of its own, so a report can paint page after page with the
// same painter and different options.
//
// Typical use for a page of a report (rows never cut, header repeated):
//
//     FlatRowGeometry rows;             // over the same model, expanded as wanted
//     rows.setModel(model);
//     rows.expandAll();
//     QuarterTimeScale scale(QuarterCalendar::fiscal(7), pixelsPerDay);
//     TimelinePainter painter(model, &rows, &scale);
//     TimelinePaintOptions options;
//     options.font = font;
//     options.asOf = asOf;
//     options.mode = Palette::Mode::Greyscale;      // if wanted
//     options.left = scale.toX(pageFirstDate);
//     options.firstRow = pageFirstRow;
//     options.rowLimit = painter.rowsThatFit(pageRect.height(), options);
//     painter.paint(&qpainter, pageRect, options);
//     // then TimelinePainter::paintLegend() on the first page
//
// Coordinates: x = rect.left() + scale.toX(date) - options.left, rounded to whole pixels so
// that bars, grid and lines meet exactly; rows start below the header.
class TimelinePainter final
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)

public:
    // Where an item sits within its row; for hit testing, accessibility and tests.
    struct ItemShape
    {
        enum class Kind { None, Bar, Diamond, Summary, Warning };
        Kind kind = Kind::None;
        QRectF rect;
        QRectF actual; // the thin line of the actual dates under the bar; empty when none
        QRectF baseline; // the baseline's bar at the foot of the row; empty when none
    };

    TimelinePainter(const QAbstractItemModel *model, const RowGeometry *rows, const TimeScale *scale);

    void paint(QPainter *painter, const QRectF &rect, const TimelinePaintOptions &options) const;

    // Three tiers of text with some air: the header is this tall at every zoom.
    static qreal headerHeightFor(const QFont &font);
    qreal headerHeight(const TimelinePaintOptions &options) const;
    // The top of the rows area inside rect.
    qreal rowsTop(const QRectF &rect, const TimelinePaintOptions &options) const;
    // Whole rows from options.firstRow that fit into a rect of this height (with its header).
    int rowsThatFit(qreal height, const TimelinePaintOptions &options) const;

    qreal xOf(const QDate &date, const QRectF &rect, const TimelinePaintOptions &options) const;
    // The row painted at y, or -1.
    int rowAt(qreal y, const QRectF &rect, const TimelinePaintOptions &options) const;
    QRectF rowRect(int row, const QRectF &rect, const TimelinePaintOptions &options) const;
    // The part of a row its shapes are drawn in: all of it, unless options.shapeHeight is smaller.
    static QRectF shapeBand(const QRectF &row, const TimelinePaintOptions &options);
    ItemShape itemShape(int row, const QRectF &rect, const TimelinePaintOptions &options) const;

    // The legend (TimelineLegendPainter::paint): flows in lines across rect.width(); returns the
    // height it used. With painter null it only measures.
    static qreal paintLegend(QPainter *painter, const QRectF &rect, const TimelinePaintOptions &options);

private:
    struct Item;

    Item itemAt(int row) const;
    ItemShape shapeOf(const Item &item, const QRectF &rowBand, const QRectF &rect,
                      const TimelinePaintOptions &options) const;
    ItemShape mainShapeOf(const Item &item, const QRectF &rowBand, const QRectF &rect, const TimelinePaintOptions &options,
                          qreal barTop, qreal barHeight, qreal centreY, bool lane) const;
    void paintRowBackgrounds(QPainter *painter, const QRectF &rowsRect, int lastRow, const QRectF &rect,
                             const TimelinePaintOptions &options) const;
    void paintItem(QPainter *painter, const Item &item, const QRectF &rowBand, const QRectF &rect,
                   const TimelinePaintOptions &options) const;
    void paintBar(QPainter *painter, const Item &item, const QRectF &bar, const TimelinePaintOptions &options) const;
    void paintSummary(QPainter *painter, const Item &item, const QRectF &bar, const TimelinePaintOptions &options) const;
    void paintActual(QPainter *painter, const QRectF &line, const TimelinePaintOptions &options) const;
    void paintLabel(QPainter *painter, const QString &label, const QRectF &shape, const QRectF &rect,
                    const TimelinePaintOptions &options) const;
    void paintMarks(QPainter *painter, const Item &item, const QRectF &rowBand, const QRectF &rect,
                    const TimelinePaintOptions &options) const;
    void paintLines(QPainter *painter, const QRectF &rect, const QRectF &rowsRect,
                    const TimelinePaintOptions &options) const;
    // The last row painted, exclusive.
    int endRow(const QRectF &rect, const TimelinePaintOptions &options) const;

    const QAbstractItemModel *m_model = nullptr;
    const RowGeometry *m_rows = nullptr;
    const TimeScale *m_scale = nullptr;
};

} // namespace milepost
