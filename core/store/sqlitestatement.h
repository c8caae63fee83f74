// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preparedstatement.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace milepost {

class SqliteStatementCache;

// A statement prepared by SQLite, finalized on destruction, or given back to its connection's
// cache (SqliteStatementCache) when it has one. The first error is kept with SQLite's own
// message, because the connection's message is overwritten by the next call.
class SqliteStatement final : public PreparedStatement
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStatement)

public:
    // nullptr with error set when sql is not exactly one statement SQLite can prepare.
    // With a cache, an idle statement of the same SQL is taken from it when there is one.
    static std::unique_ptr<SqliteStatement> prepare(sqlite3 *db, const QString &sql, QString *error,
                                                    const std::shared_ptr<SqliteStatementCache> &cache = {});
    ~SqliteStatement() override;

    bool bindText(int index, const QString &value) override;
    bool bindUtf8(int index, std::string_view value) override;
    bool bindInt64(int index, qint64 value) override;
    bool bindDouble(int index, double value) override;
    bool bindNull(int index) override;
    bool bindRow(int first, std::span<const BoundValue> values) override;

    Step step() override;
    void reset(bool clearBindings) override;

    int columnCount() const override;
    QString columnName(int column) const override;
    bool columnIsNull(int column) const override;
    QString columnText(int column) const override;
    std::string_view columnUtf8(int column) const override;
    qint64 columnInt64(int column) const override;
    double columnDouble(int column) const override;
    void readRow(std::span<const ColumnValue::Kind> kinds, std::span<ColumnValue> values) const override;

    qint64 changes() const override;
    QString error() const override { return m_error; }

private:
    explicit SqliteStatement(sqlite3_stmt *statement);
    bool fail(int code);
    bool bound(int code, int index, bool null);

    sqlite3_stmt *m_statement = nullptr;
    std::shared_ptr<SqliteStatementCache> m_cache; // where it goes back, if anywhere
    QByteArray m_sql; // its key there
    QString m_error;
    // Parameters known to be NULL (all after prepare and a clearing reset): binding NULL again
    // costs SQLite as much as binding a value, and bulk imports bind millions.
    std::vector<quint8> m_null;
};

} // namespace milepost
