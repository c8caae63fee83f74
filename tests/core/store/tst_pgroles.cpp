// SPDX-License-Identifier: GPL-3.0-or-later
// Roles enforced by the server (PgRoles): what a viewer and an editor may do is what the server
// lets them do, whatever the client sends; the journal's author is the server's. Needs the
// test cluster (testdatabase.h) and skips without it.
#include "catchcompat.h"

#include "pgserverfixture.h"
#include "store/progressrepository.h"

using namespace milepost;
using namespace milepost::test;

namespace {

ProgressUpdate statusUpdate(qint64 milestoneId, int expectedVersion, const QString &by)
{
    ProgressUpdate update;
    update.milestoneId = milestoneId;
    update.expectedVersion = expectedVersion;
    update.asOf = QDate(2024, 3, 1);
    update.enteredBy = by;
    update.set(ProgressField::Id::Status, QStringLiteral("on_track"));
    return update;
}

} // namespace

TEST_CASE("a viewer reads, and the server refuses its writes sent by hand", "[store][pgroles]")
{
    if (!pgClusterAvailable())
        return;
    ServerStore store;
    ProgressRepository owner(*store.database);
    REQUIRE(owner.record(statusUpdate(store.ids.at(0), 0, QStringLiteral("owner")), QDate(2024, 3, 2)).ok());

    const QString viewer = store.person(QStringLiteral("viewer"), PgRoles::Role::Viewer);
    QString error;
    const auto database = Database::open(store.as(viewer), &error);
    INFO(error.toStdString());
    REQUIRE(database);
    CHECK(database->permissions().role == viewer);
    CHECK_FALSE(database->permissions().recordProgress);
    CHECK_FALSE(database->permissions().importData);
    CHECK_FALSE(database->permissions().upgradeSchema);
    CHECK(database->permissions().readOnly());

    Statement read(database->handle(), QStringLiteral("SELECT status FROM milestone_progress"));
    REQUIRE(read.step() == Statement::Result::Row);
    CHECK(read.columnText(0) == QLatin1String("on_track"));

    for (const QString &sql : {QStringLiteral("UPDATE milestone_progress SET status = 'done'"),
                               QStringLiteral("INSERT INTO milestone_updates (milestone_id, as_of, entered_by, entered_at, "
                                              "note, version) VALUES (1, '2024-03-01', 'x', '2024-03-01T00:00:00Z', '', 9)"),
                               QStringLiteral("DELETE FROM plans"), QStringLiteral("DROP TABLE milestone_progress")}) {
        INFO(sql.toStdString());
        error.clear();
        CHECK_FALSE(Statement::execute(database->handle(), sql, &error));
        CHECK((error.contains(QLatin1String("permission denied")) || error.contains(QLatin1String("must be owner"))));
    }
    ProgressRepository progress(*database);
    const auto refused = progress.record(statusUpdate(store.ids.at(1), 0, viewer), QDate(2024, 3, 2));
    CHECK(refused.outcome == ProgressRepository::RecordResult::Outcome::Failed);
    CHECK(refused.error().contains(QLatin1String("permission denied")));
    Statement count(store.database->handle(), QStringLiteral("SELECT count(*) FROM milestone_updates"));
    REQUIRE(count.step() == Statement::Result::Row);
    CHECK(count.columnInt64(0) == 1);
}

TEST_CASE("an editor records progress under the server's name for it, not the one it sends", "[store][pgroles]")
{
    if (!pgClusterAvailable())
        return;
    ServerStore store;
    const QString editor = store.person(QStringLiteral("editor"), PgRoles::Role::Editor);
    QString error;
    const auto database = Database::open(store.as(editor), &error);
    INFO(error.toStdString());
    REQUIRE(database);
    CHECK(database->permissions().recordProgress);
    CHECK_FALSE(database->permissions().importData);
    CHECK_FALSE(database->permissions().upgradeSchema);

    ProgressRepository progress(*database);
    const auto first = progress.record(statusUpdate(store.ids.at(0), 0, QStringLiteral("The Superintendent")), QDate(2024, 3, 2));
    INFO(first.error().toStdString());
    REQUIRE(first.outcome == ProgressRepository::RecordResult::Outcome::Recorded);
    ProgressUpdate second = statusUpdate(store.ids.at(0), first.version, QStringLiteral("milepost"));
    second.set(ProgressField::Id::Percent, QStringLiteral("30"));
    REQUIRE(progress.record(second, QDate(2024, 3, 2)).outcome == ProgressRepository::RecordResult::Outcome::Recorded);

    const auto history = ProgressRepository(*store.database).history(store.ids.at(0), &error);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    for (const ProgressEntry &entry : *history)
        CHECK(entry.enteredBy == editor);

    // Not the plan, nor the imports.
    for (const QString &sql : {QStringLiteral("UPDATE milestones SET title = 'x'"), QStringLiteral("DELETE FROM import_runs"),
                               QStringLiteral("UPDATE milestone_updates SET entered_by = 'someone'")}) {
        INFO(sql.toStdString());
        CHECK_FALSE(Statement::execute(database->handle(), sql, &error));
    }
}

TEST_CASE("an admin imports and upgrades, and a revoked editor reads no more", "[store][pgroles]")
{
    if (!pgClusterAvailable())
        return;
    ServerStore store;
    const QString admin = store.person(QStringLiteral("admin"), PgRoles::Role::Admin);
    QString error;
    auto database = Database::open(store.as(admin), &error);
    INFO(error.toStdString());
    REQUIRE(database);
    CHECK(database->permissions().recordProgress);
    CHECK(database->permissions().importData);
    CHECK(database->permissions().upgradeSchema);
    // Installing again (db upgrade) works as an admin, who owns the tables but not the schema.
    CHECK(PgRoles::install(*database, &error));

    const QString editor = store.person(QStringLiteral("editor"), PgRoles::Role::Editor);
    REQUIRE(PgRoles::revoke(*store.database, editor, PgRoles::Role::Editor, &error));
    CHECK_FALSE(Database::open(store.as(editor), &error));
    CHECK(error.contains(QLatin1String("no access")));

    CHECK_FALSE(PgRoles::grant(*store.database, QStringLiteral("nobody_here"), PgRoles::Role::Viewer, &error));
    CHECK(error.contains(QLatin1String("nobody_here")));
}

TEST_CASE("a local file allows everything and has no roles", "[store][pgroles]")
{
    QTemporaryDir dir;
    QString error;
    const auto database = Database::open(dir.filePath(QStringLiteral("roles.milepost")), &error);
    REQUIRE(database);
    CHECK(database->permissions().recordProgress);
    CHECK(database->permissions().importData);
    CHECK(database->permissions().role.isEmpty());
    CHECK_FALSE(PgRoles::install(*database, &error));
    CHECK(error.contains(QLatin1String("local file")));
}
