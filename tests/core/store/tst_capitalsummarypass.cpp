// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "store/capitaldashboardcells.h"
#include "store/capitaldashboardcounts.h"
#include "store/capitalplaces.h"
#include "store/capitalsummarypass.h"
#include "store/capitalsummaryrows.h"
#include "store/capitalsummarytable.h"
#include "store/database.h"
#include "store/phasepositions.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <atomic>
#include <limits>

using namespace milepost;

namespace {

const QString columns = QStringLiteral(
    "ord, id, source, region, board_district, school_name, site_code, project_type, sample, budget, estimate, spent, "
    "over_amount, planned_end, planned_end_precision, ended_slip, open_first_end, open_last_end, phases, ended, started, "
    "current_phase");

const QStringList endedStatuses{QStringLiteral("Complete"), QStringLiteral("complete")};
const QStringList startedStatuses{QStringLiteral("In-Progress")};
const CapitalSummaryRows listed(endedStatuses, startedStatuses);

std::unique_ptr<Database> withSources(const QString &path = QStringLiteral(":memory:"))
{
    QString error;
    auto database = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(database);
    REQUIRE(Statement::execute(database->handle(),
                               QStringLiteral("INSERT INTO dataset_sources (id, dataset, name) VALUES "
                                              "(1, 'projects', 'first'), (2, 'projects', 'second')"),
                               &error));
    return database;
}

// A table with capital_summary's columns.
void createSummary(Database &database, const QString &name)
{
    QString error;
    REQUIRE(Statement::execute(database.handle(),
                               QStringLiteral("CREATE TEMP TABLE %1 (ord INTEGER PRIMARY KEY, id INTEGER NOT NULL, "
                                              "source INTEGER NOT NULL, region TEXT, board_district TEXT, school_name TEXT, "
                                              "site_code TEXT, project_type TEXT, sample INTEGER NOT NULL, budget BIGINT, "
                                              "estimate BIGINT, spent BIGINT, over_amount BIGINT, planned_end INTEGER, "
                                              "planned_end_precision INTEGER, ended_slip INTEGER, open_first_end INTEGER, "
                                              "open_last_end INTEGER, phases INTEGER NOT NULL, ended INTEGER NOT NULL, "
                                              "started INTEGER NOT NULL, current_phase TEXT)")
                                   .arg(name),
                               &error));
}

qint64 scalar(Database &database, const QString &sql)
{
    Statement statement(database.handle(), sql);
    REQUIRE(statement.step() == Statement::Result::Row);
    return statement.columnInt64(0);
}

// The rows of one table the other does not have, both ways, each value with its type: NULL, 0
// and '' stay apart.
qint64 differences(Database &database, const QString &one, const QString &other)
{
    QStringList typed;
    for (const QString &column : columns.split(QStringLiteral(", ")))
        typed << column << QStringLiteral("typeof(%1)").arg(column);
    const QString select = typed.join(QStringLiteral(", "));
    const QString except = QStringLiteral("SELECT count(*) FROM (SELECT %1 FROM %2 EXCEPT SELECT %1 FROM %3)");
    return scalar(database, except.arg(select, one, other)) + scalar(database, except.arg(select, other, one));
}

void insertProject(Statement &insert, qint64 id, qint64 source, qint64 line)
{
    insert.reset();
    insert.bindInt64(1, id);
    insert.bindInt64(2, source);
    insert.bindText(3, QStringLiteral("key %1").arg(id));
    insert.bindInt64(4, line);
    REQUIRE(insert.run());
}

// How storeProjects gives the projects their ids, sources and lines.
enum class Order {
    Shuffled,   // ids out of the order of source and line, lines shared by projects
    LineOrder,  // ids in the order of source, then line (as a source's first import stores them)
    LastOutOfLine, // in line order but the last project, whose line comes first
};

// Stores that many generated projects (ids out of the order of source and line unless order
// says otherwise, texts NULL, empty and accented, phases that tie on a line, every precision,
// projects without phases).
void storeProjects(Database &database, int projects, Order order = Order::Shuffled)
{
    Connection *db = database.handle();
    QRandomGenerator random(20261204);
    const auto pick = [&](const QStringList &choices) { return choices.at(int(random.bounded(qsizetype(choices.size())))); };
    const auto bindTextOrNull = [](Statement &statement, int index, const QString &text) {
        if (text.isNull())
            statement.bindNull(index);
        else
            statement.bindText(index, text);
    };
    const auto bindNumberOrNull = [&](Statement &statement, int index, qint64 low, qint64 high) {
        if (random.bounded(4) == 0)
            statement.bindNull(index);
        else
            statement.bindInt64(index, low + qint64(random.bounded(quint64(high - low + 1))));
    };
    Statement project(db, QStringLiteral("INSERT INTO capital_projects (id, source_id, record_key, source_line, region, "
                                         "board_district, school_name, site_code, project_type, created_run, changed_run, "
                                         "seen_run) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1, 1, 1)"));
    Statement phase(db, QStringLiteral("INSERT INTO capital_phases (project_id, phase, occurrence, status, planned_end, "
                                       "planned_end_precision, actual_start, actual_end, budget, estimate, spent, illustrative, "
                                       "source_line, created_run, changed_run, seen_run) "
                                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 1, 1, 1)"));
    const QStringList texts{QString(), QStringLiteral(""), QStringLiteral("North"), QStringLiteral("École 7")};
    // Phase names that tie on a line and order differently by bytes than by letters.
    const QStringList names{QStringLiteral("Design"), QStringLiteral("Construction"), QStringLiteral("design"),
                            QStringLiteral("Écoles"), QStringLiteral("CM")};
    const QStringList statuses{QString(), QStringLiteral("Complete"), QStringLiteral("complete"),
                               QStringLiteral("In-Progress"), QStringLiteral("Pending")};
    const QStringList precisions{QString(), QStringLiteral("month"), QStringLiteral("year")};
    for (int n = 1; n <= projects; ++n) {
        const bool shuffled = order == Order::Shuffled;
        const qint64 id = shuffled ? (qint64(n) * 7919) % 100003 : n;
        const bool firstSource = n <= projects / 2;
        const bool outOfLine = order == Order::LastOutOfLine && n == projects;
        project.reset();
        project.bindInt64(1, id);
        project.bindInt64(2, shuffled ? 1 + random.bounded(2) : firstSource || outOfLine ? 1 : 2);
        project.bindText(3, QStringLiteral("key %1").arg(id));
        project.bindInt64(4, shuffled ? 1 + random.bounded(200) : outOfLine ? 1 : 10 + n); // the second source's from 10 + projects / 2
        for (int column = 5; column <= 9; ++column)
            bindTextOrNull(project, column, pick(texts));
        REQUIRE(project.run());
        const int phases = int(random.bounded(6)); // none for some projects
        for (int p = 0; p < phases; ++p) {
            phase.reset();
            phase.bindInt64(1, id);
            phase.bindText(2, pick(names));
            phase.bindInt64(3, p + 1); // each phase its own occurrence: names repeat
            bindTextOrNull(phase, 4, pick(statuses));
            bindNumberOrNull(phase, 5, 2459000, 2460500);
            bindTextOrNull(phase, 6, pick(precisions));
            const bool actual = random.bounded(2) == 0;
            const qint64 start = 2458900 + random.bounded(800);
            if (actual && random.bounded(3) != 0)
                phase.bindInt64(7, start);
            else
                phase.bindNull(7);
            if (actual && random.bounded(2) == 0)
                phase.bindInt64(8, start + random.bounded(900));
            else
                phase.bindNull(8);
            bindNumberOrNull(phase, 9, -1000, 500000);
            bindNumberOrNull(phase, 10, -1000, 500000);
            bindNumberOrNull(phase, 11, 0, 500000);
            phase.bindInt64(12, random.bounded(10) == 0 ? 1 : 0);
            phase.bindInt64(13, 1 + random.bounded(3)); // few lines: ties on the line
            INFO("project " << id << " phase " << p);
            REQUIRE(phase.run());
        }
    }
}

} // namespace

TEST_CASE("the summary worked out in one pass equals the SQL's, row by row", "[store][capitaldashboard][summarypass]")
{
    // A file: the pass also reads on a connection of its own, on a thread of its own.
    const QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("summary.milepost"));
    const auto database = withSources(path);
    Connection *db = database->handle();
    const int projects = 2600; // more rows than the batches going round between the threads hold
    storeProjects(*database, projects);
    createSummary(*database, QStringLiteral("by_pass"));
    createSummary(*database, QStringLiteral("by_sql"));
    createSummary(*database, QStringLiteral("by_reader"));
    QString error;
    PhasePositions positions;
    REQUIRE(CapitalSummaryPass::fill(db, QStringLiteral("temp.by_pass"), listed, {&positions}, &error)
            == CapitalSummaryPass::Outcome::Filled);
    CHECK(error.isEmpty());
    // Read on another connection on a thread of its own while this one writes: the same rows.
    const auto reading = Database::open(path, &error, Database::Purpose::Reading);
    REQUIRE(reading);
    PhasePositions readerPositions;
    {
        Transaction snapshot(reading->handle(), Transaction::Mode::Read);
        REQUIRE(snapshot.isActive());
        REQUIRE(CapitalSummaryPass::fill(db, QStringLiteral("temp.by_reader"), listed, {&readerPositions}, &error,
                                         reading->handle())
                == CapitalSummaryPass::Outcome::Filled);
    }
    CHECK(error.isEmpty());
    CHECK(differences(*database, QStringLiteral("by_pass"), QStringLiteral("by_reader")) == 0);
    // Each status judged as it comes, by CapitalProjectSummary's rules: what the lists say.
    // The filter's places found on the way: the projects' distinct ones, as SQL lists them.
    createSummary(*database, QStringLiteral("by_judged"));
    CapitalPlaces places;
    CapitalSummaryPass::Also also;
    also.places = &places;
    REQUIRE(CapitalSummaryPass::fill(db, QStringLiteral("temp.by_judged"), CapitalSummaryRows(), also, &error)
            == CapitalSummaryPass::Outcome::Filled);
    CHECK(differences(*database, QStringLiteral("by_pass"), QStringLiteral("by_judged")) == 0);
    const auto distinct = [&](const QString &sql) {
        QStringList values;
        Statement statement(db, sql);
        while (statement.step() == Statement::Result::Row) {
            QStringList columns;
            for (int column = 0; column < statement.columnCount(); ++column)
                columns.append(statement.columnIsNull(column) ? QStringLiteral("<null>") : statement.columnText(column));
            values.append(columns.join(QLatin1Char('|')));
        }
        values.sort();
        return values;
    };
    QStringList regions = places.lists().regions;
    QStringList boards = places.lists().boardDistricts;
    QStringList schools;
    for (const auto &[region, school] : places.lists().schoolRegions)
        schools.append((region.isNull() ? QStringLiteral("<null>") : region) + QLatin1Char('|') + school);
    for (QStringList *list : {&regions, &boards, &schools})
        list->sort();
    CHECK(regions == distinct(QStringLiteral("SELECT DISTINCT region FROM capital_projects WHERE region <> ''")));
    CHECK(boards == distinct(QStringLiteral("SELECT DISTINCT board_district FROM capital_projects WHERE board_district <> ''")));
    CHECK(schools
          == distinct(QStringLiteral("SELECT DISTINCT region, school_name FROM capital_projects WHERE school_name <> ''")));
    CHECK(schools.size() > regions.size()); // NULL, '' and named regions, each with schools
    // The phases' positions counted on the way, as a pass of their own counts them.
    PhasePositions read;
    Statement phases(db, QStringLiteral("SELECT project_id, source_line, phase, occurrence FROM capital_phases ORDER BY project_id"));
    while (phases.step() == Statement::Result::Row)
        read.add(phases.columnInt64(0), phases.columnInt64(1), phases.columnUtf8(2), phases.columnInt64(3));
    const QHash<QString, double> counted = positions.positions();
    CHECK(counted.size() == 4); // "design" and "Design" are one phase
    CHECK(counted == read.positions());
    CHECK(readerPositions.positions() == counted);
    INFO(error.toStdString());
    REQUIRE(CapitalSummaryTable::fillBySql(db, QStringLiteral("temp.by_sql"), endedStatuses, startedStatuses, &error));
    CHECK(scalar(*database, QStringLiteral("SELECT count(*) FROM by_pass")) == projects);
    CHECK(differences(*database, QStringLiteral("by_pass"), QStringLiteral("by_sql")) == 0);
    // The fixture reaches what it should: current phases chosen between phases of one line,
    // every precision, projects without phases.
    CHECK(scalar(*database, QStringLiteral("SELECT count(*) FROM by_sql WHERE current_phase IS NOT NULL")) > 50);
    CHECK(scalar(*database, QStringLiteral("SELECT count(DISTINCT planned_end_precision) FROM by_sql")) == 3);
    CHECK(scalar(*database, QStringLiteral("SELECT count(*) FROM by_sql WHERE phases = 0")) > 50);
    CHECK(scalar(*database, QStringLiteral("SELECT count(*) FROM (SELECT project_id, source_line FROM capital_phases "
                                           "WHERE actual_end IS NULL AND status = 'In-Progress' "
                                           "GROUP BY project_id, source_line HAVING count(DISTINCT phase) > 1)"))
          > 5);
}

