// SPDX-License-Identifier: GPL-3.0-or-later
// The Capital Projects page computed in the database against the same figures computed in memory
// (CapitalFigures::compute, the oracle): every key figure, every breakdown's categories in order
// with their labels and every cell's value, row count and sample flag; the rows a figure selects
// are the rows the in-memory figure lists; each row's summary is CapitalProjectSummary::of's.
// On a hand-made fixture, the bundled sample and the real NYC export (../shared).
#include "catchcompat.h"
#include "core/dashboard/dashboardtestdata.h"
#include "core/store/testdatabase.h"

#include "dashboard/capitalfigures.h"
#include "dashboard/tally.h"
#include "store/capitaldashboardquery.h"
#include "store/capitalsummarycache.h"
#include "store/statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace milepost;
using namespace milepost::test;

namespace {

std::unique_ptr<Database> openCopy(const QString &path)
{
    QString error;
    auto database = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(database);
    return database;
}

std::string describe(const Figure &figure)
{
    const Tally tally = Tally::of(figure);
    return std::to_string(tally.value) + " over " + std::to_string(tally.rows) + (tally.illustrative ? " (sample)" : "");
}

void checkFigure(const char *name, const Figure &actual, const Figure &expected)
{
    INFO(name << ": " << describe(actual) << " expected " << describe(expected));
    CHECK(Tally::of(actual) == Tally::of(expected));
    CHECK(actual.rows.isEmpty()); // the database counts, never lists
}

void checkBreakdown(const char *name, const Breakdown &actual, const Breakdown &expected)
{
    INFO(name);
    REQUIRE(actual.categories() == expected.categories());
    REQUIRE(actual.series() == expected.series());
    for (int s = 0; s < expected.seriesCount(); ++s) {
        for (int c = 0; c < expected.categoryCount(); ++c) {
            INFO(expected.series().at(s).key.toStdString() << " / " << expected.categories().at(c).key.toStdString());
            checkFigure(name, actual.at(s, c), expected.at(s, c));
        }
    }
}

// The source lines of the projects the database selects, in its order.
QList<qint64> selectedLines(const CapitalDashboardQuery &query, const CapitalSelection &selection)
{
    QString error;
    const auto rows = query.rows(selection, 0, 1000000, &error);
    INFO(error.toStdString());
    REQUIRE(rows);
    QList<qint64> lines;
    for (const CapitalDashboardQuery::Row &row : *rows)
        lines.append(row.sourceLine);
    return lines;
}

QList<qint64> linesOf(const QList<CapitalProject> &projects, const QList<int> &rows)
{
    QList<qint64> lines;
    for (int row : rows)
        lines.append(projects.at(row).sourceLine);
    return lines;
}

// Everything the page shows, computed both ways; drill-downs compared on every breakdown cell.
void checkSame(CapitalDashboardQuery &query, const QList<CapitalProject> &projects, const DashboardFilter &filter)
{
    QString error;
    const std::optional<CapitalFigures> counted = query.compute(filter, nullptr, &error);
    INFO(error.toStdString());
    REQUIRE(counted);
    const CapitalFigures expected = CapitalFigures::compute(projects, filter);
    CHECK(counted->asOf == expected.asOf);
    checkFigure("projects", counted->projects, expected.projects);
    checkFigure("budget", counted->budget, expected.budget);
    checkFigure("estimate", counted->estimate, expected.estimate);
    checkFigure("spent", counted->spent, expected.spent);
    checkFigure("overBudget", counted->overBudget, expected.overBudget);
    checkFigure("overBudgetAmount", counted->overBudgetAmount, expected.overBudgetAmount);
    checkFigure("late", counted->late, expected.late);
    checkFigure("openLate", counted->openLate, expected.openLate);
    checkFigure("notYetDue", counted->notYetDue, expected.notYetDue);
    checkFigure("withoutPlannedEnd", counted->withoutPlannedEnd, expected.withoutPlannedEnd);
    CHECK(counted->maximumSlipDays == expected.maximumSlipDays);
    checkBreakdown("byStage", counted->byStage, expected.byStage);
    checkBreakdown("byType", counted->byType, expected.byType);
    checkBreakdown("amountsByType", counted->amountsByType, expected.amountsByType);
    checkBreakdown("amountsByDistrict", counted->amountsByDistrict, expected.amountsByDistrict);
    checkBreakdown("slipDistribution", counted->slipDistribution, expected.slipDistribution);

    using Kind = CapitalSelection::Kind;
    CHECK(selectedLines(query, {}) == linesOf(projects, expected.projects.rows));
    CHECK(selectedLines(query, {Kind::Budget, {}, {}}) == linesOf(projects, expected.budget.rows));
    CHECK(selectedLines(query, {Kind::Spent, {}, {}}) == linesOf(projects, expected.spent.rows));
    CHECK(selectedLines(query, {Kind::OverBudget, {}, {}}) == linesOf(projects, expected.overBudget.rows));
    CHECK(selectedLines(query, {Kind::Late, {}, {}}) == linesOf(projects, expected.late.rows));
    const auto eachCell = [&](Kind kind, const Breakdown &breakdown) {
        for (int s = 0; s < breakdown.seriesCount(); ++s) {
            for (int c = 0; c < breakdown.categoryCount(); ++c) {
                const CapitalSelection selection{kind, breakdown.categories().at(c).key, breakdown.series().at(s).key};
                INFO(int(kind) << " " << selection.key.toStdString() << " / " << selection.series.toStdString());
                CHECK(selectedLines(query, selection) == linesOf(projects, breakdown.at(s, c).rows));
                CHECK(query.count(selection) == qint64(breakdown.at(s, c).rows.size()));
            }
        }
    };
    eachCell(Kind::Stage, expected.byStage);
    eachCell(Kind::Type, expected.byType);
    eachCell(Kind::TypeAmounts, expected.amountsByType);
    eachCell(Kind::DistrictAmounts, expected.amountsByDistrict);
    eachCell(Kind::Slip, expected.slipDistribution);

    // Each row as the summary reads its project.
    const auto rows = query.rows({}, 0, 1000000, &error);
    REQUIRE(rows);
    REQUIRE(rows->size() == expected.projects.rows.size());
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const CapitalProject &project = projects.at(expected.projects.rows.at(i));
        const CapitalProjectSummary summary = CapitalProjectSummary::of(project, filter.asOf);
        const CapitalDashboardQuery::Row &row = rows->at(i);
        INFO("project at line " << project.sourceLine);
        CHECK(row.schoolName == project.schoolName);
        CHECK(row.region == project.region);
        CHECK(row.summary.stage == summary.stage);
        CHECK(row.summary.currentPhase == summary.currentPhase);
        CHECK(row.summary.budget == summary.budget);
        CHECK(row.summary.estimate == summary.estimate);
        CHECK(row.summary.spent == summary.spent);
        CHECK(row.summary.plannedEnd == summary.plannedEnd);
        CHECK(row.summary.plannedEndPrecision == summary.plannedEndPrecision);
        CHECK(row.summary.schedule == summary.schedule);
        if (summary.schedule == CapitalProjectSummary::Schedule::Ended
            || summary.schedule == CapitalProjectSummary::Schedule::Open)
            CHECK(row.summary.slipDays == summary.slipDays);
        CHECK(row.summary.illustrative == summary.illustrative);
    }
}

