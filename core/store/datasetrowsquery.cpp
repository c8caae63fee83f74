// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetrowsquery.h"

#include "database.h"
#include "datasetrecordrows.h"
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

QString tableOf(Dataset::Id dataset)
{
    return dataset == Dataset::Staffing ? QStringLiteral("staffing") : QStringLiteral("enrollment");
}

QString readFailure(Dataset::Id dataset, const QString &reason)
{
    return dataset == Dataset::Staffing ? DatasetRowsQuery::tr("Could not read the staffing rows: %1").arg(reason)
                                        : DatasetRowsQuery::tr("Could not read the enrollment rows: %1").arg(reason);
}

// How order() sorts by a column: the key, and whether the column holds numbers.
struct SortKey
{
    QString column;
    QString key;
    bool number = false;
};

QList<SortKey> sortKeys(Dataset::Id dataset)
{
    const auto text = [](const QString &column) { return SortKey{column, QStringLiteral("lower(%1)").arg(column)}; };
    const auto number = [](const QString &column) { return SortKey{column, column, true}; };
    if (dataset == Dataset::Staffing)
        return {{QStringLiteral("period"), QStringLiteral("period_first, period_last")},
                text(QStringLiteral("local_district")), text(QStringLiteral("site")),
                text(QStringLiteral("employee_group")), text(QStringLiteral("job_category")),
                number(QStringLiteral("positions")), number(QStringLiteral("vacancies")),
                number(QStringLiteral("hires")), number(QStringLiteral("illustrative")),
                number(QStringLiteral("source_line")), text(QStringLiteral("note"))};
    return {{QStringLiteral("school_year"), QStringLiteral("school_year_first, school_year_last")},
            text(QStringLiteral("local_district")), text(QStringLiteral("school")), text(QStringLiteral("program")),
            text(QStringLiteral("grade")), text(QStringLiteral("unit")), number(QStringLiteral("count")),
            number(QStringLiteral("illustrative")), number(QStringLiteral("source_line")), text(QStringLiteral("note"))};
}

} // namespace

DatasetRowsQuery::DatasetRowsQuery(Database &database)
    : m_database(database)
{
}

template<typename Record, typename Read>
std::optional<QList<std::optional<Record>>> DatasetRowsQuery::select(const QString &table, const QString &columns,
                                                                     const QList<qint64> &ids, Read read,
                                                                     QString *error) const
{
    QList<std::optional<Record>> result(ids.size());
    if (ids.isEmpty())
        return result;
    // The ids are the store's own numbers: written into the statement, a window of them at a time.
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    Statement statement(m_database.handle(), QStringLiteral("SELECT id, %1 FROM %2 WHERE id IN (%3)")
                                                 .arg(columns, table, numbers.join(QLatin1Char(','))));
    QHash<qint64, Record> found;
    found.reserve(ids.size());
    Statement::Result step = Statement::Result::Done;
    while ((step = statement.step()) == Statement::Result::Row)
        found.insert(statement.columnInt64(0), read(statement, 1));
    if (step == Statement::Result::Error) {
        fail(error, readFailure(table == QLatin1String("staffing") ? Dataset::Staffing : Dataset::Enrollment,
                                statement.error()));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (const auto record = found.constFind(ids.at(i)); record != found.cend())
            result[i] = *record;
    }
    return result;
}

std::optional<QList<std::optional<StaffingRecord>>> DatasetRowsQuery::staffing(const QList<qint64> &ids,
                                                                               QString *error) const
{
    return select<StaffingRecord>(QStringLiteral("staffing"), DatasetRecordRows::staffingColumns(), ids,
                                  &DatasetRecordRows::staffing, error);
}

std::optional<QList<std::optional<EnrollmentRecord>>> DatasetRowsQuery::enrollment(const QList<qint64> &ids,
                                                                                   QString *error) const
{
    return select<EnrollmentRecord>(QStringLiteral("enrollment"), DatasetRecordRows::enrollmentColumns(), ids,
                                    &DatasetRecordRows::enrollment, error);
}

QStringList DatasetRowsQuery::sortColumns(Dataset::Id dataset)
{
    QStringList columns;
    for (const SortKey &key : sortKeys(dataset))
        columns.append(key.column);
    return columns;
}

std::optional<QList<qint64>> DatasetRowsQuery::order(Dataset::Id dataset, const QString &column, Qt::SortOrder sortOrder,
                                                     QString *error) const
{
    const QList<SortKey> keys = sortKeys(dataset);
    const auto key = std::find_if(keys.cbegin(), keys.cend(), [&](const SortKey &k) { return k.column == column; });
    if (key == keys.cend()) {
        fail(error, readFailure(dataset, tr("there is no column %1 to sort by").arg(column)));
        return std::nullopt;
    }
    // Empty values last, going up or down (as a spreadsheet sorts them).
    const QString direction = sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString empty = key->number ? QStringLiteral("CASE WHEN %1 IS NULL THEN 1 ELSE 0 END").arg(column)
                                      : QStringLiteral("CASE WHEN %1 IS NULL OR %1 = '' THEN 1 ELSE 0 END").arg(column);
    QStringList terms{empty};
    for (const QString &part : key->key.split(QStringLiteral(", ")))
        terms.append(QStringLiteral("%1 %2").arg(part, direction));
    terms.append(DatasetRecordRows::listOrder());
    Statement statement(m_database.handle(), QStringLiteral("SELECT id FROM %1 ORDER BY %2")
                                                 .arg(tableOf(dataset), terms.join(QStringLiteral(", "))));
    QList<qint64> ids;
    Statement::Result step = Statement::Result::Done;
    while ((step = statement.step()) == Statement::Result::Row)
        ids.append(statement.columnInt64(0));
    if (step == Statement::Result::Error) {
        fail(error, readFailure(dataset, statement.error()));
        return std::nullopt;
    }
    return ids;
}

} // namespace milepost
