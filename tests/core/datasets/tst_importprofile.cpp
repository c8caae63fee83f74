// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "datasets/builtinprofiles.h"
#include "datasets/datasetschema.h"

#include <QJsonObject>

using namespace milepost;

TEST_CASE("every built-in profile is valid and survives a JSON round trip", "[datasets][profile]")
{
    for (ImportProfile profile : BuiltInProfiles::all()) {
        QString error;
        INFO(profile.name.toStdString());
        CHECK(profile.validate(&error));
        CHECK(error.isEmpty());
        QString problem;
        const auto back = ImportProfile::fromJson(profile.toJson(), &problem);
        REQUIRE(back);
        profile.builtIn = false; // not part of the saved form
        CHECK(*back == profile);
    }
}

TEST_CASE("a profile with encoding, delimiter and decimal comma round-trips", "[datasets][profile]")
{
    ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::Enrollment);
    profile.name = QStringLiteral("Excel Europe");
    profile.builtIn = false;
    profile.encoding = TextEncoding::Windows1252;
    profile.delimiter = ';';
    profile.decimalSeparator = ',';
    profile.twoDigitYearPivot = 50;
    ColumnMapping grade = *profile.mappingFor(QStringLiteral("grade"));
    grade.column = QStringLiteral("Date");
    grade.occurrence = 2;
    profile.setMapping(grade);
    QString error;
    const auto back = ImportProfile::fromJson(profile.toJson(), &error);
    REQUIRE(back);
    CHECK(*back == profile);
}

TEST_CASE("profiles that cannot be used say why", "[datasets][profile]")
{
    QString error;
    ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::Staffing);
    profile.removeMapping(QStringLiteral("job_category"));
    CHECK_FALSE(profile.validate(&error));
    CHECK(error.contains(QStringLiteral("Job Category")));

    ImportProfile dates = BuiltInProfiles::nycSca();
    ColumnMapping start = *dates.mappingFor(QStringLiteral("actual_start"));
    start.dateFormat.clear();
    dates.setMapping(start);
    CHECK_FALSE(dates.validate(&error));
    CHECK(error.contains(QStringLiteral("date format")));

    ImportProfile keyless = BuiltInProfiles::nycSca();
    keyless.removeMapping(QStringLiteral("description"));
    CHECK_FALSE(keyless.validate(&error));
    CHECK(error.contains(QStringLiteral("Project Key")));

    ImportProfile unknown = BuiltInProfiles::milepostCsv(Dataset::Staffing);
    unknown.columns.append({QStringLiteral("budget"), QStringLiteral("Budget"), 1, {}, {}});
    CHECK_FALSE(unknown.validate(&error));
}

TEST_CASE("a profile with units, value maps, patterns or wide columns is saved as version 2", "[datasets][profile]")
{
    ImportProfile profile = BuiltInProfiles::milepostCsv(Dataset::CapitalProjects);
    profile.builtIn = false; // not saved: a profile read back is a saved one
    CHECK(profile.toJson().value(QStringLiteral("version")).toInt() == 1);
    for (ColumnMapping &mapping : profile.columns) {
        if (mapping.field == QLatin1String("budget"))
            mapping.unit = ColumnMapping::Unit::Thousands;
    }
    const QJsonObject json = profile.toJson();
    CHECK(json.value(QStringLiteral("version")).toInt() == 2);
    QString error;
    const auto back = ImportProfile::fromJson(json, &error);
    REQUIRE(back);
    CHECK(*back == profile);
    QJsonObject future = json;
    future.insert(QStringLiteral("version"), 3);
    CHECK_FALSE(ImportProfile::fromJson(future, &error));
    CHECK(error.contains(QStringLiteral("another version")));
}