DashboardFilter asOf(const QDate &date)
{
    DashboardFilter filter;
    filter.asOf = date;
    return filter;
}

void execute(Database &database, const QString &sql)
{
    QString error;
    INFO(sql.toStdString());
    REQUIRE(Statement::execute(database.handle(), sql, &error));
}

// The projects of a file imported into a new database at target (a path or a server's conninfo).
QList<CapitalProject> imported(const QString &target, const ImportProfile &profile, const QString &file)
{
    auto database = openCopy(target);
    DatasetImporter importer(*database);
    DatasetImporter::Request request;
    request.path = file;
    request.profile = profile;
    REQUIRE(importer.run(request).ok);
    return DatasetRepository(*database).capitalProjects();
}

QString nycExport()
{
    return QStringLiteral(MILEPOST_SHARED_DIR)
        + QStringLiteral("/data/nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv");
}

// The sample's page as of each date: all of it, one district, one school spelled loosely.
void checkSample(CapitalDashboardQuery &query, const QList<CapitalProject> &projects, std::initializer_list<QDate> dates)
{
    for (const QDate &date : dates) {
        INFO("as of " << date.toString(Qt::ISODate).toStdString());
        checkSame(query, projects, asOf(date));
        DashboardFilter filter = asOf(date);
        filter.localDistrict = projects.last().region.toUpper();
        checkSame(query, projects, filter);
        filter = asOf(date);
        filter.school = QLatin1Char(' ') + projects.at(5).schoolName.toLower();
        checkSame(query, projects, filter);
    }
}

