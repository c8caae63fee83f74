// SPDX-License-Identifier: GPL-3.0-or-later
// The capital key figures computed in the database: on a generated table against values worked
// out from the way it was generated, and on the bundled sample and the real NYC export against
// the figures computed in memory (CapitalFigures::compute, the oracle).
#include "catchcompat.h"
#include "core/dashboard/dashboardtestdata.h"

#include "dashboard/capitalfigures.h"
#include "store/capitalfiguresquery.h"
#include "store/statement.h"
#include "store/storedspellings.h"
#include "store/transaction.h"

#include <QFile>

#include <algorithm>
#include <functional>

using namespace milepost;
using namespace milepost::test;

namespace {

void execute(Database &database, const QString &sql)
{
    QString error;
    INFO(sql.toStdString());
    REQUIRE(Statement::execute(database.handle(), sql, &error));
}

DashboardFilter asOf(const QDate &date)
{
    DashboardFilter filter;
    filter.asOf = date;
    return filter;
}

CapitalKeyFigures fromDatabase(Database &database, const DashboardFilter &filter)
{
    QString error;
    const std::optional<CapitalKeyFigures> figures = CapitalFiguresQuery(database).compute(filter, &error);
    INFO(error.toStdString());
    REQUIRE(figures);
    return *figures;
}

std::string describe(const Tally &tally)
{
    return std::to_string(tally.value) + " over " + std::to_string(tally.rows) + (tally.illustrative ? " (sample)" : "");
}

void checkSame(const CapitalKeyFigures &actual, const CapitalKeyFigures &expected)
{
    const std::pair<const char *, Tally CapitalKeyFigures::*> tallies[]
        = {{"projects", &CapitalKeyFigures::projects}, {"budget", &CapitalKeyFigures::budget},
           {"estimate", &CapitalKeyFigures::estimate}, {"spent", &CapitalKeyFigures::spent},
           {"overBudget", &CapitalKeyFigures::overBudget}, {"overBudgetAmount", &CapitalKeyFigures::overBudgetAmount},
           {"late", &CapitalKeyFigures::late}, {"openLate", &CapitalKeyFigures::openLate}};
    for (const auto &[name, member] : tallies) {
        INFO(name << ": " << describe(actual.*member) << " expected " << describe(expected.*member));
        CHECK(actual.*member == expected.*member);
    }
    CHECK(actual.maximumSlipDays == expected.maximumSlipDays);
    CHECK(actual.asOf == expected.asOf);
}

// The generated table: projects 1..count, each generated from its number i.
//   region "North" (i % 3 == 0), " north " (1: the same district, spelled otherwise), "South" (2);
//   Board District "BD <i % 4>", school "School <i % 50>", site code "K<i>";
//   every tenth project's phases are sample data; every 25th project has no phase at all;
//   projects up to 2000 come from the source "generated", the others from "later".
//   Design, Complete: planned end day P, actual end P + (i % 7) - 3 (3 early to 3 late);
//     budget 100 i, estimate 100 i + 10 ((i % 5) - 2), spent 10 i cents.
//   Construction when i is even: In-Progress, planned end (i % 6) days before the as-of day
//     (0: on it, so not yet due), no actual end; budget 1,000 cents, estimate "PNS".
//   Construction when i is odd and a multiple of 3: " complete " (ended, on no known day),
//     planned end P - 100: not measured.
constexpr int generatedProjects = 3000;
const QDate generatedAsOf(2024, 6, 30);
const qint64 plannedDay = QDate(2023, 3, 1).toJulianDay();

void generate(Database &database)
{
    execute(database, QStringLiteral("INSERT INTO dataset_sources (id, dataset, name) VALUES (1, 'projects', 'generated'), "
                                     "(2, 'projects', 'later')"));
    Statement project(database.handle(),
                      QStringLiteral("INSERT INTO capital_projects (id, source_id, record_key, site_code, school_name, "
                                     "region, board_district, project_type, source_line, created_run, changed_run, "
                                     "seen_run) VALUES (?1, ?7, ?2, ?3, ?4, ?5, ?6, 'Roofing', ?1, 1, 1, 1)"));
    Statement phase(database.handle(),
                    QStringLiteral("INSERT INTO capital_phases (project_id, phase, occurrence, status, planned_end, "
                                   "actual_end, budget, estimate, estimate_code, spent, illustrative, source_line, "
                                   "created_run, changed_run, seen_run) "
                                   "VALUES (?1, ?2, 1, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?1, 1, 1, 1)"));
    const qint64 asOfDay = generatedAsOf.toJulianDay();
    const auto addPhase = [&](qint64 id, const char *name, const char *status, qint64 planned,
                              std::optional<qint64> actual, qint64 budget, std::optional<qint64> estimate,
                              std::optional<qint64> spent, bool sample) {
        phase.reset();
        phase.bindInt64(1, id);
        phase.bindText(2, QString::fromUtf8(name));
        phase.bindText(3, QString::fromUtf8(status));
        phase.bindInt64(4, planned);
        actual ? phase.bindInt64(5, *actual) : phase.bindNull(5);
        phase.bindInt64(6, budget);
        estimate ? phase.bindInt64(7, *estimate) : phase.bindNull(7);
        estimate ? phase.bindNull(8) : phase.bindText(8, QStringLiteral("PNS"));
        spent ? phase.bindInt64(9, *spent) : phase.bindNull(9);
        phase.bindInt64(10, sample ? 1 : 0);
        REQUIRE(phase.run());
    };
    Transaction transaction(database.handle());
    for (qint64 i = 1; i <= generatedProjects; ++i) {
        project.reset();
        project.bindInt64(1, i);
        project.bindText(2, QStringLiteral("key %1").arg(i));
        project.bindText(3, QStringLiteral("K%1").arg(i));
        project.bindText(4, QStringLiteral("School %1").arg(i % 50));
        project.bindText(5, i % 3 == 0 ? QStringLiteral("North") : i % 3 == 1 ? QStringLiteral(" north ") : QStringLiteral("South"));
        project.bindText(6, QStringLiteral("BD %1").arg(i % 4));
        project.bindInt64(7, i > 2000 ? 2 : 1);
        REQUIRE(project.run());
        if (i % 25 == 0)
            continue;
        const bool sample = i % 10 == 0;
        addPhase(i, "Design", "Complete", plannedDay, plannedDay + i % 7 - 3, 100 * i, 100 * i + 10 * (i % 5 - 2),
                 10 * i, sample);
        if (i % 2 == 0)
            addPhase(i, "Construction", "In-Progress", asOfDay - i % 6, std::nullopt, 1000, std::nullopt, std::nullopt,
                     sample);
        else if (i % 3 == 0)
            addPhase(i, "Construction", " complete ", plannedDay - 100, std::nullopt, 1000, 1000, std::nullopt, sample);
    }
    REQUIRE(transaction.commit());
}

void addTo(Tally &tally, qint64 value, bool sample, const QString &source)
{
    tally.value += value;
    ++tally.rows;
    tally.illustrative = tally.illustrative || sample;
    if (sample)
        tally.sampleValue += value;
    if (!tally.sources.contains(source)) {
        tally.sources.append(source);
        std::sort(tally.sources.begin(), tally.sources.end());
    }
}

// The figures of the generated projects that pass, worked out from how they were generated.
CapitalKeyFigures expectedFigures(const std::function<bool(qint64)> &passes)
{
    CapitalKeyFigures figures;
    figures.asOf = generatedAsOf;
    for (qint64 i = 1; i <= generatedProjects; ++i) {
        if (!passes(i))
            continue;
        const bool sample = i % 10 == 0 && i % 25 != 0;
        const QString source = i > 2000 ? QStringLiteral("later") : QStringLiteral("generated");
        const auto addTo = [&](Tally &tally, qint64 value, bool sample) { ::addTo(tally, value, sample, source); };
        addTo(figures.projects, 1, sample);
        if (i % 25 == 0)
            continue;
        const bool construction = i % 2 == 0 || i % 3 == 0;
        addTo(figures.budget, 100 * i + (construction ? 1000 : 0), sample);
        // The odd Construction phases give an estimate too, equal to their budget.
        addTo(figures.estimate, 100 * i + 10 * (i % 5 - 2) + (i % 2 != 0 && i % 3 == 0 ? 1000 : 0), sample);
        addTo(figures.spent, 10 * i, sample);
        const qint64 over = 10 * (i % 5 - 2);
        if (over > 0) {
            addTo(figures.overBudget, 1, sample);
            addTo(figures.overBudgetAmount, over, sample);
        }
        const qint64 designDays = i % 7 - 3;
        const std::optional<qint64> openDays = i % 2 == 0 && i % 6 != 0 ? std::optional<qint64>(i % 6) : std::nullopt;
        const qint64 slip = std::max(designDays, openDays.value_or(designDays));
        if (slip > 0) {
            addTo(figures.late, 1, sample);
            if (openDays == slip)
                addTo(figures.openLate, 1, sample);
            figures.maximumSlipDays = std::max(figures.maximumSlipDays, slip);
        }
    }
    return figures;
}

} // namespace

