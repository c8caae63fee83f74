// SPDX-License-Identifier: GPL-3.0-or-later
// The schema's steps, version 3's reshaping of the capital tables of a version 2 file, and
// version 4's stable milestone ids for a version 3 file.
#include "catchcompat.h"

#include "store/database.h"
#include "store/datasetrepository.h"
#include "store/planrepository.h"
#include "store/schemamigrations.h"
#include "store/sqliteconnection.h"
#include "store/statement.h"

#include <QDate>
#include <QStringList>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace milepost;

namespace {

// A file as Milepost's version 2 left it, built with the real steps 1 and 2 on a raw connection.
bool writeVersion2File(const QString &path, QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    SqliteConnection connection(db); // closes it
    bool ok = Statement::execute(&connection, QString::fromUtf8(SchemaMigrations::steps()[0]), error)
              && Statement::execute(&connection, QString::fromUtf8(SchemaMigrations::steps()[1]), error)
              && Statement::execute(&connection,
                                    QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = 2;")
                                        .arg(Database::applicationId),
                                    error)
              && Statement::execute(
                  &connection,
                  QStringLiteral(
                      "INSERT INTO dataset_sources (id, dataset, name) VALUES (1, 'projects', 'nyc');"
                      "INSERT INTO capital_projects (id, source_id, record_key, site_code, source_line, created_run, "
                      "    changed_run, seen_run) VALUES (7, 1, 'K001', 'K001', 2, 1, 1, 1);"
                      "INSERT INTO capital_phases (project_id, phase, occurrence, planned_start, planned_end, "
                      "    actual_start, actual_start_code, illustrative, source_line, created_run, changed_run, seen_run) "
                      "VALUES (7, 'Design', 1, '2021-12-22', '2022-06-10', NULL, 'PNS', 0, 2, 1, 1, 1),"
                      "       (7, 'Construction', 1, NULL, '0001-01-01', '2024-02-29', NULL, 0, 3, 1, 1, 1);"),
                  error);
    return ok;
}

// A file as Milepost's version 3 left it, with a plan whose objectives share a title and
// subtitle and whose milestones repeat a title: the keys need their occurrences.
bool writeVersion3File(const QString &path, QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    SqliteConnection connection(db); // closes it
    bool ok = true;
    for (std::size_t step = 0; ok && step < 3; ++step)
        ok = Statement::execute(&connection, QString::fromUtf8(SchemaMigrations::steps()[step]), error);
    const QString milestone = QStringLiteral(
        "INSERT INTO milestones (id, objective_id, position, section, title, start_raw, start_kind, start_problem, "
        "start_reason, end_raw, end_kind, end_problem, end_reason, source_line) "
        "VALUES (%1, %2, %3, '', '%4', 'Ongoing', 'ongoing', 'none', '', 'Ongoing', 'ongoing', 'none', '', %1);");
    ok = ok
         && Statement::execute(&connection,
                               QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = 3;").arg(Database::applicationId),
                               error)
         && Statement::execute(
             &connection,
             QStringLiteral(
                 "INSERT INTO plans (id, title, source, imported_at) VALUES (1, 'Plan', 'plan.txt', '2024-01-01T00:00:00Z');"
                 "INSERT INTO objectives (id, plan_id, position, phase, title, subtitle, objective_text, status_text, "
                 "    status_state, narrative, source_line) VALUES "
                 "    (10, 1, 0, 'LEARN', 'Staffing', 'Cert', '', 'In Progress', 'in_progress', '', 5),"
                 "    (11, 1, 1, 'ACT', 'Staffing', 'Cert', '', 'In Progress', 'in_progress', '', 50);")
                 + milestone.arg(100).arg(10).arg(0).arg(QStringLiteral("Hire"))
                 + milestone.arg(101).arg(10).arg(1).arg(QStringLiteral("Train"))
                 + milestone.arg(102).arg(10).arg(2).arg(QStringLiteral("Hire"))
                 + milestone.arg(103).arg(11).arg(0).arg(QStringLiteral("Hire"))
                 + QStringLiteral("INSERT INTO milestone_quarters (milestone_id, year, quarter) VALUES (101, 2024, 2);"),
             error);
    return ok;
}

qint64 queryInt(Database &database, const QString &sql)
{
    Statement statement(database.handle(), sql);
    return statement.step() == Statement::Result::Row ? statement.columnInt64(0) : -1;
}

} // namespace

TEST_CASE("there is one schema step for every version", "[store][schema]")
{
    CHECK(SchemaMigrations::steps().size() == std::size_t(Database::currentSchemaVersion));
}

