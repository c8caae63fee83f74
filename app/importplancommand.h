// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

namespace milepost {

class PlanMerge;

// milepost import-plan FILE --db PATH [--json] [--force] [--dry-run] [--match "OLD=NEW"]...
// Reads FILE and stores it. A new edition of a stored plan (same file name) is merged into it
// (PlanRepository::mergePlan) and the merge reported: new, removed, renamed and changed
// milestones, with counts that add up, the rename candidates and how to confirm them, and the
// person's edits kept over the edition's values. --dry-run reports without storing.
class ImportPlanCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanCommand)

public:
    static const QString name; // "import-plan"
    void addOptions(QCommandLineParser &parser) const;
    static QString helpText();
    // Exit codes as CommandLine's: 0 stored (or reported, with --dry-run), 1 not stored, 2 usage error.
    int run(const QCommandLineParser &parser, const QString &file, const QString &databasePath, bool json, bool force) const;

private:
    static void printMerge(const PlanMerge &merge, bool dryRun);

    QCommandLineOption m_dryRunOption{QStringLiteral("dry-run"),
                                      tr("import-plan: show what a new edition would change; store nothing.")};
    QCommandLineOption m_matchOption{QStringLiteral("match"),
                                     tr("import-plan: the milestone (or objective) titled OLD is the one the new edition "
                                        "titles NEW; may be repeated."),
                                     tr("old=new")};
};

} // namespace milepost
