// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/dataset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <initializer_list>

namespace milepost {

class Connection;

// The rows a refresh replaced, kept in the *_superseded tables (schema version 6) so that
// removing the refresh puts them back. All calls run inside the caller's transaction.
//
// A refresh (a re-import of a source that has rows) copies a row before it changes its values
// or its line (copyBeforeUpdate(), run by DatasetImportSession) and before it deletes it as gone
// (copyGone()); a row it only marks seen is not copied: its seen_run was the source's previous
// run, which restore() gives back. restore() undoes the run: the rows it created go, the copies
// come back in place of what it changed and removed.
class SupersededRows final
{
    Q_DECLARE_TR_FUNCTIONS(SupersededRows)

public:
    SupersededRows(Connection *db, Dataset::Id dataset);

    // The statement that copies the row an update identifies (rowCondition, in the update's
    // parameters: ?3 the line, ?4 the run) when valuesDiffer or its line does, unless the run
    // created it; the first copy of a row in a run is the one kept. Empty for another table.
    QString copyBeforeUpdate(const QString &table, const QString &rowCondition, const QString &valuesDiffer) const;
    // Copies the source's rows the run did not see, before they are deleted as gone.
    bool copyGone(qint64 sourceId, qint64 runId);
    bool restore(qint64 sourceId, qint64 runId, qint64 previousRunId);
    // Every row of the source and every copy the run kept: for removing the source's only run.
    bool removeAll(qint64 sourceId, qint64 runId);

    // Rows (staffing or enrollment rows, capital phases) the run created, and rows it changed
    // or removed that restore() would bring back; -1 when the store cannot be read.
    qint64 createdRows(qint64 sourceId, qint64 runId);
    qint64 replacedRows(qint64 runId);

    const QString &error() const { return m_error; }

private:
    struct Table
    {
        QString name;
        QString key;      // what identifies a row: "id", or a phase's three columns
        QString columns;  // every column, in the table's order
        QString ofSource; // a condition on the table's rows: those of source ?1
        bool hasChildren = false; // capital projects, whose phases refer to them
    };

    // Runs sql with parameters ?1, ?2, ... bound in order.
    bool run(const QString &sql, std::initializer_list<qint64> parameters);
    qint64 number(const QString &sql, std::initializer_list<qint64> parameters);
    QString sameKey(const Table &table, const QString &other) const;

    Connection *m_db = nullptr;
    QList<Table> m_tables; // parents first: capital projects before their phases
    QString m_error;
};

} // namespace milepost
