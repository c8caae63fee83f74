// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/capitalproject.h"
#include "datasets/dataset.h"
#include "datasets/enrollmentrecord.h"
#include "datasets/importevent.h"
#include "datasets/importreport.h"
#include "datasets/staffingrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace milepost {

class Database;

// Reads the imported datasets and the history of their imports. Writing happens through
// DatasetImportSession, in one transaction per import.
class DatasetRepository final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetRepository)

public:
    struct Source
    {
        qint64 id = 0;
        Dataset::Id dataset = Dataset::Staffing;
        QString name;
        qint64 records = 0;      // rows stored: staffing or enrollment rows, capital phases
        qint64 illustrative = 0; // of which marked illustrative (sample data)
    };

    explicit DatasetRepository(Database &database);

    // What sources() counts: the rows of each source, or only whether it holds any (records 1
    // or 0, illustrative 0), which a look at its first row tells: counting reads every row (0.6 s
    // at 1.3 million capital phases, on each opening of the dashboard).
    enum class Count { Rows, Presence };

    // Empty list and error set when the store cannot be read.
    QList<Source> sources(QString *error = nullptr, Count count = Count::Rows) const;
    QList<StaffingRecord> staffing(QString *error = nullptr) const;
    QList<EnrollmentRecord> enrollment(QString *error = nullptr) const;
    QList<CapitalProject> capitalProjects(QString *error = nullptr) const;
    // Rows stored for the dataset; -1 when the store cannot be read.
    qint64 recordCount(Dataset::Id dataset) const;
    // Whether any stored row is marked illustrative: the app then shows a "sample data" badge.
    bool hasIllustrativeData() const;

    // Removes a source with all its rows and its import history, in one transaction, after a
    // backup (Database::prepareForChange) unless backUp is false (a caller removing several
    // sources takes one backup first).
    bool removeSource(Dataset::Id dataset, const QString &name, QString *error = nullptr, bool backUp = true);

    // The counts of a finished import as ImportReport holds them (events not included).
    std::optional<ImportReport> run(qint64 runId, QString *error = nullptr) const;
    qint64 latestRunId(Dataset::Id dataset) const; // 0 when there is none
    // Every event of a run in order; stops early when visit returns false.
    bool forEachEvent(qint64 runId, const std::function<bool(const ImportEvent &)> &visit,
                      QString *error = nullptr) const;

private:
    Database &m_database;
};

} // namespace milepost