// The bundled sample's or the NYC export's capital projects imported into the database at path.
QList<CapitalProject> importedSample(const QString &path)
{
    return imported(path, BuiltInProfiles::milepostCsv(Dataset::CapitalProjects),
                    QStringLiteral(MILEPOST_DATA_DIR "/lausd-sample-capital-projects.csv"));
}

QList<CapitalProject> importedNyc(const QString &path)
{
    return imported(path, BuiltInProfiles::nycSca(),
                    QStringLiteral(MILEPOST_DATA_DIR "/nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv"));
}

// A session that counts once as of date, and so builds (and keeps) the summary.
void countOnce(const QString &path, const QDate &date)
{
    CapitalDashboardQuery session(openCopy(path));
    QString error;
    const std::optional<CapitalFigures> figures = session.compute(asOf(date), nullptr, &error);
    INFO(error.toStdString());
    REQUIRE(figures);
}

// Each distinct (district, school) of the projects, sorted, schools without a name left out.
QList<std::pair<QString, QString>> schoolsOf(const QList<CapitalProject> &projects)
{
    QList<std::pair<QString, QString>> pairs;
    for (const CapitalProject &project : projects) {
        if (!project.schoolName.isEmpty())
            pairs.append({project.region, project.schoolName});
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

// The distinct Local Districts and board districts of the projects, sorted, empty ones left out.
std::pair<QStringList, QStringList> districtsOf(const QList<CapitalProject> &projects)
{
    QStringList regions;
    QStringList boards;
    for (const CapitalProject &project : projects) {
        if (!project.region.isEmpty())
            regions.append(project.region);
        if (!project.boardDistrict.isEmpty())
            boards.append(project.boardDistrict);
    }
    for (QStringList *list : {&regions, &boards}) {
        list->sort();
        list->removeDuplicates();
    }
    return {regions, boards};
}

std::pair<QStringList, QStringList> districtsOf(const CapitalDashboardQuery &query)
{
    std::optional<QStringList> regions = query.values(QStringLiteral("region"));
    std::optional<QStringList> boards = query.values(QStringLiteral("board_district"));
    REQUIRE(regions);
    REQUIRE(boards);
    regions->sort();
    boards->sort();
    return {*regions, *boards};
}

QList<std::pair<QString, QString>> schoolsOf(const CapitalDashboardQuery &query)
{
    std::optional<QList<std::pair<QString, QString>>> pairs = query.schoolRegions();
    REQUIRE(pairs);
    std::sort(pairs->begin(), pairs->end());
    return *pairs;
}

} // namespace

TEST_CASE("capital page in the database: a hand-made fixture", "[store][capitaldashboard]")
{
    auto database = memoryDatabase();
    // Types and districts spelled several ways and missing; phases listed out of line order;
    // statuses in several spellings; one project without phases; one phase of sample data; two
    // sources (Alpha and Eps come from the second, after the first's projects as before).
    execute(*database, QStringLiteral(
        "INSERT INTO dataset_sources (id, dataset, name) VALUES (1, 'projects', 'hand'), (2, 'projects', 'second');"
        "INSERT INTO capital_projects (id, source_id, record_key, school_name, site_code, region, project_type, source_line, "
        "  created_run, changed_run, seen_run) VALUES "
        "(1, 2, 'a', 'Alpha', 'K1', 'North', 'Roof', 10, 1, 1, 1),"
        "(2, 1, 'b', 'Beta', 'K2', ' north', 'roof ', 2, 1, 1, 1),"
        "(3, 1, 'c', 'Gamma', 'K3', NULL, NULL, 5, 1, 1, 1),"
        "(4, 1, 'd', 'Delta', 'K4', 'South', '', 7, 1, 1, 1),"
        "(5, 2, 'e', 'Eps', 'K5', 'LD 10', 'Boiler', 20, 1, 1, 1);"
        "INSERT INTO capital_phases (project_id, phase, occurrence, status, planned_end, actual_start, actual_end, "
        "  budget, estimate, spent, illustrative, source_line, created_run, changed_run, seen_run) VALUES "
        "(1, 'Design', 1, 'Complete', 2460000, NULL, 2460010, 100, 150, 50, 0, 10, 1, 1, 1),"
        "(1, 'Construction', 1, 'In-Progress', 2460100, NULL, NULL, 1000, NULL, NULL, 0, 11, 1, 1, 1),"
        "(2, 'Scope', 1, 'COMPLETED', 2459000, NULL, NULL, NULL, NULL, NULL, 1, 3, 1, 1, 1),"
        "(2, 'Design', 1, 'in progress', 2460200, NULL, NULL, 200, 180, NULL, 0, 4, 1, 1, 1),"
        "(3, 'Design', 1, NULL, NULL, 2459500, NULL, NULL, NULL, NULL, 0, 5, 1, 1, 1),"
        "(3, 'Construction', 1, 'Pending', 2460050, NULL, NULL, 500, 500, 10, 0, 6, 1, 1, 1),"
        "(4, 'Scope', 1, 'complete', 2459900, NULL, 2459950, 50, 70, 70, 0, 7, 1, 1, 1);"
        // Planned ends written as a month and as a fiscal year (their last days stand for them).
        "UPDATE capital_phases SET planned_end_precision = 'month' WHERE project_id = 1 AND phase = 'Construction';"
        "UPDATE capital_phases SET planned_end_precision = 'year' WHERE project_id = 2 AND phase = 'Design';"));
    const QList<CapitalProject> projects = DatasetRepository(*database).capitalProjects();
    REQUIRE(projects.size() == 5);
    // The query keeps a connection of its own (its temporary table lives there): a file.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hand.milepost"));
    execute(*database, QStringLiteral("VACUUM INTO '%1'").arg(path));
    CapitalDashboardQuery onFile(openCopy(path));
    for (const QDate &date : {QDate(2023, 1, 1), QDate(2023, 6, 1), QDate()}) {
        INFO("as of " << date.toString(Qt::ISODate).toStdString());
        checkSame(onFile, projects, asOf(date));
        DashboardFilter filter = asOf(date);
        filter.localDistrict = QStringLiteral("NORTH");
        checkSame(onFile, projects, filter);
        filter = asOf(date);
        filter.school = QStringLiteral("k3");
        checkSame(onFile, projects, filter);
        filter = asOf(date);
        filter.source = QStringLiteral("SECOND");
        checkSame(onFile, projects, filter);
        filter.localDistrict = QStringLiteral("north");
        checkSame(onFile, projects, filter);
        // Spellings with SQL's quote and a placeholder's mark match nothing and break nothing.
        filter = asOf(date);
        filter.localDistrict = QStringLiteral("O'Neil ?1");
        checkSame(onFile, projects, filter);
        filter.school = QStringLiteral("'); DROP VIEW dashboard_capital; --");
        checkSame(onFile, projects, filter);
    }
    // Worked out by hand as of 1 June 2023 (day 2460097): Alpha's Construction is under way,
    // Beta's Design too, Gamma's Design has started (an actual start), Delta is completed and
    // Eps has no phase.
    const std::optional<CapitalFigures> june = onFile.compute(asOf(QDate(2023, 6, 1)));
    REQUIRE(june);
    // The latest planned end keeps the precision it was written with.
    QString rowsError;
    const auto rows = onFile.rows({}, 0, 10, &rowsError);
    REQUIRE(rows);
    QStringList precisions;
    for (const CapitalDashboardQuery::Row &row : *rows)
        precisions.append(row.schoolName + QLatin1Char(' ') + QString::number(int(row.summary.plannedEndPrecision)));
    CHECK(precisions
          == QStringList{QStringLiteral("Beta 2"), QStringLiteral("Gamma 0"), QStringLiteral("Delta 0"),
                         QStringLiteral("Alpha 1"), QStringLiteral("Eps 0")});
    CHECK(june->projects.value == 5);
    CHECK(june->budget.value == 100 + 1000 + 200 + 500 + 50);
    CHECK(june->overBudget.value == 2);           // Alpha by 50, Delta by 20; Beta under
    CHECK(june->overBudgetAmount.value == 70);
    QStringList stages;
    for (const Breakdown::Label &label : june->byStage.categories())
        stages.append(label.key);
    CHECK(stages == QStringList{QStringLiteral("not_started"), QStringLiteral("phase:design"),
                                QStringLiteral("phase:construction"), QStringLiteral("between_phases"),
                                QStringLiteral("completed")});
    CHECK(june->byType.categoryIndex(QStringLiteral("roof")) == 0); // two projects, spelled two ways
    CHECK(june->byType.at(0, 0).counted == 2);
    CHECK(june->byType.categories().at(june->byType.categoryIndex(QString())).text == CapitalFigures::tr("(no type)"));
    // Pooled from both sources; Beta (200 of budget, one phase of sample data) is the sample part.
    const QStringList both{QStringLiteral("hand"), QStringLiteral("second")};
    CHECK(june->projects.sources == both);
    CHECK(june->projects.sampleValue == 1);
    CHECK(june->budget.sources == both);
    CHECK(june->budget.sampleValue == 200);
    CHECK(june->budget.sampleShare() == 200.0 / 1850.0);
    CHECK(june->overBudget.sources == both); // Alpha (second), Delta (hand)
    // The roof projects: Alpha from the second source, Beta from the first.
    CHECK(june->byType.at(0, 0).sources == both);
    DashboardFilter second = asOf(QDate(2023, 6, 1));
    second.source = QStringLiteral(" second ");
    const std::optional<CapitalFigures> secondOnly = onFile.compute(second);
    REQUIRE(secondOnly);
    CHECK(secondOnly->projects.value == 2);
    CHECK(secondOnly->budget.value == 1100);
    CHECK_FALSE(secondOnly->budget.illustrative);
    CHECK(secondOnly->budget.sources == QStringList{QStringLiteral("second")});
    CHECK_FALSE(secondOnly->budget.isPooled());
    REQUIRE(onFile.compute(asOf(QDate(2023, 6, 1)))); // the sections below read the page of every source

    SECTION("sorted by the database, read back by key")
    {
        const auto order = onFile.order({}, CapitalDashboardQuery::Budget, Qt::DescendingOrder);
        REQUIRE(order);
        const auto sorted = onFile.rowsOf(*order);
        REQUIRE(sorted);
        QStringList schools;
        for (const CapitalDashboardQuery::Row &row : *sorted)
            schools.append(row.schoolName);
        // Alpha 1,100; Gamma 500; Beta 200; Delta 50; Eps none (rows without a value come last,
        // going down as going up).
        CHECK(schools == QStringList{QStringLiteral("Alpha"), QStringLiteral("Gamma"), QStringLiteral("Beta"),
                                     QStringLiteral("Delta"), QStringLiteral("Eps")});
        const auto up = onFile.order({}, CapitalDashboardQuery::Budget, Qt::AscendingOrder);
        REQUIRE(up);
        const auto upRows = onFile.rowsOf(*up);
        REQUIRE(upRows);
        QStringList upSchools;
        for (const CapitalDashboardQuery::Row &row : *upRows)
            upSchools.append(row.schoolName);
        CHECK(upSchools == QStringList{QStringLiteral("Delta"), QStringLiteral("Beta"), QStringLiteral("Gamma"),
                                       QStringLiteral("Alpha"), QStringLiteral("Eps")});
        const auto window = onFile.rows({}, 1, 2);
        REQUIRE(window);
        REQUIRE(window->size() == 2);
        CHECK(window->at(0).schoolName == QStringLiteral("Gamma")); // source order: Beta (2), Gamma (5), Delta (7)
        CHECK(window->at(1).schoolName == QStringLiteral("Delta"));
    }
}

TEST_CASE("capital page in the database equals the one in memory on the sample", "[store][capitaldashboard][sample]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sample.milepost"));
    QList<CapitalProject> projects;
    {
        auto database = openCopy(path);
        importData(*database, Dataset::CapitalProjects, "lausd-sample-capital-projects.csv");
        projects = DatasetRepository(*database).capitalProjects();
    }
    REQUIRE(projects.size() == 36);
    CapitalDashboardQuery query(openCopy(path));
    checkSample(query, projects, {QDate(2021, 1, 1), QDate(2022, 10, 1), QDate(2024, 7, 1), QDate()});
}

