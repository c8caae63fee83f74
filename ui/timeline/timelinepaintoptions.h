// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/palette.h"

#include <QDate>
#include <QFlags>
#include <QFont>
#include <QPersistentModelIndex>

class QItemSelectionModel;

namespace milepost {

// What TimelinePainter::paint() draws and how: a value type, so a screen, a print preview and a
// PDF page each fill in their own. Nothing here refers to a widget.
struct TimelinePaintOptions final
{
    enum class Part {
        Header = 0x1, // the time scale's tiers, at the top of the rect
        Grid = 0x2,   // vertical lines at the scale's boundaries and the row bands
        Rows = 0x4,   // bars, diamonds, summaries, warning markers, quarter marks
        Lines = 0x8,  // the as-of and today lines
    };
    Q_DECLARE_FLAGS(Parts, Part)

    Parts parts = Parts(Part::Header) | Part::Grid | Part::Rows | Part::Lines;

    // What the rows are: the legend names the colours and summaries in its terms.
    enum class Subject { Plan, CapitalProjects, Staffing };
    Subject subject = Subject::Plan;

    // The scale x shown at the rect's left edge: scale.toX(firstDate) to start a page at a date.
    qreal left = 0;
    // The row at the top of the rows area, and how many pixels of it are scrolled out of sight.
    int firstRow = 0;
    qreal rowOffset = 0;
    // At most this many rows; -1 paints all that reach into the rect (the last one may be cut).
    // A page sets it to the rows that fit whole, so that no row is cut at a page break.
    int rowLimit = -1;

    // Height of the header when Part::Header is drawn; 0 means TimelinePainter::headerHeightFor(font).
    qreal headerHeight = 0;
    QFont font;
    Palette::Mode mode = Palette::Mode::Colour;

    QDate asOf;
    bool showAsOfLine = true;
    QDate today;
    bool showTodayLine = true;
    // The plan's own quarter marks (●) in a lane below each bar.
    bool showMarks = false;
    // The baseline's bar (BaselineStartRole, BaselineEndRole) thin under each milestone's bar.
    bool showBaseline = false;
    bool alternateRows = true;
    // > 0: bars, diamonds and marks are drawn for a row this tall, centred in a taller one (the
    // printed timeline's rows grow with a wrapped name; its bars keep one thickness).
    qreal shapeHeight = 0;

    // Where an Ongoing side fades out: invalid dates mean the rect's edges. A report printed
    // over several pages sets them to the printed range, so the fade is not repeated per page.
    QDate openFrom;
    QDate openUntil;

    // Screen only: the highlighted rows and the focus frame. Null when printing.
    const QItemSelectionModel *selection = nullptr;
    QPersistentModelIndex current;
    bool hasFocus = false;
};

} // namespace milepost

Q_DECLARE_OPERATORS_FOR_FLAGS(milepost::TimelinePaintOptions::Parts)
