// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capitaldashboardcells.h"
#include "figuresources.h"

#include "dashboard/capitalfigures.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace milepost {

class Database;

// The Capital Projects page's figures and breakdowns counted with GROUP BY over the projects in
// dashboard_capital (CapitalSummaryTable::select), as CapitalFigures labels and orders them: the
// projects are grouped once into dashboard_capital_cells, by source, sample, district, type,
// stage, current phase, schedule and slip bucket, and each figure is summed from those cells. A
// figure lists no rows: Figure::counted says how many. Texts are judged by the C++ rules on the
// few distinct values the database returns: the case-folded keys of types, districts and
// phases, whose stored spellings are kept so that a selection (CapitalDashboardQuery::rows)
// compares exact values.
class CapitalDashboardCounts final
{
public:
    // A breakdown key's stored spellings: exact values, and whether NULL is one.
    struct Spellings
    {
        QStringList values;
        bool null = false;
    };

    explicit CapitalDashboardCounts(Database &database);

    // Fills figures (labelled as CapitalFigures::compute({}, filter) labels them) from
    // dashboard_capital; false with error set when the database cannot be read.
    bool count(CapitalFigures &figures, QString *error);
    // The data counted is of this version (CapitalSummaryTable::version()): what is kept across
    // counts of one version is read again for another.
    void setDataVersion(const QString &version);
    // The phases' positions of this version, worked out elsewhere (CapitalSummaryPass): kept
    // with the summary, and not read again.
    void setPhasePositions(const QHash<QString, double> &positions);
    // The next count's cells, grouped elsewhere from the projects it counts
    // (CapitalSummaryTable::takeCells): that count reads no project.
    void setCells(CapitalDashboardCells cells) { m_cells = std::move(cells); }

    // The spellings of the keys of the last count.
    const QHash<QString, Spellings> &types() const { return m_types; }
    const QHash<QString, Spellings> &regions() const { return m_regions; }
    const QHash<QString, Spellings> &phases() const { return m_phases; }

private:
    bool groupCells(QString *error);
    bool countFigures(CapitalFigures &figures, QString *error);
    bool countStages(CapitalFigures &figures, QString *error);
    bool countByText(CapitalFigures &figures, QString *error);
    std::optional<QHash<QString, double>> phasePositions(QString *error);
    // The five columns of a CapitalDashboardSql::figure() from column on.
    Figure figureAt(const class Statement &statement, int column) const;

    Database &m_database;
    QHash<QString, Spellings> m_types;
    QHash<QString, Spellings> m_regions;
    QHash<QString, Spellings> m_phases;
    std::optional<QHash<QString, double>> m_positions; // filter-independent: computed once a version
    QString m_version;
    std::optional<FigureSources> m_sources;            // read by each count
    std::optional<CapitalDashboardCells> m_cells;      // for the next count only
};

} // namespace milepost