TEST_CASE("version 3 turns a version 2 file's phase dates into day numbers and keeps every row", "[store][schema]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v2.milepost"));
    QString error;
    REQUIRE(writeVersion2File(path, &error));
    INFO(error.toStdString());

    auto database = Database::open(path, &error);
    REQUIRE(database);
    CHECK(database->schemaVersion() == Database::currentSchemaVersion);
    CHECK(queryInt(*database, QStringLiteral("PRAGMA page_size")) == 4096); // a file keeps its pages
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM capital_projects WHERE id = 7 AND record_key = 'K001'"))
          == 1);
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM capital_phases")) == 2);
    CHECK(queryInt(*database, QStringLiteral("SELECT planned_start FROM capital_phases WHERE phase = 'Design'"))
          == QDate(2021, 12, 22).toJulianDay());
    CHECK(queryInt(*database, QStringLiteral("SELECT planned_end FROM capital_phases WHERE phase = 'Design'"))
          == QDate(2022, 6, 10).toJulianDay());
    CHECK(queryInt(*database, QStringLiteral("SELECT actual_start FROM capital_phases WHERE phase = 'Construction'"))
          == QDate(2024, 2, 29).toJulianDay());
    CHECK(queryInt(*database, QStringLiteral("SELECT planned_end FROM capital_phases WHERE phase = 'Construction'"))
          == QDate(1, 1, 1).toJulianDay());
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM capital_phases WHERE actual_start IS NULL "
                                             "AND actual_start_code = 'PNS' AND planned_start IS NOT NULL")) == 1);
    // SQLite reads the numbers back as the same days.
    Statement iso(database->handle(), QStringLiteral("SELECT date(planned_start) FROM capital_phases WHERE phase = 'Design'"));
    REQUIRE(iso.step() == Statement::Result::Row);
    CHECK(iso.columnText(0) == QStringLiteral("2021-12-22"));
    // The phases still belong to their project, and the key is a unique index of its own.
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM pragma_index_list('capital_projects') "
                                             "WHERE name = 'capital_projects_key' AND \"unique\" = 1")) == 1);
    CHECK_FALSE(Statement::execute(database->handle(),
                                   QStringLiteral("INSERT INTO capital_projects (source_id, record_key, source_line, "
                                                  "created_run, changed_run, seen_run) VALUES (1, 'K001', 9, 1, 1, 1)"),
                                   &error));
    CHECK(Statement::execute(database->handle(), QStringLiteral("DELETE FROM capital_projects WHERE id = 7"), &error));
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM capital_phases")) == 0); // the cascade still runs
}

TEST_CASE("a phase date must be a day's number from the year 1 to 9999", "[store][schema]")
{
    QString error;
    auto database = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(database);
    REQUIRE(Statement::execute(database->handle(),
                               QStringLiteral("INSERT INTO dataset_sources (id, dataset, name) VALUES (1, 'projects', 'x');"
                                              "INSERT INTO capital_projects (id, source_id, record_key, source_line, "
                                              "created_run, changed_run, seen_run) VALUES (1, 1, 'k', 1, 1, 1, 1)"),
                               &error));
    const auto insert = [&](const QString &date) {
        return Statement::execute(database->handle(),
                                  QStringLiteral("INSERT INTO capital_phases (project_id, phase, occurrence, planned_start, "
                                                 "illustrative, source_line, created_run, changed_run, seen_run) "
                                                 "VALUES (1, 'Scope', (SELECT count(*) + 1 FROM capital_phases), %1, "
                                                 "0, 1, 1, 1, 1)")
                                      .arg(date),
                                  &error);
    };
    CHECK(insert(QString::number(QDate(2022, 3, 5).toJulianDay())));
    CHECK(insert(QString::number(QDate(9999, 12, 31).toJulianDay())));
    CHECK_FALSE(insert(QStringLiteral("'2022-03-05'")));
    CHECK_FALSE(insert(QString::number(QDate(1, 1, 1).toJulianDay() - 1)));
    CHECK_FALSE(insert(QString::number(QDate(9999, 12, 31).toJulianDay() + 1)));
}

TEST_CASE("version 4 gives a version 3 file's milestones stable ids that a re-import of the plan keeps", "[store][schema]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v3.milepost"));
    QString error;
    REQUIRE(writeVersion3File(path, &error));
    INFO(error.toStdString());

    auto database = Database::open(path, &error);
    REQUIRE(database);
    // Migrated through version 4 to the current version.
    CHECK(database->schemaVersion() == Database::currentSchemaVersion);
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM milestones")) == 4);
    // Version 5: runs count their footer rows apart, 0 for the runs before.
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM pragma_table_info('import_runs') WHERE name = 'totals'")) == 1);
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM milestone_quarters WHERE milestone_id = 101")) == 1);
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM milestone_keys")) == 4);
    // Numbered in the plan's order; a repeated title is its second occurrence.
    Statement keys(database->handle(),
                   QStringLiteral("SELECT m.id, k.id, k.objective_occurrence, k.title, k.occurrence FROM milestones m "
                                  "JOIN milestone_keys k ON k.id = m.key_id ORDER BY m.id"));
    QStringList rows;
    while (keys.step() == Statement::Result::Row)
        rows.append(QStringLiteral("%1:%2:%3:%4:%5").arg(keys.columnText(0), keys.columnText(1), keys.columnText(2),
                                                        keys.columnText(3), keys.columnText(4)));
    CHECK(rows == QStringList{QStringLiteral("100:1:1:Hire:1"), QStringLiteral("101:2:1:Train:1"),
                              QStringLiteral("102:3:1:Hire:2"), QStringLiteral("103:4:2:Hire:1")});
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);
    for (const char *table : {"milestone_updates", "milestone_changes", "milestone_progress", "plan_edits"})
        CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) == 0);
    // Version 8: the stored plan's dates are its baseline "Imported", one row per milestone.
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM plan_baselines WHERE name = 'Imported'")) == 1);
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM baseline_milestones")) == 4);

    // Re-importing the same plan finds every key the migration made.
    PlanRepository plans(*database);
    const auto stored = plans.loadLatest(&error);
    REQUIRE(stored);
    CHECK(stored->milestoneIds == QList<QList<qint64>>{{1, 2, 3}, {4}});
    REQUIRE(plans.replacePlan(stored->plan, stored->findings, &error));
    CHECK(plans.loadLatest(&error)->milestoneIds == QList<QList<qint64>>{{1, 2, 3}, {4}});
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM milestone_keys")) == 4);
    CHECK(queryInt(*database, QStringLiteral("SELECT count(*) FROM baseline_milestones")) == 4);
}

