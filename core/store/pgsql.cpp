// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgsql.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace milepost {

namespace {

// SQLite's group_concat(DISTINCT x), the distinct values of x comma-separated
// (FigureSources::list), as PostgreSQL's string_agg(DISTINCT CAST(x AS TEXT), ',').
QString distinctLists(const QString &plain)
{
    static const QString call = QStringLiteral("group_concat(DISTINCT ");
    QString out;
    qsizetype from = 0;
    for (qsizetype at = plain.indexOf(call, 0, Qt::CaseInsensitive); at >= 0;
         at = plain.indexOf(call, from, Qt::CaseInsensitive)) {
        const qsizetype start = at + call.size();
        int depth = 1;
        qsizetype end = start;
        for (; end < plain.size() && depth > 0; ++end) {
            if (plain.at(end) == u'(')
                ++depth;
            else if (plain.at(end) == u')')
                --depth;
        }
        if (depth != 0)
            break; // unbalanced: left as written, for the server to refuse
        out += QStringView(plain).mid(from, at - from);
        out += QStringLiteral("string_agg(DISTINCT CAST(%1 AS TEXT), ',')").arg(QStringView(plain).mid(start, end - 1 - start));
        from = end;
    }
    out += QStringView(plain).mid(from);
    return out;
}

// "x IS y" / "x IS NOT y" where y is not NULL, TRUE, FALSE or DISTINCT: SQLite's null-safe
// equality, which PostgreSQL spells IS [NOT] DISTINCT FROM. Only outside quotes.
QString nullSafeComparisons(const QString &plain)
{
    static const QRegularExpression isNot(
        QStringLiteral("\\bIS\\s+NOT\\s+(?!NULL\\b|TRUE\\b|FALSE\\b|DISTINCT\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression is(
        QStringLiteral("\\bIS\\s+(?!NOT\\b|NULL\\b|TRUE\\b|FALSE\\b|DISTINCT\\b|UNKNOWN\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    // SQLite's OR FAIL keeps the rows before a refused one; PostgreSQL's INSERT always undoes
    // the whole statement, which is what the store needs of it.
    static const QRegularExpression orFail(QStringLiteral("\\bINSERT\\s+OR\\s+FAIL\\s+INTO\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString out = distinctLists(plain);
    out.replace(orFail, QStringLiteral("INSERT INTO"));
    out.replace(isNot, QStringLiteral("IS DISTINCT FROM "));
    out.replace(is, QStringLiteral("IS NOT DISTINCT FROM "));
    return out;
}

} // namespace

QString PgSql::translate(const QString &sql, int *parameters, QList<bool> *used)
{
    QString out;
    out.reserve(sql.size() + 8);
    QString plain; // unquoted text not yet written to out
    QList<bool> mentioned;
    int highest = 0;
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        if (c == u'\'' || c == u'"') {
            // Quoted text or identifier: a doubled quote stays inside it.
            const qsizetype start = i++;
            while (i < n) {
                if (sql.at(i) == c) {
                    if (i + 1 < n && sql.at(i + 1) == c) {
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            out += nullSafeComparisons(std::exchange(plain, QString()));
            out += QStringView(sql).mid(start, (i < n ? i + 1 : n) - start);
            continue;
        }
        if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            const qsizetype end = sql.indexOf(u'\n', i);
            const qsizetype stop = end < 0 ? n : end;
            out += nullSafeComparisons(std::exchange(plain, QString()));
            out += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
            continue;
        }
        if (c != u'?') {
            plain += c;
            continue;
        }
        qsizetype j = i + 1;
        int number = 0;
        while (j < n && sql.at(j).isDigit() && number < 100000)
            number = number * 10 + sql.at(j++).digitValue();
        if (j == i + 1)
            number = highest + 1;
        highest = std::max(highest, number);
        if (mentioned.size() < number)
            mentioned.resize(number, false);
        mentioned[number - 1] = true;
        plain += u'$';
        plain += QString::number(number);
        i = j - 1;
    }
    out += nullSafeComparisons(plain);
    if (parameters)
        *parameters = highest;
    if (used)
        *used = mentioned;
    return out;
}

} // namespace milepost
