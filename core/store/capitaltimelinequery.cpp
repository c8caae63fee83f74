// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitaltimelinequery.h"

#include "database.h"
#include "queryparameters.h"
#include "statement.h"
#include "transaction.h"

#include "dashboard/capitalprojectsummary.h"

#include <QHash>

namespace milepost {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The day a bar starts, as CapitalTimelineModel draws a phase: its planned start, else its
// actual start, but never after its planned end when it has no planned start.
const QString barFirst = QStringLiteral(
    "CASE WHEN ph.planned_start IS NOT NULL THEN ph.planned_start "
    "WHEN ph.planned_end IS NOT NULL AND ph.actual_start > ph.planned_end THEN ph.planned_end "
    "ELSE ph.actual_start END");

// "%word%" for LIKE ... ESCAPE '\', lower case.
QString likePattern(const QString &word)
{
    QString escaped = word.toLower();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// Whether column holds a word (pattern, a placeholder), ignoring case.
QString holds(const QString &column, const QString &pattern)
{
    return QStringLiteral("lower(%1) LIKE %2 ESCAPE '\\'").arg(column, pattern);
}

// The condition that every word of search is in the project's (and, withPhase, the phase's)
// text or its district's title; "1 = 1" without a search.
QString searchCondition(const CapitalTimelineQuery::Search &search, bool withPhase, QueryParameters &parameters)
{
    if (search.isEmpty())
        return QStringLiteral("1 = 1");
    QStringList all;
    const QString unitSeparator = parameters.placeholder(QString(QChar(0x1F)));
    for (qsizetype i = 0; i < search.words.size(); ++i) {
        const QString pattern = parameters.placeholder(likePattern(search.words.at(i)));
        QStringList any;
        const QStringList regions = search.titleRegions.value(i);
        if (!regions.isEmpty())
            any << QStringLiteral("p.region IN %1").arg(parameters.list(regions));
        if (search.titleNull.value(i))
            any << QStringLiteral("p.region IS NULL");
        for (const QString &column : {QStringLiteral("p.school_name"), QStringLiteral("p.description"),
                                      QStringLiteral("p.project_type"), QStringLiteral("p.site_code")})
            any << holds(column, pattern);
        // The key as the timeline writes it: its parts joined by " | ".
        any << holds(QStringLiteral("replace(p.record_key, %1, ' | ')").arg(unitSeparator), pattern);
        if (withPhase)
            any << holds(QStringLiteral("ph.phase"), pattern) << holds(QStringLiteral("ph.status"), pattern);
        all << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return all.join(QStringLiteral(" AND "));
}

// Whether a project has a phase kept by the search, or none and holds every word itself.
QString projectKept(const CapitalTimelineQuery::Search &search, QueryParameters &parameters)
{
    if (search.isEmpty())
        return QStringLiteral("1 = 1");
    const QString phaseCondition = searchCondition(search, true, parameters);
    const QString projectCondition = searchCondition(search, false, parameters);
    return QStringLiteral("(EXISTS (SELECT 1 FROM capital_phases ph WHERE ph.project_id = p.id AND %1) "
                          "OR (NOT EXISTS (SELECT 1 FROM capital_phases ph WHERE ph.project_id = p.id) AND %2))")
        .arg(phaseCondition, projectCondition);
}

QString regionCondition(const CapitalTimelineQuery::Group &group, QueryParameters &parameters)
{
    QStringList any;
    if (group.spellings.size() == 1)
        any << QStringLiteral("p.region = %1").arg(parameters.placeholder(group.spellings.constFirst()));
    else if (!group.spellings.isEmpty())
        any << QStringLiteral("p.region IN %1").arg(parameters.list(group.spellings));
    if (group.hasNull)
        any << QStringLiteral("p.region IS NULL");
    if (any.isEmpty())
        return QStringLiteral("0 = 1");
    return QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QDate day(const Statement &statement, int column)
{
    return statement.columnIsNull(column) ? QDate() : QDate::fromJulianDay(statement.columnInt64(column));
}

Applicable<QDate> applicableDate(const Statement &statement, int column)
{
    if (!statement.columnIsNull(column + 1))
        return Applicable<QDate>::notApplicable(statement.columnText(column + 1));
    if (statement.columnIsNull(column))
        return {};
    return Applicable<QDate>::known(QDate::fromJulianDay(statement.columnInt64(column)));
}

template<typename T, typename Make>
Applicable<T> applicableNumber(const Statement &statement, int column, Make make)
{
    if (!statement.columnIsNull(column + 1))
        return Applicable<T>::notApplicable(statement.columnText(column + 1));
    if (statement.columnIsNull(column))
        return {};
    return Applicable<T>::known(make(statement.columnInt64(column)));
}

void widen(QDate &first, QDate &last, const QDate &date)
{
    if (!date.isValid())
        return;
    if (!first.isValid() || date < first)
        first = date;
    if (!last.isValid() || date > last)
        last = date;
}

} // namespace

CapitalTimelineQuery::CapitalTimelineQuery(std::unique_ptr<Database> database)
    : m_database(std::move(database))
{
}

CapitalTimelineQuery::~CapitalTimelineQuery() = default;

std::unique_ptr<CapitalTimelineQuery> CapitalTimelineQuery::open(const QString &target, QString *error)
{
    std::unique_ptr<Database> database = Database::open(target, error);
    if (!database)
        return nullptr;
    return std::make_unique<CapitalTimelineQuery>(std::move(database));
}

std::optional<QString> CapitalTimelineQuery::dataVersion(QString *error) const
{
    Statement statement(m_database->handle(), QStringLiteral("SELECT count(*), coalesce(max(id), 0) FROM import_runs"));
    if (statement.step() != Statement::Result::Row) {
        fail(error, tr("Could not read the capital projects: %1").arg(statement.error()));
        return std::nullopt;
    }
    return QStringLiteral("%1/%2").arg(statement.columnInt64(0)).arg(statement.columnInt64(1));
}

std::optional<QString> CapitalTimelineQuery::dataVersionIfFree(QString *error) const
{
    std::unique_lock lock(m_mutex, std::try_to_lock);
    if (!lock.owns_lock()) {
        fail(error, tr("The capital projects are being read."));
        return std::nullopt;
    }
    return dataVersion(error);
}

std::optional<QStringList> CapitalTimelineQuery::regions(QString *error) const
{
    // The region index answers without reading the table.
    Statement statement(m_database->handle(), QStringLiteral("SELECT DISTINCT region FROM capital_projects"));
    QStringList regions;
    Statement::Result row = Statement::Result::Done;
    while ((row = statement.step()) == Statement::Result::Row)
        regions.append(statement.columnText(0));
    if (row == Statement::Result::Error) {
        fail(error, tr("Could not read the capital projects: %1").arg(statement.error()));
        return std::nullopt;
    }
    return regions;
}

std::optional<QList<CapitalTimelineQuery::Group>> CapitalTimelineQuery::groups(const Search &search, QString *error) const
{
    Connection *db = m_database->handle();
    Transaction snapshot(db, Transaction::Mode::Read);
    if (!snapshot.isActive()) {
        fail(error, tr("Could not read the capital projects: %1").arg(snapshot.error()));
        return std::nullopt;
    }
    // The statuses that say a phase has ended, judged as CapitalProjectSummary does.
    QStringList ended;
    {
        Statement statuses(db, QStringLiteral("SELECT DISTINCT status FROM capital_phases WHERE status IS NOT NULL"));
        Statement::Result row = Statement::Result::Done;
        while ((row = statuses.step()) == Statement::Result::Row) {
            CapitalPhase phase;
            phase.status = statuses.columnText(0);
            if (CapitalProjectSummary::hasEnded(phase))
                ended.append(phase.status);
        }
        if (row == Statement::Result::Error) {
            fail(error, tr("Could not read the capital project phases: %1").arg(statuses.error()));
            return std::nullopt;
        }
    }

    QHash<QString, Group> byRegion; // by trimmed region
    const auto groupOf = [&byRegion](const Statement &statement) -> Group & {
        const QString stored = statement.columnText(0);
        Group &group = byRegion[stored.trimmed()];
        group.region = stored.trimmed();
        if (stored.isNull())
            group.hasNull = true;
        else if (!group.spellings.contains(stored))
            group.spellings.append(stored);
        return group;
    };

    // The projects: every one without a search (from the region index alone); with one, those
    // without phases that hold every word (those with phases are counted with their phases).
    {
        QueryParameters parameters;
        const QString sql = search.isEmpty()
            ? QStringLiteral("SELECT region, count(*) FROM capital_projects GROUP BY region")
            : QStringLiteral("SELECT p.region, count(*) FROM capital_projects p WHERE NOT EXISTS "
                             "(SELECT 1 FROM capital_phases ph WHERE ph.project_id = p.id) AND %1 GROUP BY p.region")
                  .arg(searchCondition(search, false, parameters));
        Statement counts(db, sql);
        parameters.bind(counts);
        Statement::Result row = Statement::Result::Done;
        while ((row = counts.step()) == Statement::Result::Row)
            groupOf(counts).projects += counts.columnInt64(1);
        if (row == Statement::Result::Error) {
            fail(error, tr("Could not read the capital projects: %1").arg(counts.error()));
            return std::nullopt;
        }
    }

    // The phases' spans by region; with a search, the projects they keep too.
    {
        QueryParameters parameters;
        const QString notEnded = ended.isEmpty()
            ? QStringLiteral("1 = 1")
            : QStringLiteral("(ph.status IS NULL OR ph.status NOT IN %1)").arg(parameters.list(ended));
        const QString condition = searchCondition(search, true, parameters);
        Statement spans(
            db, QStringLiteral("SELECT p.region, %1, min(%2), max(%2), min(ph.planned_end), max(ph.planned_end), "
                               "  min(ph.actual_start), max(ph.actual_start), "
                               "  min(CASE WHEN ph.actual_start IS NOT NULL THEN ph.actual_end END), "
                               "  max(CASE WHEN ph.actual_start IS NOT NULL THEN ph.actual_end END), "
                               "  max(CASE WHEN ph.actual_start IS NOT NULL AND ph.actual_end IS NULL AND %3 THEN 1 ELSE 0 END) "
                               "FROM capital_projects p JOIN capital_phases ph ON ph.project_id = p.id "
                               "WHERE %4 GROUP BY p.region")
                    .arg(search.isEmpty() ? QStringLiteral("0") : QStringLiteral("count(DISTINCT p.id)"), barFirst,
                         notEnded, condition));
        parameters.bind(spans);
        Statement::Result row = Statement::Result::Done;
        while ((row = spans.step()) == Statement::Result::Row) {
            Group &group = groupOf(spans);
            group.projects += spans.columnInt64(1);
            for (int column = 2; column <= 5; ++column)
                widen(group.first, group.last, day(spans, column));
            for (int column = 6; column <= 9; ++column)
                widen(group.actualFirst, group.actualLast, day(spans, column));
            group.actualOpen = group.actualOpen || spans.columnInt64(10) != 0;
        }
        if (row == Statement::Result::Error) {
            fail(error, tr("Could not read the capital project phases: %1").arg(spans.error()));
            return std::nullopt;
        }
    }
    QList<Group> groups;
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it) {
        if (it->projects > 0)
            groups.append(*it);
    }
    return groups;
}

std::optional<QList<CapitalProject>> CapitalTimelineQuery::projects(const Group &group, const Search &search,
                                                                    const Cursor &after, int limit, Cursor *next,
                                                                    QString *error) const
{
    std::unique_lock lock(m_mutex, std::try_to_lock);
    if (!lock.owns_lock()) {
        fail(error, tr("The capital projects are being read."));
        return std::nullopt;
    }
    Connection *db = m_database->handle();
    Transaction snapshot(db, Transaction::Mode::Read);
    if (!snapshot.isActive()) {
        fail(error, tr("Could not read the capital projects: %1").arg(snapshot.error()));
        return std::nullopt;
    }
    // ?1-?3 the cursor, ?4 the limit; the texts follow.
    QueryParameters parameters(5);
    const QString region = regionCondition(group, parameters);
    const QString kept = projectKept(search, parameters);
    Statement projects(
        db, QStringLiteral("SELECT p.id, p.source_id, p.source_line, p.record_key, p.site_code, p.school_name, p.region, "
                           "  p.board_district, p.project_type, p.description, p.funding, p.funding_code "
                           "FROM capital_projects p WHERE %1 AND %2 AND %3 "
                           "ORDER BY p.source_id, p.source_line, p.id LIMIT ?4")
                .arg(region,
                     after.atStart ? QStringLiteral("?1 = ?1 AND ?2 = ?2 AND ?3 = ?3")
                                   : QStringLiteral("(p.source_id, p.source_line, p.id) > (?1, ?2, ?3)"),
                     kept));
    projects.bindInt64(1, after.sourceId);
    projects.bindInt64(2, after.sourceLine);
    projects.bindInt64(3, after.id);
    projects.bindInt64(4, limit);
    parameters.bind(projects);
    QList<CapitalProject> result;
    QHash<qint64, qsizetype> indexById;
    Cursor end = after;
    Statement::Result row = Statement::Result::Done;
    while ((row = projects.step()) == Statement::Result::Row) {
        CapitalProject project;
        project.key = projects.columnText(3).replace(QLatin1Char('\x1F'), QStringLiteral(" | "));
        project.siteCode = projects.columnText(4);
        project.schoolName = projects.columnText(5);
        project.region = projects.columnText(6);
        project.boardDistrict = projects.columnText(7);
        project.projectType = projects.columnText(8);
        project.description = projects.columnText(9);
        if (!projects.columnIsNull(11))
            project.funding = Applicable<QStringList>::notApplicable(projects.columnText(11));
        else if (!projects.columnIsNull(10))
            project.funding = Applicable<QStringList>::known(projects.columnText(10).split(QStringLiteral(", ")));
        project.sourceLine = projects.columnInt64(2);
        end = Cursor{false, projects.columnInt64(1), projects.columnInt64(2), projects.columnInt64(0)};
        indexById.insert(projects.columnInt64(0), result.size());
        result.append(project);
    }
    if (row == Statement::Result::Error) {
        fail(error, tr("Could not read the capital projects: %1").arg(projects.error()));
        return std::nullopt;
    }
    if (next)
        *next = end;
    if (result.isEmpty())
        return result;

    QStringList ids;
    for (auto it = indexById.cbegin(); it != indexById.cend(); ++it)
        ids.append(QString::number(it.key()));
    QueryParameters phaseParameters;
    const QString condition = searchCondition(search, true, phaseParameters);
    // The ids are this query's own numbers, written into the SQL: no text from outside.
    Statement phases(db, QStringLiteral("SELECT ph.project_id, ph.phase, ph.occurrence, ph.status, ph.planned_start, "
                                        "  ph.planned_start_code, ph.planned_end, ph.planned_end_code, ph.actual_start, "
                                        "  ph.actual_start_code, ph.actual_end, ph.actual_end_code, ph.budget, "
                                        "  ph.budget_code, ph.estimate, ph.estimate_code, ph.spent, ph.spent_code, "
                                        "  ph.percent_complete, ph.percent_complete_code, ph.illustrative, ph.note, "
                                        "  ph.source_line "
                                        "FROM capital_phases ph JOIN capital_projects p ON p.id = ph.project_id "
                                        "WHERE ph.project_id IN (%1) AND %2 ORDER BY ph.project_id, ph.source_line")
                             .arg(ids.join(QStringLiteral(", ")), condition));
    phaseParameters.bind(phases);
    const auto money = [](qint64 cents) { return Money::fromCents(cents); };
    const auto same = [](qint64 value) { return value; };
    while ((row = phases.step()) == Statement::Result::Row) {
        const auto index = indexById.constFind(phases.columnInt64(0));
        if (index == indexById.constEnd())
            continue;
        CapitalPhase phase;
        phase.name = phases.columnText(1);
        phase.occurrence = int(phases.columnInt64(2));
        phase.status = phases.columnText(3);
        phase.plannedStart = applicableDate(phases, 4);
        phase.plannedEnd = applicableDate(phases, 6);
        phase.actualStart = applicableDate(phases, 8);
        phase.actualEnd = applicableDate(phases, 10);
        phase.budget = applicableNumber<Money>(phases, 12, money);
        phase.estimateAtCompletion = applicableNumber<Money>(phases, 14, money);
        phase.spent = applicableNumber<Money>(phases, 16, money);
        phase.percentComplete = applicableNumber<qint64>(phases, 18, same);
        phase.illustrative = phases.columnInt64(20) != 0;
        phase.note = phases.columnText(21);
        phase.sourceLine = phases.columnInt64(22);
        result[*index].phases.append(phase);
    }
    if (row == Statement::Result::Error) {
        fail(error, tr("Could not read the capital project phases: %1").arg(phases.error()));
        return std::nullopt;
    }
    return result;
}

} // namespace milepost
