// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitaldashboardquery.h"

#include "capitaldashboardcounts.h"
#include "capitaldashboardsql.h"
#include "capitalsummarycache.h"
#include "capitalsummarycheckpoint.h"
#include "capitalsummarytable.h"
#include "database.h"
#include "statement.h"
#include "transaction.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

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

const QString rowColumns = QStringLiteral(
    "t.ord, p.school_name, p.site_code, p.region, p.board_district, p.project_type, p.description, p.source_line, "
    "%1, t.current_phase, t.budget, t.estimate, t.spent, t.planned_end, %2, t.slip, t.sample, t.planned_end_precision "
    "FROM dashboard_capital t LEFT JOIN capital_projects p ON p.id = t.id")
                                   .arg(CapitalDashboardSql::stage(), CapitalDashboardSql::schedule());

} // namespace

CapitalDashboardQuery::CapitalDashboardQuery(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_summary(std::make_unique<CapitalSummaryTable>(*m_database))
    , m_counts(std::make_unique<CapitalDashboardCounts>(*m_database))
    , m_checkpoint(std::make_unique<CapitalSummaryCheckpoint>())
{
}

CapitalDashboardQuery::~CapitalDashboardQuery() = default;

std::unique_lock<std::recursive_mutex> CapitalDashboardQuery::tryLock(QString *error) const
{
    std::unique_lock lock(m_mutex, std::try_to_lock);
    if (!lock.owns_lock() && error)
        *error = tr("The capital projects are being counted.");
    return lock;
}

std::optional<CapitalFigures> CapitalDashboardQuery::compute(const DashboardFilter &filter,
                                                            const std::atomic_bool *cancelled, QString *error,
                                                            const std::function<void(bool)> &summarising)
{
    const Lock lock(*this);
    if (m_built && m_lastFigures && m_lastFilter == filter) {
        if (const std::optional<QString> version = m_summary->dataVersion(nullptr); version && *version == m_lastVersion)
            return m_lastFigures;
    }
    m_lastFigures.reset();
    m_summary->attachKept(); // outside the snapshot, where SQLite cannot attach
    m_summary->setBuildNotice(summarising);
    m_database->setCancelFlag(cancelled);
    // Labels, series and the fixed categories as CapitalFigures gives them; the counts follow.
    CapitalFigures figures = CapitalFigures::compute({}, filter);
    bool ok = false;
    m_built = false;
    {
        Transaction snapshot(m_database->handle(), Transaction::Mode::Read);
        ok = snapshot.isActive() || fail(error, tr("Could not read the capital projects: %1").arg(snapshot.error()));
        ok = ok && m_summary->select(filter, error);
        if (ok) {
            m_counts->setDataVersion(m_summary->version());
            if (const std::optional<QHash<QString, double>> positions = m_summary->takePhasePositions())
                m_counts->setPhasePositions(*positions);
            if (std::optional<CapitalDashboardCells> cells = m_summary->takeCells())
                m_counts->setCells(std::move(*cells));
            // The filter's places, found by a build: kept with its summary, or for the session.
            if (std::optional<Places> places = m_summary->takePlaces()) {
                keepPlaces(*places, CapitalSummaryCache::isAttached(*m_database) ? std::optional<QString>(m_summary->version())
                                                                                 : std::nullopt);
                m_places = std::make_pair(m_summary->version(), std::move(*places));
            }
        }
        ok = ok && m_counts->count(figures, error);
        // The tables stay for rows(): ending the snapshot without commit would drop them.
        ok = ok && (snapshot.commit() || fail(error, tr("Could not count the capital projects: %1").arg(snapshot.error())));
    }
    m_database->setCancelFlag(nullptr);
    m_summary->setBuildNotice({});
    if (!ok) {
        m_summary->invalidate();
        return std::nullopt;
    }
    if (m_summary->wroteKept())
        m_checkpoint->start(CapitalSummaryCache::filePathFor(m_database->path()));
    m_built = true;
    m_lastFigures = figures;
    m_lastFilter = filter;
    m_lastVersion = m_summary->version();
    return figures;
}

bool CapitalDashboardQuery::summaryWasKept() const
{
    return m_summary->wasKept();
}

std::optional<QString> CapitalDashboardQuery::keptVersion() const
{
    m_summary->attachKept();
    return CapitalSummaryCache::isAttached(*m_database) ? m_summary->dataVersion(nullptr) : std::nullopt;
}

template<typename Value>
std::optional<Value> CapitalDashboardQuery::kept(const QString &name, const std::optional<QString> &version) const
{
    const std::optional<QByteArray> value = version ? CapitalSummaryCache::value(*m_database, name, *version) : std::nullopt;
    if (!value)
        return std::nullopt;
    QDataStream stream(*value);
    stream.setVersion(QDataStream::Qt_6_0);
    Value read;
    stream >> read;
    return stream.status() == QDataStream::Ok ? std::optional<Value>(read) : std::nullopt;
}

template<typename Value>
void CapitalDashboardQuery::keep(const QString &name, const std::optional<QString> &version, const Value &value) const
{
    if (!version)
        return;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_0);
    stream << value;
    CapitalSummaryCache::keepValue(*m_database, name, *version, bytes);
}

