// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>

namespace milepost {

// The roles a model offers to be drawn on the timeline. The chart, the painter and the print
// path read only these; an adapter proxy (PlanTimelineModel) maps a domain model onto them, so
// the domain model never learns that it is drawn as a Gantt chart.
class TimelineRoles final
{
public:
    enum Role {
        ItemKindRole = Qt::UserRole + 256, // ItemKind (as int)
        StartRole,                         // QDate: first day; null when the start is open or missing
        EndRole,                           // QDate: last day (inclusive); null when open or missing
        StartEdgeRole,                     // Edge (as int)
        EndEdgeRole,                       // Edge (as int)
        StatusRole,                        // int(MilestoneStatus::State); no value on summaries
        StatusReasonRole,                  // QString: why the status is what it is
        ProblemRole,                       // QString: raw text and finding of an unreadable date; empty when fine
        MarksRole,                         // QList<TimelineMark>: the plan's own quarter marks
        ToolTipRole,                       // QString: full dates and status, for tooltips and screen readers
        KeyRole,                           // QString: stable across sessions, for remembering collapsed groups
        ActualStartRole,                   // QDate: when the work really began; null when not known
        ActualEndRole,                     // QDate: when it really ended, or the as-of date while it runs on
        LabelRole,                         // QString: a short text drawn after the bar (counts); empty for none
        SetAsideRole,                      // bool: recorded Deferred or Cancelled: no schedule left; drawn hollow
        BaselineStartRole,                 // QDate: the chosen baseline's first day; null when none or undated
        BaselineEndRole,                   // QDate: the chosen baseline's last day; null when none or undated
    };

    enum class ItemKind {
        Summary, // spans its children (phase, objective, capital project, district)
        Task,    // a milestone: a bar, or a diamond when it starts and ends on the same day
    };

    // How sure an end of a bar is.
    enum class Edge {
        Exact,   // a day
        Soft,    // a month or a quarter: drawn over the whole span with a softer edge
        Open,    // "Ongoing": the bar fades out towards the edge of the chart
        Missing, // N/A or unreadable: no edge to draw, a warning marker instead
    };
};

// One quarter of a plan's implementation table: one it marks with ●, and whether the
// milestone's dates reach into it; or one the dates cover for 30 days or more that the plan
// leaves unmarked (marked false, agreesWithDates false), where the document and the dates
// disagree the other way.
struct TimelineMark final
{
    QDate first;
    QDate last;
    bool agreesWithDates = true;
    bool marked = true;

    friend bool operator==(const TimelineMark &, const TimelineMark &) = default;
};

} // namespace milepost

Q_DECLARE_METATYPE(milepost::TimelineMark)
