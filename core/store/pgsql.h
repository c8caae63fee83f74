// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace milepost {

// The store's SQL as PostgreSQL takes it: the one place where the two dialects' statements
// differ in writing rather than in meaning.
class PgSql final
{
public:
    // ?N (and a bare ?, numbered after the highest so far) to $N, and SQLite's null-safe
    // comparisons "a IS b" and "a IS NOT b" (also of rows) to IS [NOT] DISTINCT FROM, leaving
    // quoted text, quoted identifiers and comments alone. *parameters is the highest number
    // used; *used, when given, says which of 1..highest the statement mentions.
    static QString translate(const QString &sql, int *parameters = nullptr, QList<bool> *used = nullptr);
};

} // namespace milepost
