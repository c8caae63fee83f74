// SPDX-License-Identifier: GPL-3.0-or-later
// Database::setCancelFlag: a statement of the connection stops while the flag is set.
#include "catchcompat.h"

#include "store/database.h"
#include "store/statement.h"

using namespace milepost;

namespace {

// A query of a million steps and more: long enough for the progress handler to look at the flag.
Statement::Result countToAMillion(Database &database, QString *error)
{
    Statement statement(database.handle(),
                        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) "
                                       "SELECT count(*) FROM n"));
    const Statement::Result result = statement.step();
    *error = statement.error();
    return result;
}

} // namespace

TEST_CASE("a connection's statements stop while its cancel flag is set", "[store][database]")
{
    QString error;
    auto database = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(database);
    std::atomic_bool cancelled = false;
    database->setCancelFlag(&cancelled);
    CHECK(countToAMillion(*database, &error) == Statement::Result::Row);

    cancelled = true;
    CHECK(countToAMillion(*database, &error) == Statement::Result::Error);
    CHECK(error.contains(QStringLiteral("interrupt")));

    database->setCancelFlag(nullptr);
    CHECK(countToAMillion(*database, &error) == Statement::Result::Row);
}
