// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalpage.h"

#include "charts/chartspec.h"
#include "charts/chartwidget.h"
#include "common/datetext.h"
#include "common/exportrole.h"
#include "dashboard/dashboarddata.h"
#include "dashboard/dashboardfilter.h"
#include "capitalprojecttablemodel.h"
#include "drilldownpanel.h"
#include "keyfiguretile.h"
#include "recordtablemodel.h"
#include "store/capitaldashboardquery.h"

#include <QLocale>

#include <algorithm>
#include <iterator>

namespace milepost {

namespace {

using Schedule = CapitalProjectSummary::Schedule;
using Column = CapitalDashboardQuery::Column;

QString money(qint64 cents)
{
    return ChartSpec::formatValue(double(cents), ChartSpec::Format::Money);
}

} // namespace

CapitalPage::CapitalPage(QWidget *parent)
    : DashboardPage(tr("All capital projects"), parent)
    , m_model(new RecordTableModel(this))
    , m_databaseModel(new CapitalProjectTableModel(this))
    , m_drilledModel(new CapitalProjectTableModel(this))
{
    setObjectName(QStringLiteral("capitalPage"));
    m_count = addTile(QStringLiteral("projectsTile"), tr("Projects"));
    m_budget = addTile(QStringLiteral("budgetTile"), tr("Budget"));
    m_estimate = addTile(QStringLiteral("estimateTile"), tr("Estimate at completion"));
    m_spent = addTile(QStringLiteral("spentTile"), tr("Spent"));
    m_overBudget = addTile(QStringLiteral("overBudgetTile"), tr("Over budget"));
    m_late = addTile(QStringLiteral("lateTile"), tr("Later than planned"));
    m_byStage = addChart(QStringLiteral("projectsByStageChart"), 0, 0);
    m_byType = addChart(QStringLiteral("projectsByTypeChart"), 0, 1);
    m_amountsByType = addChart(QStringLiteral("amountsByTypeChart"), 1, 0);
    m_amountsByDistrict = addChart(QStringLiteral("amountsByDistrictChart"), 1, 1);
    m_slip = addChart(QStringLiteral("scheduleSlipChart"), 2, 0, 2);

    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    const auto project = [this](int row) -> const CapitalProject & { return m_projects.at(row); };
    const auto summary = [this](int row) -> const CapitalProjectSummary & { return m_figures.summaries.at(row); };
    const auto cents = [](const std::optional<qint64> &value) { return value ? QVariant(*value) : QVariant(); };
    const auto name = [](Column column) { return CapitalProjectTableModel::columnName(column); };
    const auto moneyCell = &CapitalProjectTableModel::moneyCell;
    m_model->setColumns({
        {name(Column::School), [=](int row) { return QVariant(project(row).schoolName); }},
        {name(Column::Site), [=](int row) { return QVariant(project(row).siteCode); }},
        {name(Column::District), [=](int row) { return QVariant(project(row).region); }},
        {name(Column::BoardDistrict), [=](int row) { return QVariant(project(row).boardDistrict); }},
        {name(Column::Type), [=](int row) { return QVariant(project(row).projectType); }},
        {name(Column::Description), [=](int row) { return QVariant(project(row).description); }, {},
         Qt::AlignLeft | Qt::AlignVCenter, [=](int row) { return QVariant(project(row).description); }, true},
        {name(Column::Phase), [=](int row) { return QVariant(CapitalProjectTableModel::phaseText(summary(row))); }},
        RecordTableModel::exportedAs({name(Column::Budget), [=](int row) { return moneyCell(summary(row).budget); },
                                      [=](int row) { return cents(summary(row).budget); }, right},
                                     [=](int row) { return exportMoney(summary(row).budget); }),
        RecordTableModel::exportedAs({name(Column::Estimate), [=](int row) { return moneyCell(summary(row).estimate); },
                                      [=](int row) { return cents(summary(row).estimate); }, right},
                                     [=](int row) { return exportMoney(summary(row).estimate); }),
        RecordTableModel::exportedAs({name(Column::Spent), [=](int row) { return moneyCell(summary(row).spent); },
                                      [=](int row) { return cents(summary(row).spent); }, right},
                                     [=](int row) { return exportMoney(summary(row).spent); }),
        RecordTableModel::exportedAs({name(Column::PlannedEnd), [=](int row) { return QVariant(CapitalProjectTableModel::plannedEndText(summary(row))); },
                                      [=](int row) { return QVariant(summary(row).plannedEnd.toJulianDay()); }, right},
                                     [=](int row) {
                                         return summary(row).plannedEnd.isValid() ? QVariant(summary(row).plannedEnd)
                                                                                  : QVariant(QString());
                                     }),
        {name(Column::Schedule), [=](int row) { return QVariant(CapitalProjectTableModel::scheduleText(summary(row))); },
         [=](int row) {
             const CapitalProjectSummary &s = summary(row);
             return QVariant(s.schedule == Schedule::Ended || s.schedule == Schedule::Open ? s.slipDays : qint64(-1000000));
         }},
        {name(Column::Sample), [=](int row) { return QVariant(summary(row).illustrative ? tr("illustrative") : QString()); }},
        {name(Column::Line), [=](int row) { return QVariant(project(row).sourceLine); }, {}, right},
    });
    setBaseModel(m_model, tr("All capital projects"));
}

void CapitalPage::refresh(const DashboardData &snapshot, const DashboardFilter &filter)
{
    setTrailRoot(tr("Capital projects"));
    if (snapshot.capitalQuery && snapshot.capitalFigures) {
        // Counted in the database for this filter (DashboardView asks for it anew when it changes).
        m_projects.clear();
        m_model->reset(0);
        m_query = snapshot.capitalQuery;
        m_figures = *snapshot.capitalFigures;
        m_databaseModel->setSelection(m_query, {}, m_figures.projects.rowCount());
        showFigures(filter, snapshot.capitalProjectCount);
        setBaseModel(m_databaseModel, filter.filtersRows() ? tr("Projects that pass the filters") : tr("All capital projects"));
        return;
    }
    m_query.reset();
    m_databaseModel->setSelection(nullptr, {}, 0);
    m_drilledModel->setSelection(nullptr, {}, 0);
    m_projects = snapshot.projects;
    m_figures = CapitalFigures::compute(m_projects, filter);
    m_model->reset(int(m_projects.size()));
    // Projects left in the database that could not be counted (the error shows above the pages)
    // are still stored: no "no projects yet".
    showFigures(filter, snapshot.capitalQuery ? snapshot.capitalProjectCount : m_projects.size());
    if (filter.filtersRows())
        setBaseModel(m_model, tr("Projects that pass the filters"), m_figures.projects.rows);
    else
        setBaseModel(m_model, tr("All capital projects"));
}

void CapitalPage::showFigures(const DashboardFilter &filter, qint64 stored)
{
    QStringList notes = filter.notApplied(DashboardFilter::Source::CapitalProjects);
    if (stored == 0)
        notes.prepend(tr("No capital projects yet: import a projects file with File › Import Data…"));
    setNotes(notes);
    setNoMatch(stored > 0 && filter.filtersRows() && m_figures.projects.value == 0, filter,
               DashboardFilter::Source::CapitalProjects);

    showTile(m_count, number(m_figures.projects.value),
             filter.filtersRows() ? tr("of %1 in the data").arg(number(stored)) : tr("in the data"),
             m_figures.projects);
    showTile(m_budget, money(m_figures.budget.value),
             tr("sum of %1 projects").arg(number(m_figures.budget.rowCount())), m_figures.budget);
    showTile(m_estimate, money(m_figures.estimate.value),
             tr("sum of %1 projects").arg(number(m_figures.estimate.rowCount())), m_figures.estimate);
    showTile(m_spent, money(m_figures.spent.value),
             tr("sum of %1 projects").arg(number(m_figures.spent.rowCount())), m_figures.spent);
    showTile(m_overBudget, number(m_figures.overBudget.value),
             m_figures.overBudget.isEmpty() ? tr("no estimate above its budget")
                                            : tr("by %1 in all").arg(money(m_figures.overBudgetAmount.value)),
             m_figures.overBudget);
    showTile(m_late, number(m_figures.late.value),
             m_figures.late.isEmpty() ? tr("none ends later than planned")
                                      : tr("up to %1 days; %2 still open", "days, open projects")
                                            .arg(number(m_figures.maximumSlipDays), number(m_figures.openLate.value)),
             m_figures.late);

    showChart(m_byStage, DashboardCharts::capitalByStage(m_figures));
    showChart(m_byType, DashboardCharts::capitalByType(m_figures));
    showChart(m_amountsByType, DashboardCharts::capitalAmountsByType(m_figures));
    showChart(m_amountsByDistrict, DashboardCharts::capitalAmountsByDistrict(m_figures));
    showChart(m_slip, DashboardCharts::scheduleSlip(m_figures));
}

bool CapitalPage::drillInDatabase(QObject *source, const QStringList &trail, const QString &seriesKey,
                                  const QString &categoryKey, const Figure &figure)
{
    if (!m_query)
        return false;
    using Kind = CapitalSelection::Kind;
    const std::pair<QObject *, Kind> kinds[]{{m_count, Kind::All},
                                              {m_budget, Kind::Budget},
                                              {m_estimate, Kind::Estimate},
                                              {m_spent, Kind::Spent},
                                              {m_overBudget, Kind::OverBudget},
                                              {m_late, Kind::Late},
                                              {m_byStage, Kind::Stage},
                                              {m_byType, Kind::Type},
                                              {m_amountsByType, Kind::TypeAmounts},
                                              {m_amountsByDistrict, Kind::DistrictAmounts},
                                              {m_slip, Kind::Slip}};
    const auto kind = std::find_if(std::begin(kinds), std::end(kinds),
                                   [source](const std::pair<QObject *, Kind> &entry) { return entry.first == source; });
    if (kind == std::end(kinds))
        return false;
    m_drilledModel->setSelection(m_query, {kind->second, categoryKey, seriesKey}, figure.rowCount());
    drillDown()->drill(trail, m_drilledModel);
    return true;
}
} // namespace milepost