TEST_CASE("capital figures in the database: a generated table, worked out by hand", "[store][capitalfigures]")
{
    auto database = memoryDatabase();
    generate(*database);

    SECTION("no filter")
    {
        const CapitalKeyFigures expected = expectedFigures([](qint64) { return true; });
        // A few values written out, so that the worked-out figures are checked too.
        // Sample data: the tenth projects but the 25th (which have no phase): 300 - 60.
        CHECK(expected.projects
              == Tally{3000, 3000, true, 240, {QStringLiteral("generated"), QStringLiteral("later")}});
        CHECK(expected.spent.rows == 2880);
        CHECK(expected.maximumSlipDays == 4);
        checkSame(fromDatabase(*database, asOf(generatedAsOf)), expected);
    }
    SECTION("a Local District in any case and spacing")
    {
        DashboardFilter filter = asOf(generatedAsOf);
        filter.localDistrict = QStringLiteral("  NORTH");
        checkSame(fromDatabase(*database, filter), expectedFigures([](qint64 i) { return i % 3 != 2; }));
    }
    SECTION("a Board District and a school, by name or site code")
    {
        DashboardFilter filter = asOf(generatedAsOf);
        filter.boardDistrict = QStringLiteral("bd 2");
        filter.school = QStringLiteral("school 14");
        checkSame(fromDatabase(*database, filter), expectedFigures([](qint64 i) { return i % 4 == 2 && i % 50 == 14; }));
        filter.school = QStringLiteral("k1234");
        checkSame(fromDatabase(*database, filter), expectedFigures([](qint64 i) { return i == 1234; }));
    }
    SECTION("a source, in any case and spacing: not pooled, its own sample share")
    {
        DashboardFilter filter = asOf(generatedAsOf);
        filter.source = QStringLiteral(" LATER");
        const CapitalKeyFigures expected = expectedFigures([](qint64 i) { return i > 2000; });
        // 1000 projects; sample: the tenth ones (100) but the 25th (20 of them).
        CHECK(expected.projects == Tally{1000, 1000, true, 80, {QStringLiteral("later")}});
        checkSame(fromDatabase(*database, filter), expected);
        filter.source = QStringLiteral("generated");
        filter.localDistrict = QStringLiteral("South");
        checkSame(fromDatabase(*database, filter), expectedFigures([](qint64 i) { return i <= 2000 && i % 3 == 2; }));
        filter.source = QStringLiteral("elsewhere");
        CHECK(fromDatabase(*database, filter).projects.isEmpty());
    }
    SECTION("a filter no project passes")
    {
        DashboardFilter filter = asOf(generatedAsOf);
        filter.school = QStringLiteral("Nowhere");
        const CapitalKeyFigures figures = fromDatabase(*database, filter);
        CHECK(figures.projects.isEmpty());
        checkSame(figures, expectedFigures([](qint64) { return false; }));
    }
    SECTION("a day later, the open phases are a day later")
    {
        const CapitalKeyFigures today = fromDatabase(*database, asOf(generatedAsOf));
        const CapitalKeyFigures tomorrow = fromDatabase(*database, asOf(generatedAsOf.addDays(1)));
        CHECK(tomorrow.maximumSlipDays == today.maximumSlipDays + 1);
        CHECK(tomorrow.openLate.rows > today.openLate.rows); // the ones due on the day are late now
    }
}

