// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginesql.h"

namespace milepost {

QString EngineSql::controlWhitespace(Connection::Engine engine)
{
    return engine == Connection::Engine::PostgreSQL ? QStringLiteral("(chr(9) || chr(10) || chr(11) || chr(12) || chr(13))")
                                                    : QStringLiteral("char(9, 10, 11, 12, 13)");
}

QString EngineSql::outsideAscii(Connection::Engine engine, const QString &column)
{
    // SQLite 3.40 has no octet_length(); the length of the text as a blob is its size in bytes.
    return engine == Connection::Engine::PostgreSQL ? QStringLiteral("length(%1) <> octet_length(%1)").arg(column)
                                                    : QStringLiteral("length(%1) <> length(CAST(%1 AS BLOB))").arg(column);
}

} // namespace milepost
