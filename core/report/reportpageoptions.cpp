// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpageoptions.h"

#include <algorithm>

namespace milepost {

QSizeF ReportPageOptions::paperSizePoints(PaperSize size)
{
    switch (size) {
    case PaperSize::Letter:
        return {612, 792};
    case PaperSize::Legal:
        return {612, 1008};
    case PaperSize::Tabloid:
        return {792, 1224};
    case PaperSize::A4:
        return {595.28, 841.89}; // 210 × 297 mm
    case PaperSize::A3:
        return {841.89, 1190.55}; // 297 × 420 mm
    }
    return {612, 792};
}

QSizeF ReportPageOptions::pageSizePoints() const
{
    const QSizeF portrait = paperSizePoints(paperSize);
    return orientation == Orientation::Portrait ? portrait : portrait.transposed();
}

QSizeF ReportPageOptions::contentSizePoints() const
{
    const QSizeF page = pageSizePoints();
    const double margin = std::clamp(marginPoints, 0.0, std::min(page.width(), page.height()) / 4);
    return {page.width() - 2 * margin, page.height() - 2 * margin};
}

QList<ReportPageOptions::PaperSize> ReportPageOptions::allPaperSizes()
{
    return {PaperSize::Letter, PaperSize::Legal, PaperSize::Tabloid, PaperSize::A4, PaperSize::A3};
}

QString ReportPageOptions::paperSizeName(PaperSize size)
{
    switch (size) {
    case PaperSize::Letter:
        return tr("Letter (8.5 × 11 in)");
    case PaperSize::Legal:
        return tr("Legal (8.5 × 14 in)");
    case PaperSize::Tabloid:
        return tr("Tabloid (11 × 17 in)");
    case PaperSize::A4:
        return tr("A4 (210 × 297 mm)");
    case PaperSize::A3:
        return tr("A3 (297 × 420 mm)");
    }
    return {};
}

QString ReportPageOptions::paperSizeKey(PaperSize size)
{
    switch (size) {
    case PaperSize::Letter:
        return QStringLiteral("letter");
    case PaperSize::Legal:
        return QStringLiteral("legal");
    case PaperSize::Tabloid:
        return QStringLiteral("tabloid");
    case PaperSize::A4:
        return QStringLiteral("a4");
    case PaperSize::A3:
        return QStringLiteral("a3");
    }
    return {};
}

bool ReportPageOptions::paperSizeFromKey(const QString &key, PaperSize *size)
{
    for (PaperSize candidate : allPaperSizes()) {
        if (paperSizeKey(candidate).compare(key, Qt::CaseInsensitive) == 0) {
            if (size)
                *size = candidate;
            return true;
        }
    }
    return false;
}

} // namespace milepost
