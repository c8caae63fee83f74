// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuresources.h"

#include "statement.h"

#include "dashboard/dashboardfilter.h"
#include "dashboard/figure.h"

#include <algorithm>

namespace milepost {

std::optional<FigureSources> FigureSources::read(Connection *db, Dataset::Id dataset, QString *error)
{
    Statement statement(db, QStringLiteral("SELECT id, name FROM dataset_sources WHERE dataset = ?1"));
    statement.bindText(1, Dataset::key(dataset));
    FigureSources sources;
    Statement::Result row = Statement::Result::Done;
    while ((row = statement.step()) == Statement::Result::Row)
        sources.m_names.insert(statement.columnInt64(0), statement.columnText(1));
    if (row == Statement::Result::Error) {
        if (error)
            *error = tr("Could not read the imported sources: %1").arg(statement.error());
        return std::nullopt;
    }
    return sources;
}

QString FigureSources::condition(const QString &column, const QString &filter) const
{
    if (filter.trimmed().isEmpty())
        return {};
    // Source names are few: the rule is applied here, to each, exactly as in memory; the ids
    // come from the database, so they are written into the SQL.
    QStringList ids;
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it) {
        if (DashboardFilter::same(filter, it.value()))
            ids.append(QString::number(it.key()));
    }
    std::sort(ids.begin(), ids.end());
    return ids.isEmpty() ? QStringLiteral("0 = 1") : QStringLiteral("%1 IN (%2)").arg(column, ids.join(QStringLiteral(", ")));
}

QString FigureSources::list(const QString &column, const QString &use)
{
    return use.isEmpty() ? QStringLiteral("coalesce(group_concat(DISTINCT %1), '')").arg(column)
                         : QStringLiteral("coalesce(group_concat(DISTINCT CASE WHEN %1 THEN %2 END), '')").arg(use, column);
}

QStringList FigureSources::names(const QString &ids) const
{
    QStringList names;
    for (const QStringView id : QStringView(ids).split(u',', Qt::SkipEmptyParts))
        names.append(m_names.value(id.trimmed().toLongLong()));
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

void FigureSources::name(Figure &figure, const QString &ids) const
{
    figure.sources = names(ids);
}

} // namespace milepost
