// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportpageoptions.h"

#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace milepost {

// A document ReportPrinter sends to a printer, a print preview or a PDF: laid out for the
// printable area of a page, then painted page by page through the one paintPage(), so that the
// preview, the paper and the PDF are the same drawing. Report units (ReportStyle: 1/96 inch).
class PagedReport
{
public:
    virtual ~PagedReport() = default;

    // The PDF's and the print job's title.
    virtual QString title() const = 0;
    virtual const ReportPageOptions &pageOptions() const = 0;
    // Lays the document out on pages whose printable area is this size.
    virtual void layout(const QSizeF &pageArea) = 0;
    virtual int pageCount() const = 0;
    // Paints page (0-based) with its header and footer into pageArea.
    virtual void paintPage(QPainter *painter, int page, const QRectF &pageArea) const = 0;
};

} // namespace milepost
