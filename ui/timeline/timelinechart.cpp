// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinechart.h"

#include "common/chartaccessibility.h"
#include "flatrowgeometry.h"
#include "timelineheader.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace milepost {

namespace {

constexpr qreal zoomStep = 1.25;
// Room left and right of the data, so the first and last bars do not touch the edges.
constexpr int marginDays = 21;

} // namespace

TimelineChart::TimelineChart(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_header(new TimelineHeader(this))
    , m_asOf(QDate::currentDate())
    , m_today(QDate::currentDate())
{
    installChartAccessibility();
    setObjectName(QStringLiteral("timelineChart"));
    setAccessibleName(tr("Timeline chart"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setMouseTracking(false);
    horizontalScrollBar()->setAccessibleName(tr("Scroll through time"));
    // The bar moves in whole pixels; the chart keeps the exact x, so that a date scrolled to
    // stays the first date in view at any zoom.
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_settingLeft)
            m_left = value;
    });
    updateGeometries();
}

TimelineChart::~TimelineChart() = default;

void TimelineChart::setModel(QAbstractItemModel *model, FlatRowGeometry *rows, QItemSelectionModel *selection)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_model = model;
    m_rows = rows;
    m_selection = selection;
    if (rows) {
        m_connections << connect(rows, &FlatRowGeometry::rowsChanged, this, [this] {
            invalidateDataRange();
            updateVerticalRange();
            repaintAll();
        });
    }
    if (model) {
        const auto changed = [this] { repaintAll(); };
        m_connections << connect(model, &QAbstractItemModel::dataChanged, this, changed)
                      << connect(model, &QAbstractItemModel::modelReset, this, [this] { invalidateDataRange(); })
                      << connect(model, &QAbstractItemModel::layoutChanged, this, [this] { invalidateDataRange(); });
    }
    if (selection) {
        m_connections << connect(selection, &QItemSelectionModel::selectionChanged, this, [this] { repaintAll(); })
                      << connect(selection, &QItemSelectionModel::currentChanged, this, [this] {
                             repaintAll();
                             updateAccessibleDescription();
                         });
    }
    invalidateDataRange();
    updateVerticalRange();
    repaintAll();
}

void TimelineChart::setVerticalSource(QScrollBar *bar)
{
    if (m_verticalSource)
        disconnect(m_verticalSource, nullptr, this, nullptr);
    m_verticalSource = bar;
    if (bar)
        connect(bar, &QScrollBar::valueChanged, this, [this] { repaintAll(); });
    updateVerticalRange();
    repaintAll();
}

QScrollBar *TimelineChart::rowScrollBar() const
{
    return m_verticalSource ? m_verticalSource.data() : verticalScrollBar();
}

void TimelineChart::setCalendar(QuarterCalendar calendar)
{
    m_scale.setCalendar(calendar);
    repaintAll();
}

void TimelineChart::setPixelsPerDay(qreal pixelsPerDay, qreal anchorX)
{
    const qreal before = m_scale.pixelsPerDay();
    m_scale.setPixelsPerDay(pixelsPerDay);
    const qreal after = m_scale.pixelsPerDay();
    if (qFuzzyCompare(before, after))
        return;
    if (anchorX < 0)
        anchorX = viewport()->width() / 2.0;
    // x = days × pixels per day from the scale's origin: the date under the anchor stays put.
    const qreal anchored = (m_left + anchorX) * after / before;
    updateHorizontalRange();
    setLeft(anchored - anchorX);
    repaintAll();
    Q_EMIT zoomChanged(after);
}

void TimelineChart::zoomIn()
{
    setPixelsPerDay(m_scale.pixelsPerDay() * zoomStep);
}

void TimelineChart::zoomOut()
{
    setPixelsPerDay(m_scale.pixelsPerDay() / zoomStep);
}

void TimelineChart::fitAll()
{
    const QDate first = dataFirstDay();
    const QDate last = dataLastDay();
    if (!first.isValid() || !last.isValid())
        return;
    const qreal before = m_scale.pixelsPerDay();
    // A little room either side, so the first and last bars do not touch the edges.
    const QDate from = first.addDays(-7);
    const QDate to = last.addDays(7);
    m_scale.setPixelsPerDay(QuarterTimeScale::pixelsPerDayToFit(from, to, qMax(1, viewport()->width())));
    updateHorizontalRange();
    setLeft(m_scale.toX(from));
    repaintAll();
    if (!qFuzzyCompare(before, m_scale.pixelsPerDay()))
        Q_EMIT zoomChanged(m_scale.pixelsPerDay());
}

