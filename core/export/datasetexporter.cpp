// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetexporter.h"

#include "csvwriter.h"
#include "exportfile.h"
#include "plancsvexporter.h"
#include "storeddatasetcsv.h"
#include "store/planrepository.h"

namespace milepost {

namespace {

const QString milestonesDataset = QStringLiteral("milestones");
const QString objectivesDataset = QStringLiteral("objectives");
const QString findingsDataset = QStringLiteral("findings");
const QString staffingDataset = QStringLiteral("staffing");
const QString enrollmentDataset = QStringLiteral("enrollment");
const QString projectsDataset = QStringLiteral("projects");
const QString phasesDataset = QStringLiteral("phases");

} // namespace

DatasetExporter::DatasetExporter(Database &database)
    : m_database(database)
{
}

QStringList DatasetExporter::datasetNames()
{
    return {milestonesDataset, objectivesDataset, findingsDataset, staffingDataset,
            enrollmentDataset, projectsDataset, phasesDataset};
}

bool DatasetExporter::isDataset(const QString &name)
{
    return datasetNames().contains(name);
}

QString DatasetExporter::unknownDatasetMessage(const QString &name)
{
    return tr("unknown dataset “%1”; the datasets are %2").arg(name, datasetNames().join(QLatin1String(", ")));
}

bool DatasetExporter::write(const QString &dataset, CsvWriter &writer, QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isDataset(dataset))
        return fail(unknownDatasetMessage(dataset));

    // The imported datasets stream from the store.
    if (dataset == staffingDataset)
        return StoredDatasetCsv::write(m_database, Dataset::Staffing, DatasetTableReader::Rows::Records, writer, error);
    if (dataset == enrollmentDataset)
        return StoredDatasetCsv::write(m_database, Dataset::Enrollment, DatasetTableReader::Rows::Records, writer, error);
    if (dataset == projectsDataset)
        return StoredDatasetCsv::write(m_database, Dataset::CapitalProjects, DatasetTableReader::Rows::Projects, writer, error);
    if (dataset == phasesDataset)
        return StoredDatasetCsv::write(m_database, Dataset::CapitalProjects, DatasetTableReader::Rows::Records, writer, error);

    QString readError;
    const auto stored = PlanRepository(m_database).loadLatest(&readError);
    if (!stored) {
        return fail(readError.isEmpty() ? tr("the database holds no plan yet; import one with milepost import-plan")
                                        : readError);
    }
    if (dataset == milestonesDataset)
        PlanCsvExporter::writeMilestones(stored->plan, writer, stored->milestoneIds);
    else if (dataset == objectivesDataset)
        PlanCsvExporter::writeObjectives(stored->plan, writer);
    else
        PlanCsvExporter::writeFindings(stored->findings, writer);
    return true;
}

DatasetExporter::Result DatasetExporter::exportToFile(const QString &dataset, const QString &path,
                                                      const CsvOptions &options) const
{
    Result result;
    if (!isDataset(dataset)) {
        result.error = unknownDatasetMessage(dataset);
        return result;
    }
    ExportFile file(path);
    if (!file.open(&result.error))
        return result;
    CsvWriter writer(file.device(), options);
    QString error;
    if (!write(dataset, writer, &error)) {
        result.error = tr("Cannot export %1: %2").arg(dataset, error);
        return result; // the ExportFile destructor discards the file
    }
    if (!writer.finish()) {
        result.error = tr("Cannot write %1: %2").arg(path, writer.errorString());
        return result;
    }
    if (!file.commit(&result.error))
        return result;
    result.ok = true;
    result.rows = writer.rowCount() - 1;
    return result;
}

} // namespace milepost
