// SPDX-License-Identifier: GPL-3.0-or-later
// The version 2 tables against the dataset fields, and the migration that adds them.
#include "catchcompat.h"

#include "datasets/datasetschema.h"
#include "store/database.h"
#include "store/planrepository.h"
#include "store/schemamigrations.h"
#include "store/sqliteconnection.h"
#include "store/statement.h"

#include <QSet>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace milepost;

namespace {

QSet<QString> columnsOf(Database &database, const QString &table)
{
    Statement statement(database.handle(), QStringLiteral("SELECT name FROM pragma_table_info(?1)"));
    statement.bindText(1, table);
    QSet<QString> columns;
    while (statement.step() == Statement::Result::Row)
        columns.insert(statement.columnText(0));
    return columns;
}

} // namespace

TEST_CASE("every dataset field has its columns in the table that stores it", "[store][datasets]")
{
    QString error;
    auto database = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(database);
    for (const Dataset::Id dataset : Dataset::all) {
        for (const DatasetField &field : DatasetSchema::fields(dataset)) {
            QString table = dataset == Dataset::Staffing ? QStringLiteral("staffing")
                          : dataset == Dataset::Enrollment ? QStringLiteral("enrollment")
                          : field.level == DatasetField::Level::Project ? QStringLiteral("capital_projects")
                                                                        : QStringLiteral("capital_phases");
            const QSet<QString> columns = columnsOf(*database, table);
            const QString key = QString::fromLatin1(field.key);
            INFO(table.toStdString() << "." << field.key);
            CHECK(columns.contains(key));
            const bool period = field.kind == DatasetField::Kind::Period || field.kind == DatasetField::Kind::SchoolYear;
            CHECK(columns.contains(key + QStringLiteral("_first")) == period);
            CHECK(columns.contains(key + QStringLiteral("_code")) == (field.codes && !field.required));
        }
    }
}

TEST_CASE("a version 1 database gains the dataset tables and keeps its plan", "[store][datasets]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v1.milepost"));
    QString error;
    {
        // What version 1 of Milepost left: its own step only, user_version 1, one plan. Built on
        // a raw connection: a current file taken back would keep the later versions' tables.
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
        SqliteConnection connection(db); // closes it
        const bool written =
            Statement::execute(&connection, QString::fromUtf8(SchemaMigrations::steps()[0]), &error)
            && Statement::execute(&connection,
                                  QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = 1; "
                                                 "INSERT INTO plans (title, source, imported_at) "
                                                 "VALUES ('Plan', 'plan.txt', '2022-10-01T00:00:00Z')")
                                      .arg(Database::applicationId),
                                  &error);
        INFO(error.toStdString());
        REQUIRE(written);
    }
    auto database = Database::open(path, &error);
    REQUIRE(database);
    CHECK(database->schemaVersion() == Database::currentSchemaVersion);
    CHECK_FALSE(columnsOf(*database, QStringLiteral("capital_phases")).isEmpty());
    PlanRepository repository(*database);
    CHECK(repository.planCount() == 1);
}
