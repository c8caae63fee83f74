// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "datasets/builtinprofiles.h"
#include "datasets/datasetschema.h"
#include "datasets/mappingsuggester.h"

#include <optional>

using namespace milepost;

namespace {

const QStringList nycHeader{
    QStringLiteral("Project Geographic District "),
    QStringLiteral("Project Building Identifier"),
    QStringLiteral("Project School Name"),
    QStringLiteral("Project Type "),
    QStringLiteral("Project Description"),
    QStringLiteral("Project Phase Name"),
    QStringLiteral("Project Status Name"),
    QStringLiteral("Project Phase Actual Start Date"),
    QStringLiteral("Project Phase Planned End Date"),
    QStringLiteral("Project Phase Actual End Date"),
    QStringLiteral("Project Budget Amount"),
    QStringLiteral("Final Estimate of Actual Costs Through End of Phase Amount"),
    QStringLiteral("Total Phase Actual Spending Amount"),
    QStringLiteral("DSF Number(s)"),
};

QString fieldFor(const ImportProfile &profile, const QString &column)
{
    for (const ColumnMapping &mapping : profile.columns) {
        if (MappingSuggester::normalise(mapping.column) == MappingSuggester::normalise(column))
            return mapping.field;
    }
    return {};
}

} // namespace

TEST_CASE("header names match trimmed and without regard to case, spaces or underscores", "[datasets][mapping]")
{
    CHECK(MappingSuggester::normalise(QStringLiteral("Project Type ")) == MappingSuggester::normalise(QStringLiteral("project_type")));
    CHECK(MappingSuggester::normalise(QStringLiteral("  JOB  CATEGORY")) == QStringLiteral("jobcategory"));
    ColumnMapping mapping;
    mapping.column = QStringLiteral("project type");
    CHECK(MappingSuggester::columnIndex(nycHeader, mapping) == 3);
}

TEST_CASE("a column is found exactly when its normalised name is the mapping's", "[datasets][mapping]")
{
    // columnIndex compares names without building their normalised forms: it must agree with
    // normalise() on names that differ only in what normalise drops, and on those that differ.
    const QStringList names{QStringLiteral("Grade"), QStringLiteral("grade "), QStringLiteral("G r_a d e"),
                            QStringLiteral("Grades"), QStringLiteral("Grad"), QStringLiteral("_"),
                            QStringLiteral(" "), QString(), QStringLiteral("GRADE\t"), QStringLiteral("Gräde"),
                            QStringLiteral("STRASSE"), QStringLiteral("straße")};
    for (const QString &wanted : names) {
        ColumnMapping mapping;
        mapping.column = wanted;
        for (const QString &column : names) {
            const QStringList header{QStringLiteral("Other"), column};
            const bool same = MappingSuggester::normalise(column) == MappingSuggester::normalise(wanted);
            INFO('"' << wanted.toStdString() << "\" against \"" << column.toStdString() << '"');
            CHECK((MappingSuggester::columnIndex(header, mapping) == 1) == same);
        }
    }
}

TEST_CASE("the NYC export's header suggests the NYC mapping and picks the NYC profile", "[datasets][mapping]")
{
    const ImportProfile suggested = MappingSuggester::suggest(Dataset::CapitalProjects, nycHeader);
    CHECK(fieldFor(suggested, QStringLiteral("Project Geographic District")) == QStringLiteral("region"));
    CHECK(fieldFor(suggested, QStringLiteral("Project Building Identifier")) == QStringLiteral("site_code"));
    CHECK(fieldFor(suggested, QStringLiteral("Project Phase Name")) == QStringLiteral("phase"));
    CHECK(fieldFor(suggested, QStringLiteral("Project Phase Planned End Date")) == QStringLiteral("planned_end"));
    CHECK(fieldFor(suggested, QStringLiteral("Final Estimate of Actual Costs Through End of Phase Amount"))
          == QStringLiteral("estimate"));
    CHECK(fieldFor(suggested, QStringLiteral("DSF Number(s)")) == QStringLiteral("funding"));

    const auto best = MappingSuggester::bestProfile(BuiltInProfiles::forDataset(Dataset::CapitalProjects), nycHeader);
    REQUIRE(best);
    CHECK(best->name == BuiltInProfiles::nycScaName);
    CHECK(MappingSuggester::missingColumns(BuiltInProfiles::milepostCsv(Dataset::CapitalProjects), nycHeader).size() > 0);
}

TEST_CASE("Milepost's own CSV header fits its built-in profile", "[datasets][mapping]")
{
    for (const Dataset::Id dataset : Dataset::all) {
        const QStringList header = DatasetSchema::csvHeader(dataset);
        const auto best = MappingSuggester::bestProfile(BuiltInProfiles::all(), header);
        REQUIRE(best);
        CHECK(best->name == BuiltInProfiles::milepostCsvName(dataset));
        const ImportProfile suggested = MappingSuggester::suggest(dataset, header);
        CHECK(suggested.columns.size() == header.size());
    }
}

TEST_CASE("a date format is suggested only when exactly one reads every sampled value", "[datasets][mapping]")
{
    const QStringList header{QStringLiteral("Phase"), QStringLiteral("Actual Start"), QStringLiteral("Site Code"),
                             QStringLiteral("Description")};
    auto suggestFor = [&header](const QStringList &dates) {
        QList<QStringList> sample;
        for (const QString &date : dates)
            sample.append({QStringLiteral("Design"), date, QStringLiteral("X1"), QStringLiteral("Roof")});
        // A copy of the mapping: a pointer into the temporary profile would dangle.
        const ImportProfile profile = MappingSuggester::suggest(Dataset::CapitalProjects, header, sample);
        const ColumnMapping *mapping = profile.mappingFor(QStringLiteral("actual_start"));
        return mapping ? std::optional<ColumnMapping>(*mapping) : std::nullopt;
    };
    // 13/04/2021 settles it: day first.
    const std::optional<ColumnMapping> dayFirst = suggestFor({QStringLiteral("03/04/2021"), QStringLiteral("13/04/2021")});
    REQUIRE(dayFirst);
    CHECK(dayFirst->dateFormat == QStringLiteral("D/M/YYYY"));
    // Every day is 12 or less: month-first and day-first both fit, so the user must choose.
    const std::optional<ColumnMapping> ambiguous = suggestFor({QStringLiteral("03/04/2021"), QStringLiteral("11/12/2021")});
    REQUIRE(ambiguous);
    CHECK(ambiguous->dateFormat.isEmpty());
    // Codes are offered as "not applicable" instead of counting against a format.
    const std::optional<ColumnMapping> coded = suggestFor({QStringLiteral("6/28/2024"), QStringLiteral("PNS"), QString()});
    REQUIRE(coded);
    CHECK(coded->dateFormat == QStringLiteral("M/D/YYYY"));
    CHECK(coded->notApplicableCodes == QStringList{QStringLiteral("PNS")});
}

TEST_CASE("duplicate header names are told apart by occurrence", "[datasets][mapping]")
{
    const QStringList header{QStringLiteral("Date"), QStringLiteral("Amount"), QStringLiteral("date ")};
    CHECK(MappingSuggester::isDuplicated(header, 0));
    CHECK_FALSE(MappingSuggester::isDuplicated(header, 1));
    CHECK(MappingSuggester::occurrenceOf(header, 2) == 2);
    ColumnMapping second;
    second.column = QStringLiteral("Date");
    second.occurrence = 2;
    CHECK(MappingSuggester::columnIndex(header, second) == 2);
    second.occurrence = 3;
    CHECK(MappingSuggester::columnIndex(header, second) == -1);
}
