// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planedit/planedit.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace milepost {

class Database;

// milepost plan objectives
// milepost plan add-milestone --objective N|TITLE --title TEXT --start DATE --end DATE [--quarters Q]
// milepost plan edit-milestone --id ID [--title TEXT] [--start DATE] [--end DATE] [--quarters Q]
// milepost plan remove-milestone --id ID         milepost plan restore-milestone --id ID
// milepost plan set-objective-status --objective N|TITLE [--status WORD|none] [--estimate DATE]
//   each with [--note TEXT] [--as-of DATE] [--by NAME] [--expect-version N] [--db PATH]
// Edits the plan headless through PlanEditRepository::record, as the window's Plan menu does:
// journaled with the old and new values, refused when someone edited the milestone or
// objective since the version read, with who entered it. --status, --note, --by, --as-of and
// --expect-version are registered by update and report and read here by name.
class PlanCommand final
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)

public:
    static const QString name; // "plan"

    void addOptions(QCommandLineParser &parser) const;
    static QString helpText();
    int run(const QCommandLineParser &parser, const QStringList &positional, const QString &databasePath) const;

private:
    int listObjectives(Database &database) const;
    // Fills edit's milestone id (from --id), as-of date, author, note and the values given;
    // false after a line on standard error.
    bool readMilestoneId(const QCommandLineParser &parser, PlanEdit *edit) const;
    bool readCommon(const QCommandLineParser &parser, PlanEdit *edit) const;
    int record(const QCommandLineParser &parser, Database &database, PlanEdit edit, const QString &what) const;

    QCommandLineOption m_idOption{QStringLiteral("id"), tr("plan: the milestone's id (export --dataset milestones lists them)."),
                                  tr("id")};
    QCommandLineOption m_objectiveOption{QStringLiteral("objective"),
                                         tr("plan: the objective's number (plan objectives lists them) or title."), tr("objective")};
    QCommandLineOption m_titleOption{QStringLiteral("title"), tr("plan: the milestone's title."), tr("text")};
    QCommandLineOption m_startOption{QStringLiteral("start"), tr("plan: the planned start (a day, month, quarter, Ongoing or N/A)."),
                                     tr("date")};
    QCommandLineOption m_endOption{QStringLiteral("end"), tr("plan: the planned end (a day, month, quarter, Ongoing or N/A)."),
                                   tr("date")};
    QCommandLineOption m_quartersOption{QStringLiteral("quarters"), tr("plan: the quarters marked, e.g. \"Q3-22, Q4-22\" (empty: none)."),
                                        tr("quarters")};
    QCommandLineOption m_estimateOption{QStringLiteral("estimate"),
                                        tr("plan: an objective's estimated completion (empty: none)."), tr("date")};
};

} // namespace milepost
