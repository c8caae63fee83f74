// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinprofiles.h"

#include "datasetschema.h"

namespace milepost {

const QString BuiltInProfiles::nycScaName = QStringLiteral("nyc-sca-capital-projects");

QString BuiltInProfiles::milepostCsvName(Dataset::Id dataset)
{
    return QStringLiteral("milepost-") + Dataset::key(dataset);
}

ImportProfile BuiltInProfiles::milepostCsv(Dataset::Id dataset)
{
    ImportProfile profile;
    profile.name = milepostCsvName(dataset);
    profile.description = tr("Milepost's own CSV for %1").arg(Dataset::name(dataset).toLower());
    profile.dataset = dataset;
    profile.builtIn = true;
    profile.formulaGuarded = true; // written by DatasetExporter
    for (const DatasetField &field : DatasetSchema::fields(dataset)) {
        ColumnMapping mapping;
        mapping.field = QString::fromLatin1(field.key);
        mapping.column = QString::fromUtf8(field.csvName);
        if (field.kind == DatasetField::Kind::Date)
            mapping.dateFormat = QStringLiteral("YYYY-MM-DD");
        if (field.codes)
            mapping.notApplicableCodes = {QStringLiteral("N/A")};
        profile.columns.append(mapping);
    }
    return profile;
}

ImportProfile BuiltInProfiles::nycSca()
{
    // Codes the export writes in date and amount columns instead of a value: PNS (project not
    // started) and DOER, DOES, IEH, FTK, DIIR, DIIT, EMER, DOEL (the phase is managed outside
    // the SCA, so the SCA reports no date or amount). The spring 2025 file also writes TPL on its
    // "Trust For Public Land" projects and DOEP on its "DOE Managed PRE-K" projects, in the same
    // columns and in the same way: the code names who manages the project.
    const QStringList managedElsewhere{QStringLiteral("PNS"),  QStringLiteral("DOER"), QStringLiteral("DOES"),
                                       QStringLiteral("IEH"),  QStringLiteral("FTK"),  QStringLiteral("DIIR"),
                                       QStringLiteral("DIIT"), QStringLiteral("EMER"), QStringLiteral("DOEL"),
                                       QStringLiteral("TPL"),  QStringLiteral("DOEP")};
    const QString dates = QStringLiteral("M/D/YYYY");

    ImportProfile profile;
    profile.name = nycScaName;
    profile.description = tr("NYC School Construction Authority: Capital Project Schedules and Budgets (NYC Open Data)");
    profile.dataset = Dataset::CapitalProjects;
    profile.builtIn = true;
    // The export has no project key: the phase rows of one project share the building, type,
    // description and DSF numbers, which compose the key (see CapitalProjectKey).
    profile.columns = {
        {QStringLiteral("region"), QStringLiteral("Project Geographic District"), 1, {}, {}},
        {QStringLiteral("site_code"), QStringLiteral("Project Building Identifier"), 1, {}, {}},
        {QStringLiteral("school_name"), QStringLiteral("Project School Name"), 1, {}, {}},
        {QStringLiteral("project_type"), QStringLiteral("Project Type"), 1, {}, {}},
        {QStringLiteral("description"), QStringLiteral("Project Description"), 1, {}, {}},
        // One row names its phase "NULL": a phase without a name is rejected, not stored as "NULL".
        {QStringLiteral("phase"), QStringLiteral("Project Phase Name"), 1, {}, {QStringLiteral("NULL")}},
        {QStringLiteral("status"), QStringLiteral("Project Status Name"), 1, {}, {}},
        {QStringLiteral("actual_start"), QStringLiteral("Project Phase Actual Start Date"), 1, dates, managedElsewhere},
        {QStringLiteral("planned_end"), QStringLiteral("Project Phase Planned End Date"), 1, dates, managedElsewhere},
        {QStringLiteral("actual_end"), QStringLiteral("Project Phase Actual End Date"), 1, dates, managedElsewhere},
        {QStringLiteral("budget"), QStringLiteral("Project Budget Amount"), 1, {}, managedElsewhere},
        {QStringLiteral("estimate"), QStringLiteral("Final Estimate of Actual Costs Through End of Phase Amount"), 1, {},
         managedElsewhere},
        {QStringLiteral("spent"), QStringLiteral("Total Phase Actual Spending Amount"), 1, {}, managedElsewhere},
        {QStringLiteral("funding"), QStringLiteral("DSF Number(s)"), 1, {}, {QStringLiteral("NULL")}},
    };
    return profile;
}

QList<ImportProfile> BuiltInProfiles::all()
{
    QList<ImportProfile> profiles;
    for (const Dataset::Id dataset : Dataset::all)
        profiles.append(milepostCsv(dataset));
    profiles.append(nycSca());
    return profiles;
}

QList<ImportProfile> BuiltInProfiles::forDataset(Dataset::Id dataset)
{
    QList<ImportProfile> profiles;
    for (const ImportProfile &profile : all()) {
        if (profile.dataset == dataset)
            profiles.append(profile);
    }
    return profiles;
}

std::optional<ImportProfile> BuiltInProfiles::byName(const QString &name)
{
    for (const ImportProfile &profile : all()) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

} // namespace milepost
