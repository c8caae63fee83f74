// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quartertimescale.h"
#include "timelinepainter.h"

#include <QAbstractScrollArea>
#include <QPointer>

class QAbstractItemModel;
class QItemSelectionModel;
class QScrollBar;

namespace milepost {

class FlatRowGeometry;
class TimelineHeader;

// The chart half of the timeline: bars row for row with a tree, the time header above them.
// It paints only the rows in view, through TimelinePainter. Vertically it follows another
// scroll bar (the tree's), so that tree and chart scroll as one; horizontally it scrolls time.
//
// Mouse: click selects (and on a group's summary bar also opens or closes the group),
// double-click opens (activated), wheel scrolls rows, Shift+wheel scrolls time, Ctrl+wheel
// zooms around the pointer. Keyboard: Up/Down/Page Up/Page Down/Home/End move the current row,
// Left/Right scroll time, Space or Enter expands or collapses a group, Enter on an item opens
// it, + and - zoom, 0 fits everything.
class TimelineChart final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineChart(QWidget *parent = nullptr);
    ~TimelineChart() override;

    // model offers TimelineRoles; rows lays out its rows; selection is shared with the tree.
    void setModel(QAbstractItemModel *model, FlatRowGeometry *rows, QItemSelectionModel *selection);
    // Scroll rows with this bar (a tree's) instead of the chart's own.
    void setVerticalSource(QScrollBar *bar);

    const QuarterTimeScale &scale() const { return m_scale; }
    void setCalendar(QuarterCalendar calendar);
    qreal pixelsPerDay() const { return m_scale.pixelsPerDay(); }
    // Zooms keeping the date under viewport x where it is; x < 0 means the middle.
    void setPixelsPerDay(qreal pixelsPerDay, qreal anchorX = -1);
    void zoomIn();
    void zoomOut();
    // Zooms and scrolls so that every dated item fits the width.
    void fitAll();

    // The date at the left edge of the chart, and scrolling to one.
    QDate leftDate() const;
    void scrollToDate(const QDate &date);
    // Scrolls so that date is in view, leaving it alone when it already is.
    void ensureDateVisible(const QDate &date);

    QDate asOf() const { return m_asOf; }
    void setAsOf(const QDate &asOf);
    void setToday(const QDate &today);
    bool showsMarks() const { return m_showMarks; }
    void setShowMarks(bool show);
    bool showsBaseline() const { return m_showBaseline; }
    void setShowBaseline(bool show);
    void setMode(Palette::Mode mode);
    // Shown where the rows would be when there are none (nothing imported, nothing found).
    QString placeholderText() const { return m_placeholder; }
    void setPlaceholderText(const QString &text);

    // Repaints after the model's timeline roles changed without a signal of the model's own
    // (a new as-of date in the adapter).
    void refresh();

    // What the chart paints its rows with, and into which rect of the viewport; the header
    // uses the same options with the header part. Public for tests and the report preview.
    TimelinePaintOptions paintOptions() const;
    TimelinePainter painter() const;
    int headerHeight() const;
    // First and last day of everything dated in the model; invalid when nothing is.
    QDate dataFirstDay() const;
    QDate dataLastDay() const;

Q_SIGNALS:
    void activated(const QModelIndex &index);
    void expandToggleRequested(const QModelIndex &index);
    void zoomChanged(qreal pixelsPerDay);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class TimelineHeader;

    QScrollBar *rowScrollBar() const;
    void updateGeometries();
    void updateDataRange();
    void invalidateDataRange();
    void updateHorizontalRange();
    void updateVerticalRange();
    // Scrolls so that scale x is at the left edge.
    void setLeft(qreal x);
    void repaintAll();
    int rowAtViewportY(qreal y) const;
    bool isSummaryRow(int row) const;
    // Whether position (in the viewport) is over the summary bar of row.
    bool summaryBarAt(int row, const QPointF &position) const;
    void setCurrentRow(int row);
    void ensureRowVisible(int row);
    void updateAccessibleDescription();

    QPointer<QAbstractItemModel> m_model;
    QPointer<FlatRowGeometry> m_rows;
    QPointer<QItemSelectionModel> m_selection;
    QPointer<QScrollBar> m_verticalSource;
    QList<QMetaObject::Connection> m_connections;
    TimelineHeader *m_header = nullptr;

    QuarterTimeScale m_scale;
    qreal m_left = 0; // the scale x at the left edge; the scroll bar has it rounded down
    bool m_settingLeft = false;
    QDate m_asOf;
    QDate m_today;
    bool m_showMarks = false;
    bool m_showBaseline = false;
    Palette::Mode m_mode = Palette::Mode::Colour;
    QString m_placeholder;

    mutable bool m_rangeDirty = true;
    mutable QDate m_dataFirst;
    mutable QDate m_dataLast;
};

} // namespace milepost
