// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalsummaryrows.h"

#include "capitaldashboardquery.h"
#include "phasepositions.h"
#include "statement.h"

#include "dashboard/capitalprojectsummary.h"
#include "datasets/capitalphase.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>

namespace milepost {

namespace {

using Row = CapitalSummaryRows::Row;
using Phases = CapitalSummaryRows::Phases;

enum PhaseColumn {
    ProjectId, Name, Line, PlannedEnd, PlannedEndPrecision, ActualStartKnown, ActualEnd, Budget, Estimate, Spent,
    Illustrative, Status, Occurrence
};
enum ProjectColumn { Id, Source, SourceLine, FirstText };

// What a status says: that a phase has ended, or started without having ended. Each distinct
// status is judged once; a phase's is then looked up by its bytes, without allocating.
class StatusJudge
{
public:
    struct Says
    {
        bool ended = false;
        bool started = false;
    };

    explicit StatusJudge(const std::optional<std::pair<QStringList, QStringList>> &listed)
        : m_listed(listed)
    {
    }

    Says operator()(std::string_view status)
    {
        m_key.assign(status);
        const auto found = m_said.find(m_key);
        if (found != m_said.end())
            return found->second;
        const QString text = QString::fromUtf8(status.data(), qsizetype(status.size()));
        Says says;
        if (m_listed) {
            says.ended = m_listed->first.contains(text);
            says.started = !says.ended && m_listed->second.contains(text);
        } else {
            CapitalPhase phase;
            phase.status = text;
            says.ended = CapitalProjectSummary::hasEnded(phase);
            says.started = !says.ended && CapitalProjectSummary::hasStarted(phase);
        }
        m_said.emplace(m_key, says);
        return says;
    }

private:
    const std::optional<std::pair<QStringList, QStringList>> &m_listed;
    std::unordered_map<std::string, Says> m_said;
    std::string m_key;
};

using Kind = ColumnValue::Kind;
constexpr std::array<Kind, 13> phaseKinds{Kind::Integer, Kind::Utf8,    Kind::Integer, Kind::Integer, Kind::Utf8,
                                          Kind::Integer, Kind::Integer, Kind::Integer, Kind::Integer, Kind::Integer,
                                          Kind::Integer, Kind::Utf8,    Kind::Integer};
constexpr std::array<Kind, FirstText + CapitalSummaryRows::projectTexts> projectKinds{
    Kind::Integer, Kind::Integer, Kind::Integer, Kind::Utf8, Kind::Utf8, Kind::Utf8, Kind::Utf8, Kind::Utf8};
using PhaseValues = std::array<ColumnValue, phaseKinds.size()>;

// Adds the phase read into phase to phases; false when a sum or difference leaves 64 bits.
bool add(Phases &phases, const PhaseValues &phase, StatusJudge &judge)
{
    const auto known = [&](int column) { return !phase[std::size_t(column)].isNull; };
    const auto integer = [&](int column) { return phase[std::size_t(column)].integer; };
    const StatusJudge::Says says = known(Status) ? judge(phase[Status].utf8) : StatusJudge::Says();
    const bool ended = known(ActualEnd) || says.ended;
    const bool started = ended || integer(ActualStartKnown) != 0 || says.started;
    ++phases.count;
    phases.ended += ended ? 1 : 0;
    phases.started += started ? 1 : 0;
    phases.sample = std::max(phases.sample, integer(Illustrative));

    if (known(Budget) && !phases.budget.add(integer(Budget)))
        return false;
    if (known(Estimate) && !phases.estimate.add(integer(Estimate)))
        return false;
    if (known(Spent) && !phases.spent.add(integer(Spent)))
        return false;
    if (known(Budget) && known(Estimate)) {
        qint64 over = 0;
        if (__builtin_sub_overflow(integer(Estimate), integer(Budget), &over) || !phases.over.add(over))
            return false;
    }
    if (known(PlannedEnd)) {
        const qint64 plannedEnd = integer(PlannedEnd);
        phases.plannedEnd.most(plannedEnd);
        const std::string_view precision = phase[PlannedEndPrecision].utf8;
        qint64 rank = 0;
        if (__builtin_mul_overflow(plannedEnd, qint64(4), &rank))
            return false;
        rank += precision == "month" ? 1 : precision == "year" ? 2 : 0;
        phases.plannedEndRank.most(rank);
        if (known(ActualEnd)) {
            qint64 slip = 0;
            if (__builtin_sub_overflow(integer(ActualEnd), plannedEnd, &slip))
                return false;
            phases.endedSlip.most(slip);
        }
        if (!ended) {
            phases.openFirstEnd.least(plannedEnd);
            phases.openLastEnd.most(plannedEnd);
        }
    }
    if (started && !ended) {
        const qint64 line = integer(Line);
        const std::string_view name = phase[Name].utf8;
        if (!phases.currentLine || line > *phases.currentLine
            || (line == *phases.currentLine && name > std::string_view(phases.currentPhase))) {
            phases.currentLine = line;
            phases.currentPhase.assign(name);
        }
    }
    return true;
}

CapitalSummaryRows::Outcome failed(QString *error, const QString &message)
{
    if (error)
        *error = CapitalDashboardQuery::tr("Could not count the capital projects: %1").arg(message);
    return CapitalSummaryRows::Outcome::Failed;
}

} // namespace

bool CapitalSummaryRows::Sum::add(qint64 more)
{
    if (!value) {
        value = more;
        return true;
    }
    return !__builtin_add_overflow(*value, more, &*value);
}

void CapitalSummaryRows::Extreme::most(qint64 other)
{
    if (!value || other > *value)
        value = other;
}

void CapitalSummaryRows::Extreme::least(qint64 other)
{
    if (!value || other < *value)
        value = other;
}

void CapitalSummaryRows::Phases::clear()
{
    std::string buffer = std::move(currentPhase);
    *this = Phases();
    currentPhase = std::move(buffer);
    currentPhase.clear();
}

CapitalSummaryRows::CapitalSummaryRows(const QStringList &ended, const QStringList &started)
    : m_listed(std::make_pair(ended, started))
{
}

CapitalSummaryRows::Outcome CapitalSummaryRows::read(Connection *db, std::size_t batchRows, PhasePositions *positions,
                                                     const Deliver &deliver, QString *error) const
{
    Statement projects(db, QStringLiteral("SELECT id, source_id, source_line, region, board_district, school_name, site_code, "
                                          "project_type FROM capital_projects ORDER BY id"));
    Statement phases(db, QStringLiteral("SELECT project_id, phase, source_line, planned_end, planned_end_precision, "
                                        "actual_start IS NOT NULL, actual_end, budget, estimate, spent, illustrative, "
                                        "status, occurrence FROM capital_phases ORDER BY project_id"));
    std::vector<Row> rows(batchRows);
    std::size_t filled = 0;
    StatusJudge judge(m_listed);
    // Each row is read once, all its columns in one call (Statement::readRow).
    PhaseValues phase;
    std::array<ColumnValue, projectKinds.size()> project;
    const auto nextPhase = [&] {
        const Statement::Result step = phases.step();
        if (step == Statement::Result::Row)
            phases.readRow(phaseKinds, phase);
        return step;
    };
    Statement::Result phaseStep = nextPhase();
    Statement::Result projectStep = Statement::Result::Done;
    while ((projectStep = projects.step()) == Statement::Result::Row) {
        projects.readRow(projectKinds, project);
        if (rows.size() < batchRows)
            rows.resize(batchRows);
        Row &row = rows[filled];
        const qint64 id = project[Id].integer;
        row.id = id;
        row.source = project[Source].integer;
        row.line = project[SourceLine].integer;
        for (std::size_t text = 0; text < projectTexts; ++text) {
            const ColumnValue &value = project[FirstText + text];
            row.textIsNull[text] = value.isNull;
            row.texts[text].assign(value.utf8);
        }
        Phases &of = row.phases;
        of.clear();
        // A phase of no project is skipped, as the SQL's join skips it (a foreign key forbids it).
        while (phaseStep == Statement::Result::Row && phase[ProjectId].integer < id)
            phaseStep = nextPhase();
        while (phaseStep == Statement::Result::Row && phase[ProjectId].integer == id) {
            if (!add(of, phase, judge))
                return Outcome::TooLarge;
            if (positions)
                positions->add(id, phase[Line].integer, phase[Name].utf8, phase[Occurrence].integer);
            phaseStep = nextPhase();
        }
        if (phaseStep == Statement::Result::Error)
            return failed(error, phases.error());
        if (++filled == batchRows) {
            if (!deliver(rows, filled))
                return Outcome::Stopped;
            filled = 0;
        }
    }
    if (projectStep == Statement::Result::Error)
        return failed(error, projects.error());
    if (filled > 0 && !deliver(rows, filled))
        return Outcome::Stopped;
    return Outcome::Done;
}

} // namespace milepost
