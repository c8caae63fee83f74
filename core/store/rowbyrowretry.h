// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statement.h"

#include <QString>

#include <functional>
#include <span>

namespace milepost {

class Connection;

// A bulk statement the database refuses names no row, and a person needs the line to fix. The
// bulk writers (CapitalBulkWriter, RecordBulkWriter) then store the rows they held back again,
// one INSERT at a time, which stops at the refused one. On PostgreSQL a refused COPY fails the
// whole transaction, so the COPY runs inside a savepoint that is rolled back before the retry.
class RowByRowRetry final
{
public:
    // copy sends the rows in one COPY inside a savepoint; when the server refuses it, the
    // savepoint is rolled back and retry stores the same rows one by one. False when the rows
    // were not stored: *error says why, unless retry failed (it reports its own).
    static bool copyOrRetry(Connection *db, const std::function<bool(QString *)> &copy,
                            const std::function<bool()> &retry, QString *error);

    // Runs insert, a one-row INSERT rewound (its shared bindings stay), for each row as bind
    // binds it. False at the first row the database refuses: row.line goes to *stoppedLine and
    // the reason to *error.
    template<typename Row, typename Bind>
    static bool insertEach(Statement &insert, std::span<const Row> rows, Bind &&bind, qint64 *stoppedLine,
                           QString *error)
    {
        for (const Row &row : rows) {
            insert.rewind();
            bind(insert, row);
            if (!insert.run()) {
                *stoppedLine = row.line;
                *error = insert.error();
                return false;
            }
        }
        return true;
    }
};

} // namespace milepost
