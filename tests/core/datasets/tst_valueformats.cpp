// SPDX-License-Identifier: GPL-3.0-or-later
// Values as real exports write them, imported end to end: accounting amounts, amounts in
// thousands, timestamps in date columns, months and fiscal years kept at their precision.
#include "catchcompat.h"
#include "core/datasets/importfixture.h"

#include "dashboard/capitalprojectsummary.h"
#include "store/datasetrepository.h"

using namespace milepost;
using namespace milepost::test;

namespace {

// A profile made of the command line's edits alone.
ImportProfile edited(Dataset::Id dataset, const QStringList &columns, const QStringList &units = {})
{
    ProfileEdits edits(dataset);
    QString error;
    for (const QString &column : columns)
        REQUIRE(edits.addColumn(column, &error));
    for (const QString &unit : units)
        REQUIRE(edits.addUnit(unit, &error));
    return profileFromEdits(edits, dataset);
}

} // namespace

TEST_CASE("accounting amounts in a column of thousands are stored exactly", "[datasets][formats]")
{
    Fixture fixture;
    const QString path = fixture.write(QStringLiteral("capital.csv"),
                                       "Project,Phase,Budget ($000),Spent\n"
                                       "P1,Design,\" $(1,747) \",\" $1,747.25 \"\n"
                                       "P2,Design,2.5,($12)\n"
                                       "P3,Design,1.234567,0\n"      // a tenth of a cent: refused
                                       "P4,Design,$ -,0\n");         // zero or nothing? refused
    const ImportProfile profile =
        edited(Dataset::CapitalProjects,
               {QStringLiteral("project_key=Project"), QStringLiteral("phase=Phase"),
                QStringLiteral("budget=Budget ($000)"), QStringLiteral("spent=Spent")},
               {QStringLiteral("budget=thousands")});
    CHECK(profile.mappingFor(QStringLiteral("budget"))->unit == ColumnMapping::Unit::Thousands);
    CHECK(profile.mappingFor(QStringLiteral("spent"))->unit == ColumnMapping::Unit::Ones);
    const ImportReport report = fixture.import(path, profile);
    REQUIRE(report.ok);
    CHECK(report.stored == 2);
    CHECK(report.rejected == 2);
    CHECK(fixture.count(QStringLiteral("SELECT budget FROM capital_phases WHERE source_line = 2")) == -174700000);
    CHECK(fixture.count(QStringLiteral("SELECT spent FROM capital_phases WHERE source_line = 2")) == 174725);
    CHECK(fixture.count(QStringLiteral("SELECT budget FROM capital_phases WHERE source_line = 3")) == 250000);
    CHECK(fixture.count(QStringLiteral("SELECT spent FROM capital_phases WHERE source_line = 3")) == -1200);
    REQUIRE(eventAt(report, 4));
    CHECK(eventAt(report, 4)->reason.contains(QStringLiteral("does not round")));
    REQUIRE(eventAt(report, 5));
    CHECK(eventAt(report, 5)->reason.contains(QStringLiteral("not an amount")));
}

TEST_CASE("a unit is saved with the profile and read back", "[datasets][formats][profile]")
{
    const ImportProfile profile =
        edited(Dataset::CapitalProjects,
               {QStringLiteral("project_key=Project"), QStringLiteral("phase=Phase"), QStringLiteral("budget=Budget")},
               {QStringLiteral("budget=millions")});
    QString error;
    const auto back = ImportProfile::fromJson(profile.toJson(), &error);
    REQUIRE(back);
    CHECK(*back == profile);
    CHECK(back->mappingFor(QStringLiteral("budget"))->unit == ColumnMapping::Unit::Millions);

    ProfileEdits edits(Dataset::CapitalProjects);
    CHECK_FALSE(edits.addUnit(QStringLiteral("phase=thousands"), &error));
    CHECK(error.contains(QStringLiteral("not an amount")));
    CHECK_FALSE(edits.addUnit(QStringLiteral("budget=dozens"), &error));
    CHECK(error.contains(QStringLiteral("not a unit")));
    // A unit for a field no column is read as: said, not ignored.
    REQUIRE(edits.addUnit(QStringLiteral("estimate=thousands"), &error));
    ImportProfile without = profile;
    edits.apply(&without);
    CHECK_FALSE(edits.checkApplied(without, &error));
    CHECK(error.contains(QStringLiteral("--map estimate=COLUMN")));
}

