// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/milestone.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace milepost {

// A plan's dates kept under a name (BaselineRepository): "Imported", the dates as first
// imported, kept by every import; or one a person took on demand.
struct Baseline final
{
    qint64 id = 0;
    QString planSource;
    QString name;
    QDateTime takenAt;
    QString takenBy; // empty for the imported baseline

    static QString importedName() { return QStringLiteral("Imported"); }
};

// One milestone's dates in a baseline: the first day of its start and the last day of its
// end; invalid when undated (Ongoing, N/A, unreadable).
struct BaselineDates final
{
    QDate start;
    QDate end;

    static BaselineDates of(const Milestone &milestone)
    {
        return {milestone.start.isDated() ? milestone.start.firstDay() : QDate(),
                milestone.end.isDated() ? milestone.end.lastDay() : QDate()};
    }

    // How many days the milestone's end now lies after this baseline's (negative: earlier);
    // nullopt when either end is undated.
    std::optional<qint64> slipDays(const Milestone &current) const
    {
        if (!end.isValid() || !current.end.isDated())
            return std::nullopt;
        return end.daysTo(current.end.lastDay());
    }

    friend bool operator==(const BaselineDates &, const BaselineDates &) = default;
};

} // namespace milepost