template<typename Value>
std::optional<Value> CapitalDashboardQuery::keptOrRead(const QString &name, const QString &sql,
                                                      const std::function<void(const Statement &, Value &)> &addRow,
                                                      QString *error) const
{
    // Kept with the summary between sessions, for the data's version: reading them is a pass
    // over every project.
    const std::optional<QString> version = keptVersion();
    if (std::optional<Value> value = kept<Value>(name, version))
        return value;
    Statement statement(m_database->handle(), sql);
    Value values;
    Statement::Result row = Statement::Result::Done;
    while ((row = statement.step()) == Statement::Result::Row)
        addRow(statement, values);
    if (row == Statement::Result::Error) {
        fail(error, tr("Could not read the capital projects: %1").arg(statement.error()));
        return std::nullopt;
    }
    keep(name, version, values);
    return values;
}

namespace {

const QString regionsName = QStringLiteral("values of region");
const QString boardsName = QStringLiteral("values of board_district");
const QString schoolsName = QStringLiteral("school regions");

} // namespace

void CapitalDashboardQuery::keepPlaces(const Places &places, const std::optional<QString> &version) const
{
    keep(regionsName, version, places.regions);
    keep(boardsName, version, places.boardDistricts);
    keep(schoolsName, version, places.schoolRegions);
}

std::optional<CapitalDashboardQuery::Places> CapitalDashboardQuery::places(QString *error) const
{
    const std::optional<QString> version = keptVersion();
    std::optional<QStringList> regions = kept<QStringList>(regionsName, version);
    std::optional<QStringList> boards = kept<QStringList>(boardsName, version);
    std::optional<Pairs> schools = kept<Pairs>(schoolsName, version);
    if (regions && boards && schools)
        return Places{*regions, *boards, *schools};
    // Those found for the data of this version: by the build of its summary, or read before.
    const std::optional<QString> now = m_summary->dataVersion(nullptr);
    if (m_places && now && m_places->first == *now)
        return m_places->second;

    // One pass over the projects for the three (a DISTINCT query for each took 0.29 s at
    // 700,000 projects, this 0.13 s).
    Statement projects(m_database->handle(), QStringLiteral("SELECT region, board_district, school_name FROM capital_projects"));
    CapitalPlaces found;
    const auto text = [&projects](int column) {
        return projects.columnIsNull(column) ? std::nullopt : std::optional<std::string_view>(projects.columnUtf8(column));
    };
    Statement::Result row = Statement::Result::Done;
    while ((row = projects.step()) == Statement::Result::Row)
        found.add(text(0), text(1), text(2));
    if (row == Statement::Result::Error) {
        fail(error, tr("Could not read the capital projects: %1").arg(projects.error()));
        return std::nullopt;
    }
    keepPlaces(found.lists(), version);
    if (now)
        m_places = std::make_pair(*now, found.lists());
    return found.lists();
}

std::optional<CapitalDashboardQuery::Places> CapitalDashboardQuery::storedPlaces(QString *error) const
{
    const auto lock = tryLock(error);
    if (!lock.owns_lock())
        return std::nullopt;
    return places(error);
}

std::optional<QStringList> CapitalDashboardQuery::values(const QString &column, QString *error) const
{
    const auto lock = tryLock(error);
    if (!lock.owns_lock())
        return std::nullopt;
    if (column == QLatin1String("region") || column == QLatin1String("board_district")) {
        const std::optional<Places> found = places(error);
        if (!found)
            return std::nullopt;
        return column == QLatin1String("region") ? found->regions : found->boardDistricts;
    }
    return keptOrRead<QStringList>(
        QStringLiteral("values of ") + column,
        QStringLiteral("SELECT DISTINCT %1 FROM capital_projects WHERE %1 IS NOT NULL AND %1 <> ''").arg(column),
        [](const Statement &statement, QStringList &values) { values.append(statement.columnText(0)); }, error);
}

