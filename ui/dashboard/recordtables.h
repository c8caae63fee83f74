// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboardfilter.h"
#include "drilldownpanel.h"
#include "recordwindowmodel.h"
#include "recordwindowsources.h"

#include <memory>
#include <numeric>
#include <optional>

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

    // What show() showed: whether the dataset has rows at all, and the rows filter passes
    // (nullopt when it passes every row).
    struct Shown
    {
        bool anyStored = false;
        std::optional<QList<int>> matching;
    };

    // The rows filter passes: with a listing (the figures counted in the database), read from
    // the database through query; without one, from records in memory.
    template<typename Read>
    Shown show(const Columns &columns, const DashboardFilter &filter, const std::shared_ptr<CapitalDashboardQuery> &query,
               const std::shared_ptr<const RowListing> &listing, const QList<Record> &records, Dataset::Id dataset,
               Read read)
    {
        Shown shown;
        if (listing) {
            showFromDatabase(columns, query, listing, dataset, read);
            shown.anyStored = listing->anyStored;
            if (filter.filtersRows())
                shown.matching = listing->rows;
            return shown;
        }
        shown.matching = filter.matchingRows(records);
        QList<int> all(records.size());
        std::iota(all.begin(), all.end(), 0);
        showFromMemory(columns, records, shown.matching ? *shown.matching : all);
        shown.anyStored = !records.isEmpty();
        return shown;
    }

    // Both tables let go of their rows and what reads them (RecordWindowModel::release).
    void release()
    {
        m_base->release();
        m_drilled->release();
    }

    // panel shows rows (a figure's), read as the drilled table shows them.
    void drill(DrillDownPanel *panel, const QStringList &trail, const QList<int> &rows)
    {
        m_drilled->setRows(rows);
        panel->drill(trail, m_drilled);
    }

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
