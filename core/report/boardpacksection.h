// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace milepost {

// The parts a board pack can bind, by the names the command line and the settings use:
// `report --sections plan,milestones,timeline,staffing,enrollment,capital`.
class BoardPackSection final
{
    Q_DECLARE_TR_FUNCTIONS(BoardPackSection)

public:
    enum class Kind {
        PlanSummary, // the plan's title page: facts and key figures
        Milestones,  // milestones by objective (and what changed, when asked)
        Timeline,
        Staffing,
        Enrollment,
        Capital,
    };

    // In the order a pack binds them when every one is chosen.
    static QList<Kind> all();
    static QString key(Kind kind);   // "plan", "milestones", ...
    static QString title(Kind kind); // "Plan summary", "Milestones by objective", ...
    static QStringList keys();
    static bool isDashboardPage(Kind kind);

    // "plan,capital" in the order given. An unknown, empty or repeated name refuses the whole
    // list, with error naming it and the valid names.
    static bool parse(const QString &text, QList<Kind> *kinds, QString *error);
};

} // namespace milepost