std::optional<QList<std::pair<QString, QString>>> CapitalDashboardQuery::schoolRegions(QString *error) const
{
    const auto lock = tryLock(error);
    if (!lock.owns_lock())
        return std::nullopt;
    const std::optional<Places> found = places(error);
    if (!found)
        return std::nullopt;
    return found->schoolRegions;
}

QString CapitalDashboardQuery::where(const CapitalSelection &selection, QStringList &values) const
{
    const auto spelled = [&](const QString &column, const QHash<QString, CapitalDashboardCounts::Spellings> &spellings) {
        const CapitalDashboardCounts::Spellings found = spellings.value(selection.key);
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
            return QStringLiteral("%1 = 'phase' AND %2").arg(CapitalDashboardSql::stage(), spelled(QStringLiteral("t.current_phase"), m_counts->phases()));
        return QStringLiteral("%1 = %2").arg(CapitalDashboardSql::stage(), text(selection.key));
    case CapitalSelection::Kind::Type:
        return spelled(QStringLiteral("t.project_type"), m_counts->types());
    case CapitalSelection::Kind::TypeAmounts:
        return spelled(QStringLiteral("t.project_type"), m_counts->types()) + QStringLiteral(" AND ") + amount();
    case CapitalSelection::Kind::DistrictAmounts:
        return spelled(QStringLiteral("t.region"), m_counts->regions()) + QStringLiteral(" AND ") + amount();
    case CapitalSelection::Kind::Slip:
        break;
    }
    return QStringLiteral("t.slip IS NOT NULL AND %1 = %2 AND %3 = %4")
        .arg(CapitalDashboardSql::schedule(), text(selection.series), CapitalDashboardSql::bucket(), text(selection.key));
}

std::optional<qint64> CapitalDashboardQuery::storedProjects(QString *error) const
{
    const auto lock = tryLock(error);
    if (!lock.owns_lock())
        return std::nullopt;
    Statement statement(m_database->handle(), QStringLiteral("SELECT count(*) FROM capital_projects"));
    if (statement.step() != Statement::Result::Row) {
        fail(error, tr("Could not read the capital projects: %1").arg(statement.error()));
        return std::nullopt;
    }
    return statement.columnInt64(0);
}

std::optional<qint64> CapitalDashboardQuery::count(const CapitalSelection &selection, QString *error) const
{
    const auto lock = tryLock(error);
    if (!lock.owns_lock())
        return std::nullopt;
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
    const auto lock = tryLock(error);
    if (!lock.owns_lock())
        return std::nullopt;
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
        summary.plannedEndPrecision = DatePrecision(statement.columnInt64(17)); // 0 a day, 1 a month, 2 a year
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
    const auto lock = tryLock(error);
    if (!lock.owns_lock())
        return std::nullopt;
    if (!m_built)
        return QList<qint64>();
    // What the table's sort compares: texts ignoring (ASCII) case, numbers as numbers; rows
    // without a value last, going up or down (as the staffing and enrollment tables sort,
    // DatasetRowsQuery::order).
    QString emptyLast;
    const auto present = [&](const QString &expression) {
        emptyLast = QStringLiteral("CASE WHEN %1 IS NULL THEN 1 ELSE 0 END").arg(expression);
        return QStringList{expression};
    };
    const auto text = [&](const QString &expression) {
        emptyLast = QStringLiteral("CASE WHEN %1 IS NULL OR %1 = '' THEN 1 ELSE 0 END").arg(expression);
        return QStringList{QStringLiteral("lower(%1)").arg(expression)};
    };
    QStringList keys;
    switch (column) {
    case School:
        keys = text(QStringLiteral("p.school_name"));
        break;
    case Site:
        keys = text(QStringLiteral("p.site_code"));
        break;
    case District:
        keys = text(QStringLiteral("p.region"));
        break;
    case BoardDistrict:
        keys = text(QStringLiteral("p.board_district"));
        break;
    case Type:
        keys = text(QStringLiteral("p.project_type"));
        break;
    case Description:
        keys = text(QStringLiteral("p.description"));
        break;
    case Phase:
        keys = {QStringLiteral("CASE %1 WHEN 'not_started' THEN 0 WHEN 'phase' THEN 1 WHEN 'between_phases' THEN 2 ELSE 3 END")
                    .arg(CapitalDashboardSql::stage()),
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
    if (!emptyLast.isEmpty())
        keys.prepend(emptyLast);
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