QDate TimelineChart::leftDate() const
{
    return m_scale.toDate(m_left);
}

void TimelineChart::scrollToDate(const QDate &date)
{
    if (!date.isValid())
        return;
    updateHorizontalRange();
    setLeft(m_scale.toX(date));
}

void TimelineChart::ensureDateVisible(const QDate &date)
{
    if (!date.isValid())
        return;
    const qreal x = m_scale.toX(date) - m_left;
    if (x < 0 || x > viewport()->width())
        setLeft(m_scale.toX(date) - viewport()->width() / 3.0);
}

void TimelineChart::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
    invalidateDataRange();
    repaintAll();
}

void TimelineChart::setToday(const QDate &today)
{
    m_today = today;
    invalidateDataRange();
    repaintAll();
}

void TimelineChart::setShowMarks(bool show)
{
    m_showMarks = show;
    repaintAll();
}

void TimelineChart::setShowBaseline(bool show)
{
    m_showBaseline = show;
    repaintAll();
}

void TimelineChart::setMode(Palette::Mode mode)
{
    m_mode = mode;
    repaintAll();
}

int TimelineChart::headerHeight() const
{
    return int(std::ceil(TimelinePainter::headerHeightFor(font())));
}

TimelinePainter TimelineChart::painter() const
{
    return TimelinePainter(m_model, m_rows, &m_scale);
}

TimelinePaintOptions TimelineChart::paintOptions() const
{
    TimelinePaintOptions options;
    options.parts = TimelinePaintOptions::Parts(TimelinePaintOptions::Part::Grid) | TimelinePaintOptions::Part::Rows
        | TimelinePaintOptions::Part::Lines;
    options.left = m_left;
    options.font = font();
    // Colour on screen follows the system's scheme: the dark set on a dark screen.
    options.mode = m_mode == Palette::Mode::Colour ? Palette::screenMode() : m_mode;
    options.asOf = m_asOf;
    options.today = m_today;
    options.showMarks = m_showMarks;
    options.showBaseline = m_showBaseline;
    options.selection = m_selection;
    options.current = m_selection ? QPersistentModelIndex(m_selection->currentIndex()) : QPersistentModelIndex();
    options.hasFocus = hasFocus();
    if (m_rows) {
        const int scroll = rowScrollBar()->value();
        const int row = m_rows->rowAt(scroll);
        options.firstRow = row >= 0 ? row : m_rows->rowCount();
        options.rowOffset = row >= 0 ? scroll - m_rows->rowTop(row) : 0;
    }
    return options;
}

void TimelineChart::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(viewport());
    if (!m_model || !m_rows) {
        painter.fillRect(viewport()->rect(), Palette::role(Palette::Role::Background, paintOptions().mode));
        return;
    }
    this->painter().paint(&painter, viewport()->rect(), paintOptions());
    if (m_rows->rowCount() == 0 && !m_placeholder.isEmpty()) {
        // Nothing to draw: say why, and what to do, where the rows would be.
        painter.setPen(Palette::role(Palette::Role::HeaderText, paintOptions().mode));
        painter.setFont(font());
        const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
        painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
    }
}

void TimelineChart::setPlaceholderText(const QString &text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    repaintAll();
}

void TimelineChart::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateGeometries();
}

void TimelineChart::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometries();
}

void TimelineChart::updateGeometries()
{
    const int header = headerHeight();
    setViewportMargins(0, header, 0, 0);
    const QRect viewportRect = viewport()->geometry();
    m_header->setGeometry(viewportRect.left(), viewportRect.top() - header, viewportRect.width(), header);
    updateHorizontalRange();
    updateVerticalRange();
}

void TimelineChart::invalidateDataRange()
{
    m_rangeDirty = true;
    updateHorizontalRange();
}

