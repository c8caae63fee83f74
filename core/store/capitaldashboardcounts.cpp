// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitaldashboardcounts.h"

#include "capitaldashboardcells.h"
#include "capitaldashboardquery.h"
#include "capitaldashboardsql.h"
#include "capitalsummarycache.h"
#include "connection.h"
#include "database.h"
#include "phasepositions.h"
#include "statement.h"

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <array>
#include <tuple>

namespace milepost {

namespace {

using namespace CapitalDashboardSql;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The name the phases' positions are kept under with the summary.
const QString keptPositions = QStringLiteral("phase positions");

QString norm(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

Figure counted(qint64 value, qint64 rows, bool sample)
{
    Figure figure;
    figure.value = value;
    figure.counted = rows;
    figure.illustrative = sample;
    return figure;
}

// Groups of stored texts merged by their key (case-folded, trimmed), in the order their first
// project comes; a group's text is its first project's.
struct Group
{
    QString key;
    QString text;
    qint64 first = 0;
    std::array<Figure, 3> cells;
};

class Groups
{
public:
    void add(const QString &key, const QString &text, qint64 first, const std::array<Figure, 3> &cells)
    {
        const auto found = m_index.constFind(key);
        if (found == m_index.constEnd()) {
            m_index.insert(key, int(m_groups.size()));
            m_groups.append({key, text, first, cells});
            return;
        }
        Group &group = m_groups[*found];
        if (first < group.first) {
            group.first = first;
            group.text = text;
        }
        for (std::size_t i = 0; i < cells.size(); ++i)
            group.cells[i].merge(cells[i]);
    }
    QList<Group> inOrder() const
    {
        QList<Group> groups = m_groups;
        std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) { return a.first < b.first; });
        return groups;
    }

private:
    QList<Group> m_groups;
    QHash<QString, int> m_index;
};

} // namespace

CapitalDashboardCounts::CapitalDashboardCounts(Database &database)
    : m_database(database)
{
}

bool CapitalDashboardCounts::count(CapitalFigures &figures, QString *error)
{
    m_types.clear();
    m_regions.clear();
    m_phases.clear();
    m_sources = FigureSources::read(m_database.handle(), Dataset::CapitalProjects, error);
    return m_sources && groupCells(error) && countFigures(figures, error) && countStages(figures, error)
        && countByText(figures, error);
}

bool CapitalDashboardCounts::groupCells(QString *error)
{
    // One pass over the projects, grouped by the columns the figures and breakdowns tell apart
    // (1,300 cells at 700,000 projects); every figure is then summed from the cells. Reading the
    // projects for each figure and breakdown took eight passes, three times as long. most_slip is
    // the most days late of a cell's projects that are late at all (slip > 0); first is its first
    // project in the store's order, first_amount the first of those with an amount.
    const QString judged = QStringLiteral(
                               "SELECT source, sample, region, project_type, %1 AS stage, current_phase, %2 AS schedule, "
                               "  CASE WHEN slip IS NOT NULL THEN %3 END AS bucket, ord, budget, estimate, spent, over_amount, slip "
                               "FROM dashboard_capital")
                               .arg(stage(), schedule(), bucket());
    const QString cells = QStringLiteral(
                              "SELECT source, sample, region, project_type, stage, current_phase, schedule, bucket, "
                              "  count(*) AS projects, min(ord) AS first, "
                              "  min(CASE WHEN budget IS NOT NULL OR estimate IS NOT NULL OR spent IS NOT NULL THEN ord END) "
                              "    AS first_amount, "
                              "  count(budget) AS budget_projects, sum(budget) AS budget, "
                              "  count(estimate) AS estimate_projects, sum(estimate) AS estimate, "
                              "  count(spent) AS spent_projects, sum(spent) AS spent, "
                              "  count(CASE WHEN over_amount > 0 THEN 1 END) AS over_projects, "
                              "  sum(CASE WHEN over_amount > 0 THEN over_amount END) AS over_amount, "
                              "  max(CASE WHEN slip > 0 THEN slip END) AS most_slip "
                              "FROM (%1) AS judged %2"
                              "GROUP BY source, sample, region, project_type, stage, current_phase, schedule, bucket")
                              .arg(judged);
    Connection *db = m_database.handle();
    // SQLite's GROUP BY sorts every project (3.2 of 4.4 seconds of a count at 700,000 projects):
    // the table is made from the aggregate with no row, with its columns, and CapitalDashboardCells
    // fills it in one pass. PostgreSQL groups on the server.
    const bool here = db->engine() == Connection::Engine::SQLite;
    QString message;
    if (!Statement::execute(db,
                            QStringLiteral("DROP TABLE IF EXISTS dashboard_capital_cells; "
                                           "CREATE TEMP TABLE dashboard_capital_cells AS %1")
                                .arg(cells.arg(here ? QStringLiteral("WHERE 0 = 1 ") : QString())),
                            &message))
        return fail(error, CapitalDashboardQuery::tr("Could not count the capital projects: %1").arg(message));
    const std::optional<CapitalDashboardCells> grouped = std::exchange(m_cells, std::nullopt);
    if (!here)
        return true;
    return grouped ? grouped->write(db, error) : CapitalDashboardCells::group(db, judged, error);
}

