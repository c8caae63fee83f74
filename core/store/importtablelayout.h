// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boundvalue.h"
#include "datasets/datasetfield.h"
#include "datasets/parsedcell.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <span>
#include <vector>

namespace milepost {

class PgCopy;

class Statement;

// The columns of one dataset table (see schema versions 2 and 3 in schemamigrations.cpp) and the SQL
// parameters the import binds them to: a field's value, the first and last day of a period,
// the precision of a date kept as a month or a year (schema version 12), and the code of a value
// that does not apply. Parameters 1 to 5 are left to the statements'
// own use (owner or row id, key, line, run, occurrence); the columns follow from 6.
class ImportTableLayout final
{
public:
    enum class Part { Value, First, Last, Code, Precision };
    struct Column
    {
        QString name;
        int field = 0; // index into the dataset's fields
        Part part = Part::Value;
        int parameter = 0;
        bool integer = false; // a Value bound as an integer (amounts, counts, flags, days), not as text
    };
    static constexpr int firstParameter = 6;

    ImportTableLayout(const QList<DatasetField> &fields, const QString &table, std::initializer_list<DatasetField::Level> levels);

    const QString &table() const { return m_table; }
    const std::vector<Column> &columns() const { return m_columns; }
    // The parameter of field's value, 0 when the table has no column for it.
    int parameterOf(int field) const;
    // The field whose value the column of that name holds; -1 when the table has none.
    int fieldOf(const QString &column) const;

    // SQL fragments: "a", "b" | ?6, ?7 | "a" = ?6, "b" = ?7. offset is added to every
    // parameter: the rows of a multi-row INSERT each have their own.
    QString names() const;
    QString parameters(int offset = 0) const;
    QString assignments() const;
    // The highest parameter of a row.
    int lastParameter() const { return m_columns.empty() ? firstParameter - 1 : m_columns.back().parameter; }

    // Binds the cells' values to statement without copying them: the cells (and this layout,
    // which holds the text of dates) must stay as they are until the statement has run. The
    // rows of a multi-row INSERT are bound with their parameter offset and a slot of their own
    // for the text of dates, below setSlots().
    void bind(Statement &statement, std::span<const ParsedCell> cells, int offset = 0, int slot = 0);
    // The same values as the next columns of a COPY's row, in names() order (copied at once).
    void bind(PgCopy &copy, std::span<const ParsedCell> cells);
    void setSlots(int slots) { m_dates.resize(m_columns.size() * std::size_t(std::max(slots, 1))); }

private:
    // The cells' values in column order, the text of dates in that slot's buffers.
    std::span<const BoundValue> values(std::span<const ParsedCell> cells, int slot);

    const QList<DatasetField> &m_fields;
    QString m_table;
    std::vector<Column> m_columns;
    std::vector<std::array<char, 16>> m_dates; // one per column and slot: ISO text of a bound date
    std::vector<BoundValue> m_values; // one per column: the row values() made last
};

} // namespace milepost
