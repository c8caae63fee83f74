// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportgridtable.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace milepost {

namespace {

constexpr int wrapFlags = Qt::AlignTop | Qt::TextWordWrap;

} // namespace

ReportGridTable::ReportGridTable(QStringList headers, QList<Qt::Alignment> alignments, QList<QStringList> rows,
                                 const ReportStyle &style)
    : m_headers(std::move(headers))
    , m_alignments(std::move(alignments))
    , m_rows(std::move(rows))
    , m_style(style)
    , m_padding(ReportStyle::fromPoints(3))
{
}

int ReportGridTable::flags(int column) const
{
    return m_wrapAnywhere.value(column) ? (wrapFlags | Qt::TextWrapAnywhere) : wrapFlags;
}

qreal ReportGridTable::textHeight(const QFont &font, const QString &text, qreal width, int column) const
{
    const QFontMetricsF metrics(font);
    if (text.isEmpty())
        return metrics.height();
    return std::ceil(std::max(metrics.height(), metrics.boundingRect(QRectF(0, 0, width, 1e6), flags(column), text).height()));
}

void ReportGridTable::layout(qreal width, qreal pageHeight, qreal firstPageHeight)
{
    const int columns = int(m_headers.size());
    const QFontMetricsF cell(m_style.tableFont());
    const QFontMetricsF header(m_style.tableHeaderFont());
    // Each column as wide as its longest line, never narrower than its longest word (a header's
    // or a cell's: text wraps at its spaces, and an amount or a date cut short would be read as
    // another value) nor than a short word; shared out by need when the page is narrower.
    QList<qreal> natural(columns, 0);
    QList<qreal> least(columns, 0);
    for (int c = 0; c < columns; ++c) {
        for (const QString &word : m_headers.at(c).split(QLatin1Char(' ')))
            least[c] = std::max(least[c], header.horizontalAdvance(word));
        natural[c] = std::max(least[c], header.horizontalAdvance(m_headers.at(c)) * 0.6);
        for (const QStringList &row : std::as_const(m_rows)) {
            natural[c] = std::max(natural[c], cell.horizontalAdvance(row.value(c)));
            for (const QString &word : row.value(c).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                least[c] = std::max(least[c], cell.horizontalAdvance(word));
        }
        least[c] = std::max(least[c], cell.horizontalAdvance(QStringLiteral("00000")));
        natural[c] += 2 * m_padding + 1;
        least[c] += 2 * m_padding + 1;
    }
    const qreal total = std::accumulate(natural.cbegin(), natural.cend(), qreal(0));
    m_widths = natural;
    if (total > width) {
        // Narrow columns keep what they need; the wide ones share the rest by their need.
        const qreal fair = width / std::max(1, columns);
        qreal fixed = 0;
        qreal wide = 0;
        for (int c = 0; c < columns; ++c)
            (natural[c] <= fair ? fixed : wide) += natural[c];
        for (int c = 0; c < columns; ++c) {
            if (natural[c] > fair)
                m_widths[c] = std::max(least[c], (width - fixed) * natural[c] / std::max<qreal>(1, wide));
        }
    } else if (total > 0) {
        for (qreal &w : m_widths)
            w *= width / total; // the table spans the page, its columns in proportion
    }

    // A column held at its least may leave the rest too wide: take the excess from the columns
    // above their least, in proportion to what they can give; all at their least, shrink all.
    qreal sum = std::accumulate(m_widths.cbegin(), m_widths.cend(), qreal(0));
    if (sum > width) {
        qreal slack = 0;
        for (int c = 0; c < columns; ++c)
            slack += std::max<qreal>(0, m_widths[c] - least[c]);
        const qreal excess = sum - width;
        for (int c = 0; c < columns && slack > 0; ++c)
            m_widths[c] -= std::min<qreal>(1, excess / slack) * std::max<qreal>(0, m_widths[c] - least[c]);
        sum = std::accumulate(m_widths.cbegin(), m_widths.cend(), qreal(0));
        if (sum > width) {
            for (qreal &w : m_widths)
                w *= width / sum;
        }
    }
    // A column left narrower than its longest word (a page too narrow for every column's) breaks
    // words anywhere: a value on two lines, never one cut short.
    m_wrapAnywhere.clear();
    for (int c = 0; c < columns; ++c)
        m_wrapAnywhere.append(m_widths[c] + 0.5 < least[c]);
    m_headerHeight = 0;
    for (int c = 0; c < columns; ++c)
        m_headerHeight = std::max(m_headerHeight, textHeight(m_style.tableHeaderFont(), m_headers.at(c), m_widths[c] - 2 * m_padding, c));
    m_headerHeight += 2 * m_padding;
    RowPagination::Input input;
    input.pageHeight = pageHeight;
    input.firstPageHeight = firstPageHeight;
    input.headerHeight = m_headerHeight;
    m_heights.clear();
    for (const QStringList &row : std::as_const(m_rows)) {
        qreal height = 0;
        for (int c = 0; c < columns; ++c)
            height = std::max(height, textHeight(m_style.tableFont(), row.value(c), m_widths[c] - 2 * m_padding, c));
        m_heights.append(height + 2 * m_padding);
        input.rows.append(RowPagination::Row{height + 2 * m_padding});
    }
    m_pages = RowPagination::paginate(input);
}

qreal ReportGridTable::pageHeight(int page) const
{
    return page >= 0 && page < m_pages.size() ? m_pages.at(page).usedHeight : 0;
}

void ReportGridTable::paintRow(QPainter *painter, const QStringList &cells, const QRectF &rect, bool header) const
{
    painter->setFont(header ? m_style.tableHeaderFont() : m_style.tableFont());
    painter->setPen(m_style.text());
    qreal x = rect.left();
    for (int c = 0; c < m_widths.size(); ++c) {
        const QRectF cell(x + m_padding, rect.top() + m_padding, m_widths[c] - 2 * m_padding, rect.height() - 2 * m_padding);
        painter->drawText(cell, flags(c) | (header ? Qt::AlignLeft : m_alignments.value(c, Qt::AlignLeft)), cells.value(c));
        x += m_widths[c];
    }
}

void ReportGridTable::paintPage(QPainter *painter, int pageIndex, const QRectF &rect) const
{
    if (pageIndex < 0 || pageIndex >= m_pages.size())
        return;
    const RowPagination::Page &page = m_pages.at(pageIndex);
    const qreal width = std::accumulate(m_widths.cbegin(), m_widths.cend(), qreal(0));
    painter->save();
    qreal y = rect.top();
    const QRectF header(rect.left(), y, width, m_headerHeight);
    painter->fillRect(header, m_style.headerFill());
    paintRow(painter, m_headers, header, true);
    painter->setPen(QPen(m_style.rule(), ReportStyle::fromPoints(0.75)));
    painter->drawLine(header.bottomLeft(), header.bottomRight());
    y += m_headerHeight;
    for (int r = page.firstRow; r < page.firstRow + page.rowCount; ++r) {
        const QRectF row(rect.left(), y, width, m_heights.at(r));
        if (r % 2 == 1)
            painter->fillRect(row, m_style.alternateFill());
        paintRow(painter, m_rows.at(r), row, false);
        painter->setPen(QPen(m_style.alternateFill().darker(112), ReportStyle::fromPoints(0.4)));
        painter->drawLine(row.bottomLeft(), row.bottomRight());
        y += m_heights.at(r);
    }
    painter->restore();
}

} // namespace milepost