Figure CapitalDashboardCounts::figureAt(const Statement &statement, int column) const
{
    Figure figure = counted(statement.columnInt64(column), statement.columnInt64(column + 1),
                            statement.columnInt64(column + 2) != 0);
    figure.sampleValue = statement.columnInt64(column + 3);
    m_sources->name(figure, statement.columnText(column + 4));
    return figure;
}

bool CapitalDashboardCounts::countFigures(CapitalFigures &figures, QString *error)
{
    // Over the cells, whose projects share a slip bucket and schedule: late (slip > 0), a cell
    // with a most_slip; open late, one whose schedule is open too; the projects without a slip
    // are not yet due or have no planned end. The schedules are judged in a subquery: a quoted
    // text in a figure's condition would end up inside group_concat(DISTINCT ...), which PgSql
    // does not rewrite across a quote.
    const QString all = QStringLiteral("1 = 1");
    const QString projectsColumn = QStringLiteral("projects");
    const auto counted = [&](const QString &use) { return cellFigure(use, projectsColumn, projectsColumn); };
    Statement statement(m_database.handle(),
                        QStringLiteral("SELECT %1, %2, %3, %4, %5, %6, coalesce(max(most_slip), 0), %7, %8 "
                                       "FROM (SELECT c.*, CASE WHEN schedule = 'open' THEN 1 ELSE 0 END AS is_open, "
                                       "    CASE WHEN schedule = 'not_yet_due' THEN 1 ELSE 0 END AS not_yet_due, "
                                       "    CASE WHEN schedule = 'no_planned_end' THEN 1 ELSE 0 END AS no_planned_end "
                                       "  FROM dashboard_capital_cells c) AS cells")
                            .arg(cellProjects(), cellAmounts(),
                                 cellFigure(all, QStringLiteral("over_projects"), QStringLiteral("over_projects")),
                                 cellFigure(all, QStringLiteral("over_projects"), QStringLiteral("over_amount")),
                                 counted(QStringLiteral("most_slip > 0")),
                                 counted(QStringLiteral("most_slip > 0 AND is_open = 1")),
                                 counted(QStringLiteral("not_yet_due = 1")), counted(QStringLiteral("no_planned_end = 1"))));
    if (statement.step() != Statement::Result::Row)
        return fail(error, CapitalDashboardQuery::tr("Could not count the capital projects: %1").arg(statement.error()));
    figures.projects = figureAt(statement, 0);
    figures.budget = figureAt(statement, 5);
    figures.estimate = figureAt(statement, 10);
    figures.spent = figureAt(statement, 15);
    figures.overBudget = figureAt(statement, 20);
    figures.overBudgetAmount = figureAt(statement, 25);
    figures.late = figureAt(statement, 30);
    figures.openLate = figureAt(statement, 35);
    figures.maximumSlipDays = statement.columnInt64(40);
    figures.notYetDue = figureAt(statement, 41);
    figures.withoutPlannedEnd = figureAt(statement, 46);

    Statement slips(m_database.handle(),
                    QStringLiteral("SELECT schedule, bucket, %1 FROM dashboard_capital_cells "
                                   "WHERE bucket IS NOT NULL GROUP BY schedule, bucket")
                        .arg(cellProjects()));
    Statement::Result row = Statement::Result::Done;
    Breakdown &slip = figures.slipDistribution;
    while ((row = slips.step()) == Statement::Result::Row) {
        const int series = slip.seriesIndex(slips.columnText(0));
        const int category = slip.categoryIndex(slips.columnText(1));
        if (series >= 0 && category >= 0)
            slip.at(series, category) = figureAt(slips, 2);
    }
    return row == Statement::Result::Done
        || fail(error, CapitalDashboardQuery::tr("Could not count the capital projects: %1").arg(slips.error()));
}

