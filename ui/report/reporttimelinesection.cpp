// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttimelinesection.h"

#include "plantree/plantreemodel.h"
#include "time/quartercalendar.h"
#include "timeline/flatrowgeometry.h"
#include "timeline/plantimelinemodel.h"
#include "timeline/quartertimescale.h"
#include "timeline/timelinepainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace milepost {

namespace {

QString quarterLabel(const QDate &date)
{
    return QuarterCalendar::calendar().label(QuarterCalendar::calendar().quarterOf(date));
}

} // namespace

ReportTimelineSection::ReportTimelineSection(const Plan &plan, const QDate &asOf, const RecordedProgress *progress,
                                             const ReportDateRange &range, const ReportPageOptions &options,
                                             const ReportStyle &style)
    : m_style(style)
    , m_options(options)
    , m_asOf(asOf)
    , m_treeModel(std::make_unique<PlanTreeModel>())
    , m_rows(std::make_unique<FlatRowGeometry>())
    , m_scale(std::make_unique<QuarterTimeScale>(QuarterCalendar::calendar()))
{
    m_treeModel->setPlan(plan);
    if (progress) {
        m_treeModel->setMilestoneIds(progress->milestoneIds());
        m_treeModel->setProgress(progress->statesAsOf(asOf), asOf);
    }
    m_timelineModel = std::make_unique<PlanTimelineModel>(m_treeModel.get());
    m_timelineModel->setSourceModel(m_treeModel.get());
    m_timelineModel->setAsOf(asOf);
    m_rows->setModel(m_timelineModel.get());
    m_rows->expandAll();
    m_painter = std::make_unique<TimelinePainter>(m_timelineModel.get(), m_rows.get(), m_scale.get());

    if (range.isValid()) {
        m_first = range.first;
        m_last = range.last;
    }
}

ReportTimelineSection::~ReportTimelineSection() = default;

bool ReportTimelineSection::isEmpty() const
{
    return !m_first.isValid() || m_rows->rowCount() == 0;
}

int ReportTimelineSection::rowCount() const
{
    return m_rows->rowCount();
}

TimelinePaintOptions ReportTimelineSection::paintOptions() const
{
    TimelinePaintOptions options;
    options.font = m_style.font(7.5);
    options.mode = m_style.mode();
    options.asOf = m_asOf;
    options.showAsOfLine = m_asOf.isValid();
    options.showTodayLine = false; // paper outlives "today"; the as-of date is what the report is about
    options.openFrom = m_first;
    options.openUntil = m_last;
    options.showMarks = true;
    options.alternateRows = true;
    return options;
}

void ReportTimelineSection::layout(const QSizeF &body)
{
    m_bands.clear();
    m_tiles.clear();
    if (isEmpty())
        return;
    const TimelinePaintOptions options = paintOptions();
    m_labelWidth = std::min(ReportStyle::fromPoints(200), body.width() * 0.34);
    const qreal chartWidth = body.width() - m_labelWidth;
    m_headerHeight = TimelinePainter::headerHeightFor(options.font);
    m_rows->setRowHeight(std::ceil(ReportStyle::fromPoints(options.showMarks ? 17 : 14)));

    const qreal unitsPerDay = m_options.timelineScale == ReportPageOptions::TimelineScale::FitToPageWidth
        ? TimeTiling::fitPointsPerDay(m_first, m_last, chartWidth)
        : ReportStyle::fromPoints(m_options.readablePointsPerDay);
    m_scale->setPixelsPerDay(unitsPerDay);
    // The scale clamps the zoom; tiles follow what it really draws.
    m_tiles = TimeTiling::tile(m_first, m_last, chartWidth, m_scale->pixelsPerDay());

    m_legendHeight = paintLegend(nullptr, QRectF(0, 0, body.width(), body.height())) + ReportStyle::fromPoints(8);
    RowPagination::Input input;
    input.pageHeight = body.height();
    input.firstPageHeight = body.height() - m_legendHeight;
    input.headerHeight = m_headerHeight;
    input.balance = true; // pages are laid side by side: no band of one lonely row
    for (int row = 0; row < m_rows->rowCount(); ++row) {
        const auto kind = TimelineRoles::ItemKind(m_rows->index(row).data(TimelineRoles::ItemKindRole).toInt());
        // A phase or objective is not left alone at the foot of a page.
        input.rows.append({m_rows->rowHeight(row), -1, kind == TimelineRoles::ItemKind::Summary});
    }
    m_bands = RowPagination::paginate(input);
}

