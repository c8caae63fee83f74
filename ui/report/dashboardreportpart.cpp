// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardreportpart.h"

#include "common/samplebadge.h"
#include "reportchartpainter.h"
#include "reportgridtable.h"
#include "reporttext.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace milepost {

namespace {

constexpr int wrapFlags = ReportText::wrapFlags;

qreal gap()
{
    return ReportStyle::fromPoints(14);
}

} // namespace

DashboardReportPart::DashboardReportPart(DashboardReportContent content, const ReportStyle &style)
    : m_content(std::move(content))
    , m_style(style)
    , m_charts(std::make_unique<ReportChartPainter>(style))
{
    if (m_content.table)
        m_table = std::make_unique<ReportGridTable>(m_content.table->headers, m_content.table->alignments,
                                                    m_content.table->rows, m_style);
}

DashboardReportPart::~DashboardReportPart() = default;

QString DashboardReportPart::tableTitle() const
{
    if (!m_content.table)
        return {};
    const DashboardReportContent::Table &table = *m_content.table;
    QString text = tr("Rows behind the figure: %1").arg(table.title);
    if (table.totalRows > table.rows.size())
        text += QLatin1Char('\n')
            + tr("The first %1 of %2 rows; File › Export CSV writes them all.")
                  .arg(QLocale().toString(qint64(table.rows.size())), QLocale().toString(table.totalRows));
    return text;
}

qreal DashboardReportPart::paintTableTitle(QPainter *painter, const QRectF &rect) const
{
    const QFont font = m_style.headingFont();
    const qreal height = ReportText::wrappedHeight(font, tableTitle(), rect.width()) + ReportStyle::fromPoints(6);
    if (painter) {
        painter->setFont(font);
        painter->setPen(m_style.text());
        painter->drawText(QRectF(rect.left(), rect.top(), rect.width(), height), wrapFlags, tableTitle());
    }
    return height;
}

qreal DashboardReportPart::paintIntro(QPainter *painter, const QRectF &rect) const
{
    qreal y = rect.top();
    const QFont title = m_style.font(18, QFont::Bold);
    const qreal titleHeight = ReportText::wrappedHeight(title, m_content.title, rect.width());
    if (painter) {
        painter->setFont(title);
        painter->setPen(m_style.text());
        painter->drawText(QRectF(rect.left(), y, rect.width(), titleHeight), wrapFlags, m_content.title);
    }
    y += titleHeight + ReportStyle::fromPoints(6);

    QList<std::pair<QString, QString>> facts{
        {tr("Filters"), m_content.filters.isEmpty() ? tr("None: every row") : m_content.filters.join(QLatin1Char('\n'))}};
    if (!m_content.notes.isEmpty())
        facts.append({tr("Notes"), m_content.notes.join(QLatin1Char('\n'))});
    y += ReportText::paintFacts(painter, m_style, QRectF(rect.left(), y, rect.width(), rect.bottom() - y), facts);
    y += ReportStyle::fromPoints(8);
    y += paintFigures(painter, QRectF(rect.left(), y, rect.width(), rect.bottom() - y));
    return y - rect.top() + gap();
}

qreal DashboardReportPart::paintFigures(QPainter *painter, const QRectF &rect) const
{
    const int count = int(m_content.figures.size());
    if (count == 0)
        return 0;
    const qreal spacing = ReportStyle::fromPoints(8);
    const qreal padding = ReportStyle::fromPoints(6);
    const qreal pen = ReportStyle::fromPoints(0.75);
    // As many cards abreast as leave each room for a long value; the rest on further rows.
    const int across = std::clamp(int((rect.width() + spacing) / (ReportStyle::fromPoints(100) + spacing)), 1, count);
    const int rows = (count + across - 1) / across;
    const int perRow = (count + rows - 1) / rows;
    const qreal width = (rect.width() - pen - (perRow - 1) * spacing) / perRow;
    const qreal inner = width - 2 * padding;
    const QFont caption = m_style.font(8.5, QFont::Bold);
    const QFont detail = m_style.font(8);
    // One size for every value, the largest at which the widest fits its card.
    qreal points = 18;
    for (const DashboardReportContent::KeyFigure &f : m_content.figures) {
        while (points > 10 && QFontMetricsF(m_style.font(points, QFont::Bold)).horizontalAdvance(f.value) > inner)
            points -= 0.5;
    }
    const QFont valueFont = m_style.font(points, QFont::Bold);
    const qreal badge = QFontMetricsF(m_style.smallFont()).height() + ReportStyle::fromPoints(2);

    qreal y = rect.top();
    for (int row = 0; row < rows; ++row) {
        const int first = row * perRow;
        const int last = std::min(count, first + perRow);
        qreal captionHeight = 0;
        qreal detailHeight = 0;
        bool anySample = false;
        for (int i = first; i < last; ++i) {
            const DashboardReportContent::KeyFigure &f = m_content.figures.at(i);
            captionHeight = std::max(captionHeight, ReportText::wrappedHeight(caption, f.caption, inner));
            detailHeight = std::max(detailHeight, ReportText::wrappedHeight(detail, f.detail, inner));
            anySample = anySample || f.sampleData;
        }
        const qreal valueHeight = QFontMetricsF(valueFont).height();
        const qreal height = 2 * padding + captionHeight + valueHeight + detailHeight + (anySample ? badge : 0)
            + ReportStyle::fromPoints(2);
        if (painter) {
            for (int i = first; i < last; ++i) {
                const DashboardReportContent::KeyFigure &f = m_content.figures.at(i);
                const QRectF frame(rect.left() + pen / 2 + (i - first) * (width + spacing), y + pen / 2, width, height);
                painter->setPen(QPen(m_style.rule(), pen));
                painter->setBrush(Qt::NoBrush);
                painter->drawRect(frame);
                qreal top = frame.top() + padding;
                painter->setPen(m_style.text());
                painter->setFont(caption);
                painter->drawText(QRectF(frame.left() + padding, top, inner, captionHeight), wrapFlags, f.caption);
                top += captionHeight;
                painter->setFont(valueFont);
                painter->drawText(QRectF(frame.left() + padding, top, inner, valueHeight), Qt::AlignLeft | Qt::AlignTop, f.value);
                top += valueHeight + ReportStyle::fromPoints(2);
                painter->setFont(detail);
                painter->setPen(m_style.mutedText());
                painter->drawText(QRectF(frame.left() + padding, top, inner, detailHeight), wrapFlags, f.detail);
                top += detailHeight;
                if (f.sampleData)
                    SampleBadge::paint(painter, QPointF(frame.right() - padding, top + ReportStyle::fromPoints(1)),
                                       m_style.smallFont(), m_style.mode());
            }
        }
        y += height + spacing;
    }
    return y - rect.top() - spacing;
}