TEST_CASE("capital page on a PostgreSQL server equals the one in memory on the sample",
          "[store][capitaldashboard][sample][engines]")
{
    if (!pgClusterAvailable())
        return;
    // The same SQL as on a file, but for what the engines write apart (EngineSql): the summary's
    // key numbered in insertion order, the spellings' white space.
    const QString target = freshPgDatabase();
    const QList<CapitalProject> projects
        = imported(target, BuiltInProfiles::milepostCsv(Dataset::CapitalProjects),
                   QStringLiteral(MILEPOST_DATA_DIR "/lausd-sample-capital-projects.csv"));
    REQUIRE(projects.size() == 36);
    CapitalDashboardQuery query(openCopy(target));
    checkSample(query, projects, {QDate(2021, 1, 1), QDate(2024, 7, 1)});
}

TEST_CASE("capital page on a PostgreSQL server equals the one in memory on the NYC export",
          "[store][capitaldashboard][real][engines]")
{
    if (!QFile::exists(nycExport()) || !pgClusterAvailable())
        return;
    // Budgets in cents that pass a PostgreSQL INTEGER once summed ($21 million).
    const QString target = freshPgDatabase();
    const QList<CapitalProject> projects = imported(target, BuiltInProfiles::nycSca(), nycExport());
    REQUIRE(projects.size() == 6984);
    CapitalDashboardQuery query(openCopy(target));
    DashboardFilter filter = asOf(QDate(2025, 4, 1));
    checkSame(query, projects, filter);
    filter.localDistrict = QStringLiteral("2");
    checkSame(query, projects, filter);
}