void TimelineChart::updateDataRange()
{
    if (!m_rangeDirty)
        return;
    m_rangeDirty = false;
    m_dataFirst = {};
    m_dataLast = {};
    if (!m_model)
        return;
    // Summaries span their children, so the top level holds the whole range; a flat model
    // without summaries is read row by row.
    const int count = m_model->rowCount();
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const QDate first = index.data(TimelineRoles::StartRole).toDate();
        const QDate last = index.data(TimelineRoles::EndRole).toDate();
        for (const QDate &date : {first, last}) {
            if (!date.isValid())
                continue;
            if (!m_dataFirst.isValid() || date < m_dataFirst)
                m_dataFirst = date;
            if (!m_dataLast.isValid() || date > m_dataLast)
                m_dataLast = date;
        }
    }
}

QDate TimelineChart::dataFirstDay() const
{
    const_cast<TimelineChart *>(this)->updateDataRange();
    return m_dataFirst;
}

QDate TimelineChart::dataLastDay() const
{
    const_cast<TimelineChart *>(this)->updateDataRange();
    return m_dataLast;
}

void TimelineChart::updateHorizontalRange()
{
    QDate first = dataFirstDay();
    QDate last = dataLastDay();
    // The as-of and today lines are always reachable.
    for (const QDate &date : {m_asOf, m_today}) {
        if (!date.isValid())
            continue;
        if (!first.isValid() || date < first)
            first = date;
        if (!last.isValid() || date > last)
            last = date;
    }
    if (!first.isValid())
        first = last = QDate::currentDate();
    const int minimum = int(std::floor(m_scale.toX(first.addDays(-marginDays))));
    const int maximum = int(std::ceil(m_scale.toX(last.addDays(marginDays + 1)))) - viewport()->width();
    QScrollBar *bar = horizontalScrollBar();
    bar->setRange(minimum, qMax(minimum, maximum));
    bar->setPageStep(qMax(1, viewport()->width()));
    bar->setSingleStep(qMax(1, viewport()->width() / 20));
    m_left = qBound(qreal(bar->minimum()), m_left, qreal(bar->maximum()));
}

void TimelineChart::setLeft(qreal x)
{
    QScrollBar *bar = horizontalScrollBar();
    m_left = qBound(qreal(bar->minimum()), x, qreal(bar->maximum()));
    m_settingLeft = true;
    bar->setValue(int(std::floor(m_left)));
    m_settingLeft = false;
    repaintAll();
}

void TimelineChart::updateVerticalRange()
{
    if (m_verticalSource)
        return; // the tree sets the range of its own bar
    QScrollBar *bar = verticalScrollBar();
    const int total = m_rows ? int(std::ceil(m_rows->totalHeight())) : 0;
    bar->setRange(0, qMax(0, total - viewport()->height()));
    bar->setPageStep(qMax(1, viewport()->height()));
    bar->setSingleStep(m_rows ? int(m_rows->uniformRowHeight()) : 20);
}

void TimelineChart::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx)
    Q_UNUSED(dy)
    repaintAll();
}

void TimelineChart::refresh()
{
    invalidateDataRange();
    repaintAll();
    updateAccessibleDescription();
}

void TimelineChart::repaintAll()
{
    viewport()->update();
    m_header->update();
}

int TimelineChart::rowAtViewportY(qreal y) const
{
    if (!m_rows)
        return -1;
    TimelinePaintOptions options = paintOptions();
    return painter().rowAt(y, viewport()->rect(), options);
}

bool TimelineChart::isSummaryRow(int row) const
{
    if (!m_rows || row < 0 || row >= m_rows->rowCount())
        return false;
    const QModelIndex index = m_rows->index(row);
    return TimelineRoles::ItemKind(index.data(TimelineRoles::ItemKindRole).toInt()) == TimelineRoles::ItemKind::Summary
        && index.model()->hasChildren(index.siblingAtColumn(0));
}

bool TimelineChart::summaryBarAt(int row, const QPointF &position) const
{
    if (!isSummaryRow(row))
        return false;
    const TimelinePainter::ItemShape shape = painter().itemShape(row, viewport()->rect(), paintOptions());
    if (shape.kind != TimelinePainter::ItemShape::Kind::Summary)
        return false;
    // The whole height of the row over the bar and its brackets, and a little either side.
    return position.x() >= shape.rect.left() - 4 && position.x() <= shape.rect.right() + 4;
}

