// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalsummarypass.h"

#include "capitaldashboardquery.h"
#include "phasepositions.h"
#include "statement.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace milepost {

namespace {

using Outcome = CapitalSummaryPass::Outcome;

Outcome fail(QString *error, const QString &message)
{
    if (error)
        *error = CapitalDashboardQuery::tr("Could not count the capital projects: %1").arg(message);
    return Outcome::Failed;
}

// SQL's sum() over the values that are not NULL: NULL over none. False when it leaves 64 bits.
struct Sum
{
    std::optional<qint64> value;

    bool add(qint64 more)
    {
        if (!value) {
            value = more;
            return true;
        }
        return !__builtin_add_overflow(*value, more, &*value);
    }
};

// SQL's min() and max() over the values that are not NULL.
struct Extreme
{
    std::optional<qint64> value;

    void most(qint64 other)
    {
        if (!value || other > *value)
            value = other;
    }
    void least(qint64 other)
    {
        if (!value || other < *value)
            value = other;
    }
};

// One project's phases, as they are read.
struct Phases
{
    Sum budget;
    Sum estimate;
    Sum spent;
    Sum over; // estimate less budget, over the phases that give both
    Extreme plannedEnd;
    Extreme plannedEndRank; // CapitalSummaryTable's plannedEndRank(): the day, then the precision
    Extreme endedSlip;
    Extreme openFirstEnd;
    Extreme openLastEnd;
    qint64 sample = 0;
    qint64 count = 0;
    qint64 ended = 0;
    qint64 started = 0;
    std::optional<qint64> currentLine; // of the current phase, when there is one
    std::string currentPhase;
};

enum PhaseColumn {
    ProjectId, Name, Line, PlannedEnd, PlannedEndPrecision, ActualStartKnown, ActualEnd, Budget, Estimate, Spent,
    Illustrative, Status, Occurrence
};
enum ProjectColumn { Id, Source, FirstText };
constexpr int projectTexts = 5; // region, board district, school name, site code, project type

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

void bindOptional(Statement &insert, int index, const std::optional<qint64> &value)
{
    if (value)
        insert.bindInt64(index, *value);
    else
        insert.bindNull(index);
}

// The projects' ids in id order, and each one's ord: its place by source, line and id, from 1.
bool number(Connection *db, std::vector<qint64> &ids, std::vector<qint64> &ords, QString *error)
{
    struct Key
    {
        qint64 source;
        qint64 line;
        qint64 id;
    };
    std::vector<Key> keys;
    Statement projects(db, QStringLiteral("SELECT id, source_id, source_line FROM capital_projects ORDER BY id"));
    Statement::Result step = Statement::Result::Done;
    while ((step = projects.step()) == Statement::Result::Row)
        keys.push_back({projects.columnInt64(1), projects.columnInt64(2), projects.columnInt64(0)});
    if (step == Statement::Result::Error) {
        fail(error, projects.error());
        return false;
    }
    ids.resize(keys.size());
    std::vector<std::size_t> order(keys.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&keys](std::size_t a, std::size_t b) {
        return std::tie(keys[a].source, keys[a].line, keys[a].id) < std::tie(keys[b].source, keys[b].line, keys[b].id);
    });
    ords.resize(keys.size());
    for (std::size_t rank = 0; rank < order.size(); ++rank)
        ords[order[rank]] = qint64(rank) + 1;
    for (std::size_t at = 0; at < keys.size(); ++at)
        ids[at] = keys[at].id;
    return true;
}

} // namespace

CapitalSummaryPass::Outcome CapitalSummaryPass::fill(Connection *db, const QString &table, const QStringList &ended,
                                                     const QStringList &started, PhasePositions *positions,
                                                     QString *error)
{
    std::vector<qint64> ids;
    std::vector<qint64> ords;
    if (!number(db, ids, ords, error))
        return Outcome::Failed;
    const std::vector<std::string> endedStatuses = utf8(ended);
    const std::vector<std::string> startedStatuses = utf8(started);

    // Both in project order: capital_phases is keyed by project first, so neither is sorted.
    Statement projects(db, QStringLiteral("SELECT id, source_id, region, board_district, school_name, site_code, "
                                          "project_type FROM capital_projects ORDER BY id"));
    Statement phases(db, QStringLiteral("SELECT project_id, phase, source_line, planned_end, planned_end_precision, "
                                        "actual_start IS NOT NULL, actual_end, budget, estimate, spent, illustrative, "
                                        "status, occurrence FROM capital_phases ORDER BY project_id"));
    Statement insert(db, QStringLiteral("INSERT INTO %1 (ord, id, source, region, board_district, school_name, site_code, "
                                        "project_type, sample, budget, estimate, spent, over_amount, planned_end, "
                                        "planned_end_precision, ended_slip, open_first_end, open_last_end, phases, ended, "
                                        "started, current_phase) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                                        "?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)")
                                 .arg(table));
    Statement::Result phase = phases.step();
    for (std::size_t at = 0; at < ids.size(); ++at) {
        const Statement::Result project = projects.step();
        if (project == Statement::Result::Error)
            return fail(error, projects.error());
        const qint64 id = project == Statement::Result::Row ? projects.columnInt64(Id) : 0;
        if (project != Statement::Result::Row || id != ids[at]) // never within the count's snapshot
            return fail(error, CapitalDashboardQuery::tr("the projects changed while they were read"));
        Phases of;
        // A phase of no project is skipped, as the SQL's join skips it (a foreign key forbids it).
        while (phase == Statement::Result::Row && phases.columnInt64(ProjectId) < id)
            phase = phases.step();
        while (phase == Statement::Result::Row && phases.columnInt64(ProjectId) == id) {
            if (!add(of, phases, endedStatuses, startedStatuses))
                return Outcome::TooLarge;
            if (positions)
                positions->add(id, phases.columnInt64(Line), phases.columnUtf8(Name), phases.columnInt64(Occurrence));
            phase = phases.step();
        }
        if (phase == Statement::Result::Error)
            return fail(error, phases.error());

        insert.bindInt64(1, ords[at]);
        insert.bindInt64(2, id);
        insert.bindInt64(3, projects.columnInt64(Source));
        for (int text = 0; text < projectTexts; ++text) {
            if (projects.columnIsNull(FirstText + text))
                insert.bindNull(4 + text);
            else
                insert.bindUtf8(4 + text, projects.columnUtf8(FirstText + text));
        }
        insert.bindInt64(9, of.sample);
        bindOptional(insert, 10, of.budget.value);
        bindOptional(insert, 11, of.estimate.value);
        bindOptional(insert, 12, of.spent.value);
        bindOptional(insert, 13, of.over.value);
        bindOptional(insert, 14, of.plannedEnd.value);
        bindOptional(insert, 15, of.plannedEndRank.value ? std::optional<qint64>(*of.plannedEndRank.value % 4) : std::nullopt);
        bindOptional(insert, 16, of.endedSlip.value);
        bindOptional(insert, 17, of.openFirstEnd.value);
        bindOptional(insert, 18, of.openLastEnd.value);
        insert.bindInt64(19, of.count);
        insert.bindInt64(20, of.ended);
        insert.bindInt64(21, of.started);
        if (of.currentLine)
            insert.bindUtf8(22, of.currentPhase);
        else
            insert.bindNull(22);
        if (!insert.run())
            return fail(error, insert.error());
        insert.rewind();
    }
    return Outcome::Filled;
}

} // namespace milepost
