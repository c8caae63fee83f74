// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordwindowmodel.h"
#include "recordwindowsources.h"

#include <memory>

namespace milepost {

// The two tables of a staffing or enrollment page: the rows that pass the filters, and the rows
// of the figure drilled into, both read a window at a time from the same records (in memory or
// in the database). They share a name, and so the column widths the person gives them
// (DrillDownPanel).
template<typename Record>
class RecordTables final
{
public:
    using Model = RecordWindowModel<Record>;
    using Columns = QList<typename Model::Column>;

    RecordTables(QObject *parent, const QString &name)
        : m_base(new Model(parent))
        , m_drilled(new Model(parent))
    {
        m_base->setObjectName(name);
        m_drilled->setObjectName(name);
    }

    Model *base() const { return m_base; }
    Model *drilled() const { return m_drilled; }

    // The records held in memory; the base table shows rows (numbers indexing records).
    void showFromMemory(const Columns &columns, const QList<Record> &records, const QList<int> &rows)
    {
        for (Model *model : {m_base, m_drilled})
            RecordWindowSources::readFromMemory(*model, columns, records);
        show(columns, rows);
    }

    // The records in the database: the base table shows the rows listing lists.
    template<typename Read>
    void showFromDatabase(const Columns &columns, const std::shared_ptr<CapitalDashboardQuery> &query,
                          const std::shared_ptr<const RowListing> &listing, Dataset::Id dataset, Read read)
    {
        for (Model *model : {m_base, m_drilled})
            RecordWindowSources::readFromDatabase(*model, columns, query, listing, dataset, read);
        show(columns, listing->rows);
    }

    // The drilled table shows rows.
    void drill(const QList<int> &rows) { m_drilled->setRows(rows); }

private:
    // One reset of each table (a reset maps a million rows again).
    void show(const Columns &columns, const QList<int> &rows)
    {
        m_base->setColumnsAndRows(columns, rows);
        m_drilled->setColumnsAndRows(columns, {});
    }

    Model *m_base = nullptr;
    Model *m_drilled = nullptr;
};

} // namespace milepost
