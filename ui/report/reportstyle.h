// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/palette.h"

#include <QColor>
#include <QFont>
#include <QString>

namespace milepost {

// Fonts, colours and lengths of the printed report. A report is painted in units of 1/96 inch,
// whatever the device (the painter is scaled to it), so that the timeline painter's pixel
// measures keep their screen proportions on paper. Fonts have a pixel size in those units,
// which makes QFontMetricsF give the same answer for a PDF, a printer and a preview image.
class ReportStyle final
{
public:
    static constexpr qreal unitsPerInch = 96.0;
    static constexpr qreal unitsPerPoint = unitsPerInch / 72.0;
    static qreal fromPoints(qreal points) { return points * unitsPerPoint; }

    explicit ReportStyle(Palette::Mode mode = Palette::Mode::Colour);

    Palette::Mode mode() const { return m_mode; }

    // A font of about this many points.
    QFont font(qreal points, QFont::Weight weight = QFont::Normal, bool italic = false) const;

    QFont titleFont() const { return font(22, QFont::Bold); }
    QFont subtitleFont() const { return font(13); }
    QFont headingFont() const { return font(11, QFont::Bold); }
    QFont bodyFont() const { return font(9.5); }
    QFont smallFont() const { return font(8); }
    QFont figureFont() const { return font(20, QFont::Bold); }
    QFont tableFont() const { return font(8.5); }
    QFont tableHeaderFont() const { return font(8.5, QFont::Bold); }
    QFont groupFont() const { return font(9, QFont::DemiBold); }

    QColor text() const;
    QColor mutedText() const;
    QColor rule() const;
    QColor headerFill() const;
    QColor groupFill() const;
    QColor alternateFill() const;

private:
    Palette::Mode m_mode;
    QString m_family;
};

} // namespace milepost
