// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace milepost {

// milepost changes --since DATE [--until DATE] [--json] [--db PATH]
// What changed between two dates (PlanChanges), headless: new and removed milestones,
// completions, dates moved with their slip, status changes, objectives, renames, percent and
// other recorded changes, notes; from the plan edits and the progress updates dated after
// --since and up to --until (default: today). --since and --until are registered by history,
// and read here by name.
class ChangesCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ChangesCommand)

public:
    static const QString name; // "changes"

    static QString helpText();
    int run(const QCommandLineParser &parser, const QStringList &positional, const QString &databasePath, bool json) const;
};

} // namespace milepost
