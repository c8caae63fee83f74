// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The datasets the timeline tests draw: the real NYC School Construction Authority export and
// the LAUSD sample staffing, imported through core as the app imports them, read once.
#include "catchcompat.h"

#include "datasets/builtinprofiles.h"
#include "datasets/datasetimporter.h"
#include "store/database.h"
#include "store/datasetrepository.h"

#include <QFile>

namespace milepost::test {

inline QString nycExportPath()
{
    const QString name = QStringLiteral("/nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv");
    const QString bundled = QStringLiteral(MILEPOST_DATA_DIR) + name;
    return QFile::exists(bundled) ? bundled : QStringLiteral(MILEPOST_SHARED_DIR "/data") + name;
}

inline QList<CapitalProject> importProjects(const QString &path, const ImportProfile &profile)
{
    QString error;
    auto database = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(database);
    DatasetImporter importer(*database);
    DatasetImporter::Request request;
    request.path = path;
    request.profile = profile;
    const ImportReport report = importer.run(request);
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
    const QList<CapitalProject> projects = DatasetRepository(*database).capitalProjects(&error);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    return projects;
}

// Imported on first use: the whole export, 6,984 projects with 13,152 phases.
inline const QList<CapitalProject> &nycProjects()
{
    static const QList<CapitalProject> projects = importProjects(nycExportPath(), BuiltInProfiles::nycSca());
    return projects;
}

inline QList<StaffingRecord> sampleStaffing()
{
    QString error;
    auto database = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(database);
    DatasetImporter importer(*database);
    DatasetImporter::Request request;
    request.path = QStringLiteral(MILEPOST_DATA_DIR "/lausd-sample-staffing.csv");
    request.profile = BuiltInProfiles::milepostCsv(Dataset::Staffing);
    const ImportReport report = importer.run(request);
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
    return DatasetRepository(*database).staffing(&error);
}

} // namespace milepost::test