TEST_CASE("timestamps in a date column give their day, months and fiscal years are kept at their precision",
          "[datasets][formats][dates]")
{
    Fixture fixture;
    const QString path = fixture.write(QStringLiteral("capital.csv"),
                                       "Project,Phase,Start,End\n"
                                       "P1,Design,2024-06-28T10:15:00Z,\n"
                                       "P2,Design,2024-06-28T23:30:00-05:00,\n"
                                       "P3,Design,May 2009,May 2009\n"
                                       "P4,Design,FY2012,FY2012\n"
                                       "P5,Design,2009-05,2009-05-20\n"
                                       "P6,Design,2024-06-28T24:00:00Z,\n"
                                       "P7,Design,2011-12,\n"          // December 2011 or the school year 2011-12
                                       "P8,Design,2009-05-20,May 2009\n"
                                       "P9,Design,June 2009,May 2009\n"); // ends before it starts
    const ImportProfile profile = edited(Dataset::CapitalProjects,
                                         {QStringLiteral("project_key=Project"), QStringLiteral("phase=Phase"),
                                          QStringLiteral("planned_start=Start"), QStringLiteral("planned_end=End")});
    const ImportReport report = fixture.import(path, profile);
    REQUIRE(report.ok);
    CHECK(report.stored == 6);
    CHECK(report.rejected == 3);
    CHECK(fixture.count(QStringLiteral("SELECT COUNT(*) FROM capital_phases WHERE planned_start = %1")
                            .arg(QDate(2024, 6, 28).toJulianDay()))
          == 2);
    // Each date as the file wrote it: a start stands for its first day, an end for its last, and
    // the precision is kept beside it; a day has none.
    Statement rows(fixture.database().handle(),
                   QStringLiteral("SELECT source_line, date(planned_start), coalesce(planned_start_precision, 'day'), "
                                  "coalesce(date(planned_end), '-'), coalesce(planned_end_precision, 'day') "
                                  "FROM capital_phases ORDER BY source_line"));
    QStringList stored;
    while (rows.step() == Statement::Result::Row) {
        QStringList row;
        for (int column = 0; column < 5; ++column)
            row.append(rows.columnText(column));
        stored.append(row.join(QLatin1Char(' ')));
    }
    CHECK(stored
          == QStringList{QStringLiteral("2 2024-06-28 day - day"), QStringLiteral("3 2024-06-28 day - day"),
                         QStringLiteral("4 2009-05-01 month 2009-05-31 month"),
                         QStringLiteral("5 2011-07-01 year 2012-06-30 year"),
                         QStringLiteral("6 2009-05-01 month 2009-05-20 day"),
                         QStringLiteral("9 2009-05-20 day 2009-05-31 month")});
    REQUIRE(eventAt(report, 7));
    CHECK(eventAt(report, 7)->reason.contains(QStringLiteral("does not fit the date format")));
    REQUIRE(eventAt(report, 8));
    CHECK(eventAt(report, 8)->reason.contains(QStringLiteral("could be the school year 2011-12 or a month")));
    REQUIRE(eventAt(report, 10));
    CHECK(eventAt(report, 10)->reason == QStringLiteral("Planned End May 2009 is before Planned Start Jun 2009"));

    // What the store reads back keeps the precision, and the project's latest planned end keeps
    // that of the phase it comes from.
    const QList<CapitalProject> projects = DatasetRepository(fixture.database()).capitalProjects();
    REQUIRE(projects.size() == 6);
    const CapitalPhase &fiscal = projects.at(3).phases.at(0);
    CHECK(fiscal.plannedStart.value() == QDate(2011, 7, 1));
    CHECK(fiscal.plannedStartPrecision == DatePrecision::Year);
    CHECK(fiscal.plannedEndPrecision == DatePrecision::Year);
    CHECK(projects.at(4).phases.at(0).plannedStartPrecision == DatePrecision::Month);
    CHECK(projects.at(4).phases.at(0).plannedEndPrecision == DatePrecision::Day);
    const CapitalProjectSummary summary = CapitalProjectSummary::of(projects.at(2), QDate(2026, 1, 1));
    CHECK(summary.plannedEnd == QDate(2009, 5, 31));
    CHECK(summary.plannedEndPrecision == DatePrecision::Month);
}

TEST_CASE("a period written as a month name or a fiscal year is stored at its precision", "[datasets][formats][period]")
{
    Fixture fixture;
    const QString path = fixture.write(QStringLiteral("staffing.csv"),
                                       "Month,LD,Employee Group,Job Category,Vacancies\n"
                                       "May 2009,Central,Certificated,Teacher,12\n"
                                       "FY2012,Central,Certificated,Teacher,10\n"
                                       "FY 2012-13,Central,Certificated,Teacher,9\n");
    const ImportProfile profile = edited(
        Dataset::Staffing, {QStringLiteral("period=Month"), QStringLiteral("local_district=LD"),
                            QStringLiteral("employee_group=Employee Group"), QStringLiteral("job_category=Job Category"),
                            QStringLiteral("vacancies=Vacancies")});
    const ImportReport report = fixture.import(path, profile);
    REQUIRE(report.ok);
    CHECK(report.stored == 3);
    Statement rows(fixture.database().handle(),
                   QStringLiteral("SELECT period, period_first, period_last FROM staffing ORDER BY source_line"));
    QStringList stored;
    while (rows.step() == Statement::Result::Row)
        stored.append(rows.columnText(0) + QLatin1Char(' ') + rows.columnText(1) + QLatin1Char(' ') + rows.columnText(2));
    CHECK(stored
          == QStringList{QStringLiteral("2009-05 2009-05-01 2009-05-31"), QStringLiteral("2011-2012 2011-07-01 2012-06-30"),
                         QStringLiteral("2012-13 2012-07-01 2013-06-30")});
}