void CapitalDashboardCounts::setDataVersion(const QString &version)
{
    if (version == m_version)
        return;
    m_version = version;
    m_positions.reset();
}

std::optional<QHash<QString, double>> CapitalDashboardCounts::phasePositions(QString *error)
{
    // Where each phase sits, on average, in the phase lists of the projects that have more than
    // one (0 first, 1 last), as CapitalFigures orders the phases under way: over every project
    // (every phase belongs to one: the foreign key deletes a project's phases with it).
    if (m_positions)
        return m_positions;
    const bool kept = CapitalSummaryCache::isAttached(m_database);
    if (const std::optional<QByteArray> value = kept ? CapitalSummaryCache::value(m_database, keptPositions, m_version) : std::nullopt) {
        QDataStream stream(*value);
        stream.setVersion(QDataStream::Qt_6_0);
        QHash<QString, double> positions;
        stream >> positions;
        if (stream.status() == QDataStream::Ok) {
            m_positions = positions;
            return m_positions;
        }
    }
    // One pass over the phases in their key's order, a project's phases side by side (counted
    // by PhasePositions). Counting in SQL, a phase's place was a count of the phases before it,
    // per phase: 2-3 s at 1.3 million phases, against a fraction of a second for this pass.
    // CapitalSummaryPass counts them as it builds the summary: this pass is for the sessions
    // that find the summary kept without them, and for PostgreSQL.
    Statement statement(m_database.handle(),
                        QStringLiteral("SELECT project_id, source_line, phase, occurrence FROM capital_phases "
                                       "ORDER BY project_id"));
    PhasePositions counted;
    Statement::Result row = Statement::Result::Done;
    while ((row = statement.step()) == Statement::Result::Row)
        counted.add(statement.columnInt64(0), statement.columnInt64(1), statement.columnUtf8(2), statement.columnInt64(3));
    if (row == Statement::Result::Error) {
        fail(error, CapitalDashboardQuery::tr("Could not read the capital project phases: %1").arg(statement.error()));
        return std::nullopt;
    }
    setPhasePositions(counted.positions());
    return m_positions;
}

void CapitalDashboardCounts::setPhasePositions(const QHash<QString, double> &positions)
{
    m_positions = positions;
    if (CapitalSummaryCache::isAttached(m_database)) {
        QByteArray value;
        QDataStream stream(&value, QIODevice::WriteOnly);
        stream.setVersion(QDataStream::Qt_6_0);
        stream << positions;
        CapitalSummaryCache::keepValue(m_database, keptPositions, m_version, value);
    }
}

bool CapitalDashboardCounts::countStages(CapitalFigures &figures, QString *error)
{
    const std::optional<QHash<QString, double>> positions = phasePositions(error);
    if (!positions)
        return false;
    Statement statement(m_database.handle(),
                        QStringLiteral("SELECT stage, current_phase, %1, min(first) FROM dashboard_capital_cells "
                                       "GROUP BY stage, current_phase")
                            .arg(cellProjects()));
    QHash<QString, Figure> fixed;
    Groups phases;
    Statement::Result row = Statement::Result::Done;
    while ((row = statement.step()) == Statement::Result::Row) {
        const QString stage = statement.columnText(0);
        const Figure figure = figureAt(statement, 2);
        if (stage != QLatin1String("phase")) {
            fixed[stage].merge(figure);
            continue;
        }
        const QString name = statement.columnText(1);
        const QString key = QStringLiteral("phase:") + norm(name);
        m_phases[key].values.append(name);
        phases.add(key, name.trimmed(), statement.columnInt64(7), {figure, Figure{}, Figure{}});
    }
    if (row == Statement::Result::Error)
        return fail(error, CapitalDashboardQuery::tr("Could not count the capital projects: %1").arg(statement.error()));

    QList<Group> order = phases.inOrder();
    const auto position = [&](const QString &key) { return positions->value(key, 0.5); };
    std::stable_sort(order.begin(), order.end(),
                     [&](const Group &a, const Group &b) { return position(a.key) < position(b.key); });
    // The fixed stages as CapitalFigures labels them: not started first, the phases, then the rest.
    const Breakdown skeleton = figures.byStage;
    Breakdown stages({skeleton.categories().at(0)}, skeleton.series());
    for (const Group &group : order)
        stages.at(0, stages.addCategory({group.key, group.text})) = group.cells[0];
    for (int c = 1; c < skeleton.categoryCount(); ++c)
        stages.addCategory(skeleton.categories().at(c));
    for (int c = 0; c < skeleton.categoryCount(); ++c) {
        const QString &key = skeleton.categories().at(c).key;
        stages.at(0, stages.categoryIndex(key)) = fixed.value(key);
    }
    figures.byStage = stages;
    return true;
}

