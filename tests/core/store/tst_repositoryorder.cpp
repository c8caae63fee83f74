// SPDX-License-Identifier: GPL-3.0-or-later
// Each row's number in the repository's order, for a pass that reads a table in its own order.
#include "catchcompat.h"
#include "core/dashboard/dashboardtestdata.h"
#include "figuresfixture.h"

#include "store/database.h"
#include "store/repositoryorder.h"
#include "store/statement.h"

using namespace milepost;
using namespace milepost::test;

namespace {

// The ids of table's rows as the repository lists them.
QList<qint64> idsInRepositoryOrder(Database &database, const char *table)
{
    Statement statement(database.handle(),
                        QStringLiteral("SELECT id FROM %1 ORDER BY source_id, source_line, id").arg(QLatin1String(table)));
    QList<qint64> ids;
    while (statement.step() == Statement::Result::Row)
        ids.append(statement.columnInt64(0));
    return ids;
}

} // namespace

TEST_CASE("rows numbered in the repository's order whatever the table's", "[store][repositoryorder]")
{
    auto database = memoryDatabase();
    storeStaffing(*database, randomStaffing(51, 200), "first");
    storeStaffing(*database, randomStaffing(52, 80), "second");
    storeEnrollment(*database, randomEnrollment(53, 150), "first");
    // Lines backwards in the first source, and the second source's rows given the first ids:
    // neither table's order is the repository's any more.
    runSql(*database, QStringLiteral("UPDATE staffing SET source_line = 100000 - source_line WHERE source_id = "
                                     "(SELECT min(source_id) FROM staffing)"));
    runSql(*database, QStringLiteral("UPDATE staffing SET id = -id WHERE source_id = (SELECT max(source_id) FROM staffing)"));
    runSql(*database, QStringLiteral("UPDATE enrollment SET source_line = 100000 - source_line"));
    for (const char *table : {"staffing", "enrollment"}) {
        INFO(table);
        const QList<qint64> expected = idsInRepositoryOrder(*database, table);
        REQUIRE(expected.size() > 100);
        // A pass in the table's order finds the table out of order, then numbers every row.
        const auto pass = [&](RepositoryOrder &order) {
            Statement statement(database->handle(),
                                QStringLiteral("SELECT source_id, source_line, id FROM %1").arg(QLatin1String(table)));
            QList<int> numbers;
            order.startPass();
            while (statement.step() == Statement::Result::Row) {
                const int number = order.next(statement.columnInt64(0), statement.columnInt64(1), statement.columnInt64(2));
                if (number == RepositoryOrder::outOfOrder)
                    return QList<int>{number};
                numbers.append(number);
            }
            return numbers;
        };
        RepositoryOrder order;
        CHECK(pass(order) == QList<int>{RepositoryOrder::outOfOrder});
        CHECK_FALSE(order.isRead());
        QString error;
        REQUIRE(order.read(database->handle(), QLatin1String(table), &error));
        CHECK(order.isRead());
        for (int number = 0; number < expected.size(); ++number)
            CHECK(order.numberOf(expected.at(number)) == number);
        const QList<int> numbers = pass(order);
        REQUIRE(numbers.size() == expected.size());
        for (int number : numbers)
            CHECK(number >= 0);
        CHECK(QSet<int>(numbers.cbegin(), numbers.cend()).size() == expected.size());
        CHECK(order.anyRow());
        CHECK(order.numberOf(1000000) == RepositoryOrder::unknown);
    }
}

TEST_CASE("rows in the repository's order are numbered as the pass reads them", "[store][repositoryorder]")
{
    auto database = memoryDatabase();
    storeStaffing(*database, randomStaffing(54, 120), "first");
    storeStaffing(*database, randomStaffing(55, 40), "second");
    Statement statement(database->handle(), QStringLiteral("SELECT source_id, source_line, id FROM staffing"));
    RepositoryOrder order;
    order.startPass();
    int scanned = 0;
    while (statement.step() == Statement::Result::Row)
        CHECK(order.next(statement.columnInt64(0), statement.columnInt64(1), statement.columnInt64(2)) == scanned++);
    CHECK(scanned == 160);
    CHECK_FALSE(order.isRead());
}

TEST_CASE("an empty table numbers no row, and a table that cannot be read says why", "[store][repositoryorder]")
{
    auto database = memoryDatabase();
    RepositoryOrder order;
    QString error;
    REQUIRE(order.read(database->handle(), QStringLiteral("staffing"), &error));
    CHECK(order.numberOf(1) == RepositoryOrder::unknown);
    CHECK_FALSE(order.read(database->handle(), QStringLiteral("no_such_table"), &error));
    CHECK(error.contains(QStringLiteral("no_such_table")));
}