TEST_CASE("capital figures in the database equal the ones computed in memory on the sample",
          "[store][capitalfigures][sample]")
{
    auto database = memoryDatabase();
    importData(*database, Dataset::CapitalProjects, "lausd-sample-capital-projects.csv");
    const QList<CapitalProject> projects = DatasetRepository(*database).capitalProjects();
    REQUIRE(projects.size() == 36);
    QStringList regions;
    QStringList schools;
    for (const CapitalProject &project : projects) {
        regions.append(project.region);
        schools.append(project.schoolName);
    }
    for (const QDate &date : {QDate(2021, 1, 1), QDate(2022, 10, 1), QDate(2024, 7, 1), QDate()}) {
        DashboardFilter filter = asOf(date);
        INFO("as of " << date.toString(Qt::ISODate).toStdString());
        checkSame(fromDatabase(*database, filter), CapitalKeyFigures::of(CapitalFigures::compute(projects, filter)));
        for (const QString &region : {regions.first(), regions.last().toUpper()}) {
            filter = asOf(date);
            filter.localDistrict = region;
            INFO("Local District " << region.toStdString());
            checkSame(fromDatabase(*database, filter), CapitalKeyFigures::of(CapitalFigures::compute(projects, filter)));
        }
        filter = asOf(date);
        filter.school = QLatin1Char(' ') + schools.at(5).toLower();
        INFO("school " << filter.school.toStdString());
        checkSame(fromDatabase(*database, filter), CapitalKeyFigures::of(CapitalFigures::compute(projects, filter)));
    }
}

