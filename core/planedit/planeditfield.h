// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "time/plandate.h"
#include "time/yearquarter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace milepost {

// The values a plan edit changes, each kept as canonical text in the journal (old and new) and
// in the current-values tables. A milestone's:
//   title          the milestone's title, never empty
//   planned_start  a PlanDate's canonical text: "2022-06-01", "2023-06", "2022-Q2", "Ongoing", "N/A"
//   planned_end    the same
//   quarters       the quarters marked, "2022-Q3 2022-Q4" in calendar order; "" for none
//   removed        "yes" when the milestone is not in the plan (removed, or not yet added), "no"
// An objective's:
//   objective_status      a ProgressStatus key a person set; null when none is recorded (the
//                         imported status text and its parsed state are never changed)
//   estimated_completion  a PlanDate's canonical text; "" for none
class PlanEditField final
{
    Q_DECLARE_TR_FUNCTIONS(PlanEditField)

public:
    enum class Id { Title, PlannedStart, PlannedEnd, Quarters, Removed, ObjectiveStatus, EstimatedCompletion };
    static constexpr int count = 7;
    static constexpr std::array<Id, count> all{Id::Title,   Id::PlannedStart,    Id::PlannedEnd,         Id::Quarters,
                                               Id::Removed, Id::ObjectiveStatus, Id::EstimatedCompletion};

    static bool isMilestoneField(Id field) { return field != Id::ObjectiveStatus && field != Id::EstimatedCompletion; }
    static QString key(Id field); // the journal and column name, "planned_start"
    static QString label(Id field); // "Planned start"
    static std::optional<Id> fromKey(const QString &key);

    // Reads a value as a person typed it into its canonical text (a date in any form PlanDate
    // reads, quarters as "Q3-22, Q4-22" or "2022-Q3 2022-Q4", a status word). False, with a
    // reason a person can act on, when it cannot be read.
    static bool normalise(Id field, const QString &input, QString *canonical, QString *reason);
    // The canonical value as a person reads it.
    static QString displayValue(Id field, const QString &canonical);

    static QString quartersText(const QList<YearQuarter> &quarters);
    static std::optional<QList<YearQuarter>> quartersFromText(const QString &text);
    // A canonical date as a PlanDate; "" gives an invalid date with an empty raw text.
    static PlanDate dateFromText(const QString &canonical);
};

} // namespace milepost