TEST_CASE("projects numbered as they come give the table numbered first, whether they follow their lines or not",
          "[store][capitaldashboard][summarypass]")
{
    const QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const auto [name, order] = GENERATE(table<const char *, Order>({
        {"in line order", Order::LineOrder},
        {"shuffled", Order::Shuffled},
        {"in line order but the last project, found after every batch but the last was written", Order::LastOutOfLine},
    }));
    const bool threaded = GENERATE(true, false);
    INFO(name << (threaded ? ", read on a thread of its own" : ", read on the writing connection"));
    const QString path = folder.filePath(QStringLiteral("coming.milepost"));
    const auto database = withSources(path);
    Connection *db = database->handle();
    storeProjects(*database, 2600, order);
    QString error;
    const auto reading = Database::open(path, &error, Database::Purpose::Reading);
    REQUIRE(reading);
    const qint64 asOf = 2459900;
    struct Told
    {
        PhasePositions positions;
        CapitalDashboardCells cells;
        CapitalPlaces places;
    };
    const auto fill = [&](const QString &table, Told &told, bool inLineOrder) {
        createSummary(*database, table);
        CapitalSummaryPass::Also also;
        also.positions = &told.positions;
        also.cells = &told.cells;
        also.asOf = asOf;
        also.places = &told.places;
        also.inLineOrder = inLineOrder;
        Transaction snapshot(reading->handle(), Transaction::Mode::Read);
        REQUIRE(snapshot.isActive());
        INFO(error.toStdString());
        REQUIRE(CapitalSummaryPass::fill(db, QStringLiteral("temp.") + table, listed, also, &error,
                                         threaded ? reading->handle() : nullptr)
                == CapitalSummaryPass::Outcome::Filled);
    };
    Told first;
    Told coming;
    fill(QStringLiteral("numbered_first"), first, false);
    fill(QStringLiteral("numbered_coming"), coming, true);
    CHECK(scalar(*database, QStringLiteral("SELECT count(*) FROM numbered_coming")) == 2600);
    CHECK(differences(*database, QStringLiteral("numbered_first"), QStringLiteral("numbered_coming")) == 0);
    // ord follows source, line and id.
    CHECK(scalar(*database, QStringLiteral("SELECT count(*) FROM numbered_coming c JOIN capital_projects p ON p.id = c.id "
                                           "WHERE c.ord <> (SELECT count(*) FROM capital_projects q WHERE "
                                           "  (q.source_id, q.source_line, q.id) <= (p.source_id, p.source_line, p.id))"))
          == 0);
    // What the pass was told again after the projects came out of order: only the second pass.
    CHECK(coming.positions.positions() == first.positions.positions());
    CHECK(coming.places.lists().regions == first.places.lists().regions);
    CHECK(coming.places.lists().schoolRegions == first.places.lists().schoolRegions);
    const QString cellsColumns = QStringLiteral(
        "source, sample, region, project_type, stage, current_phase, schedule, bucket, projects, first, first_amount, "
        "budget_projects, budget, estimate_projects, estimate, spent_projects, spent, over_projects, over_amount, most_slip");
    const auto cellsOf = [&](const CapitalDashboardCells &cells, const QString &table) {
        REQUIRE(Statement::execute(db,
                                   QStringLiteral("DROP TABLE IF EXISTS temp.dashboard_capital_cells; "
                                                  "CREATE TEMP TABLE dashboard_capital_cells (%1)")
                                       .arg(cellsColumns),
                                   &error));
        REQUIRE(cells.write(db, &error));
        REQUIRE(Statement::execute(
            db, QStringLiteral("ALTER TABLE temp.dashboard_capital_cells RENAME TO %1").arg(table), &error));
    };
    cellsOf(first.cells, QStringLiteral("cells_first"));
    cellsOf(coming.cells, QStringLiteral("cells_coming"));
    CHECK(scalar(*database, QStringLiteral("SELECT count(*) FROM cells_coming")) > 100);
    CHECK(scalar(*database, QStringLiteral("SELECT sum(projects) FROM cells_coming")) == 2600);
    const QString except = QStringLiteral("SELECT count(*) FROM (SELECT %1 FROM %2 EXCEPT SELECT %1 FROM %3)");
    CHECK(scalar(*database, except.arg(cellsColumns, QStringLiteral("cells_first"), QStringLiteral("cells_coming"))) == 0);
    CHECK(scalar(*database, except.arg(cellsColumns, QStringLiteral("cells_coming"), QStringLiteral("cells_first"))) == 0);
}

