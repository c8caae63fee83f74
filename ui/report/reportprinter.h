// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportpageoptions.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace milepost {

class PagedReport;

// Sends a PagedReport (the plan's MilestoneReport, a BoardPack) to a paged device: a QPrinter
// (paper, or the one a QPrintPreviewDialog paints on in paintRequested) or a QPdfWriter. Every
// page goes through PagedReport::paintPage() with the painter scaled to report units, so the
// preview, the paper and the PDF are the same drawing.
class ReportPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)

public:
    // The paper, orientation and margins of options as a QPageLayout.
    static QPageLayout pageLayout(const ReportPageOptions &options);

    // Lays the report out for the device's current page layout and paints every page.
    static bool render(PagedReport &report, QPagedPaintDevice *device, QString *error);
    // Writes a PDF through QSaveFile: nothing is left at path when it fails. "-" is standard output.
    static bool writePdf(PagedReport &report, const QString &path, QString *error);
    // One page as an image at dpi dots per inch, white background; after layout for options.
    static QImage renderPage(PagedReport &report, int page, qreal dpi = 96);
};

} // namespace milepost