void DashboardReportPart::layout(const QSizeF &body)
{
    m_placements.clear();
    int page = 0;
    qreal y = paintIntro(nullptr, QRectF(QPointF(0, 0), body));
    const qreal half = (body.width() - gap()) / 2;
    // Charts in rows of two, a wide one alone across the page; a row that does not fit what is
    // left of a page starts the next one.
    const int count = int(m_content.charts.size());
    for (int i = 0; i < count;) {
        const ChartSpec &spec = m_content.charts.at(i);
        QList<int> row{i};
        if (!m_charts->wantsFullWidth(spec, half) && i + 1 < count && !m_charts->wantsFullWidth(m_content.charts.at(i + 1), half))
            row.append(i + 1);
        // A chart without a partner takes the width, as high as a row of two.
        const qreal width = row.size() == 2 ? half : body.width();
        qreal height = 0;
        qreal title = 0;
        for (int chart : row) {
            height = std::max(height, m_charts->preferredHeight(m_content.charts.at(chart), width));
            title = std::max(title, m_charts->titleHeight(m_content.charts.at(chart), width));
        }
        // Not squashed: a half-width chart at least half as high as wide, a wide one 0.38.
        height = std::min(std::max({height, half * 0.55, width * 0.38}), body.height());
        if (y + height > body.height() && y > 0) {
            ++page;
            y = 0;
        }
        for (int k = 0; k < row.size(); ++k)
            m_placements.append({row.at(k), page, QRectF(k * (half + gap()), y, width, height), title});
        y += height + gap();
        i += int(row.size());
    }
    m_tableFirstPage = -1;
    if (m_table) {
        const qreal title = paintTableTitle(nullptr, QRectF(0, 0, body.width(), body.height()));
        // The table starts on a page of its own unless a good part of this one is free.
        if (y > body.height() * 0.6) {
            ++page;
            y = 0;
        }
        m_tableFirstPage = page;
        m_tableTop = y;
        m_table->layout(body.width(), body.height(), body.height() - y - title);
        page += std::max(0, m_table->pageCount() - 1);
    }
    m_pageCount = page + 1;
}

QString DashboardReportPart::pageCaption(int page) const
{
    if (m_tableFirstPage >= 0 && page >= m_tableFirstPage)
        return tr("%1 · %2", "page title, rows shown").arg(m_content.title, m_content.table->title);
    return m_content.title;
}

int DashboardReportPart::chartPage(int chart) const
{
    for (const Placement &placement : m_placements) {
        if (placement.chart == chart)
            return placement.page;
    }
    return -1;
}

QRectF DashboardReportPart::chartRect(int chart) const
{
    for (const Placement &placement : m_placements) {
        if (placement.chart == chart)
            return placement.rect;
    }
    return {};
}

void DashboardReportPart::paintPage(QPainter *painter, int page, const QRectF &body) const
{
    if (page < 0 || page >= m_pageCount)
        return;
    painter->save();
    painter->setClipRect(body);
    if (page == 0)
        paintIntro(painter, body);
    for (const Placement &placement : m_placements) {
        if (placement.page == page)
            m_charts->paint(painter, m_content.charts.at(placement.chart), placement.rect.translated(body.topLeft()),
                            placement.title);
    }
    if (m_table && page >= m_tableFirstPage) {
        qreal top = body.top();
        if (page == m_tableFirstPage) {
            top += m_tableTop;
            top += paintTableTitle(painter, QRectF(body.left(), top, body.width(), body.bottom() - top));
        }
        m_table->paintPage(painter, page - m_tableFirstPage, QRectF(body.left(), top, body.width(), body.bottom() - top));
    }
    painter->restore();
}

} // namespace milepost