TEST_CASE("a summary whose sums leave 64 bits is left to SQL, as SQLite counts it", "[store][capitaldashboard][summarypass]")
{
    const auto database = withSources();
    Connection *db = database->handle();
    Statement project(db, QStringLiteral("INSERT INTO capital_projects (id, source_id, record_key, source_line, created_run, "
                                         "changed_run, seen_run) VALUES (?1, ?2, ?3, ?4, 1, 1, 1)"));
    insertProject(project, 1, 1, 1);
    const qint64 most = std::numeric_limits<qint64>::max();
    QString error;

    // Stores phases (budget, estimate) of project 1; the pass leaves them to SQL.
    const auto leftToSql = [&](const QString &values) {
        REQUIRE(Statement::execute(db,
                                   QStringLiteral("INSERT INTO capital_phases (project_id, phase, occurrence, budget, estimate, "
                                                  "illustrative, source_line, created_run, changed_run, seen_run) VALUES %1")
                                       .arg(values),
                                   &error));
        createSummary(*database, QStringLiteral("by_pass"));
        CHECK(CapitalSummaryPass::fill(db, QStringLiteral("temp.by_pass"), listed, {}, &error)
              == CapitalSummaryPass::Outcome::TooLarge);
    };

    SECTION("an estimate less a budget past 64 bits: SQLite gives a real number, and so does the summary")
    {
        leftToSql(QStringLiteral("(1, 'Design', 1, -10, %1, 0, 1, 1, 1, 1)").arg(most));
        CapitalSummaryTable summary(*database);
        INFO(error.toStdString());
        REQUIRE(summary.ensure(&error));
        CHECK(scalar(*database, QStringLiteral("SELECT count(*) FROM temp.capital_summary WHERE typeof(over_amount) = 'real'"))
              == 1);
        CHECK(scalar(*database, QStringLiteral("SELECT budget FROM temp.capital_summary")) == -10);
    }
    SECTION("budgets whose sum passes 64 bits: the count fails as SQLite's sum() does")
    {
        leftToSql(QStringLiteral("(1, 'Design', 1, %1, NULL, 0, 1, 1, 1, 1), (1, 'Design', 2, 1, NULL, 0, 2, 1, 1, 1)").arg(most));
        CapitalSummaryTable summary(*database);
        CHECK_FALSE(summary.ensure(&error));
        CHECK(error.contains(QStringLiteral("integer overflow")));
    }
}

