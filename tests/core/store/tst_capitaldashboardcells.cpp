// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "store/capitaldashboardcells.h"
#include "store/database.h"
#include "store/statement.h"

#include <QRandomGenerator>

#include <limits>

using namespace milepost;

namespace {

// The aggregate CapitalDashboardCounts::groupCells gives the cells, over the table judged: the
// oracle, as SQLite's GROUP BY computes it.
const QString aggregate = QStringLiteral(
    "SELECT source, sample, region, project_type, stage, current_phase, schedule, bucket, "
    "  count(*) AS projects, min(ord) AS first, "
    "  min(CASE WHEN budget IS NOT NULL OR estimate IS NOT NULL OR spent IS NOT NULL THEN ord END) AS first_amount, "
    "  count(budget) AS budget_projects, sum(budget) AS budget, "
    "  count(estimate) AS estimate_projects, sum(estimate) AS estimate, "
    "  count(spent) AS spent_projects, sum(spent) AS spent, "
    "  count(CASE WHEN over_amount > 0 THEN 1 END) AS over_projects, "
    "  sum(CASE WHEN over_amount > 0 THEN over_amount END) AS over_amount, "
    "  max(CASE WHEN slip > 0 THEN slip END) AS most_slip "
    "FROM judged %1 GROUP BY source, sample, region, project_type, stage, current_phase, schedule, bucket");

const QString judged = QStringLiteral("SELECT source, sample, region, project_type, stage, current_phase, schedule, bucket, "
                                      "ord, budget, estimate, spent, over_amount, slip FROM judged");

std::unique_ptr<Database> withJudged()
{
    QString error;
    auto database = Database::open(QStringLiteral(":memory:"), &error);
    INFO(error.toStdString());
    REQUIRE(database);
    REQUIRE(Statement::execute(database->handle(),
                               QStringLiteral("CREATE TEMP TABLE judged (source INTEGER, sample INTEGER, region TEXT, "
                                              "project_type TEXT, stage TEXT, current_phase TEXT, schedule TEXT, bucket TEXT, "
                                              "ord INTEGER, budget INTEGER, estimate INTEGER, spent INTEGER, over_amount INTEGER, "
                                              "slip INTEGER); "
                                              "CREATE TEMP TABLE dashboard_capital_cells AS ")
                                   + aggregate.arg(QStringLiteral("WHERE 0 = 1")),
                               &error));
    return database;
}

qint64 scalar(Database &database, const QString &sql)
{
    Statement statement(database.handle(), sql);
    REQUIRE(statement.step() == Statement::Result::Row);
    return statement.columnInt64(0);
}

// The rows of the aggregate that the cells do not have, and the other way round, comparing
// NULL with NULL (IS) and each value's type, so that NULL, 0 and '' stay apart.
qint64 differences(Database &database)
{
    QStringList columns{QStringLiteral("source"), QStringLiteral("sample"), QStringLiteral("region"),
                        QStringLiteral("project_type"), QStringLiteral("stage"), QStringLiteral("current_phase"),
                        QStringLiteral("schedule"), QStringLiteral("bucket"), QStringLiteral("projects"),
                        QStringLiteral("first"), QStringLiteral("first_amount"), QStringLiteral("budget_projects"),
                        QStringLiteral("budget"), QStringLiteral("estimate_projects"), QStringLiteral("estimate"),
                        QStringLiteral("spent_projects"), QStringLiteral("spent"), QStringLiteral("over_projects"),
                        QStringLiteral("over_amount"), QStringLiteral("most_slip")};
    QStringList typed;
    for (const QString &column : columns)
        typed << column << QStringLiteral("typeof(%1)").arg(column);
    const QString select = typed.join(QStringLiteral(", "));
    return scalar(database, QStringLiteral("SELECT count(*) FROM (SELECT %1 FROM (%2) EXCEPT SELECT %1 FROM dashboard_capital_cells)")
                                .arg(select, aggregate.arg(QString())))
        + scalar(database, QStringLiteral("SELECT count(*) FROM (SELECT %1 FROM dashboard_capital_cells EXCEPT SELECT %1 FROM (%2))")
                               .arg(select, aggregate.arg(QString())));
}

} // namespace