QString ReportTimelineSection::pageCaption(int page) const
{
    if (page < 0 || page >= pageCount())
        return {};
    const auto &band = m_bands.at(page / m_tiles.size());
    const auto &tile = m_tiles.at(page % m_tiles.size());
    QString caption = tr("Rows %1–%2 of %3 · %4 – %5")
                          .arg(band.firstRow + 1)
                          .arg(band.firstRow + band.rowCount)
                          .arg(rowCount())
                          .arg(quarterLabel(tile.first), quarterLabel(tile.last));
    if (m_tiles.size() > 1)
        caption += tr(" · part %1 of %2 across").arg(page % m_tiles.size() + 1).arg(m_tiles.size());
    return caption;
}

qreal ReportTimelineSection::paintLegend(QPainter *painter, const QRectF &rect) const
{
    return TimelinePainter::paintLegend(painter, rect, paintOptions());
}

void ReportTimelineSection::paintLabels(QPainter *painter, const RowPagination::Page &band, const QRectF &rect) const
{
    const qreal padding = ReportStyle::fromPoints(4);
    const QRectF header(rect.left(), rect.top(), rect.width(), m_headerHeight);
    painter->fillRect(header, m_style.headerFill());
    painter->setPen(m_style.text());
    painter->setFont(m_style.font(8, QFont::Bold));
    painter->drawText(header.adjusted(padding, 0, -padding, -padding), Qt::AlignLeft | Qt::AlignBottom,
                      tr("Phase, objective, milestone"));
    // Rows continued from the page above: say whose they are.
    const QModelIndex firstIndex = m_rows->index(band.firstRow);
    if (firstIndex.parent().isValid()) {
        QStringList path;
        for (QModelIndex parent = firstIndex.parent(); parent.isValid(); parent = parent.parent())
            path.prepend(parent.siblingAtColumn(0).data(Qt::DisplayRole).toString().section(QStringLiteral("   ("), 0, 0));
        painter->setFont(m_style.font(7, QFont::Normal, true));
        painter->setPen(m_style.mutedText());
        const QString text = tr("continued: %1").arg(path.join(QStringLiteral(" › ")));
        painter->drawText(header.adjusted(padding, padding, -padding, 0), Qt::AlignLeft | Qt::AlignTop,
                          QFontMetricsF(painter->font()).elidedText(text, Qt::ElideRight, header.width() - 2 * padding));
    }

    qreal y = header.bottom();
    for (int row = band.firstRow; row < band.firstRow + band.rowCount; ++row) {
        const qreal height = m_rows->rowHeight(row);
        const QRectF line(rect.left(), y, rect.width(), height);
        if (row % 2 == 1)
            painter->fillRect(line, Palette::role(Palette::Role::AlternateRow, m_style.mode()));
        const int depth = m_rows->depth(row);
        const QFont font = m_style.font(7.5, depth == 0 ? QFont::Bold : depth == 1 ? QFont::DemiBold : QFont::Normal);
        painter->setFont(font);
        painter->setPen(m_style.text());
        const qreal indent = padding + depth * ReportStyle::fromPoints(9);
        const QString text = m_rows->index(row).data(Qt::DisplayRole).toString();
        const qreal room = rect.width() - indent - padding;
        painter->drawText(QRectF(rect.left() + indent, y, room, height), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(font).elidedText(text, Qt::ElideRight, room));
        y += height;
    }
}

void ReportTimelineSection::paintPage(QPainter *painter, int page, const QRectF &area) const
{
    if (page < 0 || page >= pageCount())
        return;
    const int bandIndex = int(page / m_tiles.size());
    const auto &band = m_bands.at(bandIndex);
    const auto &tile = m_tiles.at(page % m_tiles.size());
    painter->save();
    QRectF body = area;
    if (bandIndex == 0) {
        paintLegend(painter, QRectF(body.left(), body.top(), body.width(), m_legendHeight));
        body.setTop(body.top() + m_legendHeight);
    }

    qreal rowsHeight = 0;
    for (int row = band.firstRow; row < band.firstRow + band.rowCount; ++row)
        rowsHeight += m_rows->rowHeight(row);
    const QRectF labels(body.left(), body.top(), m_labelWidth, m_headerHeight + rowsHeight);
    const QRectF chart(labels.right(), body.top(), tile.width, labels.height());
    painter->setClipRect(labels);
    paintLabels(painter, band, labels);

    TimelinePaintOptions options = paintOptions();
    options.left = m_scale->toX(tile.first);
    options.firstRow = band.firstRow;
    options.rowLimit = band.rowCount;
    painter->setClipRect(chart);
    m_painter->paint(painter, chart, options);
    painter->setClipping(false);

    painter->setPen(QPen(m_style.rule(), ReportStyle::fromPoints(0.75)));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(labels.united(chart));
    painter->drawLine(labels.topRight(), labels.bottomRight());
    painter->restore();
}

} // namespace milepost