TEST_CASE("capital page in the database equals the one in memory on the NYC export",
          "[store][capitaldashboard][real]")
{
    if (!QFile::exists(nycExport())) {
        WARN("shared data file not found, skipping: " << nycExport().toStdString());
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nyc.milepost"));
    const QList<CapitalProject> projects = imported(path, BuiltInProfiles::nycSca(), nycExport());
    REQUIRE(projects.size() == 6984);
    CapitalDashboardQuery query(openCopy(path));
    for (const QDate &date : {QDate(2020, 1, 1), QDate(2025, 4, 1), QDate(2030, 1, 1)}) {
        INFO("as of " << date.toString(Qt::ISODate).toStdString());
        DashboardFilter filter = asOf(date);
        checkSame(query, projects, filter);
        filter.localDistrict = QStringLiteral("2");
        checkSame(query, projects, filter);
        filter = asOf(date);
        filter.school = projects.at(4000).siteCode;
        checkSame(query, projects, filter);
    }
}

TEST_CASE("capital page counted again after an import counts the new data, its phases in their new order",
          "[store][capitaldashboard][real]")
{
    if (!QFile::exists(nycExport())) {
        WARN("shared data file not found, skipping: " << nycExport().toStdString());
        return;
    }
    // One query, as the dashboard keeps it across filter changes, while another connection
    // imports: the next count is of the data stored then, including where each phase sits
    // among its project's (which orders the phases under way).
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("growing.milepost"));
    const QList<CapitalProject> sample = imported(path, BuiltInProfiles::milepostCsv(Dataset::CapitalProjects),
                                                  QStringLiteral(MILEPOST_DATA_DIR "/lausd-sample-capital-projects.csv"));
    CapitalDashboardQuery query(openCopy(path));
    checkSame(query, sample, asOf(QDate(2025, 4, 1)));
    const QList<CapitalProject> both = imported(path, BuiltInProfiles::nycSca(), nycExport());
    REQUIRE(both.size() == sample.size() + 6984);
    checkSame(query, both, asOf(QDate(2025, 4, 1)));
}

