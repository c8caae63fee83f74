// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalsummarypass.h"

#include "capitaldashboardquery.h"
#include "phasepositions.h"
#include "statement.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <optional>
#include <span>
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

    // As new, keeping the current phase's buffer.
    void clear()
    {
        std::string buffer = std::move(currentPhase);
        *this = Phases();
        currentPhase = std::move(buffer);
        currentPhase.clear();
    }
};

enum PhaseColumn {
    ProjectId, Name, Line, PlannedEnd, PlannedEndPrecision, ActualStartKnown, ActualEnd, Budget, Estimate, Spent,
    Illustrative, Status, Occurrence
};
enum ProjectColumn { Id, Source, FirstText };
constexpr int projectTexts = 5; // region, board district, school name, site code, project type

// Rows are written several to an INSERT: written one to a statement, they took a third of the
// pass (0.56 of 1.6 s at 691,416 projects); 32 to a statement saves about a tenth of the pass.
constexpr int summaryColumns = 22;
constexpr int rowsPerInsert = 32;

// A summary row waiting for its INSERT: its project's columns and its phases' totals. The texts
// are copied (the projects' statement moves on) into buffers that are reused.
struct Pending
{
    qint64 ord = 0;
    qint64 id = 0;
    qint64 source = 0;
    std::array<std::string, projectTexts> texts;
    std::array<bool, projectTexts> textIsNull{};
    Phases phases;
};

QString insertSql(const QString &table, int rows)
{
    QStringList values;
    for (int row = 0; row < rows; ++row) {
        QStringList slots;
        for (int column = 1; column <= summaryColumns; ++column)
            slots.append(QStringLiteral("?%1").arg(row * summaryColumns + column));
        values.append(QLatin1Char('(') + slots.join(QStringLiteral(", ")) + QLatin1Char(')'));
    }
    return QStringLiteral("INSERT INTO %1 (ord, id, source, region, board_district, school_name, site_code, project_type, "
                          "sample, budget, estimate, spent, over_amount, planned_end, planned_end_precision, ended_slip, "
                          "open_first_end, open_last_end, phases, ended, started, current_phase) VALUES %2")
        .arg(table, values.join(QStringLiteral(", ")));
}

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

// Binds row as the row-th of insert's rows.
void bindRow(Statement &insert, int row, const Pending &pending)
{
    const int o = row * summaryColumns;
    const Phases &of = pending.phases;
    insert.bindInt64(o + 1, pending.ord);
    insert.bindInt64(o + 2, pending.id);
    insert.bindInt64(o + 3, pending.source);
    for (int text = 0; text < projectTexts; ++text) {
        if (pending.textIsNull[std::size_t(text)])
            insert.bindNull(o + 4 + text);
        else
            insert.bindUtf8(o + 4 + text, pending.texts[std::size_t(text)]);
    }
    insert.bindInt64(o + 9, of.sample);
    bindOptional(insert, o + 10, of.budget.value);
    bindOptional(insert, o + 11, of.estimate.value);
    bindOptional(insert, o + 12, of.spent.value);
    bindOptional(insert, o + 13, of.over.value);
    bindOptional(insert, o + 14, of.plannedEnd.value);
    bindOptional(insert, o + 15, of.plannedEndRank.value ? std::optional<qint64>(*of.plannedEndRank.value % 4) : std::nullopt);
    bindOptional(insert, o + 16, of.endedSlip.value);
    bindOptional(insert, o + 17, of.openFirstEnd.value);
    bindOptional(insert, o + 18, of.openLastEnd.value);
    insert.bindInt64(o + 19, of.count);
    insert.bindInt64(o + 20, of.ended);
    insert.bindInt64(o + 21, of.started);
    if (of.currentLine)
        insert.bindUtf8(o + 22, of.currentPhase);
    else
        insert.bindNull(o + 22);
}

// Writes rows with one INSERT of that many rows (insert, prepared the first time).
bool write(Connection *db, const QString &table, std::span<const Pending> rows, Statement &insert, QString *error)
{
    const bool written = (insert.isValid() || insert.prepare(db, insertSql(table, int(rows.size())))) && [&] {
        for (std::size_t row = 0; row < rows.size(); ++row)
            bindRow(insert, int(row), rows[row]);
        return insert.run();
    }();
    if (!written) {
        fail(error, insert.error());
        return false;
    }
    insert.rewind();
    return true;
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
    Statement insert; // of rowsPerInsert rows
    std::vector<Pending> pending(rowsPerInsert);
    std::size_t filled = 0;
    Statement::Result phase = phases.step();
    for (std::size_t at = 0; at < ids.size(); ++at) {
        const Statement::Result project = projects.step();
        if (project == Statement::Result::Error)
            return fail(error, projects.error());
        const qint64 id = project == Statement::Result::Row ? projects.columnInt64(Id) : 0;
        if (project != Statement::Result::Row || id != ids[at]) // never within the count's snapshot
            return fail(error, CapitalDashboardQuery::tr("the projects changed while they were read"));
        Pending &row = pending[filled];
        row.ord = ords[at];
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
            if (!add(of, phases, endedStatuses, startedStatuses))
                return Outcome::TooLarge;
            if (positions)
                positions->add(id, phases.columnInt64(Line), phases.columnUtf8(Name), phases.columnInt64(Occurrence));
            phase = phases.step();
        }
        if (phase == Statement::Result::Error)
            return fail(error, phases.error());
        if (++filled == pending.size()) {
            if (!write(db, table, pending, insert, error))
                return Outcome::Failed;
            filled = 0;
        }
    }
    Statement last; // the rows left, fewer than rowsPerInsert
    if (filled > 0 && !write(db, table, std::span<const Pending>(pending).first(filled), last, error))
        return Outcome::Failed;
    return Outcome::Filled;
}

} // namespace milepost
