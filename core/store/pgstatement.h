// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preparedstatement.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>
#include <string>
#include <vector>

typedef struct pg_result PGresult;

namespace milepost {

class PgConnection;

// A statement prepared on a PostgreSQL server. Parameters go as text and the server gives them
// the types their place in the statement needs; a run fetches its whole result, which step()
// then walks row by row, so other statements can run on the connection between two steps
// (the store interleaves them as it does on SQLite). A boolean column reads as 1 or 0, as SQLite
// gives a comparison.
class PgStatement final : public PreparedStatement
{
    Q_DECLARE_TR_FUNCTIONS(PgStatement)

public:
    static std::unique_ptr<PgStatement> prepare(PgConnection *connection, const QString &sql, QString *error);
    ~PgStatement() override;

    bool bindText(int index, const QString &value) override;
    bool bindUtf8(int index, std::string_view value) override;
    bool bindInt64(int index, qint64 value) override;
    bool bindDouble(int index, double value) override;
    bool bindNull(int index) override;

    Step step() override;
    void reset(bool clearBindings) override;

    int columnCount() const override;
    QString columnName(int column) const override;
    bool columnIsNull(int column) const override;
    QString columnText(int column) const override;
    std::string_view columnUtf8(int column) const override;
    qint64 columnInt64(int column) const override;
    double columnDouble(int column) const override;

    qint64 changes() const override { return m_changes; }
    QString error() const override { return m_error; }

private:
    PgStatement(PgConnection *connection, QByteArray name, int parameters);
    bool slot(int index);
    bool bindBytes(int index, std::string_view value);
    bool isBoolean(int column) const;

    PgConnection *m_connection = nullptr;
    std::weak_ptr<int> m_connectionLifetime;
    QByteArray m_name;
    std::vector<std::string> m_values;
    std::vector<quint8> m_null;
    PGresult *m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    qint64 m_changes = 0;
    QString m_error;
};

} // namespace milepost