TEST_CASE("capital figures in the database equal the ones computed in memory on the NYC export",
          "[store][capitalfigures][real]")
{
    const QString path = QStringLiteral(MILEPOST_SHARED_DIR)
        + QStringLiteral("/data/nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv");
    if (!QFile::exists(path)) {
        WARN("shared data file not found, skipping: " << path.toStdString());
        return;
    }
    auto database = memoryDatabase();
    DatasetImporter importer(*database);
    DatasetImporter::Request request;
    request.path = path;
    request.profile = BuiltInProfiles::nycSca();
    REQUIRE(importer.run(request).ok);
    const QList<CapitalProject> projects = DatasetRepository(*database).capitalProjects();
    REQUIRE(projects.size() == 6984);

    // The values the in-memory test counted from the file with a separate script.
    const CapitalKeyFigures april = fromDatabase(*database, asOf(QDate(2025, 4, 1)));
    CHECK(april.budget.value == Q_INT64_C(1758816133100));
    CHECK(april.estimate.value == Q_INT64_C(1798578568100));
    CHECK(april.spent.value == Q_INT64_C(602174872700));
    CHECK(april.projects.value == 6984);
    CHECK(april.late.value - april.openLate.value == 867);
    CHECK_FALSE(april.projects.illustrative);

    for (const QDate &date : {QDate(2020, 1, 1), QDate(2025, 4, 1), QDate(2030, 1, 1)}) {
        INFO("as of " << date.toString(Qt::ISODate).toStdString());
        DashboardFilter filter = asOf(date);
        checkSame(fromDatabase(*database, filter), CapitalKeyFigures::of(CapitalFigures::compute(projects, filter)));
        filter.localDistrict = QStringLiteral("2");
        checkSame(fromDatabase(*database, filter), CapitalKeyFigures::of(CapitalFigures::compute(projects, filter)));
        filter = asOf(date);
        filter.school = projects.at(100).schoolName.toLower();
        checkSame(fromDatabase(*database, filter), CapitalKeyFigures::of(CapitalFigures::compute(projects, filter)));
        filter.school = projects.at(4000).siteCode;
        checkSame(fromDatabase(*database, filter), CapitalKeyFigures::of(CapitalFigures::compute(projects, filter)));
    }
}

