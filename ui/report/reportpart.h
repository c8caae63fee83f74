// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace milepost {

// One part a BoardPack binds (the plan's summary, its timeline, a dashboard page): pages of
// body only, the pack paints the header, the footer and the page numbers around them.
class ReportPart
{
public:
    virtual ~ReportPart() = default;

    // The part's entry in the pack's contents: "Staffing".
    virtual QString title() const = 0;
    // Lays the part out on page bodies of this size (report units).
    virtual void layout(const QSizeF &body) = 0;
    virtual int pageCount() const = 0;
    // What the footer says of page (0-based, within the part).
    virtual QString pageCaption(int page) const = 0;
    virtual void paintPage(QPainter *painter, int page, const QRectF &body) const = 0;
};

} // namespace milepost
