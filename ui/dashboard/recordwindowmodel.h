// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/exportrole.h"
#include "lazyrecordmodel.h"
#include "recordtablemodel.h"

#include <QHash>

#include <functional>
#include <optional>

namespace milepost {

// How a record shows in a column of a RecordWindowModel.
template<typename Record>
struct RecordColumn
{
    using Cell = std::function<QVariant(const Record &record, int row)>;

    // In the order of the members below (a constructor rather than default member initialisers,
    // which g++ 12 cannot compile in this template).
    RecordColumn(QString headerText, Cell displayed, Qt::Alignment aligned = Qt::AlignLeft | Qt::AlignVCenter,
                 Cell tip = nullptr, Cell exportedAs = nullptr, bool stretches = false, QString sortedBy = QString(),
                 Cell sortedByKey = nullptr)
        : header(std::move(headerText))
        , display(std::move(displayed))
        , alignment(aligned)
        , toolTip(std::move(tip))
        , exported(std::move(exportedAs))
        , stretch(stretches)
        , storedColumn(std::move(sortedBy))
        , sortKey(std::move(sortedByKey))
    {
    }

    QString header;
    Cell display;
    Qt::Alignment alignment;
    Cell toolTip;  // none when not given
    Cell exported; // what an export writes (ExportRole); the text shown when not given
    bool stretch;
    // How the column sorts: by this column of the table in the database
    // (DatasetRowsQuery::sortColumns), or, without one, by sortKey (display when not given),
    // which then must come from the row alone when the records are in the database.
    QString storedColumn;
    Cell sortKey;
};

// A LazyRecordModel of records of one kind (StaffingRecord, EnrollmentRecord): the reader gives
// a window's records, the columns say how a record shows. A record the reader no longer finds
// (removed since the figures were counted) shows empty.
template<typename Record>
class RecordWindowModel final : public LazyRecordModel
{
public:
    // The records of rows, in this order (nullopt for one no longer there); nullopt when they
    // cannot be read now.
    using Reader = std::function<std::optional<QList<std::optional<Record>>>(const QList<int> &rows)>;
    using Cell = typename RecordColumn<Record>::Cell;

    using Column = RecordColumn<Record>;

    explicit RecordWindowModel(QObject *parent = nullptr)
        : LazyRecordModel(parent)
    {
    }

    void setColumns(const QList<Column> &columns)
    {
        beginResetModel();
        m_columns = columns;
        endResetModel();
    }
    // The columns and the rows together, in one reset of the model.
    void setColumnsAndRows(const QList<Column> &columns, const QList<int> &rows)
    {
        setRows(rows, [&] { m_columns = columns; });
    }
    const QList<Column> &columns() const { return m_columns; }
    // Takes effect from the next rows set.
    void setReader(const Reader &reader) { m_reader = reader; }
    // No rows, and nothing of what the reader, the sorter and the columns' cells hold (a count's
    // rows and reasons): for a table out of sight until it is shown again. The columns keep
    // their headers, so that a view keeps its sections (their widths, the sort shown).
    void release()
    {
        QList<Column> headers;
        headers.reserve(m_columns.size());
        for (const Column &column : std::as_const(m_columns))
            headers.append(Column(column.header, nullptr, column.alignment, nullptr, nullptr, column.stretch,
                                  column.storedColumn));
        m_reader = {};
        setSorter({});
        setColumnsAndRows(headers, {});
    }

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_columns.size()); }

protected:
    bool readWindow(int window, const QList<int> &rows) const override
    {
        if (!m_reader)
            return false;
        std::optional<QList<std::optional<Record>>> records = m_reader(rows);
        if (!records)
            return false;
        m_windows.insert(window, std::move(*records));
        return true;
    }
    void dropWindow(int window) const override { m_windows.remove(window); }
    void dropWindows() override { m_windows.clear(); }

    QVariant cell(int window, int inWindow, int row, int column, int role) const override
    {
        const QList<std::optional<Record>> &records = m_windows[window];
        if (inWindow >= records.size() || !records.at(inWindow))
            return {};
        const Record &record = *records.at(inWindow);
        const Column &shown = m_columns.at(column);
        if (role == Qt::ToolTipRole)
            return shown.toolTip ? shown.toolTip(record, row) : QVariant();
        if (role == ExportRole)
            return shown.exported ? shown.exported(record, row) : QVariant();
        return shown.display(record, row);
    }

    QVariant header(int column, int role) const override
    {
        if (role == Qt::DisplayRole)
            return m_columns.at(column).header;
        if (role == RecordTableModel::StretchRole)
            return m_columns.at(column).stretch;
        return {};
    }

    Qt::Alignment alignment(int column) const override { return m_columns.at(column).alignment; }

private:
    QList<Column> m_columns;
    Reader m_reader;
    mutable QHash<int, QList<std::optional<Record>>> m_windows;
};

} // namespace milepost
