// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitaldashboardcells.h"

#include "capitaldashboardquery.h"
#include "statement.h"

#include <QList>

#include <array>
#include <cstring>
#include <optional>
#include <string>
#include <unordered_map>

namespace milepost {

namespace {

// The judged SELECT's columns.
enum Column { Source, Sample, Region, ProjectType, Stage, CurrentPhase, Schedule, Bucket, Ord, Budget, Estimate, Spent, OverAmount, Slip };
constexpr int firstText = Region;
constexpr int textKeys = Bucket - Region + 1;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// An aggregate over the values that are not NULL: their count and, when there is one, their
// sum (SQL's sum() is NULL over no value).
struct Total
{
    qint64 rows = 0;
    qint64 sum = 0;

    bool add(qint64 value)
    {
        ++rows;
        return !__builtin_add_overflow(sum, value, &sum);
    }
};

struct Cell
{
    qint64 source = 0;
    qint64 sample = 0;
    std::array<std::optional<std::string>, textKeys> texts; // NULL kept apart from ''
    qint64 projects = 0;
    qint64 first = 0;
    std::optional<qint64> firstAmount;
    Total budget;
    Total estimate;
    Total spent;
    Total over;
    std::optional<qint64> mostSlip;
};

void bindTotal(Statement &insert, int index, const Total &total)
{
    insert.bindInt64(index, total.rows);
    if (total.rows > 0)
        insert.bindInt64(index + 1, total.sum);
    else
        insert.bindNull(index + 1);
}

void bindOptional(Statement &insert, int index, const std::optional<qint64> &value)
{
    if (value)
        insert.bindInt64(index, *value);
    else
        insert.bindNull(index);
}

} // namespace

bool CapitalDashboardCells::group(Connection *db, const QString &judged, QString *error)
{
    const auto failed = [&](const Statement &statement) {
        return fail(error, CapitalDashboardQuery::tr("Could not count the capital projects: %1").arg(statement.error()));
    };
    Statement projects(db, judged);
    QList<Cell> cells;
    std::unordered_map<std::string, qsizetype> index;
    std::string key; // the key's bytes, reused: a lookup allocates nothing
    bool overflow = false;
    Statement::Result row = Statement::Result::Done;
    while ((row = projects.step()) == Statement::Result::Row) {
        const qint64 source = projects.columnInt64(Source);
        const qint64 sample = projects.columnInt64(Sample);
        key.assign(reinterpret_cast<const char *>(&source), sizeof source);
        key.append(reinterpret_cast<const char *>(&sample), sizeof sample);
        for (int c = firstText; c < firstText + textKeys; ++c) {
            if (projects.columnIsNull(c)) {
                key.push_back('\0');
                continue;
            }
            const std::string_view text = projects.columnUtf8(c);
            const quint32 length = quint32(text.size());
            key.push_back('\1');
            key.append(reinterpret_cast<const char *>(&length), sizeof length);
            key.append(text);
        }
        const qint64 ord = projects.columnInt64(Ord);
        auto found = index.find(key);
        if (found == index.end()) {
            Cell cell;
            cell.source = source;
            cell.sample = sample;
            for (int c = firstText; c < firstText + textKeys; ++c) {
                if (!projects.columnIsNull(c))
                    cell.texts[std::size_t(c - firstText)] = std::string(projects.columnUtf8(c));
            }
            cell.first = ord;
            cells.append(std::move(cell));
            found = index.emplace(key, cells.size() - 1).first;
        }
        Cell &cell = cells[found->second];
        ++cell.projects;
        cell.first = std::min(cell.first, ord);
        bool anyAmount = false;
        const auto total = [&](Column column, Total &into) {
            if (projects.columnIsNull(column))
                return;
            anyAmount = true;
            overflow = !into.add(projects.columnInt64(column)) || overflow;
        };
        total(Budget, cell.budget);
        total(Estimate, cell.estimate);
        total(Spent, cell.spent);
        if (anyAmount)
            cell.firstAmount = cell.firstAmount ? std::min(*cell.firstAmount, ord) : ord;
        if (!projects.columnIsNull(OverAmount)) {
            const qint64 over = projects.columnInt64(OverAmount);
            if (over > 0)
                overflow = !cell.over.add(over) || overflow;
        }
        if (!projects.columnIsNull(Slip)) {
            const qint64 slip = projects.columnInt64(Slip);
            if (slip > 0)
                cell.mostSlip = cell.mostSlip ? std::max(*cell.mostSlip, slip) : slip;
        }
    }
    if (row == Statement::Result::Error)
        return failed(projects);
    if (overflow) // where SQLite's sum() fails with "integer overflow"
        return fail(error, CapitalDashboardQuery::tr("Could not count the capital projects: a sum of amounts is too large."));

    Statement insert(db, QStringLiteral("INSERT INTO dashboard_capital_cells (source, sample, region, project_type, stage, "
                                        "  current_phase, schedule, bucket, projects, first, first_amount, budget_projects, budget, "
                                        "  estimate_projects, estimate, spent_projects, spent, over_projects, over_amount, most_slip) "
                                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
                                        "  ?19, ?20)"));
    for (const Cell &cell : std::as_const(cells)) {
        insert.reset();
        insert.bindInt64(1, cell.source);
        insert.bindInt64(2, cell.sample);
        for (int t = 0; t < textKeys; ++t) {
            if (const std::optional<std::string> &text = cell.texts[std::size_t(t)])
                insert.bindUtf8(3 + t, *text);
            else
                insert.bindNull(3 + t);
        }
        insert.bindInt64(9, cell.projects);
        insert.bindInt64(10, cell.first);
        bindOptional(insert, 11, cell.firstAmount);
        bindTotal(insert, 12, cell.budget);
        bindTotal(insert, 14, cell.estimate);
        bindTotal(insert, 16, cell.spent);
        bindTotal(insert, 18, cell.over);
        bindOptional(insert, 20, cell.mostSlip);
        if (!insert.run())
            return failed(insert);
    }
    return true;
}

} // namespace milepost
