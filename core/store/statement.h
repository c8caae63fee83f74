// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace milepost {

// One prepared SQLite statement, finalized on destruction. Prepare once, then bind, step and
// reset as often as needed. The first error is kept with SQLite's own message, because the
// connection's message is overwritten by the next call.
class Statement final
{
    Q_DECLARE_TR_FUNCTIONS(Statement)

public:
    enum class Result { Row, Done, Error };

    Statement() = default;
    // Prepares sql (one statement); isValid() says whether that worked and error() why not.
    Statement(sqlite3 *db, const QString &sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepare(sqlite3 *db, const QString &sql);
    bool isValid() const { return m_statement != nullptr; }

    // Parameters are 1-based, as in SQLite. A failed bind is remembered and reported by step().
    // Distinct names rather than overloads: bind(1, 5) or bind(1, "text") would pick surprising ones.
    void bindText(int index, const QString &value); // always text: a null QString binds ''
    // Text that is already UTF-8, bound without conversion or copy (bulk imports bind millions
    // of values): the bytes must stay valid until the statement has run and is reset or bound again.
    void bindUtf8(int index, std::string_view value);
    void bindInt64(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindNull(int index);

    Result step();
    // Steps a statement that returns no rows to its end; false on error.
    bool run();
    // Makes the statement ready to run again and clears its bindings and error.
    void reset();
    // The same, keeping the bindings: for a statement whose parameters are all bound again
    // before every run (bulk inserts, where clearing them first is wasted work).
    void rewind();

    bool columnIsNull(int column) const;
    QString columnText(int column) const; // null QString for SQL NULL
    // The column as UTF-8 without conversion (exports stream millions of values); valid until
    // the next step, reset or column call on this column. Empty for SQL NULL.
    std::string_view columnUtf8(int column) const;
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;

    // The rowid of the last row this statement's connection inserted.
    qint64 lastInsertRowId() const;
    const QString &error() const { return m_error; }

    // Runs one or more statements that return nothing, e.g. a schema script.
    static bool execute(sqlite3 *db, const QString &sql, QString *error);

private:
    void fail(int code);
    void setNull(int index, bool null)
    {
        if (index > 0 && std::size_t(index) < m_null.size())
            m_null[std::size_t(index)] = null;
    }

    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    // Parameters known to be NULL (all after prepare and reset; rewind keeps them): binding
    // NULL again costs SQLite as much as binding a value, and bulk imports bind millions.
    std::vector<quint8> m_null;
};

} // namespace milepost
