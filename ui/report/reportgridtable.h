// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/rowpagination.h"
#include "reportstyle.h"

#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace milepost {

// A table of texts on report pages: columns as wide as their texts need, shared out when the
// page is narrower, text wrapped in its cell, rows never cut at a page break and the column
// header repeated on every page.
class ReportGridTable final
{
public:
    ReportGridTable(QStringList headers, QList<Qt::Alignment> alignments, QList<QStringList> rows, const ReportStyle &style);

    // Paginates for a page of this width and height; the first page may have less height.
    void layout(qreal width, qreal pageHeight, qreal firstPageHeight);
    int pageCount() const { return int(m_pages.size()); }
    const QList<RowPagination::Page> &pages() const { return m_pages; }
    // The height page takes (header and rows).
    qreal pageHeight(int page) const;
    // After layout, by column: they add up to the width laid out for.
    const QList<qreal> &columnWidths() const { return m_widths; }

    // Paints page (0-based) from rect's top left.
    void paintPage(QPainter *painter, int page, const QRectF &rect) const;

private:
    // The drawText flags of column's cells: word wrap, and anywhere where a word is wider.
    int flags(int column) const;
    qreal textHeight(const QFont &font, const QString &text, qreal width, int column) const;
    void paintRow(QPainter *painter, const QStringList &cells, const QRectF &rect, bool header) const;

    QStringList m_headers;
    QList<Qt::Alignment> m_alignments;
    QList<QStringList> m_rows;
    const ReportStyle &m_style;
    qreal m_padding = 0;
    QList<qreal> m_widths;
    QList<bool> m_wrapAnywhere;
    QList<qreal> m_heights;
    qreal m_headerHeight = 0;
    QList<RowPagination::Page> m_pages;
};

} // namespace milepost
