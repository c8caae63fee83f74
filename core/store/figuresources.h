// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/dataset.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace milepost {

class Connection;
struct Figure;

// Where the figures counted in the database come from: the Source filter as a condition on a
// dataset's source_id, and the names of the sources a figure's rows come from. In SQL a
// figure's sources are one column, list(column) (the distinct source ids, comma-separated:
// group_concat(DISTINCT ...), which PgSql writes as string_agg), named here.
class FigureSources final
{
    Q_DECLARE_TR_FUNCTIONS(FigureSources)

public:
    // Reads the names of the dataset's sources; nullopt with error set when it cannot.
    static std::optional<FigureSources> read(Connection *db, Dataset::Id dataset, QString *error = nullptr);

    // "column IN (...)" over the sources whose name the filter text matches as DashboardFilter
    // matches it (same()); an empty string when the text is empty (no filter).
    QString condition(const QString &column, const QString &filter) const;

    // The aggregate that lists the distinct source ids of the rows where use holds (use empty:
    // every row), for names().
    static QString list(const QString &column, const QString &use = {});
    // The names of the ids a list() column gives, sorted, each once.
    QStringList names(const QString &ids) const;
    // Sets figure's sources to names(ids).
    void name(Figure &figure, const QString &ids) const;
    // The name of one source; empty when it is not one of the dataset's.
    QString nameOf(qint64 id) const { return m_names.value(id); }

private:
    QHash<qint64, QString> m_names;
};

} // namespace milepost
