// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportstyle.h"

#include <QFontDatabase>

#include <cmath>

namespace milepost {

ReportStyle::ReportStyle(Palette::Mode mode)
    : m_mode(mode)
    , m_family(QFontDatabase::systemFont(QFontDatabase::GeneralFont).family())
{
}

QFont ReportStyle::font(qreal points, QFont::Weight weight, bool italic) const
{
    QFont font(m_family);
    font.setPixelSize(std::max(1, int(std::lround(fromPoints(points)))));
    font.setWeight(weight);
    font.setItalic(italic);
    // Measured once and drawn on devices of any resolution: design metrics, no hinting.
    font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "profile" drawn with an fi ligature is found by no search in the PDF.
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return font;
}

QColor ReportStyle::text() const
{
    return Palette::role(Palette::Role::HeaderText, m_mode);
}

QColor ReportStyle::mutedText() const
{
    // Grey enough to step back, dark enough to read on paper in either mode.
    return QColor(85, 85, 85);
}

QColor ReportStyle::rule() const
{
    return Palette::role(Palette::Role::GridStrong, m_mode);
}

QColor ReportStyle::headerFill() const
{
    return Palette::role(Palette::Role::HeaderBackground, m_mode);
}

QColor ReportStyle::groupFill() const
{
    return Palette::role(Palette::Role::AlternateRow, m_mode).darker(104);
}

QColor ReportStyle::alternateFill() const
{
    return Palette::role(Palette::Role::AlternateRow, m_mode);
}

} // namespace milepost
