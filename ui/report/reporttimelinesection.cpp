// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttimelinesection.h"

#include "printedrowgeometry.h"

#include "plantree/plantreemodel.h"
#include "time/quartercalendar.h"
#include "timeline/flatrowgeometry.h"
#include "timeline/plantimelinemodel.h"
#include "timeline/quartertimescale.h"
#include "timeline/timelinepainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace milepost {

namespace {

QString quarterLabel(const QDate &date)
{
    return QuarterCalendar::calendar().label(QuarterCalendar::calendar().quarterOf(date));
}

constexpr int maxLabelLines = 3;

qreal labelPadding()
{
    return ReportStyle::fromPoints(4);
}

// A row with a one-line name: its bar, and the lane of quarter marks below it when shown.
qreal baseRowHeight(bool marks)
{
    return std::ceil(ReportStyle::fromPoints(marks ? 17 : 14));
}

qreal labelIndent(int depth)
{
    return labelPadding() + depth * ReportStyle::fromPoints(9);
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
    // Rows taller for a wrapped name keep the bars of a one-line row.
    options.shapeHeight = baseRowHeight(options.showMarks);
    return options;
}

void ReportTimelineSection::layout(const QSizeF &body)
{
    m_bands.clear();
    m_tiles.clear();
    if (isEmpty())
        return;
    const TimelinePaintOptions options = paintOptions();
    m_labelWidth = std::min(ReportStyle::fromPoints(250), body.width() * 0.36);
    const qreal chartWidth = body.width() - m_labelWidth;
    m_headerHeight = TimelinePainter::headerHeightFor(options.font);
    const qreal rowHeight = baseRowHeight(options.showMarks);
    m_rows->setRowHeight(rowHeight);
    // Each row as tall as its wrapped name; the first line sits where a one-line name would.
    std::vector<qreal> heights;
    heights.reserve(std::size_t(m_rows->rowCount()));
    for (int row = 0; row < m_rows->rowCount(); ++row) {
        const qsizetype lines = labelLines(row).size();
        const qreal lineHeight = QFontMetricsF(labelFont(m_rows->depth(row))).lineSpacing();
        heights.push_back(rowHeight + std::ceil(std::max<qsizetype>(0, lines - 1) * lineHeight));
    }
    m_printed = std::make_unique<PrintedRowGeometry>(*m_rows, std::move(heights));
    m_painter = std::make_unique<TimelinePainter>(m_timelineModel.get(), m_printed.get(), m_scale.get());

    qreal unitsPerDay = m_options.timelineScale == ReportPageOptions::TimelineScale::FitToPageWidth
        ? TimeTiling::fitPointsPerDay(m_first, m_last, chartWidth)
        : ReportStyle::fromPoints(m_options.readablePointsPerDay);
    // At a readable scale, as wide as the same number of pages across allows.
    if (m_options.timelineScale != ReportPageOptions::TimelineScale::FitToPageWidth)
        unitsPerDay = TimeTiling::fillPointsPerDay(m_first, m_last, chartWidth, unitsPerDay);
    m_scale->setPixelsPerDay(unitsPerDay);
    // The scale clamps the zoom; tiles follow what it really draws.
    m_tiles = TimeTiling::tile(m_first, m_last, chartWidth, m_scale->pixelsPerDay());

    m_legendHeight = paintLegend(nullptr, QRectF(0, 0, body.width(), body.height())) + ReportStyle::fromPoints(8);
    RowPagination::Input input;
    input.pageHeight = body.height();
    input.firstPageHeight = body.height() - m_legendHeight;
    input.headerHeight = m_headerHeight;
    // Pages are laid side by side: full pages, and no last band of one lonely row.
    input.balanceTail = true;
    for (int row = 0; row < m_printed->rowCount(); ++row) {
        const auto kind = TimelineRoles::ItemKind(m_rows->index(row).data(TimelineRoles::ItemKindRole).toInt());
        // A phase or objective is not left alone at the foot of a page.
        input.rows.append({m_printed->rowHeight(row), -1, kind == TimelineRoles::ItemKind::Summary});
    }
    m_bands = RowPagination::paginate(input);
}

qreal ReportTimelineSection::rowHeight(int row) const
{
    return m_printed ? m_printed->rowHeight(row) : 0;
}

QFont ReportTimelineSection::labelFont(int depth) const
{
    return m_style.font(7.5, depth == 0 ? QFont::Bold : depth == 1 ? QFont::DemiBold : QFont::Normal);
}

QStringList ReportTimelineSection::labelLines(int row) const
{
    const int depth = m_rows->depth(row);
    const QFont font = labelFont(depth);
    const qreal room = m_labelWidth - labelIndent(depth) - labelPadding();
    const QString text = m_rows->index(row).data(Qt::DisplayRole).toString();
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(room);
        if (lines.size() == maxLabelLines - 1) {
            // The last line takes the rest of the name, elided.
            lines.append(QFontMetricsF(font).elidedText(text.mid(line.textStart()).trimmed(), Qt::ElideRight, room));
            break;
        }
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
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
        const qreal height = m_printed->rowHeight(row);
        const QRectF line(rect.left(), y, rect.width(), height);
        if (row % 2 == 1)
            painter->fillRect(line, Palette::role(Palette::Role::AlternateRow, m_style.mode()));
        const int depth = m_rows->depth(row);
        const QFont font = labelFont(depth);
        painter->setFont(font);
        painter->setPen(m_style.text());
        const qreal indent = labelIndent(depth);
        const qreal room = rect.width() - indent - padding;
        const QStringList lines = labelLines(row);
        const qreal lineHeight = QFontMetricsF(font).lineSpacing();
        // The lines centred in the row, as a single line is.
        qreal top = y + (height - lines.size() * lineHeight) / 2;
        for (const QString &text : lines) {
            painter->drawText(QRectF(rect.left() + indent, top, room, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, text);
            top += lineHeight;
        }
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

    const qreal rowsHeight = m_printed->rowTop(band.firstRow + band.rowCount) - m_printed->rowTop(band.firstRow);
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
