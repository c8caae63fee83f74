// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/dataset.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace milepost {

class Database;

// The dataset imports stored so far, and their removal: a run goes with every row it added,
// and for a refresh the rows it changed or removed come back as they were (SupersededRows), in
// one transaction. Only the latest run of a source can be removed: an earlier one's rows were
// refreshed by the later runs, which are removed first. A refresh made before schema version 6
// kept nothing it replaced: it is not removed here (a backup restores the state before it).
class ImportHistory final
{
    Q_DECLARE_TR_FUNCTIONS(ImportHistory)

public:
    struct Run
    {
        qint64 id = 0;
        Dataset::Id dataset = Dataset::Staffing;
        QString source;
        QString file;
        QString profile;
        QDateTime importedAt; // UTC
        QString importedBy;   // "" for runs before schema version 6
        qint64 rowsRead = 0;  // stored + rejected + blank + totals
        qint64 stored = 0;
        qint64 rejected = 0;
        qint64 blank = 0;
        qint64 totals = 0;
        bool latestOfSource = false;
        // Whether removing it can give back what it replaced: a source's first import, or one
        // that kept the rows it replaced (schema version 6 on).
        bool reversible = false;
        bool removable() const { return latestOfSource && reversible; }
    };
    // What removing a run does, for the confirmation.
    struct Effect
    {
        qint64 removedRows = 0;  // rows the run added (staffing or enrollment rows, capital phases)
        qint64 restoredRows = 0; // rows it changed or removed, which come back as they were
        bool lastOfSource = false; // the source goes with it
    };

    explicit ImportHistory(Database &database);

    // Newest first; empty and error set when the store cannot be read.
    QList<Run> runs(QString *error = nullptr) const;
    std::optional<Run> run(qint64 runId, QString *error = nullptr) const;
    std::optional<Effect> effectOfRemoving(qint64 runId, QString *error = nullptr) const;

    // Removes the run after a backup (Database::prepareForChange) unless backUp is false; false
    // with error set, and the database as it was, when it cannot. effect, when given, gets
    // what the removal did.
    bool remove(qint64 runId, QString *error = nullptr, bool backUp = true, Effect *effect = nullptr);

private:
    struct Place
    {
        Dataset::Id dataset = Dataset::Staffing;
        qint64 sourceId = 0;
        qint64 previousRunId = 0; // 0: the source's first run
        bool latest = false;
        bool keepsReplaced = false;
    };
    std::optional<Place> placeOf(qint64 runId, QString *error) const;

    Database &m_database;
};

} // namespace milepost
