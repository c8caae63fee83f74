// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitaldashboardcells.h"

#include "capitaldashboardquery.h"
#include "statement.h"

#include <algorithm>

namespace milepost {

namespace {

// The judged SELECT's columns.
enum Column { Source, Sample, Region, ProjectType, Stage, CurrentPhase, Schedule, Bucket, Ord, Budget, Estimate, Spent, OverAmount, Slip };
constexpr int firstText = Region;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

void bindOptional(Statement &insert, int index, const std::optional<qint64> &value)
{
    if (value)
        insert.bindInt64(index, *value);
    else
        insert.bindNull(index);
}

std::optional<qint64> optionalInt(const Statement &statement, int column)
{
    return statement.columnIsNull(column) ? std::nullopt : std::optional<qint64>(statement.columnInt64(column));
}

} // namespace

void CapitalDashboardCells::add(const Project &project)
{
    m_key.assign(reinterpret_cast<const char *>(&project.source), sizeof project.source);
    m_key.append(reinterpret_cast<const char *>(&project.sample), sizeof project.sample);
    for (const std::optional<std::string_view> &text : project.texts) {
        if (!text) {
            m_key.push_back('\0');
            continue;
        }
        const quint32 length = quint32(text->size());
        m_key.push_back('\1');
        m_key.append(reinterpret_cast<const char *>(&length), sizeof length);
        m_key.append(*text);
    }
    // Projects side by side often share a cell: the last one found needs no lookup.
    if (!m_cells.empty() && m_key == m_lastKey) {
        addTo(m_cells[m_last], project);
        return;
    }
    auto found = m_index.find(m_key);
    if (found == m_index.end()) {
        Cell cell;
        cell.source = project.source;
        cell.sample = project.sample;
        for (std::size_t t = 0; t < project.texts.size(); ++t) {
            if (project.texts[t])
                cell.texts[t] = std::string(*project.texts[t]);
        }
        cell.first = project.ord;
        m_cells.push_back(std::move(cell));
        found = m_index.emplace(m_key, m_cells.size() - 1).first;
    }
    m_last = found->second;
    m_lastKey = m_key;
    addTo(m_cells[m_last], project);
}

void CapitalDashboardCells::addTo(Cell &cell, const Project &project)
{
    ++cell.projects;
    cell.first = std::min(cell.first, project.ord);
    const auto total = [&](const std::optional<qint64> &value, Total &into) {
        if (!value)
            return;
        ++into.rows;
        m_overflow = __builtin_add_overflow(into.sum, *value, &into.sum) || m_overflow;
    };
    total(project.budget, cell.budget);
    total(project.estimate, cell.estimate);
    total(project.spent, cell.spent);
    if (project.budget || project.estimate || project.spent)
        cell.firstAmount = cell.firstAmount ? std::min(*cell.firstAmount, project.ord) : project.ord;
    if (project.over && *project.over > 0)
        total(project.over, cell.over);
    if (project.slip && *project.slip > 0)
        cell.mostSlip = cell.mostSlip ? std::max(*cell.mostSlip, *project.slip) : *project.slip;
}

bool CapitalDashboardCells::write(Connection *db, QString *error) const
{
    if (m_overflow) // where SQLite's sum() fails with "integer overflow"
        return fail(error, CapitalDashboardQuery::tr("Could not count the capital projects: a sum of amounts is too large."));
    Statement insert(db, QStringLiteral("INSERT INTO dashboard_capital_cells (source, sample, region, project_type, stage, "
                                        "  current_phase, schedule, bucket, projects, first, first_amount, budget_projects, budget, "
                                        "  estimate_projects, estimate, spent_projects, spent, over_projects, over_amount, most_slip) "
                                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
                                        "  ?19, ?20)"));
    const auto bindTotal = [&insert](int index, const Total &total) {
        insert.bindInt64(index, total.rows);
        if (total.rows > 0)
            insert.bindInt64(index + 1, total.sum);
        else
            insert.bindNull(index + 1);
    };
    for (const Cell &cell : m_cells) {
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
        bindTotal(12, cell.budget);
        bindTotal(14, cell.estimate);
        bindTotal(16, cell.spent);
        bindTotal(18, cell.over);
        bindOptional(insert, 20, cell.mostSlip);
        if (!insert.run())
            return fail(error, CapitalDashboardQuery::tr("Could not count the capital projects: %1").arg(insert.error()));
    }
    return true;
}

bool CapitalDashboardCells::group(Connection *db, const QString &judged, QString *error)
{
    Statement projects(db, judged);
    CapitalDashboardCells cells;
    Project project;
    Statement::Result row = Statement::Result::Done;
    while ((row = projects.step()) == Statement::Result::Row) {
        project.source = projects.columnInt64(Source);
        project.sample = projects.columnInt64(Sample);
        for (int c = firstText; c < firstText + textKeys; ++c)
            project.texts[std::size_t(c - firstText)]
                = projects.columnIsNull(c) ? std::nullopt : std::optional<std::string_view>(projects.columnUtf8(c));
        project.ord = projects.columnInt64(Ord);
        project.budget = optionalInt(projects, Budget);
        project.estimate = optionalInt(projects, Estimate);
        project.spent = optionalInt(projects, Spent);
        project.over = optionalInt(projects, OverAmount);
        project.slip = optionalInt(projects, Slip);
        cells.add(project);
    }
    if (row == Statement::Result::Error)
        return fail(error, CapitalDashboardQuery::tr("Could not count the capital projects: %1").arg(projects.error()));
    return cells.write(db, error);
}

} // namespace milepost
