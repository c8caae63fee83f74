// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporarylookups.h"

#include "dashboard/schoolyear.h"
#include "datasets/period.h"
#include "statement.h"

#include <QHash>

namespace milepost {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

std::optional<QStringList> TemporaryLookups::createKeys(Connection *db, const QString &name, const QString &table,
                                                       const QString &column, QString *error)
{
    QString message;
    if (!Statement::execute(db,
                            QStringLiteral("DROP TABLE IF EXISTS %1; "
                                           "CREATE TEMP TABLE %1 (stored TEXT PRIMARY KEY, folded INTEGER NOT NULL)")
                                .arg(name),
                            &message)) {
        fail(error, tr("Could not prepare the figures: %1").arg(message));
        return std::nullopt;
    }
    Statement values(db, QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL").arg(column, table));
    Statement insert(db, QStringLiteral("INSERT INTO %1 (stored, folded) VALUES (?1, ?2)").arg(name));
    QStringList keys{QString()};
    QHash<QString, int> numbers{{QString(), 0}};
    bool empty = false;
    Statement::Result row = Statement::Result::Done;
    while ((row = values.step()) == Statement::Result::Row) {
        const QString value = values.columnText(0);
        const QString key = value.trimmed().toCaseFolded();
        auto number = numbers.constFind(key);
        if (number == numbers.constEnd()) {
            number = numbers.insert(key, int(keys.size()));
            keys.append(key);
        }
        empty = empty || value.isEmpty();
        insert.reset();
        insert.bindText(1, value);
        insert.bindInt64(2, *number);
        if (!insert.run()) {
            fail(error, tr("Could not prepare the figures: %1").arg(insert.error()));
            return std::nullopt;
        }
    }
    if (row == Statement::Result::Error) {
        fail(error, tr("Could not prepare the figures: %1").arg(values.error()));
        return std::nullopt;
    }
    if (!empty) {
        insert.reset();
        insert.bindText(1, QString());
        insert.bindInt64(2, 0);
        if (!insert.run()) {
            fail(error, tr("Could not prepare the figures: %1").arg(insert.error()));
            return std::nullopt;
        }
    }
    return keys;
}

bool TemporaryLookups::createPeriods(Connection *db, const QString &name, const QString &table,
                                     const QString &periodColumn, const QString &firstColumn,
                                     const QString &lastColumn, QString *error)
{
    QString message;
    if (!Statement::execute(db,
                            QStringLiteral("DROP TABLE IF EXISTS %1; "
                                           "CREATE TEMP TABLE %1 (period TEXT NOT NULL, first_text TEXT NOT NULL, "
                                           "last_text TEXT NOT NULL, valid INTEGER NOT NULL, whole INTEGER NOT NULL, "
                                           "first_day INTEGER, last_day INTEGER, year INTEGER NOT NULL, "
                                           "first_year INTEGER NOT NULL, last_year INTEGER NOT NULL, "
                                           "PRIMARY KEY (period, first_text, last_text))")
                                .arg(name),
                            &message))
        return fail(error, tr("Could not prepare the figures: %1").arg(message));
    Statement values(db, QStringLiteral("SELECT DISTINCT %1, %2, %3 FROM %4").arg(periodColumn, firstColumn, lastColumn, table));
    Statement insert(db, QStringLiteral("INSERT INTO %1 (period, first_text, last_text, valid, whole, first_day, last_day, "
                                        "year, first_year, last_year) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                             .arg(name));
    Statement::Result row = Statement::Result::Done;
    while ((row = values.step()) == Statement::Result::Row) {
        const QString text = values.columnText(0);
        const QString firstText = values.columnText(1);
        const QString lastText = values.columnText(2);
        // As DatasetRepository reads a stored period: valid only when its days are the stored ones.
        const Period parsed = Period::parse(text);
        const bool valid = parsed.isValid() && parsed.first() == QDate::fromString(firstText, Qt::ISODate)
                        && parsed.last() == QDate::fromString(lastText, Qt::ISODate);
        insert.reset();
        insert.bindText(1, text);
        insert.bindText(2, firstText);
        insert.bindText(3, lastText);
        insert.bindInt64(4, valid ? 1 : 0);
        insert.bindInt64(5, valid && parsed.kind() == Period::Kind::SchoolYear ? 1 : 0);
        if (valid) {
            insert.bindInt64(6, parsed.first().toJulianDay());
            insert.bindInt64(7, parsed.last().toJulianDay());
        } else {
            insert.bindNull(6);
            insert.bindNull(7);
        }
        insert.bindInt64(8, valid ? SchoolYear::holding(parsed.first(), parsed.last()) : 0);
        insert.bindInt64(9, valid ? SchoolYear::of(parsed.first()) : 0);
        insert.bindInt64(10, valid ? SchoolYear::of(parsed.last()) : 0);
        if (!insert.run())
            return fail(error, tr("Could not prepare the figures: %1").arg(insert.error()));
    }
    return row == Statement::Result::Done || fail(error, tr("Could not prepare the figures: %1").arg(values.error()));
}

void TemporaryLookups::drop(Connection *db, const QStringList &names)
{
    for (const QString &name : names) {
        QString ignored;
        Statement::execute(db, QStringLiteral("DROP TABLE IF EXISTS %1").arg(name), &ignored);
    }
}

} // namespace milepost
