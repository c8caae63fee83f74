// SPDX-License-Identifier: GPL-3.0-or-later
#include "supersededrows.h"

#include "datasets/datasetschema.h"
#include "importtablelayout.h"
#include "statement.h"

namespace milepost {

namespace {

using Level = DatasetField::Level;

QString bookkeeping()
{
    return QStringLiteral(", source_line, created_run, changed_run, seen_run");
}

} // namespace

SupersededRows::SupersededRows(Connection *db, Dataset::Id dataset)
    : m_db(db)
{
    const QList<DatasetField> &fields = DatasetSchema::fields(dataset);
    const QString record = QStringLiteral("id, source_id, record_key, ");
    switch (dataset) {
    case Dataset::Staffing:
    case Dataset::Enrollment: {
        const QString name = dataset == Dataset::Staffing ? QStringLiteral("staffing") : QStringLiteral("enrollment");
        const ImportTableLayout layout(fields, name, {Level::Record});
        m_tables.append({name, QStringLiteral("id"), record + layout.names() + bookkeeping(),
                         QStringLiteral("source_id = ?1")});
        break;
    }
    case Dataset::CapitalProjects: {
        const ImportTableLayout projects(fields, QStringLiteral("capital_projects"), {Level::Project});
        const ImportTableLayout phases(fields, QStringLiteral("capital_phases"), {Level::Phase});
        m_tables.append({projects.table(), QStringLiteral("id"), record + projects.names() + bookkeeping(),
                         QStringLiteral("source_id = ?1"), true});
        m_tables.append({phases.table(), QStringLiteral("project_id, phase, occurrence"),
                         QStringLiteral("project_id, occurrence, ") + phases.names() + bookkeeping(),
                         QStringLiteral("project_id IN (SELECT id FROM capital_projects WHERE source_id = ?1)")});
        break;
    }
    }
}

bool SupersededRows::run(const QString &sql, std::initializer_list<qint64> parameters)
{
    Statement statement(m_db, sql);
    int index = 0;
    for (const qint64 parameter : parameters)
        statement.bindInt64(++index, parameter);
    if (statement.run())
        return true;
    if (m_error.isEmpty())
        m_error = statement.error();
    return false;
}

qint64 SupersededRows::number(const QString &sql, std::initializer_list<qint64> parameters)
{
    Statement statement(m_db, sql);
    int index = 0;
    for (const qint64 parameter : parameters)
        statement.bindInt64(++index, parameter);
    if (statement.step() == Statement::Result::Row)
        return statement.columnInt64(0);
    if (m_error.isEmpty())
        m_error = statement.error();
    return -1;
}

QString SupersededRows::sameKey(const Table &table, const QString &other) const
{
    QStringList parts;
    for (const QString &column : table.key.split(QStringLiteral(", ")))
        parts.append(QStringLiteral("%1.%2 = %3.%2").arg(table.name, column, other));
    return parts.join(QStringLiteral(" AND "));
}

QString SupersededRows::copyBeforeUpdate(const QString &table, const QString &rowCondition,
                                         const QString &valuesDiffer) const
{
    for (const Table &candidate : m_tables) {
        if (candidate.name == table)
            return QStringLiteral("INSERT INTO %1_superseded (superseded_run, %2) SELECT ?4, %2 FROM %1 "
                                  "WHERE %3 AND created_run <> ?4 AND (%4 OR source_line IS NOT ?3) "
                                  "ON CONFLICT DO NOTHING")
                .arg(table, candidate.columns, rowCondition, valuesDiffer);
    }
    return {};
}

bool SupersededRows::copyGone(qint64 sourceId, qint64 runId)
{
    for (const Table &table : std::as_const(m_tables)) {
        if (!run(QStringLiteral("INSERT INTO %1_superseded (superseded_run, %2) SELECT ?2, %2 FROM %1 "
                                "WHERE %3 AND seen_run <> ?2 ON CONFLICT DO NOTHING")
                     .arg(table.name, table.columns, table.ofSource),
                 {sourceId, runId}))
            return false;
    }
    return true;
}

bool SupersededRows::restore(qint64 sourceId, qint64 runId, qint64 previousRunId)
{
    // Children before parents when deleting, parents before children when putting back.
    for (auto table = m_tables.crbegin(); table != m_tables.crend(); ++table) {
        if (!run(QStringLiteral("DELETE FROM %1 WHERE created_run = ?2 AND %2").arg(table->name, table->ofSource),
                 {sourceId, runId}))
            return false;
    }
    for (const Table &table : std::as_const(m_tables)) {
        const QString copy = table.name + QStringLiteral("_superseded");
        if (table.hasChildren) {
            // A project is updated in place: deleting it would take its phases with it.
            if (!run(QStringLiteral("UPDATE %1 SET (%2) = (SELECT %2 FROM %3 WHERE %3.superseded_run = ?1 AND %4) "
                                    "WHERE id IN (SELECT id FROM %3 WHERE superseded_run = ?1)")
                         .arg(table.name, table.columns, copy, sameKey(table, copy)),
                     {runId})
                || !run(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3 WHERE superseded_run = ?1 "
                                       "AND id NOT IN (SELECT id FROM %1)")
                            .arg(table.name, table.columns, copy),
                        {runId}))
                return false;
        } else if (!run(QStringLiteral("DELETE FROM %1 WHERE (%2) IN (SELECT %2 FROM %3 WHERE superseded_run = ?1)")
                            .arg(table.name, table.key, copy),
                        {runId})
                   || !run(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3 WHERE superseded_run = ?1")
                               .arg(table.name, table.columns, copy),
                           {runId})) {
            return false;
        }
        if (!run(QStringLiteral("UPDATE %1 SET seen_run = ?3 WHERE seen_run = ?2 AND %2").arg(table.name, table.ofSource),
                 {sourceId, runId, previousRunId})
            || !run(QStringLiteral("DELETE FROM %1 WHERE superseded_run = ?1").arg(copy), {runId}))
            return false;
    }
    // Nothing of the source may still point at the run.
    for (const Table &table : std::as_const(m_tables)) {
        const qint64 left = number(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 AND ?2 IN (created_run, changed_run, seen_run)")
                                       .arg(table.name, table.ofSource),
                                   {sourceId, runId});
        if (left != 0) {
            if (m_error.isEmpty())
                m_error = tr("%1 rows of %2 would still belong to the removed import").arg(left).arg(table.name);
            return false;
        }
    }
    return true;
}

