// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QStringList>

class QSettings;

namespace milepost {

// Everything a user sets up in the timeline, so that it all comes back after a restart. A
// value type: the view fills one in, QSettings keeps it, the tests compare two.
struct TimelineSettings final
{
    // Bumped when the meaning of a key changes, so an old value is not misread.
    static constexpr int version = 1;

    qreal pixelsPerDay = 2.0;
    bool fiscal = false;
    int fiscalFirstMonth = 7;
    // Null: the as-of date follows today.
    QDate asOf;
    int dueSoonDays = 30;
    bool showMarks = false;
    // What the timeline shows: int(TimelinePaintOptions::Subject), the plan by default.
    int subject = 0;
    bool greyscale = false;
    // The first day in view; null: fit everything on first show.
    QDate leftDate;
    // TimelineRoles::KeyRole of the groups the user collapsed.
    QStringList collapsed;
    QByteArray treeHeader; // the plan's columns
    QByteArray capitalTreeHeader;
    QByteArray staffingTreeHeader;
    QByteArray splitter;

    // Reads the "timeline" group; defaults where a value is missing or from another version.
    static TimelineSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const TimelineSettings &, const TimelineSettings &) = default;
};

} // namespace milepost
