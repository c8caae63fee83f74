// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalfiguresquery.h"

#include "enginesql.h"

#include "dashboard/capitalprojectsummary.h"
#include "capitaldashboardsql.h"
#include "database.h"
#include "figuresources.h"
#include "statement.h"
#include "storedspellings.h"
#include "transaction.h"

#include <QStringList>

namespace milepost {

namespace {

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Parameters of a query built as it goes: placeholder() appends a value and names its slot.
class Parameters
{
public:
    QString placeholder(const QString &value)
    {
        m_values.append(value);
        return QStringLiteral("?%1").arg(m_values.size() + 1); // ?1 is the as-of day
    }
    // "(?2, ?3)", or "(NULL)" for no value: IN (NULL) holds for no row on every engine.
    QString list(const QStringList &values)
    {
        QStringList slots;
        for (const QString &value : values)
            slots.append(placeholder(value));
        return slots.isEmpty() ? QStringLiteral("(NULL)") : QLatin1Char('(') + slots.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    void bind(Statement &statement) const
    {
        for (int i = 0; i < m_values.size(); ++i)
            statement.bindText(i + 2, m_values.at(i));
    }

private:
    QStringList m_values;
};

// CapitalProjectSummary::hasEnded's reading of a status, for ASCII text: case folded, '-' read as
// a space, surrounding spaces ignored, "complete" or "completed" (inner spaces make another word).
QString endedInAscii(Connection *db, const QString &column)
{
    return QStringLiteral("lower(trim(replace(%1, '-', ' '), ' ' || %2)) IN ('complete', 'completed')")
        .arg(column, EngineSql::controlWhitespace(db->engine()));
}

// The statuses outside ASCII that say a phase has ended, judged by CapitalProjectSummary itself.
std::optional<QStringList> endedOutsideAscii(Connection *db, QString *error)
{
    Statement statement(db, QStringLiteral("SELECT DISTINCT status FROM capital_phases WHERE %1")
                                .arg(EngineSql::outsideAscii(db->engine(), QStringLiteral("status"))));
    QStringList ended;
    Statement::Result row = Statement::Result::Done;
    while ((row = statement.step()) == Statement::Result::Row) {
        CapitalPhase phase;
        phase.status = statement.columnText(0);
        if (CapitalProjectSummary::hasEnded(phase))
            ended.append(phase.status);
    }
    if (row == Statement::Result::Error) {
        setError(error, CapitalFiguresQuery::tr("Could not read the capital project phases: %1").arg(statement.error()));
        return std::nullopt;
    }
    return ended;
}

struct Aggregate
{
    CapitalKeyFigures figures;
    bool statusOutsideAscii = false; // a phase counted has a status the ASCII reading cannot judge
};

// The figures of the projects that pass conditions (bound in parameters, from ?2 on), a phase's
// status read as ended by endedInAscii() or when it is one of endedStatuses.
std::optional<Aggregate> aggregate(Connection *db, const DashboardFilter &filter, Parameters parameters,
                                   const QStringList &conditions, const QStringList &endedStatuses,
                                   const FigureSources &sources, QString *error)
{
    // Truth values as both engines write them: FALSE (SQLite reads it as 0).
    QString phaseEnded = QStringLiteral("ph.actual_end IS NOT NULL OR coalesce(%1, FALSE)")
                             .arg(endedInAscii(db, QStringLiteral("ph.status")));
    if (!endedStatuses.isEmpty())
        phaseEnded += QStringLiteral(" OR coalesce(ph.status IN %1, FALSE)").arg(parameters.list(endedStatuses));
    phaseEnded = QLatin1Char('(') + phaseEnded + QLatin1Char(')');

    // Per project (CapitalProjectSummary::of): amounts summed over the phases that give them
    // (SUM of no value is NULL: no amount); over, the estimate less the budget over the phases
    // that give both (NULL: not comparable); slip, the most days late of a measured phase: ended
    // on a known day (actual less planned end), or still open past its planned end (as-of day
    // less planned end); open_slip, the same over the open phases alone: the project counts as
    // open when they reach its slip. A phase that ended on an unknown day is not measured.
    // Day numbers are Julian days (schema version 3), so their difference is days.
    const QString perProject
        = QStringLiteral(
              "SELECT coalesce(max(ph.illustrative), 0) AS sample, max(p.source_id) AS source, "
              "  sum(ph.budget) AS budget, sum(ph.estimate) AS estimate, sum(ph.spent) AS spent, "
              "  sum(CASE WHEN ph.budget IS NOT NULL AND ph.estimate IS NOT NULL "
              "      THEN ph.estimate - ph.budget END) AS over, "
              "  max(CASE WHEN ph.planned_end IS NULL THEN NULL "
              "      WHEN ph.actual_end IS NOT NULL THEN ph.actual_end - ph.planned_end "
              "      WHEN %1 THEN NULL "
              "      WHEN ph.planned_end < ?1 THEN ?1 - ph.planned_end END) AS slip, "
              "  max(CASE WHEN ph.planned_end IS NOT NULL AND NOT %1 AND ph.planned_end < ?1 "
              "      THEN ?1 - ph.planned_end END) AS open_slip, "
              "  max(CASE WHEN %3 THEN 1 ELSE 0 END) AS outside "
              "FROM capital_projects p LEFT JOIN capital_phases ph ON ph.project_id = p.id "
              "%2 GROUP BY p.id")
              .arg(phaseEnded,
                   conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")),
                   EngineSql::outsideAscii(db->engine(), QStringLiteral("ph.status")));
    // Per figure: its value, its projects, whether one of them is sample data, the part of the
    // value they give, and their sources (CapitalDashboardSql::figure).
    const QString one = QStringLiteral("1");
    const QString sql = QStringLiteral("SELECT %2, %3, %4, %5, %6, %7, coalesce(max(CASE WHEN slip > 0 THEN slip END), 0), "
                                       "  coalesce(max(outside), 0) FROM (%1) AS per_project")
                            .arg(perProject, CapitalDashboardSql::projects(), CapitalDashboardSql::amounts(),
                                 CapitalDashboardSql::figure(QStringLiteral("over > 0"), one),
                                 CapitalDashboardSql::figure(QStringLiteral("over > 0"), QStringLiteral("over")),
                                 CapitalDashboardSql::figure(QStringLiteral("slip > 0"), one),
                                 CapitalDashboardSql::figure(QStringLiteral("slip > 0 AND open_slip = slip"), one));
    Statement statement(db, sql);
    // An invalid as-of day leaves every open phase not yet due: no stored day is before day 0.
    statement.bindInt64(1, filter.asOf.isValid() ? filter.asOf.toJulianDay() : 0);
    parameters.bind(statement);
    if (statement.step() != Statement::Result::Row) {
        setError(error, CapitalFiguresQuery::tr("Could not count the capital projects: %1").arg(statement.error()));
        return std::nullopt;
    }
    const auto at = [&](int column) { return statement.columnInt64(column); };
    const auto tally = [&](int column) {
        return Tally{at(column), at(column + 1), at(column + 2) != 0, at(column + 3),
                     sources.names(statement.columnText(column + 4))};
    };
    Aggregate result;
    CapitalKeyFigures &figures = result.figures;
    figures.asOf = filter.asOf;
    figures.projects = tally(0);
    figures.budget = tally(5);
    figures.estimate = tally(10);
    figures.spent = tally(15);
    figures.overBudget = tally(20);
    figures.overBudgetAmount = tally(25);
    figures.late = tally(30);
    figures.openLate = tally(35);
    figures.maximumSlipDays = at(40);
    result.statusOutsideAscii = at(41) != 0;
    return result;
}

} // namespace

CapitalFiguresQuery::CapitalFiguresQuery(Database &database)
    : m_database(database)
{
}

std::optional<CapitalKeyFigures> CapitalFiguresQuery::compute(const DashboardFilter &filter, QString *error) const
{
    Connection *db = m_database.handle();
    Transaction snapshot(db, Transaction::Mode::Read);
    if (!snapshot.isActive()) {
        setError(error, tr("Could not read the capital projects: %1").arg(snapshot.error()));
        return std::nullopt;
    }

    Parameters parameters;
    QStringList conditions;
    const auto spellings = [&](const QString &column, const QString &text) -> std::optional<QString> {
        const std::optional<QStringList> values
            = StoredSpellings::matching(db, QStringLiteral("capital_projects"), column, text, error);
        if (!values)
            return std::nullopt;
        return QStringLiteral("p.%1 IN %2").arg(column, parameters.list(*values));
    };
    const auto add = [&](const std::optional<QString> &condition) {
        if (condition)
            conditions.append(*condition);
        return condition.has_value();
    };
    if (!filter.localDistrict.trimmed().isEmpty() && !add(spellings(QStringLiteral("region"), filter.localDistrict)))
        return std::nullopt;
    if (!filter.boardDistrict.trimmed().isEmpty()
        && !add(spellings(QStringLiteral("board_district"), filter.boardDistrict)))
        return std::nullopt;
    if (!filter.school.trimmed().isEmpty()) {
        const std::optional<QString> name = spellings(QStringLiteral("school_name"), filter.school);
        const std::optional<QString> site = name ? spellings(QStringLiteral("site_code"), filter.school) : std::nullopt;
        if (!site)
            return std::nullopt;
        conditions.append(QStringLiteral("(%1 OR %2)").arg(*name, *site));
    }
    const std::optional<FigureSources> sources = FigureSources::read(db, Dataset::CapitalProjects, error);
    if (!sources)
        return std::nullopt;
    if (const QString source = sources->condition(QStringLiteral("p.source_id"), filter.source); !source.isEmpty())
        conditions.append(source);

    // Statuses are read in SQL as long as they are ASCII, as exports write them; when a phase
    // counted has another one, the distinct statuses of that kind are judged here and the
    // figures counted again with them.
    std::optional<Aggregate> result = aggregate(db, filter, parameters, conditions, {}, *sources, error);
    if (result && result->statusOutsideAscii) {
        const std::optional<QStringList> ended = endedOutsideAscii(db, error);
        if (!ended)
            return std::nullopt;
        result = aggregate(db, filter, parameters, conditions, *ended, *sources, error);
    }
    if (!result)
        return std::nullopt;
    return result->figures;
}

} // namespace milepost