TEST_CASE("a later session counts from the summary an earlier one kept, until the data changes",
          "[store][capitaldashboard][sample][summarycache]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("kept.milepost"));
    const QList<CapitalProject> sample = importedSample(path);
    const QString cache = CapitalSummaryCache::filePathFor(path);
    REQUIRE_FALSE(cache.isEmpty());
    CHECK_FALSE(QFile::exists(cache));
    {
        CapitalDashboardQuery first(openCopy(path));
        CHECK(schoolsOf(first) == schoolsOf(sample));
        CHECK(districtsOf(first) == districtsOf(sample));
        // Told while the summary is built, and only then: not for a count over the one built.
        QList<bool> told;
        const auto tell = [&told](bool building) { told.append(building); };
        QString error;
        REQUIRE(first.compute(asOf(QDate(2023, 1, 1)), nullptr, &error, tell));
        CHECK(told == QList<bool>{true, false});
        REQUIRE(first.compute(asOf(QDate(2023, 2, 1)), nullptr, &error, tell));
        CHECK(told.size() == 2);
        checkSample(first, sample, {QDate(2024, 7, 1)});
        CHECK_FALSE(first.summaryWasKept());
    }
    REQUIRE(QFile::exists(cache));
    {
        // Another session: the kept summary, the same figures, rows and drill-downs.
        CapitalDashboardQuery second(openCopy(path));
        CHECK(schoolsOf(second) == schoolsOf(sample));
        CHECK(districtsOf(second) == districtsOf(sample)); // kept
        bool told = false;
        QString error;
        REQUIRE(second.compute(asOf(QDate(2023, 1, 1)), nullptr, &error, [&told](bool) { told = true; }));
        CHECK_FALSE(told); // the kept summary: nothing to build
        checkSample(second, sample, {QDate(2021, 1, 1), QDate(2024, 7, 1), QDate()});
        CHECK(second.summaryWasKept());
    }
    // An import between sessions: the next one builds the summary again, of the data stored now.
    const QList<CapitalProject> both = importedNyc(path);
    REQUIRE(both.size() == sample.size() + 6984);
    {
        CapitalDashboardQuery third(openCopy(path));
        CHECK(schoolsOf(third) == schoolsOf(both));
        CHECK(districtsOf(third) == districtsOf(both)); // read again for the new data
        checkSame(third, both, asOf(QDate(2025, 4, 1)));
        CHECK_FALSE(third.summaryWasKept());
    }
    {
        CapitalDashboardQuery fourth(openCopy(path));
        CHECK(schoolsOf(fourth) == schoolsOf(both));
        checkSame(fourth, both, asOf(QDate(2025, 4, 1)));
        CHECK(fourth.summaryWasKept());
    }
    // A staffing import changes no capital project: the next session keeps the summary.
    {
        auto database = openCopy(path);
        DatasetImporter importer(*database);
        DatasetImporter::Request request;
        request.path = QStringLiteral(MILEPOST_DATA_DIR "/lausd-sample-staffing.csv");
        request.profile = BuiltInProfiles::milepostCsv(Dataset::Staffing);
        REQUIRE(importer.run(request).ok);
    }
    {
        CapitalDashboardQuery fifth(openCopy(path));
        bool told = false;
        QString error;
        REQUIRE(fifth.compute(asOf(QDate(2025, 4, 1)), nullptr, &error, [&told](bool) { told = true; }));
        CHECK_FALSE(told);
        CHECK(fifth.summaryWasKept());
        checkSame(fifth, both, asOf(QDate(2025, 4, 1)));
        CHECK(schoolsOf(fifth) == schoolsOf(both));
        CHECK(districtsOf(fifth) == districtsOf(both));
    }
}

