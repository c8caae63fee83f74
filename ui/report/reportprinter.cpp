// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportprinter.h"

#include "pagedreport.h"
#include "reportstyle.h"

#include "about/buildinfo.h"
#include "export/exportfile.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace milepost {

namespace {

QPageSize::PageSizeId pageSizeId(ReportPageOptions::PaperSize size)
{
    switch (size) {
    case ReportPageOptions::PaperSize::Letter:
        return QPageSize::Letter;
    case ReportPageOptions::PaperSize::Legal:
        return QPageSize::Legal;
    case ReportPageOptions::PaperSize::Tabloid:
        return QPageSize::Tabloid;
    case ReportPageOptions::PaperSize::A4:
        return QPageSize::A4;
    case ReportPageOptions::PaperSize::A3:
        return QPageSize::A3;
    }
    return QPageSize::Letter;
}

// The printable area of the device's page, in report units.
QSizeF areaOf(const QPageLayout &layout)
{
    const QRectF points = layout.paintRect(QPageLayout::Point);
    return points.size() * ReportStyle::unitsPerPoint;
}

} // namespace

QPageLayout ReportPrinter::pageLayout(const ReportPageOptions &options)
{
    const qreal margin = options.marginPoints;
    return QPageLayout(QPageSize(pageSizeId(options.paperSize)),
                       options.orientation == ReportPageOptions::Orientation::Landscape ? QPageLayout::Landscape
                                                                                       : QPageLayout::Portrait,
                       QMarginsF(margin, margin, margin, margin), QPageLayout::Point);
}

bool ReportPrinter::render(PagedReport &report, QPagedPaintDevice *device, QString *error)
{
    const QPageLayout layout = device->pageLayout();
    const QSizeF area = areaOf(layout);
    report.layout(area);
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("the printer or file could not be opened for painting");
        return false;
    }
    // The painter starts at the top left of the printable area, in device pixels.
    const qreal scale = device->logicalDpiX() / ReportStyle::unitsPerInch;
    const QRectF rect(QPointF(0, 0), area);
    for (int page = 0; page < report.pageCount(); ++page) {
        if (page > 0 && !device->newPage()) {
            if (error)
                *error = tr("page %1 could not be started").arg(page + 1);
            painter.end();
            return false;
        }
        painter.save();
        painter.scale(scale, scale);
        report.paintPage(&painter, page, rect);
        painter.restore();
    }
    if (!painter.end()) {
        if (error)
            *error = tr("the pages could not be finished");
        return false;
    }
    return true;
}

bool ReportPrinter::writePdf(PagedReport &report, const QString &path, QString *error)
{
    ExportFile file(path);
    if (!file.open(error))
        return false;
    {
        QPdfWriter writer(file.device());
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Milepost %1").arg(BuildInfo::version()));
        writer.setTitle(report.title());
        writer.setPageLayout(pageLayout(report.pageOptions()));
        QString reason;
        if (!render(report, &writer, &reason)) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(path, reason);
            return false; // the ExportFile destructor removes the partial file
        }
    }
    return file.commit(error);
}

QImage ReportPrinter::renderPage(PagedReport &report, int page, qreal dpi)
{
    const QPageLayout layout = pageLayout(report.pageOptions());
    const QSizeF area = areaOf(layout);
    report.layout(area);
    const QRectF full = layout.fullRect(QPageLayout::Point);
    const QRectF paint = layout.paintRect(QPageLayout::Point);
    const qreal pixelsPerPoint = dpi / 72.0;
    QImage image((full.size() * pixelsPerPoint).toSize(), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(paint.topLeft() * pixelsPerPoint);
    painter.scale(dpi / ReportStyle::unitsPerInch, dpi / ReportStyle::unitsPerInch);
    report.paintPage(&painter, page, QRectF(QPointF(0, 0), area));
    return image;
}

} // namespace milepost
