// SPDX-License-Identifier: GPL-3.0-or-later
// The store on both engines: the same schema, the same text back, the same transactions. The
// PostgreSQL half needs the cluster ctest starts (testdatabase.h) and skips without it.
#include "catchcompat.h"

#include "plan/plan.h"
#include "store/connection.h"
#include "store/database.h"
#include "store/pgsql.h"
#include "store/planrepository.h"
#include "store/profilerepository.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "testdatabase.h"

#include <QMap>
#include <QStringList>
#include <QTemporaryDir>

using namespace milepost;
using namespace milepost::test;

namespace {

// Opens a new database on engine ("sqlite" or "postgresql"); nullptr when the PostgreSQL test
// is skipped.
std::unique_ptr<Database> openOn(const QString &engine, const QTemporaryDir &dir)
{
    QString error;
    std::unique_ptr<Database> database;
    if (engine == QLatin1String("postgresql")) {
        if (!pgClusterAvailable())
            return nullptr;
        database = Database::open(freshPgDatabase(), &error);
    } else {
        database = Database::open(dir.filePath(QStringLiteral("engines.milepost")), &error);
    }
    INFO(error.toStdString());
    REQUIRE(database);
    return database;
}

QStringList rows(Database &database, const QString &sql)
{
    Statement statement(database.handle(), sql);
    QStringList result;
    Statement::Result step = statement.step();
    for (; step == Statement::Result::Row; step = statement.step())
        result.append(statement.columnText(0));
    INFO(statement.error().toStdString());
    REQUIRE(step == Statement::Result::Done);
    return result;
}

// "table: column type-class, ..." per table, then "index table(columns)" per index created by
// name, then "primary key table(columns)": what the store's SQL relies on.
QStringList logicalSchema(Database &database)
{
    QStringList schema;
    if (database.isServer()) {
        schema += rows(database, QStringLiteral(
            "SELECT c.table_name || ': ' || string_agg(c.column_name || ' ' || "
            "    CASE WHEN c.data_type IN ('bigint', 'integer') THEN 'integer' ELSE c.data_type END, ', ' "
            "    ORDER BY c.ordinal_position) "
            "FROM information_schema.columns c JOIN information_schema.tables t "
            "  ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE' "
            "WHERE c.table_schema = current_schema() AND c.table_name <> 'milepost_schema' "
            "GROUP BY c.table_name ORDER BY c.table_name"));
        schema += rows(database, QStringLiteral(
            "SELECT 'index ' || t.relname || '(' || (SELECT string_agg(a.attname, ', ' ORDER BY k.n) "
            "    FROM unnest(x.indkey) WITH ORDINALITY AS k(attnum, n) "
            "    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) || ') ' || i.relname "
            "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
            "JOIN pg_namespace s ON s.oid = t.relnamespace "
            "WHERE s.nspname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) "
            "ORDER BY 1"));
        schema += rows(database, QStringLiteral(
            "SELECT 'primary key ' || t.relname || '(' || (SELECT string_agg(a.attname, ', ' ORDER BY k.n) "
            "    FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, n) "
            "    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) || ')' "
            "FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace s ON s.oid = t.relnamespace "
            "WHERE s.nspname = current_schema() AND c.contype = 'p' AND t.relname <> 'milepost_schema' ORDER BY 1"));
    } else {
        schema += rows(database, QStringLiteral(
            "SELECT m.name || ': ' || (SELECT group_concat(p.name || ' ' || lower(p.type), ', ') "
            "    FROM (SELECT * FROM pragma_table_info(m.name) ORDER BY cid) p) "
            "FROM sqlite_master m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name"));
        schema += rows(database, QStringLiteral(
            "SELECT 'index ' || m.tbl_name || '(' || (SELECT group_concat(name, ', ') "
            "    FROM (SELECT name FROM pragma_index_info(m.name) ORDER BY seqno)) || ') ' || m.name "
            "FROM sqlite_master m WHERE m.type = 'index' AND m.sql IS NOT NULL ORDER BY 1"));
        schema += rows(database, QStringLiteral(
            "SELECT 'primary key ' || m.name || '(' || (SELECT group_concat(name, ', ') "
            "    FROM (SELECT name FROM pragma_table_info(m.name) WHERE pk > 0 ORDER BY pk)) || ')' "
            "FROM sqlite_master m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' "
            "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE pk > 0) ORDER BY 1"));
    }
    return schema;
}

QString hostile(int i)
{
    static const QStringList texts{
        QStringLiteral("O'Brien \"the\" 'quoted'"),
        QStringLiteral("'; DROP TABLE plans; --"),
        QStringLiteral("Robert'); DELETE FROM milestones WHERE ('1'='1"),
        QStringLiteral("?1 $1 %s %n \\ \\\\ \\x00"),
        QStringLiteral("Ünïcødé — 日本語 😀 \u202E reversed"),
        QString(200000, u'x') + QStringLiteral("'end"),
        QStringLiteral("  leading and trailing  "),
        QString(),
    };
    return texts.at(i % texts.size());
}

} // namespace