void TimelineChart::setCurrentRow(int row)
{
    if (!m_rows || !m_selection || m_rows->rowCount() == 0)
        return;
    row = qBound(0, row, m_rows->rowCount() - 1);
    m_selection->setCurrentIndex(m_rows->index(row),
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ensureRowVisible(row);
}

void TimelineChart::ensureRowVisible(int row)
{
    if (!m_rows || row < 0)
        return;
    QScrollBar *bar = rowScrollBar();
    const int top = int(m_rows->rowTop(row));
    const int bottom = int(m_rows->rowTop(row) + m_rows->rowHeight(row));
    if (top < bar->value())
        bar->setValue(top);
    else if (bottom > bar->value() + viewport()->height())
        bar->setValue(bottom - viewport()->height());
}

void TimelineChart::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setPixelsPerDay(m_scale.pixelsPerDay() * std::pow(zoomStep, steps), event->position().x());
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier || event->angleDelta().x() != 0) {
        QApplication::sendEvent(horizontalScrollBar(), event);
        return;
    }
    QApplication::sendEvent(rowScrollBar(), event);
}

void TimelineChart::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const int row = rowAtViewportY(event->position().y());
    if (row >= 0 && event->button() == Qt::LeftButton) {
        setCurrentRow(row);
        // A click on a group's bar opens or closes the group, as its arrow in the tree does.
        if (summaryBarAt(row, event->position()))
            Q_EMIT expandToggleRequested(m_rows->index(row));
    }
    event->accept();
}

void TimelineChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAtViewportY(event->position().y());
    if (row >= 0 && m_rows)
        Q_EMIT activated(m_rows->index(row));
    event->accept();
}

void TimelineChart::keyPressEvent(QKeyEvent *event)
{
    const int count = m_rows ? m_rows->rowCount() : 0;
    const int current = m_rows && m_selection ? m_rows->rowOf(m_selection->currentIndex()) : -1;
    const int pageRows = m_rows ? qMax(1, int(viewport()->height() / m_rows->uniformRowHeight()) - 1) : 1;
    QScrollBar *hbar = horizontalScrollBar();
    switch (event->key()) {
    case Qt::Key_Up:
        setCurrentRow(current < 0 ? 0 : current - 1);
        break;
    case Qt::Key_Down:
        setCurrentRow(current < 0 ? 0 : current + 1);
        break;
    case Qt::Key_PageUp:
        setCurrentRow(current - pageRows);
        break;
    case Qt::Key_PageDown:
        setCurrentRow(qMax(0, current) + pageRows);
        break;
    case Qt::Key_Home:
        setCurrentRow(0);
        break;
    case Qt::Key_End:
        setCurrentRow(count - 1);
        break;
    case Qt::Key_Left:
        hbar->setValue(hbar->value() - (event->modifiers() & Qt::ShiftModifier ? hbar->pageStep() : hbar->singleStep()));
        break;
    case Qt::Key_Right:
        hbar->setValue(hbar->value() + (event->modifiers() & Qt::ShiftModifier ? hbar->pageStep() : hbar->singleStep()));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        fitAll();
        break;
    case Qt::Key_Space:
        if (current >= 0)
            Q_EMIT expandToggleRequested(m_rows->index(current));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // On a group, Enter opens or closes it like Space; on an item it opens the details.
        if (current >= 0 && isSummaryRow(current))
            Q_EMIT expandToggleRequested(m_rows->index(current));
        else if (current >= 0)
            Q_EMIT activated(m_rows->index(current));
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool TimelineChart::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_rows) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAtViewportY(help->pos().y());
        QString text = row >= 0 ? m_rows->index(row).data(TimelineRoles::ToolTipRole).toString() : QString();
        if (isSummaryRow(row))
            text += QLatin1Char('\n') + tr("Click the bar, or press Enter, to open or close the group.");
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineChart::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    // Keyboard users land on a row, not nowhere: the first one in view.
    if (m_selection && m_rows && !m_selection->currentIndex().isValid() && m_rows->rowCount() > 0) {
        const int row = qMax(0, m_rows->rowAt(rowScrollBar()->value()));
        m_selection->setCurrentIndex(m_rows->index(row), QItemSelectionModel::NoUpdate);
    }
    repaintAll();
}

void TimelineChart::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    repaintAll();
}

void TimelineChart::updateAccessibleDescription()
{
    // A screen reader reads the chart's description: what the current row's bar shows.
    const QModelIndex current = m_selection ? m_selection->currentIndex() : QModelIndex();
    setAccessibleDescription(current.isValid() ? current.siblingAtColumn(0).data(TimelineRoles::ToolTipRole).toString()
                                               : QString());
}

} // namespace milepost
