// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include "boundvalue.h"
#include "columnvalue.h"

#include <span>
#include <string_view>

namespace milepost {

// One prepared statement of an engine (SqliteStatement, PgStatement), behind Statement, which
// is what the store uses. Parameters and columns are numbered as Statement numbers them.
// A failing call returns false (or Step::Error) and leaves its reason in error().
class PreparedStatement
{
public:
    enum class Step { Row, Done, Error };

    virtual ~PreparedStatement() = default;

    virtual bool bindText(int index, const QString &value) = 0;
    // The bytes must stay valid until the statement has run (Statement::bindUtf8).
    virtual bool bindUtf8(int index, std::string_view value) = 0;
    virtual bool bindInt64(int index, qint64 value) = 0;
    virtual bool bindDouble(int index, double value) = 0;
    virtual bool bindNull(int index) = 0;
    // values to the parameters from first on, one after the other (Statement::bindRow). An
    // engine whose calls cost much per parameter can do better than this.
    virtual bool bindRow(int first, std::span<const BoundValue> values)
    {
        int index = first;
        for (const BoundValue &value : values) {
            bool ok = true;
            switch (value.kind) {
            case BoundValue::Kind::Null:
                ok = bindNull(index);
                break;
            case BoundValue::Kind::Integer:
                ok = bindInt64(index, value.integer);
                break;
            case BoundValue::Kind::Utf8:
                ok = bindUtf8(index, value.utf8);
                break;
            }
            if (!ok)
                return false;
            ++index;
        }
        return true;
    }

    virtual Step step() = 0;
    // Ready to run again; clearBindings sets every parameter back to NULL.
    virtual void reset(bool clearBindings) = 0;

    // The result's columns; on PostgreSQL known once the statement has run (after a step).
    virtual int columnCount() const = 0;
    virtual QString columnName(int column) const = 0;
    virtual bool columnIsNull(int column) const = 0;
    virtual QString columnText(int column) const = 0;
    virtual std::string_view columnUtf8(int column) const = 0;
    virtual qint64 columnInt64(int column) const = 0;
    virtual double columnDouble(int column) const = 0;
    // The first kinds.size() columns, each as its kind (Statement::readRow). An engine whose
    // value access costs little per question can do better than this.
    virtual void readRow(std::span<const ColumnValue::Kind> kinds, std::span<ColumnValue> values) const
    {
        for (std::size_t column = 0; column < kinds.size(); ++column) {
            ColumnValue &value = values[column];
            value.isNull = columnIsNull(int(column));
            if (kinds[column] == ColumnValue::Kind::Integer)
                value.integer = value.isNull ? 0 : columnInt64(int(column));
            else
                value.utf8 = value.isNull ? std::string_view() : columnUtf8(int(column));
        }
    }

    // Rows the last run inserted, updated or deleted.
    virtual qint64 changes() const = 0;
    virtual QString error() const = 0;
};

} // namespace milepost
