// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitaldashboardquery.h"

#include "database.h"
#include "queryparameters.h"
#include "statement.h"
#include "storedspellings.h"
#include "transaction.h"

#include <algorithm>
#include <array>

namespace milepost {

namespace {

using Stage = CapitalProjectSummary::Stage;
using Schedule = CapitalProjectSummary::Schedule;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString norm(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

// Over the summary table: CapitalProjectSummary's stage, schedule and slip bucket
// (CapitalFigures::slipBucketKey), as the keys CapitalFigures uses.
const QString stageSql = QStringLiteral(
    "CASE WHEN phases > 0 AND ended = phases THEN 'completed' "
    "WHEN current_phase IS NOT NULL AND current_phase <> '' THEN 'phase' "
    "WHEN started > 0 THEN 'between_phases' ELSE 'not_started' END");
const QString scheduleSql = QStringLiteral(
    "CASE WHEN slip IS NOT NULL THEN CASE WHEN open_slip = slip THEN 'open' ELSE 'ended' END "
    "WHEN due_later = 1 THEN 'not_yet_due' ELSE 'no_planned_end' END");
const QString bucketSql = QStringLiteral(
    "CASE WHEN slip <= 0 THEN 'on_time' WHEN slip <= 30 THEN '1-30' WHEN slip <= 90 THEN '31-90' "
    "WHEN slip <= 180 THEN '91-180' WHEN slip <= 365 THEN '181-365' ELSE 'over_365' END");
// Amounts per figure: value, rows, whether one is sample data.
const QString amountsSql = QStringLiteral(
    "coalesce(sum(budget), 0), count(budget), coalesce(max(CASE WHEN budget IS NOT NULL THEN sample END), 0), "
    "coalesce(sum(estimate), 0), count(estimate), coalesce(max(CASE WHEN estimate IS NOT NULL THEN sample END), 0), "
    "coalesce(sum(spent), 0), count(spent), coalesce(max(CASE WHEN spent IS NOT NULL THEN sample END), 0)");
const QString rowColumns = QStringLiteral(
    "t.ord, p.school_name, p.site_code, p.region, p.board_district, p.project_type, p.description, p.source_line, "
    "%1, t.current_phase, t.budget, t.estimate, t.spent, t.planned_end, %2, t.slip, t.sample "
    "FROM dashboard_capital t LEFT JOIN capital_projects p ON p.id = t.id")
                                   .arg(stageSql, scheduleSql);

Figure counted(qint64 value, qint64 rows, bool sample)
{
    Figure figure;
    figure.value = value;
    figure.counted = rows;
    figure.illustrative = sample;
    return figure;
}

// "column IN (...)", or a condition no row meets for no value (an empty IN list is not SQL).
QString inList(const QString &column, const QStringList &values, QueryParameters &parameters)
{
    return values.isEmpty() ? QStringLiteral("0 = 1") : QStringLiteral("%1 IN %2").arg(column, parameters.list(values));
}

// The statuses stored, judged by CapitalProjectSummary: those that say a phase has ended, and
// those that say it has started without having ended.
struct Statuses
{
    QStringList ended;
    QStringList started;
};

std::optional<Statuses> judgeStatuses(Connection *db, QString *error)
{
    Statement statement(db, QStringLiteral("SELECT DISTINCT status FROM capital_phases WHERE status IS NOT NULL"));
    Statuses statuses;
    Statement::Result row = Statement::Result::Done;
    while ((row = statement.step()) == Statement::Result::Row) {
        CapitalPhase phase;
        phase.status = statement.columnText(0);
        if (CapitalProjectSummary::hasEnded(phase))
            statuses.ended.append(phase.status);
        else if (CapitalProjectSummary::hasStarted(phase))
            statuses.started.append(phase.status);
    }
    if (row == Statement::Result::Error) {
        fail(error, CapitalDashboardQuery::tr("Could not read the capital project phases: %1").arg(statement.error()));
        return std::nullopt;
    }
    return statuses;
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

CapitalDashboardQuery::CapitalDashboardQuery(std::unique_ptr<Database> database)
    : m_database(std::move(database))
{
}

CapitalDashboardQuery::~CapitalDashboardQuery() = default;

std::optional<CapitalFigures> CapitalDashboardQuery::compute(const DashboardFilter &filter,
                                                            const std::atomic_bool *cancelled, QString *error)
{
    m_database->setCancelFlag(cancelled);
    // Labels, series and the fixed categories as CapitalFigures gives them; the counts follow.
    CapitalFigures figures = CapitalFigures::compute({}, filter);
    bool ok = false;
    {
        Transaction snapshot(m_database->handle(), Transaction::Mode::Read);
        ok = snapshot.isActive() || fail(error, tr("Could not read the capital projects: %1").arg(snapshot.error()));
        ok = ok && build(filter, error) && countFigures(figures, error) && countStages(figures, error)
          && countByText(figures, error);
        // The summary table stays for rows(): ending the snapshot without commit would drop it.
        ok = ok && (snapshot.commit() || fail(error, tr("Could not count the capital projects: %1").arg(snapshot.error())));
    }
    m_database->setCancelFlag(nullptr);
    if (!ok) {
        m_built = false;
        return std::nullopt;
    }
    return figures;
}

bool CapitalDashboardQuery::build(const DashboardFilter &filter, QString *error)
{
    Connection *db = m_database->handle();
    m_built = false;
    m_types.clear();
    m_regions.clear();
    m_phases.clear();
    const std::optional<Statuses> statuses = judgeStatuses(db, error);
    if (!statuses)
        return false;
    QString message;
    if (!Statement::execute(db,
                            QStringLiteral("DROP TABLE IF EXISTS temp.dashboard_capital; "
                                           "CREATE TEMP TABLE dashboard_capital (ord INTEGER PRIMARY KEY, id INTEGER NOT NULL, "
                                           "region TEXT, project_type TEXT, sample INTEGER NOT NULL, budget INTEGER, "
                                           "estimate INTEGER, spent INTEGER, over_amount INTEGER, planned_end INTEGER, "
                                           "slip INTEGER, open_slip INTEGER, due_later INTEGER NOT NULL, "
                                           "phases INTEGER NOT NULL, ended INTEGER NOT NULL, started INTEGER NOT NULL, "
                                           "current_line INTEGER, current_phase TEXT)"),
                            &message))
        return fail(error, tr("Could not count the capital projects: %1").arg(message));

    QueryParameters parameters(2); // ?1 is the as-of day
    const QString ended = inList(QStringLiteral("status"), statuses->ended, parameters);
    const QString started = inList(QStringLiteral("status"), statuses->started, parameters);
    QStringList conditions;
    const auto spellings = [&](const QString &column, const QString &text) -> bool {
        const std::optional<QStringList> values
            = StoredSpellings::matching(db, QStringLiteral("capital_projects"), column, text, error);
        if (values)
            conditions.append(inList(QStringLiteral("p.") + column, *values, parameters));
        return values.has_value();
    };
    if (!filter.localDistrict.trimmed().isEmpty() && !spellings(QStringLiteral("region"), filter.localDistrict))
        return false;
    if (!filter.boardDistrict.trimmed().isEmpty() && !spellings(QStringLiteral("board_district"), filter.boardDistrict))
        return false;
    if (!filter.school.trimmed().isEmpty()) {
        if (!spellings(QStringLiteral("school_name"), filter.school) || !spellings(QStringLiteral("site_code"), filter.school))
            return false;
        const QString site = conditions.takeLast();
        conditions.last() = QStringLiteral("(%1 OR %2)").arg(conditions.last(), site);
    }

    // Per project, as CapitalProjectSummary::of: amounts summed over the phases that give them
    // (SUM of no value is NULL: no amount); over_amount, the estimate less the budget over the
    // phases that give both; slip, the most days late of a measured phase (ended on a known day:
    // actual less planned end; open past its planned end: the as-of day less it), open_slip the
    // same over open phases (the project counts as open when they reach its slip); due_later, an
    // open phase whose planned end is still ahead; current_line, the last phase under way. Day
    // numbers are Julian days, so their difference is days. ord numbers the projects in the
    // order the store lists them (DatasetRepository::capitalProjects): SQLite gives a NULL
    // INTEGER PRIMARY KEY the next number, in the order the rows come (an identity column would do
    // on another engine; row_number() OVER (ORDER BY ...) cost 1.6 times as much here).
    const QString insert = QStringLiteral(
        "INSERT INTO dashboard_capital (ord, id, region, project_type, sample, budget, estimate, spent, over_amount, "
        "  planned_end, slip, open_slip, due_later, phases, ended, started, current_line) "
        "WITH phase AS (SELECT project_id, source_line, planned_end, actual_end, budget, estimate, spent, illustrative, "
        "    CASE WHEN actual_end IS NOT NULL OR %1 THEN 1 ELSE 0 END AS ended, "
        "    CASE WHEN actual_end IS NOT NULL OR actual_start IS NOT NULL OR %1 OR %2 THEN 1 ELSE 0 END AS started "
        "  FROM capital_phases) "
        "SELECT NULL, p.id, p.region, p.project_type, "
        "  coalesce(max(ph.illustrative), 0), sum(ph.budget), sum(ph.estimate), sum(ph.spent), "
        "  sum(CASE WHEN ph.budget IS NOT NULL AND ph.estimate IS NOT NULL THEN ph.estimate - ph.budget END), "
        "  max(ph.planned_end), "
        "  max(CASE WHEN ph.planned_end IS NULL THEN NULL WHEN ph.actual_end IS NOT NULL THEN ph.actual_end - ph.planned_end "
        "      WHEN ph.ended = 1 THEN NULL WHEN ph.planned_end < ?1 THEN ?1 - ph.planned_end END), "
        "  max(CASE WHEN ph.planned_end IS NOT NULL AND ph.ended = 0 AND ph.planned_end < ?1 THEN ?1 - ph.planned_end END), "
        "  coalesce(max(CASE WHEN ph.planned_end IS NOT NULL AND ph.ended = 0 AND ph.planned_end >= ?1 THEN 1 END), 0), "
        "  count(ph.project_id), coalesce(sum(ph.ended), 0), coalesce(sum(ph.started), 0), "
        "  max(CASE WHEN ph.started = 1 AND ph.ended = 0 THEN ph.source_line END) "
        "FROM capital_projects p LEFT JOIN phase ph ON ph.project_id = p.id %3 "
        "GROUP BY p.id, p.source_id, p.source_line, p.region, p.project_type "
        "ORDER BY p.source_id, p.source_line, p.id")
                               .arg(ended, started,
                                    conditions.isEmpty() ? QString()
                                                         : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")));
    Statement statement(db, insert);
    // An invalid as-of day leaves every open phase not yet due: no stored day is before day 0.
    statement.bindInt64(1, filter.asOf.isValid() ? filter.asOf.toJulianDay() : 0);
    parameters.bind(statement);
    if (!statement.run())
        return fail(error, tr("Could not count the capital projects: %1").arg(statement.error()));

    // The name of the phase under way: the last that has started and not ended (on the same
    // source line, the greatest name).
    QueryParameters phaseParameters;
    const QString update = QStringLiteral(
        "UPDATE dashboard_capital SET current_phase = (SELECT max(c.phase) FROM capital_phases c "
        "  WHERE c.project_id = dashboard_capital.id AND c.source_line = dashboard_capital.current_line "
        "  AND c.actual_end IS NULL AND (c.status IS NULL OR NOT %1) AND (c.actual_start IS NOT NULL OR %2)) "
        "WHERE current_line IS NOT NULL")
                               .arg(inList(QStringLiteral("c.status"), statuses->ended, phaseParameters),
                                    inList(QStringLiteral("c.status"), statuses->started, phaseParameters));
    Statement current(db, update);
    phaseParameters.bind(current);
    if (!current.run())
        return fail(error, tr("Could not count the capital projects: %1").arg(current.error()));
    m_built = true;
    return true;
}

bool CapitalDashboardQuery::countFigures(CapitalFigures &figures, QString *error)
{
    Statement statement(
        m_database->handle(),
        QStringLiteral(
            "SELECT count(*), coalesce(max(sample), 0), %1, "
            "  count(CASE WHEN over_amount > 0 THEN 1 END), coalesce(sum(CASE WHEN over_amount > 0 THEN over_amount END), 0), "
            "  coalesce(max(CASE WHEN over_amount > 0 THEN sample END), 0), "
            "  count(CASE WHEN slip > 0 THEN 1 END), coalesce(max(CASE WHEN slip > 0 THEN sample END), 0), "
            "  count(CASE WHEN slip > 0 AND open_slip = slip THEN 1 END), "
            "  coalesce(max(CASE WHEN slip > 0 AND open_slip = slip THEN sample END), 0), "
            "  coalesce(max(CASE WHEN slip > 0 THEN slip END), 0), "
            "  count(CASE WHEN slip IS NULL AND due_later = 1 THEN 1 END), "
            "  coalesce(max(CASE WHEN slip IS NULL AND due_later = 1 THEN sample END), 0), "
            "  count(CASE WHEN slip IS NULL AND due_later = 0 THEN 1 END), "
            "  coalesce(max(CASE WHEN slip IS NULL AND due_later = 0 THEN sample END), 0) "
            "FROM dashboard_capital")
            .arg(amountsSql));
    if (statement.step() != Statement::Result::Row)
        return fail(error, tr("Could not count the capital projects: %1").arg(statement.error()));
    const auto at = [&](int column) { return statement.columnInt64(column); };
    const auto figure = [&](int value, int rows, int sample) { return counted(at(value), at(rows), at(sample) != 0); };
    figures.projects = figure(0, 0, 1);
    figures.budget = figure(2, 3, 4);
    figures.estimate = figure(5, 6, 7);
    figures.spent = figure(8, 9, 10);
    figures.overBudget = figure(11, 11, 13);
    figures.overBudgetAmount = figure(12, 11, 13);
    figures.late = figure(14, 14, 15);
    figures.openLate = figure(16, 16, 17);
    figures.maximumSlipDays = at(18);
    figures.notYetDue = figure(19, 19, 20);
    figures.withoutPlannedEnd = figure(21, 21, 22);

    Statement slips(m_database->handle(),
                    QStringLiteral("SELECT schedule, bucket, count(*), coalesce(max(sample), 0) FROM "
                                   "(SELECT %1 AS schedule, %2 AS bucket, sample FROM dashboard_capital "
                                   "WHERE slip IS NOT NULL) AS measured GROUP BY schedule, bucket")
                        .arg(scheduleSql, bucketSql));
    Statement::Result row = Statement::Result::Done;
    Breakdown &slip = figures.slipDistribution;
    while ((row = slips.step()) == Statement::Result::Row) {
        const int series = slip.seriesIndex(slips.columnText(0));
        const int category = slip.categoryIndex(slips.columnText(1));
        if (series >= 0 && category >= 0)
            slip.at(series, category) = counted(slips.columnInt64(2), slips.columnInt64(2), slips.columnInt64(3) != 0);
    }
    return row == Statement::Result::Done
        || fail(error, tr("Could not count the capital projects: %1").arg(slips.error()));
}

std::optional<QHash<QString, double>> CapitalDashboardQuery::phasePositions(QString *error)
{
    // Where each phase sits, on average, in the phase lists of the projects that have more than
    // one (0 first, 1 last), as CapitalFigures orders the phases under way: over every project
    // (every phase belongs to one: the foreign key deletes a project's phases with it).
    if (m_positions)
        return m_positions;
    Statement statement(
        m_database->handle(),
        // A phase's place: how many phases of its project come before it (source line, then name
        // and occurrence, as the store lists them). Counted per phase through the primary key; a
        // window function sorting every phase cost 1.7 times as much at 1.3 million phases.
        QStringLiteral("SELECT a.phase, sum((SELECT count(*) FROM capital_phases b WHERE b.project_id = a.project_id "
                       "  AND (b.source_line < a.source_line OR (b.source_line = a.source_line AND (b.phase < a.phase "
                       "  OR (b.phase = a.phase AND b.occurrence < a.occurrence))))) * 1.0 / (n.phases - 1)), count(*) "
                       "FROM capital_phases a JOIN (SELECT project_id, count(*) AS phases FROM capital_phases "
                       "  GROUP BY project_id HAVING count(*) >= 2) n ON n.project_id = a.project_id "
                       "GROUP BY a.phase"));
    QHash<QString, double> sums;
    QHash<QString, qint64> counts;
    Statement::Result row = Statement::Result::Done;
    while ((row = statement.step()) == Statement::Result::Row) {
        const QString key = QStringLiteral("phase:") + norm(statement.columnText(0));
        sums[key] += statement.columnDouble(1);
        counts[key] += statement.columnInt64(2);
    }
    if (row == Statement::Result::Error) {
        fail(error, tr("Could not read the capital project phases: %1").arg(statement.error()));
        return std::nullopt;
    }
    QHash<QString, double> positions;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        positions.insert(it.key(), it.value() / double(counts.value(it.key())));
    m_positions = positions;
    return m_positions;
}

bool CapitalDashboardQuery::countStages(CapitalFigures &figures, QString *error)
{
    const std::optional<QHash<QString, double>> positions = phasePositions(error);
    if (!positions)
        return false;
    Statement statement(m_database->handle(),
                        QStringLiteral("SELECT stage, current_phase, count(*), coalesce(max(sample), 0), min(ord) FROM "
                                       "(SELECT %1 AS stage, current_phase, sample, ord FROM dashboard_capital) AS staged "
                                       "GROUP BY stage, current_phase")
                            .arg(stageSql));
    QHash<QString, Figure> fixed;
    Groups phases;
    Statement::Result row = Statement::Result::Done;
    while ((row = statement.step()) == Statement::Result::Row) {
        const QString stage = statement.columnText(0);
        const Figure figure = counted(statement.columnInt64(2), statement.columnInt64(2), statement.columnInt64(3) != 0);
        if (stage != QLatin1String("phase")) {
            fixed[stage].merge(figure);
            continue;
        }
        const QString name = statement.columnText(1);
        const QString key = QStringLiteral("phase:") + norm(name);
        m_phases[key].values.append(name);
        phases.add(key, name.trimmed(), statement.columnInt64(4), {figure, Figure{}, Figure{}});
    }
    if (row == Statement::Result::Error)
        return fail(error, tr("Could not count the capital projects: %1").arg(statement.error()));

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

bool CapitalDashboardQuery::countByText(CapitalFigures &figures, QString *error)
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
        const QString sql = amounts ? QStringLiteral("SELECT %1, %2, min(ord) FROM dashboard_capital WHERE budget IS NOT NULL "
                                                     "OR estimate IS NOT NULL OR spent IS NOT NULL GROUP BY %1")
                                          .arg(column, amountsSql)
                                    : QStringLiteral("SELECT %1, count(*), count(*), coalesce(max(sample), 0), min(ord) "
                                                     "FROM dashboard_capital GROUP BY %1")
                                          .arg(column);
        Statement statement(m_database->handle(), sql);
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
            for (int s = 0; s < series; ++s) {
                cells[std::size_t(s)] = counted(statement.columnInt64(1 + 3 * s), statement.columnInt64(2 + 3 * s),
                                                statement.columnInt64(3 + 3 * s) != 0);
            }
            groups.add(key, label(text, missing), statement.columnInt64(1 + 3 * series), cells);
        }
        if (row == Statement::Result::Error) {
            fail(error, tr("Could not count the capital projects: %1").arg(statement.error()));
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
    Statement regions(m_database->handle(), QStringLiteral("SELECT DISTINCT region FROM dashboard_capital"));
    Statement::Result row = Statement::Result::Done;
    while ((row = regions.step()) == Statement::Result::Row) {
        if (regions.columnIsNull(0))
            m_regions[QString()].null = true;
        else
            m_regions[norm(regions.columnText(0))].values.append(regions.columnText(0));
    }
    return row == Statement::Result::Done
        || fail(error, tr("Could not count the capital projects: %1").arg(regions.error()));
}

std::optional<QStringList> CapitalDashboardQuery::values(const QString &column, QString *error) const
{
    Statement statement(m_database->handle(),
                        QStringLiteral("SELECT DISTINCT %1 FROM capital_projects WHERE %1 IS NOT NULL AND %1 <> ''").arg(column));
    QStringList values;
    Statement::Result row = Statement::Result::Done;
    while ((row = statement.step()) == Statement::Result::Row)
        values.append(statement.columnText(0));
    if (row == Statement::Result::Error) {
        fail(error, tr("Could not read the capital projects: %1").arg(statement.error()));
        return std::nullopt;
    }
    return values;
}

QString CapitalDashboardQuery::where(const CapitalSelection &selection, QStringList &values) const
{
    const auto spelled = [&](const QString &column, const QHash<QString, Spellings> &spellings) {
        const Spellings found = spellings.value(selection.key);
        QStringList parts;
        for (const QString &value : found.values) {
            values.append(value);
            parts.append(QStringLiteral("?%1").arg(values.size()));
        }
        QStringList alternatives;
        if (!parts.isEmpty())
            alternatives.append(QStringLiteral("%1 IN (%2)").arg(column, parts.join(QStringLiteral(", "))));
        if (found.null)
            alternatives.append(column + QStringLiteral(" IS NULL"));
        return alternatives.isEmpty() ? QStringLiteral("0 = 1")
                                      : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    };
    // A series key names a column of amounts; anything else selects nothing.
    const auto amount = [&]() -> QString {
        for (const QString &column : {QStringLiteral("budget"), QStringLiteral("estimate"), QStringLiteral("spent")}) {
            if (selection.series == column)
                return QStringLiteral("t.%1 IS NOT NULL").arg(column);
        }
        return QStringLiteral("0 = 1");
    };
    const auto text = [&](const QString &value) {
        values.append(value);
        return QStringLiteral("?%1").arg(values.size());
    };
    switch (selection.kind) {
    case CapitalSelection::Kind::All:
        return QStringLiteral("1 = 1");
    case CapitalSelection::Kind::Budget:
        return QStringLiteral("t.budget IS NOT NULL");
    case CapitalSelection::Kind::Estimate:
        return QStringLiteral("t.estimate IS NOT NULL");
    case CapitalSelection::Kind::Spent:
        return QStringLiteral("t.spent IS NOT NULL");
    case CapitalSelection::Kind::OverBudget:
        return QStringLiteral("t.over_amount > 0");
    case CapitalSelection::Kind::Late:
        return QStringLiteral("t.slip > 0");
    case CapitalSelection::Kind::Stage:
        if (selection.key.startsWith(QLatin1String("phase:")))
            return QStringLiteral("%1 = 'phase' AND %2").arg(stageSql, spelled(QStringLiteral("t.current_phase"), m_phases));
        return QStringLiteral("%1 = %2").arg(stageSql, text(selection.key));
    case CapitalSelection::Kind::Type:
        return spelled(QStringLiteral("t.project_type"), m_types);
    case CapitalSelection::Kind::TypeAmounts:
        return spelled(QStringLiteral("t.project_type"), m_types) + QStringLiteral(" AND ") + amount();
    case CapitalSelection::Kind::DistrictAmounts:
        return spelled(QStringLiteral("t.region"), m_regions) + QStringLiteral(" AND ") + amount();
    case CapitalSelection::Kind::Slip:
        break;
    }
    return QStringLiteral("t.slip IS NOT NULL AND %1 = %2 AND %3 = %4")
        .arg(scheduleSql, text(selection.series), bucketSql, text(selection.key));
}

std::optional<QList<std::pair<QString, QString>>> CapitalDashboardQuery::schoolRegions(QString *error) const
{
    Statement statement(m_database->handle(),
                        QStringLiteral("SELECT DISTINCT region, school_name FROM capital_projects "
                                       "WHERE school_name IS NOT NULL AND school_name <> ''"));
    QList<std::pair<QString, QString>> pairs;
    Statement::Result row = Statement::Result::Done;
    while ((row = statement.step()) == Statement::Result::Row)
        pairs.append({statement.columnText(0), statement.columnText(1)});
    if (row == Statement::Result::Error) {
        fail(error, tr("Could not read the capital projects: %1").arg(statement.error()));
        return std::nullopt;
    }
    return pairs;
}

std::optional<qint64> CapitalDashboardQuery::storedProjects(QString *error) const
{
    Statement statement(m_database->handle(), QStringLiteral("SELECT count(*) FROM capital_projects"));
    if (statement.step() != Statement::Result::Row) {
        fail(error, tr("Could not read the capital projects: %1").arg(statement.error()));
        return std::nullopt;
    }
    return statement.columnInt64(0);
}

std::optional<qint64> CapitalDashboardQuery::count(const CapitalSelection &selection, QString *error) const
{
    if (!m_built)
        return qint64(0);
    QStringList values;
    Statement statement(m_database->handle(),
                        QStringLiteral("SELECT count(*) FROM dashboard_capital t WHERE %1").arg(where(selection, values)));
    for (int i = 0; i < values.size(); ++i)
        statement.bindText(i + 1, values.at(i));
    if (statement.step() != Statement::Result::Row) {
        fail(error, tr("Could not read the capital projects: %1").arg(statement.error()));
        return std::nullopt;
    }
    return statement.columnInt64(0);
}

std::optional<QList<CapitalDashboardQuery::Row>> CapitalDashboardQuery::select(const QString &condition,
                                                                              const QStringList &values,
                                                                              const QString &tail,
                                                                              const QList<qint64> &numbers,
                                                                              QString *error) const
{
    if (!m_built)
        return QList<Row>();
    Statement statement(m_database->handle(),
                        QStringLiteral("SELECT %1 WHERE %2 %3").arg(rowColumns, condition, tail));
    for (int i = 0; i < values.size(); ++i)
        statement.bindText(i + 1, values.at(i));
    for (int i = 0; i < numbers.size(); ++i)
        statement.bindInt64(int(values.size()) + i + 1, numbers.at(i));
    QList<Row> rows;
    Statement::Result step = Statement::Result::Done;
    while ((step = statement.step()) == Statement::Result::Row) {
        Row row;
        row.key = statement.columnInt64(0);
        row.schoolName = statement.columnText(1);
        row.siteCode = statement.columnText(2);
        row.region = statement.columnText(3);
        row.boardDistrict = statement.columnText(4);
        row.projectType = statement.columnText(5);
        row.description = statement.columnText(6);
        row.sourceLine = statement.columnInt64(7);
        CapitalProjectSummary &summary = row.summary;
        const QString stage = statement.columnText(8);
        summary.stage = stage == QLatin1String("completed")      ? Stage::Completed
                      : stage == QLatin1String("phase")          ? Stage::InProgress
                      : stage == QLatin1String("between_phases") ? Stage::BetweenPhases
                                                                 : Stage::NotStarted;
        if (summary.stage == Stage::InProgress)
            summary.currentPhase = statement.columnText(9);
        const auto amount = [&](int column) {
            return statement.columnIsNull(column) ? std::nullopt : std::optional<qint64>(statement.columnInt64(column));
        };
        summary.budget = amount(10);
        summary.estimate = amount(11);
        summary.spent = amount(12);
        if (!statement.columnIsNull(13))
            summary.plannedEnd = QDate::fromJulianDay(statement.columnInt64(13));
        const QString schedule = statement.columnText(14);
        summary.schedule = schedule == QLatin1String("open")          ? Schedule::Open
                         : schedule == QLatin1String("ended")         ? Schedule::Ended
                         : schedule == QLatin1String("not_yet_due")   ? Schedule::NotYetDue
                                                                      : Schedule::NoPlannedEnd;
        summary.slipDays = statement.columnInt64(15);
        summary.illustrative = statement.columnInt64(16) != 0;
        rows.append(row);
    }
    if (step == Statement::Result::Error) {
        fail(error, tr("Could not read the capital projects: %1").arg(statement.error()));
        return std::nullopt;
    }
    return rows;
}

std::optional<QList<CapitalDashboardQuery::Row>> CapitalDashboardQuery::rows(const CapitalSelection &selection,
                                                                            qint64 offset, int limit,
                                                                            QString *error) const
{
    QStringList values;
    const QString condition = where(selection, values);
    const QString tail = QStringLiteral("ORDER BY t.ord LIMIT ?%1 OFFSET ?%2").arg(values.size() + 1).arg(values.size() + 2);
    return select(condition, values, tail, {qint64(limit), offset}, error);
}

std::optional<QList<qint64>> CapitalDashboardQuery::order(const CapitalSelection &selection, Column column,
                                                          Qt::SortOrder sortOrder, QString *error) const
{
    if (!m_built)
        return QList<qint64>();
    // What the table's sort compares: texts ignoring (ASCII) case, numbers as numbers, rows
    // without a value first.
    const auto present = [](const QString &expression) {
        return QStringList{QStringLiteral("CASE WHEN %1 IS NULL THEN 0 ELSE 1 END").arg(expression), expression};
    };
    QStringList keys;
    switch (column) {
    case School:
        keys = {QStringLiteral("lower(p.school_name)")};
        break;
    case Site:
        keys = {QStringLiteral("lower(p.site_code)")};
        break;
    case District:
        keys = {QStringLiteral("lower(p.region)")};
        break;
    case BoardDistrict:
        keys = {QStringLiteral("lower(p.board_district)")};
        break;
    case Type:
        keys = {QStringLiteral("lower(p.project_type)")};
        break;
    case Description:
        keys = {QStringLiteral("lower(p.description)")};
        break;
    case Phase:
        keys = {QStringLiteral("CASE %1 WHEN 'not_started' THEN 0 WHEN 'phase' THEN 1 WHEN 'between_phases' THEN 2 ELSE 3 END")
                    .arg(stageSql),
                QStringLiteral("lower(t.current_phase)")};
        break;
    case Budget:
        keys = present(QStringLiteral("t.budget"));
        break;
    case Estimate:
        keys = present(QStringLiteral("t.estimate"));
        break;
    case Spent:
        keys = present(QStringLiteral("t.spent"));
        break;
    case PlannedEnd:
        keys = present(QStringLiteral("t.planned_end"));
        break;
    case Schedule:
        keys = {QStringLiteral("CASE WHEN t.slip IS NULL THEN -1000000 ELSE t.slip END")};
        break;
    case Sample:
        keys = {QStringLiteral("t.sample")};
        break;
    case Line:
    case ColumnCount:
        keys = {QStringLiteral("p.source_line")};
        break;
    }
    const QString direction = sortOrder == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString();
    for (QString &key : keys)
        key += direction;
    QStringList values;
    const QString condition = where(selection, values);
    Statement statement(m_database->handle(),
                        QStringLiteral("SELECT t.ord FROM dashboard_capital t LEFT JOIN capital_projects p ON p.id = t.id "
                                       "WHERE %1 ORDER BY %2, t.ord")
                            .arg(condition, keys.join(QStringLiteral(", "))));
    for (int i = 0; i < values.size(); ++i)
        statement.bindText(i + 1, values.at(i));
    QList<qint64> ords;
    Statement::Result step = Statement::Result::Done;
    while ((step = statement.step()) == Statement::Result::Row)
        ords.append(statement.columnInt64(0));
    if (step == Statement::Result::Error) {
        fail(error, tr("Could not sort the capital projects: %1").arg(statement.error()));
        return std::nullopt;
    }
    return ords;
}

std::optional<QList<CapitalDashboardQuery::Row>> CapitalDashboardQuery::rowsOf(const QList<qint64> &keys,
                                                                              QString *error) const
{
    if (keys.isEmpty())
        return QList<Row>();
    QStringList slots;
    for (int i = 0; i < keys.size(); ++i)
        slots.append(QStringLiteral("?%1").arg(i + 1));
    std::optional<QList<Row>> found
        = select(QStringLiteral("t.ord IN (%1)").arg(slots.join(QStringLiteral(", "))), {}, {}, keys, error);
    if (!found)
        return std::nullopt;
    // Back into the order asked for.
    QHash<qint64, qsizetype> place;
    for (qsizetype i = 0; i < found->size(); ++i)
        place.insert(found->at(i).key, i);
    QList<Row> ordered;
    ordered.reserve(found->size());
    for (qint64 key : keys) {
        if (const auto at = place.constFind(key); at != place.constEnd())
            ordered.append(found->at(*at));
    }
    return ordered;
}

} // namespace milepost
