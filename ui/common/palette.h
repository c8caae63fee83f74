// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/milestonestatus.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

class QPainter;
class QPainterPath;
class QPalette;
class QRectF;

namespace milepost {

// The one palette of Milepost: the timeline, the dashboard charts and the printed report take
// their colours from here and nowhere else.
//
// The colours are Okabe and Ito's set for colour-blind readers ("Color Universal Design",
// 2008). The status colours are also ordered by luminance, at least 30 grey levels apart, so a
// greyscale print keeps them apart; and every status carries a second cue that needs no colour
// at all: a fill pattern for bars and areas, and a marker shape for points and legends.
// Deferred and Cancelled, which only a person records, sit between those greys (a purple near On
// track, a dark grey near Unknown's black): their patterns and markers tell them apart on paper.
//
// Every colour used for text reaches WCAG 2.1 AA contrast (4.5:1) against the background it is
// drawn on, and every bar, line and boundary 3:1 (its fill or its outline), in the light set and
// in the dark one (tests/ui/common/tst_contrast.cpp). Dark is a screen mode only: paper is light.
class Palette final
{
    Q_DECLARE_TR_FUNCTIONS(Palette)

public:
    // Colour and Greyscale are for screen and paper; Dark, for a screen whose system uses a dark
    // colour scheme (screenMode()).
    enum class Mode { Colour, Greyscale, Dark };
    static constexpr int modeCount = 3;

    enum class Marker { Circle, Square, Diamond, TriangleUp, TriangleDown, Cross, Plus, Bar };

    // Okabe-Ito, in their published order (black omitted).
    enum class Hue { Orange, SkyBlue, BluishGreen, Yellow, Blue, Vermillion, ReddishPurple };
    static constexpr int hueCount = 7;

    // Colours of the chart furniture.
    enum class Role {
        Background,     // page and chart background
        AlternateRow,   // every other row band
        Grid,           // fine grid lines
        GridStrong,     // year and quarter boundaries
        HeaderText,
        HeaderBackground,
        Summary,        // summary bars of phases and objectives
        AsOfLine,
        TodayLine,
        QuarterMark,    // the plan's own ● marks
        MarkDisagrees,  // a ● outside the milestone's dates
        Warning,        // N/A or unreadable dates
        Selection,
        Focus,          // the mark of the row or element the keyboard is on
        SecondaryText,  // details and notes beside HeaderText
        Baseline,       // a milestone's baseline bar under its current one
    };

    static QColor hue(Hue hue, Mode mode = Mode::Colour);
    // The n-th colour of a categorical series (charts), cycling through the hues in an order
    // that keeps neighbours far apart in luminance.
    static QColor series(int n, Mode mode = Mode::Colour);
    // The second cue of the n-th series, so that series differ without colour too: a pattern
    // over bars and areas (solid for the first), drawn in a colour that contrasts with the
    // fill, and a marker shape for points and legends.
    static Qt::BrushStyle seriesPattern(int n);
    static QColor seriesPatternColour(int n, Mode mode = Mode::Colour);
    static Marker seriesMarker(int n);
    static QColor role(Role role, Mode mode = Mode::Colour);

    static QColor statusColour(MilestoneStatus::State state, Mode mode = Mode::Colour);
    // A darker edge for a status fill, so light fills keep their outline on white paper.
    static QColor statusOutline(MilestoneStatus::State state, Mode mode = Mode::Colour);
    // The pattern laid over the fill: solid (none) for Done, hatches and dots for the others.
    static Qt::BrushStyle statusPattern(MilestoneStatus::State state);
    // The colour the pattern is drawn in, chosen to contrast with the fill in either mode.
    static QColor statusPatternColour(MilestoneStatus::State state, Mode mode = Mode::Colour);
    static Marker statusMarker(MilestoneStatus::State state);

    // The pattern over shape, in colour (nothing for a solid pattern): the one way a pattern is
    // laid, on bars, slices, swatches and tiles, sized for the device as on a 96 dpi screen.
    static void fillPattern(QPainter *painter, const QPainterPath &shape, Qt::BrushStyle pattern, const QColor &colour);
    static void fillPattern(QPainter *painter, const QRectF &rect, Qt::BrushStyle pattern, const QColor &colour);
    // Fills rect with the status colour and lays its pattern over it; no outline.
    static void fillStatus(QPainter *painter, const QRectF &rect, MilestoneStatus::State state, Mode mode = Mode::Colour);
    // A legend swatch: the fill, the pattern and the outline.
    static void paintSwatch(QPainter *painter, const QRectF &rect, MilestoneStatus::State state, Mode mode = Mode::Colour);
    // Draws marker centred in rect, filled with fill and outlined with outline.
    static void paintMarker(QPainter *painter, const QRectF &rect, Marker marker, const QColor &fill, const QColor &outline);

    // ITU-R BT.601 luma, 0..255: what a greyscale printer makes of colour.
    static int luminance(const QColor &colour);
    static QColor toGrey(const QColor &colour);

    // WCAG 2.1 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
    static double relativeLuminance(const QColor &colour);
    static double contrastRatio(const QColor &a, const QColor &b);
    // colour, darkened on a light background or lightened on a dark one until it reaches ratio
    // against background (a line has no outline to lean on).
    static QColor withContrast(const QColor &colour, const QColor &background, double ratio);
    // The n-th series as a line on the chart background: its colour, with 3:1 contrast.
    static QColor seriesLine(int n, Mode mode = Mode::Colour);

    // The mode for the screen: Dark when the system uses a dark colour scheme (Qt 6.5 and
    // later ask the system; Qt 6.4 reads the application palette's window colour), else Colour.
    static Mode screenMode();
    // The dark QPalette the application takes when the system is dark but its style is not.
    static QPalette darkWindowPalette();
    // At start-up: on a dark system whose style draws light windows, takes darkWindowPalette().
    static void followSystemScheme();
};

} // namespace milepost