TEST_CASE("a kept summary of another database at the same path is not used", "[store][capitaldashboard][sample][summarycache]")
{
    // The file is replaced by another database (a backup restored by hand, a colleague's copy):
    // its data version differs, so the summary kept for the old file is built again.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("replaced.milepost"));
    const QString other = dir.filePath(QStringLiteral("other.milepost"));
    importedNyc(path);
    const QList<CapitalProject> sample = importedSample(other);
    countOnce(path, QDate(2025, 4, 1));
    REQUIRE(QFile::exists(CapitalSummaryCache::filePathFor(path)));
    REQUIRE(QFile::remove(path));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    REQUIRE(QFile::copy(other, path));
    CapitalDashboardQuery second(openCopy(path));
    checkSame(second, sample, asOf(QDate(2024, 7, 1)));
    CHECK_FALSE(second.summaryWasKept());
}

TEST_CASE("a damaged kept summary is not read: the summary is built for the session", "[store][capitaldashboard][sample][summarycache]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("damaged.milepost"));
    const QList<CapitalProject> sample = importedSample(path);
    countOnce(path, QDate(2024, 7, 1));
    const QString cache = CapitalSummaryCache::filePathFor(path);
    QFile file(cache);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(QByteArray(8192, 'x')) == 8192);
    file.close();
    CapitalDashboardQuery second(openCopy(path));
    checkSample(second, sample, {QDate(2024, 7, 1)});
    CHECK_FALSE(second.summaryWasKept());
}