TEST_CASE("PgSql numbers parameters and spells null-safe comparisons, leaving quoted text alone", "[store][engines]")
{
    int parameters = 0;
    QList<bool> used;
    CHECK(PgSql::translate(QStringLiteral("SELECT ?1, ?3, '?2', \"a?\" -- ?9\nFROM t WHERE a = ?"), &parameters, &used)
          == QStringLiteral("SELECT $1, $3, '?2', \"a?\" -- ?9\nFROM t WHERE a = $4"));
    CHECK(parameters == 4);
    CHECK(used == QList<bool>{true, false, true, true});
    CHECK(PgSql::translate(QStringLiteral("WHERE (a, b) IS NOT (?1, ?2) OR c IS ?3 OR d IS NOT NULL OR e IS NULL"))
          == QStringLiteral("WHERE (a, b) IS DISTINCT FROM ($1, $2) OR c IS NOT DISTINCT FROM $3 OR d IS NOT NULL OR e IS NULL"));
    CHECK(PgSql::translate(QStringLiteral("SELECT 'it''s IS NOT x'")) == QStringLiteral("SELECT 'it''s IS NOT x'"));
    CHECK(PgSql::translate(QStringLiteral("INSERT OR FAIL INTO t VALUES (?1)")) == QStringLiteral("INSERT INTO t VALUES ($1)"));
}

TEST_CASE("both engines end with the same logical schema", "[store][engines][schema]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto server = openOn(QStringLiteral("postgresql"), dir);
    if (!server)
        return;
    auto file = openOn(QStringLiteral("sqlite"), dir);
    CHECK(server->schemaVersion() == Database::currentSchemaVersion);
    CHECK(file->schemaVersion() == Database::currentSchemaVersion);
    const QStringList onFile = logicalSchema(*file);
    const QStringList onServer = logicalSchema(*server);
    CHECK(onFile.size() > 20);
    CHECK(onServer == onFile);
}

TEST_CASE("hostile text round-trips unchanged through the plan store", "[store][engines]")
{
    const QString engine = GENERATE(QStringLiteral("sqlite"), QStringLiteral("postgresql"));
    INFO(engine.toStdString());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto database = openOn(engine, dir);
    if (!database)
        return;
    Plan plan;
    plan.title = hostile(0) + hostile(1);
    plan.source = hostile(1);
    for (int o = 0; o < 8; ++o) {
        Objective objective;
        objective.title = hostile(o);
        objective.subtitle = hostile(o + 1);
        objective.narrative = hostile(o + 2);
        Milestone milestone;
        milestone.title = hostile(o + 3);
        milestone.section = hostile(o + 4);
        objective.milestones.append(milestone);
        plan.objectives.append(objective);
    }
    PlanRepository repository(*database);
    QString error;
    REQUIRE(repository.replacePlan(plan, {}, &error));
    const auto stored = repository.loadLatest(&error);
    INFO(error.toStdString());
    REQUIRE(stored);
    CHECK(stored->plan.title == plan.title);
    CHECK(stored->plan.source == plan.source);
    REQUIRE(stored->plan.objectives.size() == plan.objectives.size());
    for (qsizetype o = 0; o < plan.objectives.size(); ++o) {
        CHECK(stored->plan.objectives.at(o).title == plan.objectives.at(o).title);
        CHECK(stored->plan.objectives.at(o).subtitle == plan.objectives.at(o).subtitle);
        CHECK(stored->plan.objectives.at(o).narrative == plan.objectives.at(o).narrative);
        CHECK(stored->plan.objectives.at(o).milestones.at(0).title == plan.objectives.at(o).milestones.at(0).title);
        CHECK(stored->plan.objectives.at(o).milestones.at(0).section == plan.objectives.at(o).milestones.at(0).section);
    }
    // Nothing was dropped or deleted by the text.
    CHECK(rows(*database, QStringLiteral("SELECT count(*) FROM plans")) == QStringList{QStringLiteral("1")});
    CHECK(rows(*database, QStringLiteral("SELECT count(*) FROM milestones")) == QStringList{QStringLiteral("8")});
}

