// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "boundvalue.h"
#include "columnvalue.h"

#include <memory>
#include <span>
#include <string_view>

namespace milepost {

class Connection;
class PreparedStatement;

// One prepared statement on a Connection, whichever its engine, freed on destruction. Prepare
// once, then bind, step and reset as often as needed. Parameters are written ?1, ?2... in the
// SQL on every engine. The first error is kept with the engine's own message.
class Statement final
{
    Q_DECLARE_TR_FUNCTIONS(Statement)

public:
    enum class Result { Row, Done, Error };

    Statement();
    // Prepares sql (one statement); isValid() says whether that worked and error() why not.
    Statement(Connection *db, const QString &sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepare(Connection *db, const QString &sql);
    bool isValid() const { return m_statement != nullptr; }

    // Parameters are 1-based. A failed bind is remembered and reported by step().
    // Distinct names rather than overloads: bind(1, 5) or bind(1, "text") would pick surprising ones.
    void bindText(int index, const QString &value); // always text: a null QString binds ''
    // Text that is already UTF-8, bound without conversion or copy (bulk imports bind millions
    // of values): the bytes must stay valid until the statement has run and is reset or bound again.
    void bindUtf8(int index, std::string_view value);
    void bindInt64(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindNull(int index);
    // values to the parameters from first on (first, first + 1, ...), as the calls above would
    // bind them, text without copying it: for bulk inserts, where a call per value costs.
    void bindRow(int first, std::span<const BoundValue> values);

    Result step();
    // Steps a statement that returns no rows to its end; false on error.
    bool run();
    // Makes the statement ready to run again and clears its bindings and error.
    void reset();
    // The same, keeping the bindings: for a statement whose parameters are all bound again
    // before every run (bulk inserts, where clearing them first is wasted work).
    void rewind();

    // The result's columns (on PostgreSQL known after the first step).
    int columnCount() const;
    QString columnName(int column) const;
    bool columnIsNull(int column) const;
    QString columnText(int column) const; // null QString for SQL NULL
    // The column as UTF-8 without conversion (exports stream millions of values); valid until
    // the next step, reset or column call on this column. Empty for SQL NULL.
    std::string_view columnUtf8(int column) const;
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    // The row's first kinds.size() columns at once, each as its kind (NULL or its integer, or
    // NULL or its UTF-8 as columnUtf8 gives it): for passes over millions of rows, where a call
    // per column and per question costs as much as reading the row. values holds as many.
    void readRow(std::span<const ColumnValue::Kind> kinds, std::span<ColumnValue> values) const;

    // The generated id of the last row this statement's connection inserted.
    qint64 lastInsertRowId() const;
    // Rows the last run of this statement inserted, updated or deleted.
    qint64 changes() const;
    const QString &error() const { return m_error; }

    // Runs one or more statements that return nothing, e.g. a schema script.
    static bool execute(Connection *db, const QString &sql, QString *error);

private:
    bool notPrepared();
    void failed(bool ok);

    Connection *m_connection = nullptr;
    std::unique_ptr<PreparedStatement> m_statement;
    QString m_error;
};

} // namespace milepost
