// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedspellings.h"

#include "enginesql.h"

#include "dashboard/dashboardfilter.h"
#include "statement.h"

namespace milepost {

namespace {

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

std::optional<QStringList> StoredSpellings::matching(Connection *db, const QString &table, const QString &column,
                                                     const QString &filter, QString *error)
{
    const QString wanted = filter.trimmed();
    // A filter with a character outside ASCII may fold onto ASCII letters (the Kelvin sign onto
    // k): every value is a candidate then.
    const bool narrow = isAscii(wanted);
    QString sql = QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL").arg(column, table);
    if (narrow) {
        // QString::trimmed() takes these six off ASCII text; a value with other characters is kept
        // for the exact test below (length in characters differs from length in bytes).
        sql += QStringLiteral(" AND (lower(trim(%1, ' ' || %2)) = lower(?1) OR %3)")
                   .arg(column, EngineSql::controlWhitespace(db->engine()), EngineSql::outsideAscii(db->engine(), column));
    }
    Statement statement(db, sql);
    if (narrow)
        statement.bindText(1, wanted);
    QStringList spellings;
    Statement::Result row = Statement::Result::Done;
    while ((row = statement.step()) == Statement::Result::Row) {
        const QString value = statement.columnText(0);
        if (DashboardFilter::same(wanted, value))
            spellings.append(value);
    }
    if (row == Statement::Result::Error) {
        if (error)
            *error = tr("Could not read the values of %1: %2").arg(column, statement.error());
        return std::nullopt;
    }
    return spellings;
}

} // namespace milepost