TEST_CASE("a reading connection that sees other projects fails the pass, whatever it wrote",
          "[store][capitaldashboard][summarypass]")
{
    const QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const auto withProjects = [&](const QString &name, const QList<qint64> &ids) {
        auto database = withSources(folder.filePath(name));
        Statement project(database->handle(),
                          QStringLiteral("INSERT INTO capital_projects (id, source_id, record_key, source_line, created_run, "
                                         "changed_run, seen_run) VALUES (?1, ?2, ?3, ?4, 1, 1, 1)"));
        for (const qint64 id : ids)
            insertProject(project, id, 1, id);
        return database;
    };
    const auto database = withProjects(QStringLiteral("counted.milepost"), {1, 2, 3});
    const auto [name, ids] = GENERATE(table<const char *, QList<qint64>>({
        {"another project in place of one", {1, 2, 4}},
        {"a project more", {1, 2, 3, 4}},
        {"a project less", {1, 2}},
        {"the same projects", {1, 2, 3}},
    }));
    INFO(name);
    const auto reading = withProjects(QStringLiteral("%1.milepost").arg(QLatin1String(name)), ids);
    createSummary(*database, QStringLiteral("by_reader"));
    QString error;
    const CapitalSummaryPass::Outcome outcome = CapitalSummaryPass::fill(
        database->handle(), QStringLiteral("temp.by_reader"), listed, {}, &error, reading->handle());
    if (ids == QList<qint64>{1, 2, 3}) {
        CHECK(outcome == CapitalSummaryPass::Outcome::Filled);
        CHECK(scalar(*database, QStringLiteral("SELECT count(*) FROM by_reader")) == 3);
    } else {
        CHECK(outcome == CapitalSummaryPass::Outcome::Failed);
        CHECK(error.contains(QStringLiteral("the projects changed while they were read")));
    }
}

