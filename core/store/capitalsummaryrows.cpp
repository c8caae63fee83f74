// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalsummaryrows.h"

#include "capitaldashboardquery.h"
#include "phasepositions.h"
#include "statement.h"

#include <algorithm>
#include <string_view>

namespace milepost {

namespace {

using Row = CapitalSummaryRows::Row;
using Phases = CapitalSummaryRows::Phases;

enum PhaseColumn {
    ProjectId, Name, Line, PlannedEnd, PlannedEndPrecision, ActualStartKnown, ActualEnd, Budget, Estimate, Spent,
    Illustrative, Status, Occurrence
};
enum ProjectColumn { Id, Source, FirstText };

std::vector<std::string> utf8(const QStringList &texts)
{
    std::vector<std::string> bytes;
    for (const QString &text : texts)
        bytes.push_back(text.toStdString());
    return bytes;
}

bool contains(const std::vector<std::string> &list, std::string_view text)
{
    return std::find(list.cbegin(), list.cend(), text) != list.cend();
}

// Adds the phase statement is on to phases; false when a sum or difference leaves 64 bits.
bool add(Phases &phases, const Statement &phase, const std::vector<std::string> &endedStatuses,
         const std::vector<std::string> &startedStatuses)
{
    const auto known = [&](int column) { return !phase.columnIsNull(column); };
    const bool statusKnown = known(Status);
    const std::string_view status = statusKnown ? phase.columnUtf8(Status) : std::string_view();
    const bool endedStatus = statusKnown && contains(endedStatuses, status);
    const bool ended = known(ActualEnd) || endedStatus;
    const bool started = ended || phase.columnInt64(ActualStartKnown) != 0
        || (statusKnown && contains(startedStatuses, status));
    ++phases.count;
    phases.ended += ended ? 1 : 0;
    phases.started += started ? 1 : 0;
    phases.sample = std::max(phases.sample, phase.columnInt64(Illustrative));

    std::optional<qint64> budget;
    std::optional<qint64> estimate;
    if (known(Budget)) {
        budget = phase.columnInt64(Budget);
        if (!phases.budget.add(*budget))
            return false;
    }
    if (known(Estimate)) {
        estimate = phase.columnInt64(Estimate);
        if (!phases.estimate.add(*estimate))
            return false;
    }
    if (known(Spent) && !phases.spent.add(phase.columnInt64(Spent)))
        return false;
    if (budget && estimate) {
        qint64 over = 0;
        if (__builtin_sub_overflow(*estimate, *budget, &over) || !phases.over.add(over))
            return false;
    }
    if (known(PlannedEnd)) {
        const qint64 plannedEnd = phase.columnInt64(PlannedEnd);
        phases.plannedEnd.most(plannedEnd);
        const std::string_view precision = phase.columnUtf8(PlannedEndPrecision);
        qint64 rank = 0;
        if (__builtin_mul_overflow(plannedEnd, qint64(4), &rank))
            return false;
        rank += precision == "month" ? 1 : precision == "year" ? 2 : 0;
        phases.plannedEndRank.most(rank);
        if (known(ActualEnd)) {
            qint64 slip = 0;
            if (__builtin_sub_overflow(phase.columnInt64(ActualEnd), plannedEnd, &slip))
                return false;
            phases.endedSlip.most(slip);
        }
        if (!ended) {
            phases.openFirstEnd.least(plannedEnd);
            phases.openLastEnd.most(plannedEnd);
        }
    }
    if (started && !ended) {
        const qint64 line = phase.columnInt64(Line);
        const std::string_view name = phase.columnUtf8(Name);
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
    : m_ended(utf8(ended))
    , m_started(utf8(started))
{
}

CapitalSummaryRows::Outcome CapitalSummaryRows::read(Connection *db, std::size_t batchRows, PhasePositions *positions,
                                                     const Deliver &deliver, QString *error) const
{
    Statement projects(db, QStringLiteral("SELECT id, source_id, region, board_district, school_name, site_code, "
                                          "project_type FROM capital_projects ORDER BY id"));
    Statement phases(db, QStringLiteral("SELECT project_id, phase, source_line, planned_end, planned_end_precision, "
                                        "actual_start IS NOT NULL, actual_end, budget, estimate, spent, illustrative, "
                                        "status, occurrence FROM capital_phases ORDER BY project_id"));
    std::vector<Row> rows(batchRows);
    std::size_t filled = 0;
    Statement::Result phase = phases.step();
    Statement::Result project = Statement::Result::Done;
    while ((project = projects.step()) == Statement::Result::Row) {
        if (rows.size() < batchRows)
            rows.resize(batchRows);
        Row &row = rows[filled];
        const qint64 id = projects.columnInt64(Id);
        row.id = id;
        row.source = projects.columnInt64(Source);
        for (std::size_t text = 0; text < projectTexts; ++text) {
            row.textIsNull[text] = projects.columnIsNull(FirstText + int(text));
            row.texts[text].assign(row.textIsNull[text] ? std::string_view() : projects.columnUtf8(FirstText + int(text)));
        }
        Phases &of = row.phases;
        of.clear();
        // A phase of no project is skipped, as the SQL's join skips it (a foreign key forbids it).
        while (phase == Statement::Result::Row && phases.columnInt64(ProjectId) < id)
            phase = phases.step();
        while (phase == Statement::Result::Row && phases.columnInt64(ProjectId) == id) {
            if (!add(of, phases, m_ended, m_started))
                return Outcome::TooLarge;
            if (positions)
                positions->add(id, phases.columnInt64(Line), phases.columnUtf8(Name), phases.columnInt64(Occurrence));
            phase = phases.step();
        }
        if (phase == Statement::Result::Error)
            return failed(error, phases.error());
        if (++filled == batchRows) {
            if (!deliver(rows, filled))
                return Outcome::Stopped;
            filled = 0;
        }
    }
    if (project == Statement::Result::Error)
        return failed(error, projects.error());
    if (filled > 0 && !deliver(rows, filled))
        return Outcome::Stopped;
    return Outcome::Done;
}

} // namespace milepost
