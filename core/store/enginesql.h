// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"

#include <QString>

namespace milepost {

// Expressions and columns the two engines write differently in the figures' queries, beside PgSql (which
// rewrites whole statements): the text functions SQLite and PostgreSQL name and use apart.
class EngineSql final
{
public:
    // The five ASCII white-space characters besides the space (tab, line feed, vertical tab,
    // form feed, carriage return) as one text value: char(9, ...) in SQLite, chr(9) || ... in
    // PostgreSQL.
    static QString controlWhitespace(Connection::Engine engine);
    // Whether the text in column has a character outside ASCII: its length in characters and in
    // bytes differ.
    static QString outsideAscii(Connection::Engine engine, const QString &column);
    // A key column numbered 1, 2, ... in the order rows are inserted, when the INSERT leaves it
    // out: SQLite's INTEGER PRIMARY KEY, an identity column in PostgreSQL.
    static QString insertionNumberedKey(Connection::Engine engine, const QString &column);
    // A non-negative integer as text of 19 digits, zeros in front, so that texts order as the
    // numbers do (any BIGINT fits): printf() in SQLite, lpad() in PostgreSQL.
    static QString zeroPadded(Connection::Engine engine, const QString &number);
};

} // namespace milepost