TEST_CASE("text with a NUL character: kept by SQLite, refused by PostgreSQL with a reason", "[store][engines]")
{
    const QString engine = GENERATE(QStringLiteral("sqlite"), QStringLiteral("postgresql"));
    INFO(engine.toStdString());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto database = openOn(engine, dir);
    if (!database)
        return;
    const QString withNul = QStringLiteral("before") + QChar(u'\0') + QStringLiteral("after");
    Statement insert(database->handle(), QStringLiteral("INSERT INTO dataset_sources (dataset, name) VALUES ('staffing', ?1)"));
    insert.bindText(1, withNul);
    if (database->isServer()) {
        CHECK_FALSE(insert.run());
        CHECK(insert.error().contains(QStringLiteral("NUL")));
        CHECK(rows(*database, QStringLiteral("SELECT count(*) FROM dataset_sources")) == QStringList{QStringLiteral("0")});
    } else {
        REQUIRE(insert.run());
        CHECK(rows(*database, QStringLiteral("SELECT name FROM dataset_sources")) == QStringList{withNul});
    }
}

TEST_CASE("transactions and savepoints behave alike on both engines", "[store][engines]")
{
    const QString engine = GENERATE(QStringLiteral("sqlite"), QStringLiteral("postgresql"));
    INFO(engine.toStdString());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto database = openOn(engine, dir);
    if (!database)
        return;
    Connection *db = database->handle();
    auto insert = [&](const QString &name) {
        Statement statement(db, QStringLiteral("INSERT INTO dataset_sources (dataset, name) VALUES ('projects', ?1)"));
        statement.bindText(1, name);
        REQUIRE(statement.run());
        return statement.lastInsertRowId();
    };
    {
        Transaction dropped(db);
        REQUIRE(dropped.isActive());
        insert(QStringLiteral("rolled back"));
    }
    QString error;
    {
        Transaction kept(db);
        REQUIRE(kept.isActive());
        const qint64 first = insert(QStringLiteral("kept"));
        CHECK(first > 0);
        const bool saved = db->savepoint(QStringLiteral("inner"), &error);
        INFO(error.toStdString());
        REQUIRE(saved);
        insert(QStringLiteral("undone"));
        REQUIRE(db->rollbackToSavepoint(QStringLiteral("inner"), &error));
        REQUIRE(db->releaseSavepoint(QStringLiteral("inner"), &error));
        const qint64 second = insert(QStringLiteral("also kept"));
        CHECK(second > first);
        CHECK(rows(*database, QStringLiteral("SELECT name FROM dataset_sources WHERE id = %1").arg(second))
              == QStringList{QStringLiteral("also kept")});
        REQUIRE(kept.commit());
    }
    CHECK(rows(*database, QStringLiteral("SELECT name FROM dataset_sources ORDER BY id"))
          == QStringList{QStringLiteral("kept"), QStringLiteral("also kept")});
    CHECK_FALSE(db->savepoint(QStringLiteral("x; DROP TABLE plans"), &error));

    // A statement refused inside a transaction: rolled back, nothing of the transaction stays.
    {
        Transaction failing(db);
        REQUIRE(failing.isActive());
        insert(QStringLiteral("gone with the failure"));
        Statement duplicate(db, QStringLiteral("INSERT INTO dataset_sources (dataset, name) VALUES ('projects', 'kept')"));
        CHECK_FALSE(duplicate.run());
        CHECK_FALSE(duplicate.error().isEmpty());
    }
    CHECK(rows(*database, QStringLiteral("SELECT count(*) FROM dataset_sources")) == QStringList{QStringLiteral("2")});
}