bool SupersededRows::removeAll(qint64 sourceId, qint64 runId)
{
    for (auto table = m_tables.crbegin(); table != m_tables.crend(); ++table) {
        if (!run(QStringLiteral("DELETE FROM %1 WHERE %2").arg(table->name, table->ofSource), {sourceId})
            || !run(QStringLiteral("DELETE FROM %1_superseded WHERE superseded_run = ?1").arg(table->name), {runId}))
            return false;
    }
    return true;
}

qint64 SupersededRows::createdRows(qint64 sourceId, qint64 runId)
{
    const Table &rows = m_tables.constLast();
    return number(QStringLiteral("SELECT count(*) FROM %1 WHERE created_run = ?2 AND %2").arg(rows.name, rows.ofSource),
                  {sourceId, runId});
}

qint64 SupersededRows::replacedRows(qint64 runId)
{
    // Copies of rows the run changed (changed_run moved on) or removed (no row left); a copy
    // kept for a moved line only comes back too, but was not replaced.
    const Table &rows = m_tables.constLast();
    const QString copy = rows.name + QStringLiteral("_superseded");
    return number(QStringLiteral("SELECT count(*) FROM %1 WHERE superseded_run = ?1 AND NOT EXISTS "
                                 "(SELECT 1 FROM %2 WHERE %3 AND %2.changed_run = %1.changed_run)")
                      .arg(copy, rows.name, sameKey(rows, copy)),
                  {runId});
}

} // namespace milepost