TEST_CASE("the first count after a build, grouped as the summary is written, equals the count read back",
          "[store][capitaldashboard][summarypass]")
{
    const QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const auto database = withSources(folder.filePath(QStringLiteral("cells.milepost")));
    storeProjects(*database, 2600);
    CapitalSummaryTable summary(*database);
    CapitalDashboardCounts counts(*database);
    QString error;
    // Days before, among and after the phases' dates; none (every open phase not yet due).
    const qint64 day = GENERATE(qint64(0), qint64(2459000), qint64(2459500), qint64(2459900), qint64(2460300),
                                qint64(2461200));
    INFO("as of day " << day);
    DashboardFilter filter;
    if (day > 0)
        filter.asOf = QDate::fromJulianDay(day);
    summary.invalidate(); // built again: the cells are grouped by a build
    REQUIRE(summary.select(filter, &error));
    std::optional<CapitalDashboardCells> grouped = summary.takeCells();
    REQUIRE(grouped);
    counts.setCells(std::move(*grouped));
    CapitalFigures byPass = CapitalFigures::compute({}, filter);
    INFO(error.toStdString());
    REQUIRE(counts.count(byPass, &error));
    REQUIRE(Statement::execute(database->handle(),
                               QStringLiteral("DROP TABLE IF EXISTS temp.cells_by_pass; "
                                              "CREATE TEMP TABLE cells_by_pass AS SELECT * FROM dashboard_capital_cells"),
                               &error));
    // The same count again reads the projects back and groups them.
    CHECK_FALSE(summary.takeCells());
    CapitalFigures read = CapitalFigures::compute({}, filter);
    REQUIRE(counts.count(read, &error));
    QStringList typed;
    Statement names(database->handle(), QStringLiteral("SELECT name FROM pragma_table_info('dashboard_capital_cells')"));
    while (names.step() == Statement::Result::Row)
        typed << names.columnText(0) << QStringLiteral("typeof(%1)").arg(names.columnText(0));
    REQUIRE(typed.size() == 40);
    const QString except = QStringLiteral("SELECT count(*) FROM (SELECT %1 FROM %2 EXCEPT SELECT %1 FROM %3)");
    const QString select = typed.join(QStringLiteral(", "));
    CHECK(scalar(*database, except.arg(select, QStringLiteral("cells_by_pass"), QStringLiteral("dashboard_capital_cells"))) == 0);
    CHECK(scalar(*database, except.arg(select, QStringLiteral("dashboard_capital_cells"), QStringLiteral("cells_by_pass"))) == 0);
    CHECK(byPass.projects.value == read.projects.value);
    CHECK(byPass.budget.value == read.budget.value);
    // What the fixture reaches at this day.
    const qint64 cells = scalar(*database, QStringLiteral("SELECT count(*) FROM dashboard_capital_cells"));
    CHECK(cells > 100);
    if (day == 2459900) {
        CHECK(scalar(*database, QStringLiteral("SELECT count(DISTINCT bucket) FROM dashboard_capital_cells")) == 6);
        CHECK(scalar(*database, QStringLiteral("SELECT count(DISTINCT schedule) FROM dashboard_capital_cells")) == 4);
        CHECK(scalar(*database, QStringLiteral("SELECT count(DISTINCT stage) FROM dashboard_capital_cells")) == 4);
    }
}

