// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace milepost {

class Database;

// The plan imports (schema version 10: plan_imports), listed in File › Imported Data… beside
// the dataset imports, and their removal.
//
// A plan import replaces the stored plan of its source, and the edition it replaced is not
// kept; progress, plan edits and baselines are recorded on the milestones' keys, which outlive
// every edition. So an import can be removed only when removing it gives back exactly the
// state before it, and loses nothing people recorded:
// - its plan is the one stored for its source (a later import replaced it: nothing to remove);
// - it replaced no earlier edition (that edition cannot come back: a backup restores it);
// - no progress update, plan edit or baseline of one's own is recorded on the plan's
//   milestones or objectives (they would be left without the plan they belong to).
// Removing it deletes the plan (objectives, milestones, quarters, findings), the baseline
// "Imported" it took and its record; the milestone keys stay, as keys always do, so a later
// import of the same file gives its milestones the same ids. Nothing recorded is ever deleted:
// progress, plan edits and baselines live on the keys.
class PlanImportHistory final
{
    Q_DECLARE_TR_FUNCTIONS(PlanImportHistory)

public:
    struct Run
    {
        qint64 id = 0;
        QString planSource; // what a re-import replaces
        QString file;
        QDateTime importedAt; // UTC
        QString importedBy;   // "" for plans stored before schema version 10
        qint64 objectives = 0;
        qint64 milestones = 0;
        qint64 findings = 0;
        bool stored = false;                 // its plan is the one stored for its source
        std::optional<bool> replacedEarlier; // nullopt: not known (before schema version 10)
    };
    // What recorded work refers to a plan's milestones and objectives.
    struct Recorded
    {
        qint64 updates = 0;   // progress updates
        qint64 planEdits = 0;
        qint64 baselines = 0; // baselines people took ("Imported" is the import's own)
        bool isEmpty() const { return updates == 0 && planEdits == 0 && baselines == 0; }
    };

    explicit PlanImportHistory(Database &database);

    // Newest first; empty and error set when the store cannot be read.
    QList<Run> runs(QString *error = nullptr) const;
    std::optional<Run> run(qint64 runId, QString *error = nullptr) const;
    std::optional<Recorded> recorded(const QString &planSource, QString *error = nullptr) const;
    // Why the run cannot be removed; empty when it can; nullopt with error set when the store
    // cannot say.
    std::optional<QString> whyNotRemovable(qint64 runId, QString *error = nullptr) const;

    // Removes the run after a backup (Database::prepareForChange) unless backUp is false, in one
    // transaction; false with error set, and the database as it was, when it cannot.
    bool remove(qint64 runId, QString *error = nullptr, bool backUp = true);

private:
    Database &m_database;
};

} // namespace milepost