TEST_CASE("a kept summary another session is writing gives way to one built for the session",
          "[store][capitaldashboard][sample][summarycache]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("busy.milepost"));
    importedSample(path);
    countOnce(path, QDate(2024, 7, 1));
    // Another session holds the kept summary's write lock (it builds one), and the data has
    // changed since it was kept: this session's write is refused (in WAL, a reading transaction
    // is not made to wait for a lock it could deadlock on), and it counts from a summary of its
    // own, which it does not keep.
    const QList<CapitalProject> both = importedNyc(path);
    auto other = openCopy(QStringLiteral(":memory:"));
    execute(*other, QStringLiteral("ATTACH DATABASE '%1' AS kept").arg(CapitalSummaryCache::filePathFor(path)));
    execute(*other, QStringLiteral("BEGIN IMMEDIATE; DELETE FROM kept.summary_stamp"));
    {
        CapitalDashboardQuery second(openCopy(path));
        checkSame(second, both, asOf(QDate(2025, 4, 1)));
        CHECK_FALSE(second.summaryWasKept());
    }
    execute(*other, QStringLiteral("ROLLBACK"));
    CapitalDashboardQuery third(openCopy(path));
    checkSame(third, both, asOf(QDate(2025, 4, 1)));
    CHECK_FALSE(third.summaryWasKept()); // built now, and kept
    CapitalDashboardQuery fourth(openCopy(path));
    checkSame(fourth, both, asOf(QDate(2025, 4, 1)));
    CHECK(fourth.summaryWasKept());
}

TEST_CASE("without a cache folder to write the summary is built for each session", "[store][capitaldashboard][sample][summarycache]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nocache.milepost"));
    const QList<CapitalProject> sample = importedSample(path);
    // A file where the cache folder would be: the folder cannot be made.
    const QString folder = QFileInfo(CapitalSummaryCache::filePathFor(path)).absolutePath();
    QDir(folder).removeRecursively();
    REQUIRE(QDir().mkpath(QFileInfo(folder).absolutePath()));
    QFile blocker(folder);
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    // Gone again however the test ends: the other tests of this process keep their summaries.
    const std::unique_ptr<QFile, void (*)(QFile *)> unblock(&blocker, [](QFile *file) { file->remove(); });
    for (int session = 0; session < 2; ++session) {
        CapitalDashboardQuery query(openCopy(path));
        CHECK(schoolsOf(query) == schoolsOf(sample));
        checkSample(query, sample, {QDate(2024, 7, 1)});
        CHECK_FALSE(query.summaryWasKept());
    }
    CHECK_FALSE(QFile::exists(CapitalSummaryCache::filePathFor(path)));
}