TEST_CASE("a filter that passes some projects gets no cells from the build", "[store][capitaldashboard][summarypass]")
{
    const auto database = withSources();
    storeProjects(*database, 50);
    CapitalSummaryTable summary(*database);
    QString error;
    DashboardFilter filter;
    filter.localDistrict = QStringLiteral("North");
    REQUIRE(summary.select(filter, &error));
    CHECK_FALSE(summary.takeCells());
    summary.invalidate();
    REQUIRE(summary.select(DashboardFilter(), &error));
    CHECK(summary.takeCells());
}

TEST_CASE("a pass cancelled on either thread fails, and neither thread waits for the other",
          "[store][capitaldashboard][summarypass]")
{
    const QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("cancelled.milepost"));
    const auto database = withSources(path);
    storeProjects(*database, 2600);
    QString error;
    const auto reading = Database::open(path, &error, Database::Purpose::Reading);
    REQUIRE(reading);
    createSummary(*database, QStringLiteral("by_reader"));
    const std::atomic_bool cancelled{true};
    const bool readerCancelled = GENERATE(true, false);
    INFO((readerCancelled ? "the reading thread's connection cancelled" : "the writing thread's connection cancelled"));
    (readerCancelled ? *reading : *database).setCancelFlag(&cancelled);
    const CapitalSummaryPass::Outcome outcome = CapitalSummaryPass::fill(
        database->handle(), QStringLiteral("temp.by_reader"), listed, {}, &error, reading->handle());
    (readerCancelled ? *reading : *database).setCancelFlag(nullptr);
    CHECK(outcome == CapitalSummaryPass::Outcome::Failed);
    CHECK(error.contains(QStringLiteral("interrupt"), Qt::CaseInsensitive));
    // Both connections work on: the pass again fills the table.
    REQUIRE(Statement::execute(database->handle(), QStringLiteral("DELETE FROM by_reader"), &error));
    error.clear();
    CHECK(CapitalSummaryPass::fill(database->handle(), QStringLiteral("temp.by_reader"), listed, {}, &error, reading->handle())
          == CapitalSummaryPass::Outcome::Filled);
    CHECK(scalar(*database, QStringLiteral("SELECT count(*) FROM by_reader")) == 2600);
}
