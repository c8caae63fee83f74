// SPDX-License-Identifier: GPL-3.0-or-later
// Two importers of one database on a server: the second is refused at once and told who is
// importing; readers are not held up (ImportLock). Needs the test cluster (testdatabase.h).
#include "catchcompat.h"

#include "pgserverfixture.h"
#include "store/importlock.h"

using namespace milepost;
using namespace milepost::test;

TEST_CASE("a second importer is refused and told who is importing", "[store][importlock]")
{
    if (!pgClusterAvailable())
        return;
    ServerStore store;
    const QString alice = store.person(QStringLiteral("alice"), PgRoles::Role::Admin);
    QString error;
    const auto aliceDatabase = Database::open(store.as(alice), &error);
    INFO(error.toStdString());
    REQUIRE(aliceDatabase);

    {
        const ImportLock held(aliceDatabase->handle(), QStringLiteral("import of capital.csv"));
        REQUIRE(held.isHeld());

        const ImportLock second(store.database->handle(), QStringLiteral("import of staffing.csv"));
        CHECK_FALSE(second.isHeld());
        INFO(second.error().toStdString());
        CHECK(second.error().contains(alice));
        CHECK(second.error().contains(QLatin1String("import of capital.csv")));

        // A plan import is refused the same way and leaves the plan as it was.
        PlanRepository plans(*store.database);
        Plan other = progressPlan();
        other.title = QStringLiteral("Another plan");
        CHECK_FALSE(plans.replacePlan(other, {}, &error));
        CHECK(error.contains(alice));
        const auto stored = plans.loadLatest(&error);
        REQUIRE(stored);
        CHECK(stored->plan.title == QLatin1String("Plan"));

        // Reading is not held up.
        Statement read(store.database->handle(), QStringLiteral("SELECT count(*) FROM milestones"));
        REQUIRE(read.step() == Statement::Result::Row);
        CHECK(read.columnInt64(0) == store.ids.size());
    }
    // Released with the first: the second may import now.
    const ImportLock after(store.database->handle(), QStringLiteral("import of staffing.csv"));
    CHECK(after.isHeld());
}

TEST_CASE("the import lock of one database does not hold up another on the same server", "[store][importlock]")
{
    if (!pgClusterAvailable())
        return;
    ServerStore first;
    ServerStore second;
    const ImportLock one(first.database->handle(), QStringLiteral("import of a.csv"));
    const ImportLock other(second.database->handle(), QStringLiteral("import of b.csv"));
    CHECK(one.isHeld());
    CHECK(other.isHeld());
}

TEST_CASE("on SQLite the import's write transaction is the lock, as before", "[store][importlock]")
{
    QTemporaryDir dir;
    QString error;
    const auto a = Database::open(dir.filePath(QStringLiteral("lock.milepost")), &error);
    const auto b = Database::open(dir.filePath(QStringLiteral("lock.milepost")), &error);
    REQUIRE(a);
    REQUIRE(b);
    const ImportLock one(a->handle(), QStringLiteral("import of a.csv"));
    const ImportLock two(b->handle(), QStringLiteral("import of b.csv"));
    CHECK(one.isHeld());
    CHECK(two.isHeld());
}