TEST_CASE("cells grouped in one pass equal SQLite's GROUP BY", "[store][capitaldashboard][cells]")
{
    const auto database = withJudged();
    Connection *db = database->handle();
    Statement insert(db, QStringLiteral("INSERT INTO judged VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"));
    QRandomGenerator random(20261203);
    // Few values per column, so that cells gather many projects; NULL and '' among the texts,
    // negative, zero and positive amounts and slips, missing amounts.
    const QStringList texts{QString(), QStringLiteral(""), QStringLiteral("01"), QStringLiteral("1"), QStringLiteral("Écoles")};
    // Three values for the district and the phase, two for the others: 576 cells at most.
    const auto text = [&](int column) {
        const int choices = (column == 3 || column == 6) ? 3 : 2;
        const QString value = texts.at(int(random.bounded(choices)) + (column % 2 == 0 ? 2 : 0));
        if (value.isNull())
            insert.bindNull(column);
        else
            insert.bindText(column, value);
    };
    const auto number = [&](int column, int low, int high) {
        if (random.bounded(4) == 0)
            insert.bindNull(column);
        else
            insert.bindInt64(column, low + random.bounded(high - low + 1));
    };
    const int rows = 5000;
    for (int ord = 1; ord <= rows; ++ord) {
        insert.reset();
        insert.bindInt64(1, 1 + random.bounded(2));
        insert.bindInt64(2, random.bounded(2));
        for (int column = 3; column <= 8; ++column)
            text(column);
        // The order of the projects is not the order of the rows.
        insert.bindInt64(9, (ord * 7919) % 100003);
        number(10, -100, 100000);
        number(11, -100, 100000);
        number(12, 0, 100000);
        number(13, -50, 50);
        number(14, -30, 400);
        REQUIRE(insert.run());
    }

    QString error;
    REQUIRE(CapitalDashboardCells::group(db, judged, &error));
    CHECK(error.isEmpty());
    const qint64 cells = scalar(*database, QStringLiteral("SELECT count(*) FROM dashboard_capital_cells"));
    CHECK(cells == scalar(*database, QStringLiteral("SELECT count(*) FROM (%1)").arg(aggregate.arg(QString()))));
    CHECK(cells > 100);
    CHECK(cells < rows / 2); // cells gathered projects
    CHECK(scalar(*database, QStringLiteral("SELECT sum(projects) FROM dashboard_capital_cells")) == rows);
    CHECK(differences(*database) == 0);
}

TEST_CASE("a cell keeps NULL apart from an empty text and from zero", "[store][capitaldashboard][cells]")
{
    const auto database = withJudged();
    // Three projects in two cells: a NULL region and an empty one. No amount in the first cell,
    // no over amount or slip above zero in either.
    REQUIRE(Statement::execute(database->handle(),
                               QStringLiteral("INSERT INTO judged VALUES "
                                              "(1, 0, NULL, 'School', 'phase', 'Design', 'open', NULL, 3, NULL, NULL, NULL, NULL, NULL), "
                                              "(1, 0, NULL, 'School', 'phase', 'Design', 'open', NULL, 2, NULL, NULL, NULL, 0, 0), "
                                              "(1, 0, '', 'School', 'phase', 'Design', 'open', NULL, 1, 500, NULL, 0, -5, -3)"),
                               nullptr));
    QString error;
    REQUIRE(CapitalDashboardCells::group(database->handle(), judged, &error));
    CHECK(differences(*database) == 0);
    Statement nullRegion(database->handle(),
                         QStringLiteral("SELECT projects, first, first_amount IS NULL, budget IS NULL, budget_projects, "
                                        "over_projects, over_amount IS NULL, most_slip IS NULL "
                                        "FROM dashboard_capital_cells WHERE region IS NULL"));
    REQUIRE(nullRegion.step() == Statement::Result::Row);
    CHECK(nullRegion.columnInt64(0) == 2);
    CHECK(nullRegion.columnInt64(1) == 2);
    CHECK(nullRegion.columnInt64(2) == 1);
    CHECK(nullRegion.columnInt64(3) == 1);
    CHECK(nullRegion.columnInt64(4) == 0);
    CHECK(nullRegion.columnInt64(5) == 0);
    CHECK(nullRegion.columnInt64(6) == 1);
    CHECK(nullRegion.columnInt64(7) == 1);
    CHECK(nullRegion.step() == Statement::Result::Done);
    CHECK(scalar(*database, QStringLiteral("SELECT spent FROM dashboard_capital_cells WHERE region = ''")) == 0);
}

TEST_CASE("a sum of amounts too large fails the grouping as SQLite's sum() does", "[store][capitaldashboard][cells]")
{
    const auto database = withJudged();
    const qint64 large = std::numeric_limits<qint64>::max() / 2 + 1;
    REQUIRE(Statement::execute(database->handle(),
                               QStringLiteral("INSERT INTO judged VALUES "
                                              "(1, 0, 'A', 'T', 'phase', 'P', 'open', NULL, 1, %1, NULL, NULL, NULL, NULL), "
                                              "(1, 0, 'A', 'T', 'phase', 'P', 'open', NULL, 2, %1, NULL, NULL, NULL, NULL)")
                                   .arg(large),
                               nullptr));
    QString error;
    CHECK_FALSE(Statement::execute(database->handle(), aggregate.arg(QString()), &error));
    CHECK(error.contains(QStringLiteral("integer overflow")));
    error.clear();
    CHECK_FALSE(CapitalDashboardCells::group(database->handle(), judged, &error));
    CHECK(error.contains(QStringLiteral("too large")));
}