TEST_CASE("stored spellings: a filter matches as in memory, outside ASCII too", "[store][capitalfigures]")
{
    auto database = memoryDatabase();
    execute(*database, QStringLiteral("CREATE TEMP TABLE t (v TEXT)"));
    Statement insert(database->handle(), QStringLiteral("INSERT INTO temp.t (v) VALUES (?1)"));
    // U+212A KELVIN SIGN folds to k; U+00A0 NO-BREAK SPACE is trimmed as a space; Æ folds to æ.
    const QStringList values{QStringLiteral("K12"),          QStringLiteral(" k12\t"), QStringLiteral("\u212A12"),
                             QStringLiteral("\u00A0K12"),    QStringLiteral("K 12"),   QStringLiteral("K123"),
                             QStringLiteral("\u00C6r\u00F8"), QStringLiteral("\u00E6R\u00D8 "), QStringLiteral("Aero")};
    for (const QString &value : values) {
        insert.reset();
        insert.bindText(1, value);
        REQUIRE(insert.run());
    }
    insert.reset();
    insert.bindNull(1);
    REQUIRE(insert.run());

    const auto matching = [&](const QString &filter) {
        QString error;
        std::optional<QStringList> found
            = StoredSpellings::matching(database->handle(), QStringLiteral("temp.t"), QStringLiteral("v"), filter, &error);
        INFO(error.toStdString());
        REQUIRE(found);
        found->sort();
        QStringList expected;
        for (const QString &value : values) {
            if (DashboardFilter::same(filter, value))
                expected.append(value);
        }
        expected.sort();
        CHECK(*found == expected);
        return found->size();
    };
    CHECK(matching(QStringLiteral("k12")) == 4);
    CHECK(matching(QStringLiteral("\u212A12")) == 4);
    CHECK(matching(QStringLiteral("\u00E6r\u00F8")) == 2);
    CHECK(matching(QStringLiteral("K1")) == 0);
}

TEST_CASE("capital figures in the database read statuses as the summary does, outside ASCII too",
          "[store][capitalfigures]")
{
    auto database = memoryDatabase();
    generate(*database);
    // Statuses that end a phase or not, however they are spelled; each project's Construction
    // phase is open past its planned end unless its status says it ended.
    const QStringList statuses{QStringLiteral("COMPLETED"),       QStringLiteral("-complete-"),
                               QStringLiteral(" Complete\t"),     QStringLiteral("\u00A0Complete"),
                               QStringLiteral("Complete\u2003"),  QStringLiteral("com plete"),
                               QStringLiteral("Complete d"),       QStringLiteral("Compl\u00E9te"),
                               QStringLiteral("in progress"),     QString()};
    Statement update(database->handle(),
                     QStringLiteral("UPDATE capital_phases SET status = ?1 WHERE phase = 'Construction' AND project_id % ?2 = ?3"));
    for (int i = 0; i < statuses.size(); ++i) {
        update.reset();
        statuses.at(i).isNull() ? update.bindNull(1) : update.bindText(1, statuses.at(i));
        update.bindInt64(2, statuses.size());
        update.bindInt64(3, i);
        REQUIRE(update.run());
    }
    const QList<CapitalProject> projects = DatasetRepository(*database).capitalProjects();
    REQUIRE(projects.size() == generatedProjects);
    for (const QDate &date : {generatedAsOf, generatedAsOf.addYears(1)}) {
        const DashboardFilter filter = asOf(date);
        const CapitalKeyFigures memory = CapitalKeyFigures::of(CapitalFigures::compute(projects, filter));
        checkSame(fromDatabase(*database, filter), memory);
    }
    // The spellings outside ASCII decide figures here: as ASCII-only text they would differ.
    const CapitalKeyFigures withSpaces = fromDatabase(*database, asOf(generatedAsOf.addYears(1)));
    execute(*database, QStringLiteral("UPDATE capital_phases SET status = 'Pending' WHERE status LIKE '%Complete_'"
                                      " OR status LIKE '_Complete'"));
    CHECK_FALSE(fromDatabase(*database, asOf(generatedAsOf.addYears(1))) == withSpaces);
}

TEST_CASE("schema version 7 indexes the capital projects by region", "[store][capitalfigures]")
{
    auto database = memoryDatabase();
    generate(*database);
    Statement index(database->handle(),
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'capital_projects_region'"));
    REQUIRE(index.step() == Statement::Result::Row);
    CHECK(index.columnInt64(0) == 1);
    // A Local District's count finds its projects through the index, not by reading every project.
    Statement plan(database->handle(),
                   QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM capital_projects p "
                                  "LEFT JOIN capital_phases ph ON ph.project_id = p.id WHERE p.region IN (?1, ?2)"));
    QStringList steps;
    while (plan.step() == Statement::Result::Row)
        steps.append(plan.columnText(3));
    INFO(steps.join(QLatin1Char('\n')).toStdString());
    CHECK(steps.join(QLatin1Char('\n')).contains(QStringLiteral("capital_projects_region")));
}
