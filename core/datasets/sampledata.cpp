// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampledata.h"

#include "builtinprofiles.h"
#include "datasetimporter.h"
#include "store/datasetrepository.h"

namespace milepost {

QList<SampleData::File> SampleData::files()
{
    return {{Dataset::Staffing, QStringLiteral("lausd-sample-staffing.csv")},
            {Dataset::Enrollment, QStringLiteral("lausd-sample-enrollment.csv")},
            {Dataset::CapitalProjects, QStringLiteral("lausd-sample-capital-projects.csv")}};
}

QString SampleData::sourceName()
{
    return QStringLiteral("lausd-sample");
}

bool SampleData::importIfEmpty(Database &database, const QString &directory, QString *error)
{
    DatasetRepository repository(database);
    QString readError;
    const QList<DatasetRepository::Source> sources = repository.sources(&readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    if (!sources.isEmpty())
        return true; // the user's data, or the sample imported before: leave it as it is
    DatasetImporter importer(database);
    for (const File &file : files()) {
        DatasetImporter::Request request;
        request.path = directory + QLatin1Char('/') + file.name;
        request.profile = BuiltInProfiles::milepostCsv(file.dataset);
        request.source = sourceName();
        request.backUp = false; // only ever into a new database
        const ImportReport report = importer.run(request);
        if (!report.ok) {
            if (error)
                *error = tr("The sample %1 data could not be imported: %2").arg(Dataset::name(file.dataset).toLower(), report.error);
            return false;
        }
        if (report.rejected > 0 || report.blank > 0) {
            if (error)
                *error = tr("The sample file %1 has %2 rows Milepost could not take.").arg(file.name).arg(report.rejected + report.blank);
            return false;
        }
    }
    return true;
}

} // namespace milepost