bool CapitalDashboardCounts::countByText(CapitalFigures &figures, QString *error)
{
    const QString noType = CapitalFigures::tr("(no type)");
    const QString noDistrict = CapitalFigures::tr("(no district)");
    const auto label = [](const QString &text, const QString &missing) {
        return text.trimmed().isEmpty() ? missing : text.trimmed();
    };
    // Groups over column: the projects counted (one series), or their amounts (three series,
    // projects with an amount only); spellings learns each key's stored values.
    const auto group = [&](const QString &column, bool amounts, const QString &missing,
                           QHash<QString, Spellings> *spellings) -> std::optional<QList<Group>> {
        const QString sql = amounts ? QStringLiteral("SELECT %1, %2, min(first_amount) FROM dashboard_capital_cells "
                                                     "WHERE first_amount IS NOT NULL GROUP BY %1")
                                          .arg(column, cellAmounts())
                                    : QStringLiteral("SELECT %1, %2, min(first) FROM dashboard_capital_cells GROUP BY %1")
                                          .arg(column, cellProjects());
        Statement statement(m_database.handle(), sql);
        Groups groups;
        Statement::Result row = Statement::Result::Done;
        while ((row = statement.step()) == Statement::Result::Row) {
            const QString text = statement.columnText(0);
            const QString key = norm(text);
            if (spellings) {
                if (statement.columnIsNull(0))
                    (*spellings)[key].null = true;
                else
                    (*spellings)[key].values.append(text);
            }
            std::array<Figure, 3> cells;
            const int series = amounts ? 3 : 1;
            for (int s = 0; s < series; ++s)
                cells[std::size_t(s)] = figureAt(statement, 1 + 5 * s);
            groups.add(key, label(text, missing), statement.columnInt64(1 + 5 * series), cells);
        }
        if (row == Statement::Result::Error) {
            fail(error, CapitalDashboardQuery::tr("Could not count the capital projects: %1").arg(statement.error()));
            return std::nullopt;
        }
        return groups.inOrder();
    };
    const auto fill = [](Breakdown &breakdown, const QList<Group> &groups) {
        for (const Group &g : groups) {
            const int category = breakdown.addCategory({g.key, g.text});
            for (int s = 0; s < breakdown.seriesCount(); ++s)
                breakdown.at(s, category) = g.cells[std::size_t(s)];
        }
    };

    const auto byType = group(QStringLiteral("project_type"), false, noType, &m_types);
    const auto amountsByType = byType ? group(QStringLiteral("project_type"), true, noType, nullptr) : std::nullopt;
    const auto amountsByDistrict = amountsByType ? group(QStringLiteral("region"), true, noDistrict, nullptr) : std::nullopt;
    if (!amountsByDistrict)
        return false;
    fill(figures.byType, *byType);
    fill(figures.amountsByType, *amountsByType);
    fill(figures.amountsByDistrict, *amountsByDistrict);
    figures.byType.sortCategoriesByTotal();
    figures.amountsByType.sortCategoriesByTotal();
    figures.amountsByDistrict.sortCategoriesByKey();

    // Regions' spellings over every project counted, not only those with amounts.
    Statement regions(m_database.handle(), QStringLiteral("SELECT DISTINCT region FROM dashboard_capital_cells"));
    Statement::Result row = Statement::Result::Done;
    while ((row = regions.step()) == Statement::Result::Row) {
        if (regions.columnIsNull(0))
            m_regions[QString()].null = true;
        else
            m_regions[norm(regions.columnText(0))].values.append(regions.columnText(0));
    }
    return row == Statement::Result::Done
        || fail(error, CapitalDashboardQuery::tr("Could not count the capital projects: %1").arg(regions.error()));
}

} // namespace milepost
