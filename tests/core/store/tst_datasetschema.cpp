// SPDX-License-Identifier: GPL-3.0-or-later
// The version 2 tables against the dataset fields, and the migration that adds them.
#include "catchcompat.h"

#include "datasets/datasetschema.h"
#include "store/database.h"
#include "store/planrepository.h"
#include "store/statement.h"

#include <QSet>
#include <QTemporaryDir>

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
        auto database = Database::open(path, &error);
        REQUIRE(database);
        Plan plan;
        plan.title = QStringLiteral("Plan");
        plan.source = QStringLiteral("plan.txt");
        PlanRepository repository(*database);
        REQUIRE(repository.replacePlan(plan, {}, &error));
        // Back to what version 1 of Milepost left: no dataset tables, user_version 1.
        REQUIRE(Statement::execute(database->handle(),
                                   QStringLiteral("DROP TABLE capital_phases; DROP TABLE capital_projects; "
                                                  "DROP TABLE enrollment; DROP TABLE staffing; "
                                                  "DROP TABLE import_profiles; DROP TABLE import_events; "
                                                  "DROP TABLE import_runs; DROP TABLE dataset_sources; "
                                                  "PRAGMA user_version = 1"),
                                   &error));
    }
    auto database = Database::open(path, &error);
    REQUIRE(database);
    CHECK(database->schemaVersion() == Database::currentSchemaVersion);
    CHECK_FALSE(columnsOf(*database, QStringLiteral("capital_phases")).isEmpty());
    PlanRepository repository(*database);
    CHECK(repository.planCount() == 1);
}