TEST_CASE("version 13 writes the staffing periods stored the ambiguous way as the import reads them, keys too",
          "[store][schema]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v12.milepost"));
    QString error;
    {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
        SqliteConnection connection(db); // closes it
        for (std::size_t step = 0; step < 12; ++step)
            REQUIRE(Statement::execute(&connection, QString::fromUtf8(SchemaMigrations::steps()[step]), &error));
        const auto row = [](int id, const char *period, const char *first, const char *last, const char *site) {
            return QStringLiteral("(%1, 1, '%2' || char(31) || 'LD 1' || char(31) || '%5' || char(31) || 'certificated' "
                                  "|| char(31) || 'Teacher', '%2', '%3', '%4', 'LD 1', '%5', 'certificated', 'Teacher', 3, 0, "
                                  "%1, 1, 1, 1)")
                .arg(id)
                .arg(QString::fromLatin1(period), QString::fromLatin1(first), QString::fromLatin1(last),
                     QString::fromLatin1(site));
        };
        REQUIRE(Statement::execute(
            &connection,
            QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = 12;"
                           "INSERT INTO dataset_sources (id, dataset, name) VALUES (1, 'staffing', 'hr');"
                           "INSERT INTO staffing (id, source_id, record_key, period, period_first, period_last, "
                           "  local_district, site, employee_group, job_category, positions, illustrative, source_line, "
                           "  created_run, changed_run, seen_run) VALUES ")
                    .arg(Database::applicationId)
                + QStringList{row(2, "2008-09", "2008-07-01", "2009-06-30", "A"), // the school year, stored as before
                              row(3, "2011-12", "2011-12-01", "2011-12-31", "A"), // December 2011
                              row(4, "2015-16", "2015-07-01", "2016-06-30", "A"), // reads one way: left as it is
                              row(5, "2009-10", "2009-07-01", "2010-06-30", "B"), // its new key is taken:
                              row(6, "2009-2010", "2009-07-01", "2010-06-30", "B"), // left, read by its days
                              row(7, "2022-03", "2022-03-01", "2022-03-31", "A")}  // reads one way
                      .join(QStringLiteral(", ")),
            &error));
        INFO(error.toStdString());
    }
    auto database = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(database);
    CHECK(database->schemaVersion() == 13);
    const auto periodOf = [&](int id) {
        Statement statement(database->handle(), QStringLiteral("SELECT period, record_key FROM staffing WHERE id = %1").arg(id));
        REQUIRE(statement.step() == Statement::Result::Row);
        return std::pair{statement.columnText(0), statement.columnText(1)};
    };
    const QString rest = QStringLiteral("\x1FLD 1\x1F" "A\x1F" "certificated\x1FTeacher");
    CHECK(periodOf(2) == std::pair{QStringLiteral("2008-2009"), QStringLiteral("2008-2009") + rest});
    CHECK(periodOf(3) == std::pair{QStringLiteral("Dec 2011"), QStringLiteral("Dec 2011") + rest});
    CHECK(periodOf(4) == std::pair{QStringLiteral("2015-16"), QStringLiteral("2015-16") + rest});
    CHECK(periodOf(5).first == QStringLiteral("2009-10"));
    CHECK(periodOf(7) == std::pair{QStringLiteral("2022-03"), QStringLiteral("2022-03") + rest});
    // Every row reads back as the period its days say, but the one left as it was, which reads
    // as no period at all (as every stored text that does not read back does).
    QString readError;
    const QList<StaffingRecord> records = DatasetRepository(*database).staffing(&readError);
    INFO(readError.toStdString());
    REQUIRE(records.size() == 6);
    QStringList periods;
    for (const StaffingRecord &record : records)
        periods.append(record.period.canonical());
    periods.sort();
    CHECK(periods
          == QStringList{QString(), QStringLiteral("2008-2009"), QStringLiteral("2009-2010"), QStringLiteral("2015-16"),
                         QStringLiteral("2022-03"), QStringLiteral("Dec 2011")});
}
