// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasecopy.h"

#include "connection.h"
#include "database.h"
#include "statement.h"
#include "transaction.h"

#include <QStringList>

#include <optional>

namespace milepost {

namespace {

std::optional<qint64> count(Database &database, const QString &table, QString *error)
{
    Statement statement(database.handle(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (statement.step() != Statement::Result::Row) {
        *error = statement.error();
        return std::nullopt;
    }
    return statement.columnInt64(0);
}

// The tables the database has (Milepost's own bookkeeping aside), to check the copy's list.
QStringList storedTables(Database &database, QString *error)
{
    Statement statement(database.handle(),
                        database.isServer()
                            ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                             "AND tablename <> 'milepost_schema'")
                            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite_%'"));
    QStringList names;
    Statement::Result step = statement.step();
    for (; step == Statement::Result::Row; step = statement.step())
        names.append(statement.columnText(0));
    if (step != Statement::Result::Done)
        *error = statement.error();
    names.sort();
    return names;
}

} // namespace

const QStringList &DatabaseCopy::tables()
{
    static const QStringList names{
        QStringLiteral("plans"), QStringLiteral("objectives"), QStringLiteral("milestone_keys"),
        QStringLiteral("milestones"), QStringLiteral("milestone_quarters"), QStringLiteral("findings"),
        QStringLiteral("milestone_updates"), QStringLiteral("milestone_changes"), QStringLiteral("milestone_progress"),
        QStringLiteral("objective_keys"), QStringLiteral("plan_edits"), QStringLiteral("plan_edit_changes"),
        QStringLiteral("milestone_plan_edits"), QStringLiteral("objective_plan_edits"), QStringLiteral("plan_baselines"),
        QStringLiteral("baseline_milestones"), QStringLiteral("plan_imports"),
        QStringLiteral("dataset_sources"), QStringLiteral("import_runs"), QStringLiteral("import_events"),
        QStringLiteral("import_profiles"), QStringLiteral("staffing"), QStringLiteral("enrollment"),
        QStringLiteral("capital_projects"), QStringLiteral("capital_phases"), QStringLiteral("staffing_superseded"),
        QStringLiteral("enrollment_superseded"), QStringLiteral("capital_projects_superseded"),
        QStringLiteral("capital_phases_superseded")};
    return names;
}

bool DatabaseCopy::copy(Database &from, Database &to, QList<Table> *copied, QString *error)
{
    QStringList expected = tables();
    expected.sort();
    QString problem;
    for (Database *database : {&from, &to}) {
        const QStringList present = storedTables(*database, &problem);
        if (!problem.isEmpty() || present != expected) {
            *error = problem.isEmpty() ? tr("the tables of %1 are not the ones this version of Milepost copies")
                                             .arg(database->path())
                                       : problem;
            return false;
        }
    }
    for (const QString &table : tables()) {
        const std::optional<qint64> rows = count(to, table, &problem);
        if (!rows) {
            *error = problem;
            return false;
        }
        if (*rows > 0) {
            *error = tr("the destination already holds data (table %1); Milepost copies only into an empty database")
                         .arg(table);
            return false;
        }
    }

    Connection *target = to.handle();
    Transaction writing(target);
    Transaction reading(from.handle(), Transaction::Mode::Read); // one snapshot of the source
    if (!writing.isActive() || !reading.isActive()) {
        *error = writing.isActive() ? reading.error() : writing.error();
        return false;
    }
    // The journal's authors are copied as they are, not replaced by the copier's name.
    if (!target->deferForeignKeys(true, &problem) || !target->keepJournalAuthors(&problem)) {
        *error = problem;
        return false;
    }
    QList<Table> done;
    for (const QString &table : tables()) {
        Statement read(from.handle(), QStringLiteral("SELECT * FROM %1").arg(table));
        if (!read.isValid()) {
            *error = read.error();
            return false;
        }
        Statement::Result step = read.step();
        Statement insert;
        int columns = 0;
        qint64 rows = 0;
        for (; step == Statement::Result::Row; step = read.step()) {
            if (!insert.isValid()) {
                columns = read.columnCount();
                QStringList names;
                QStringList parameters;
                for (int c = 0; c < columns; ++c) {
                    names.append(read.columnName(c));
                    parameters.append(QStringLiteral("?%1").arg(c + 1));
                }
                if (!insert.prepare(target, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                                .arg(table, names.join(QStringLiteral(", ")),
                                                     parameters.join(QStringLiteral(", "))))) {
                    *error = insert.error();
                    return false;
                }
            }
            insert.reset();
            // As text: each engine gives it the column's type (SQLite by affinity).
            for (int c = 0; c < columns; ++c) {
                if (read.columnIsNull(c))
                    insert.bindNull(c + 1);
                else
                    insert.bindText(c + 1, read.columnText(c));
            }
            if (!insert.run()) {
                *error = tr("%1: %2").arg(table, insert.error());
                return false;
            }
            ++rows;
        }
        if (step != Statement::Result::Done) {
            *error = read.error();
            return false;
        }
        const std::optional<qint64> stored = count(to, table, &problem);
        const std::optional<qint64> source = count(from, table, &problem);
        if (!stored || !source) {
            *error = problem;
            return false;
        }
        if (*stored != rows || *source != rows) {
            *error = tr("%1: %2 rows in the source, %3 read, %4 stored").arg(table).arg(*source).arg(rows).arg(*stored);
            return false;
        }
        done.append({table, rows});
    }
    // Ids were copied as they were: the ids generated next follow the highest.
    for (const QString &table : tables()) {
        if (!target->generatedIdsFollow(table, &problem)) {
            *error = problem;
            return false;
        }
    }
    if (!target->deferForeignKeys(false, &problem) || !writing.commit()) {
        *error = problem.isEmpty() ? writing.error() : problem;
        return false;
    }
    *copied = done;
    return true;
}

} // namespace milepost
