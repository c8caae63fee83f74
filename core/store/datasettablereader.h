// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/dataset.h"
#include "datasets/dateprecision.h"
#include "statement.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <string_view>
#include <vector>

namespace milepost {

class Database;

// Streams a dataset's stored rows, one at a time, for exports: the fields in the order of
// Milepost's own CSV (DatasetSchema::fields). Staffing and enrollment rows come in the order
// they were read from their files; capital projects in the order Milepost first stored them,
// each project's phases in file order.
// Values are handed out as stored (text as UTF-8 straight from SQLite, integers as integers),
// so that a million-row export converts nothing it does not have to. Capital projects come as
// one row per phase with the project's fields repeated, or one row per project. The project
// key is the key Milepost knows the project by: the source's, or the one it composed.
class DatasetTableReader final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetTableReader)

public:
    enum class Rows {
        Records,  // staffing or enrollment rows, or capital project phases
        Projects, // capital projects, one row each: project fields and the number of phases
    };

    DatasetTableReader(Database &database, Dataset::Id dataset, Rows rows = Rows::Records);
    ~DatasetTableReader();
    DatasetTableReader(const DatasetTableReader &) = delete;
    DatasetTableReader &operator=(const DatasetTableReader &) = delete;

    // Begins a read snapshot and prepares the query; false with error() set when it cannot.
    bool start();
    // The next row; false at the end or on error (error() is then set).
    bool next();
    const QString &error() const { return m_error; }

    // The number of values in a row: every schema field (Records) or the project fields and
    // the phase count (Projects).
    int valueCount() const { return int(m_columns.size()); }
    bool isNull(int value) const;
    qint64 integer(int value) const;
    std::string_view utf8(int value) const;
    // The code a source wrote for a value that does not apply (PNS, N/A), or empty.
    std::string_view code(int value) const;
    // How precisely the source wrote a date (schema version 12); Day for any other value.
    DatePrecision precision(int value) const;

private:
    struct Column
    {
        int value = -1; // result column of the value
        int code = -1;  // result column of its code, -1 when the field has none
        int precision = -1; // result column of a date's precision, -1 for other fields
    };

    Database &m_database;
    Dataset::Id m_dataset;
    Rows m_rows;
    std::unique_ptr<Transaction> m_snapshot;
    Statement m_statement;
    std::vector<Column> m_columns;
    QString m_error;
};

} // namespace milepost
