// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalpage.h"

#include "common/datetext.h"
#include "common/exportrole.h"
#include "charts/chartspec.h"
#include "dashboard/dashboarddata.h"
#include "dashboard/dashboardfilter.h"
#include "keyfiguretile.h"
#include "recordtablemodel.h"

#include <QLocale>

namespace milepost {

namespace {

using Schedule = CapitalProjectSummary::Schedule;

QString money(qint64 cents)
{
    return ChartSpec::formatValue(double(cents), ChartSpec::Format::Money);
}

QVariant moneyCell(const std::optional<qint64> &cents)
{
    return cents ? QVariant(ChartSpec::formatValueInFull(double(*cents), ChartSpec::Format::Money)) : QVariant();
}

QString scheduleText(const CapitalProjectSummary &summary)
{
    switch (summary.schedule) {
    case Schedule::NoPlannedEnd:
        return CapitalPage::tr("no planned end");
    case Schedule::NotYetDue:
        return CapitalPage::tr("not yet due");
    case Schedule::Ended:
        if (summary.slipDays > 0)
            return summary.slipDays == 1 ? CapitalPage::tr("1 day late") : CapitalPage::tr("%1 days late").arg(DashboardPage::number(summary.slipDays));
        return CapitalPage::tr("on time");
    case Schedule::Open:
        break;
    }
    return summary.slipDays == 1 ? CapitalPage::tr("open, at least 1 day late")
                                 : CapitalPage::tr("open, at least %1 days late").arg(DashboardPage::number(summary.slipDays));
}

} // namespace

CapitalPage::CapitalPage(QWidget *parent)
    : DashboardPage(tr("All capital projects"), parent)
    , m_model(new RecordTableModel(this))
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
    m_model->setColumns({
        {tr("School"), [=](int row) { return QVariant(project(row).schoolName); }},
        {tr("Site"), [=](int row) { return QVariant(project(row).siteCode); }},
        {tr("District"), [=](int row) { return QVariant(project(row).region); }},
        {tr("Board District"), [=](int row) { return QVariant(project(row).boardDistrict); }},
        {tr("Type"), [=](int row) { return QVariant(project(row).projectType); }},
        {tr("Description"), [=](int row) { return QVariant(project(row).description); }, {},
         Qt::AlignLeft | Qt::AlignVCenter, [=](int row) { return QVariant(project(row).description); }, true},
        {tr("Phase"), [=](int row) {
             return QVariant(summary(row).stage == CapitalProjectSummary::Stage::InProgress
                                 ? summary(row).currentPhase
                                 : CapitalProjectSummary::stageName(summary(row).stage));
         }},
        RecordTableModel::exportedAs({tr("Budget"), [=](int row) { return moneyCell(summary(row).budget); },
                                      [=](int row) { return cents(summary(row).budget); }, right},
                                     [=](int row) { return exportMoney(summary(row).budget); }),
        RecordTableModel::exportedAs({tr("Estimate"), [=](int row) { return moneyCell(summary(row).estimate); },
                                      [=](int row) { return cents(summary(row).estimate); }, right},
                                     [=](int row) { return exportMoney(summary(row).estimate); }),
        RecordTableModel::exportedAs({tr("Spent"), [=](int row) { return moneyCell(summary(row).spent); },
                                      [=](int row) { return cents(summary(row).spent); }, right},
                                     [=](int row) { return exportMoney(summary(row).spent); }),
        RecordTableModel::exportedAs({tr("Planned end"), [=](int row) { return QVariant(DateText::date(summary(row).plannedEnd)); },
                                      [=](int row) { return QVariant(summary(row).plannedEnd.toJulianDay()); }, right},
                                     [=](int row) { return summary(row).plannedEnd.isValid() ? QVariant(summary(row).plannedEnd) : QVariant(QString()); }),
        {tr("Schedule"), [=](int row) { return QVariant(scheduleText(summary(row))); },
         [=](int row) {
             const CapitalProjectSummary &s = summary(row);
             return QVariant(s.schedule == Schedule::Ended || s.schedule == Schedule::Open ? s.slipDays : qint64(-1000000));
         }},
        {tr("Sample"), [=](int row) { return QVariant(summary(row).illustrative ? tr("illustrative") : QString()); }},
        {tr("Line"), [=](int row) { return QVariant(project(row).sourceLine); }, {}, right},
    });
    setBaseModel(m_model, tr("All capital projects"));
}

void CapitalPage::refresh(const DashboardData &snapshot, const DashboardFilter &filter)
{
    m_projects = snapshot.projects;
    m_figures = CapitalFigures::compute(m_projects, filter);
    m_model->reset(int(m_projects.size()));
    setTrailRoot(tr("Capital projects"));

    QStringList notes = filter.notApplied(DashboardFilter::Source::CapitalProjects);
    if (m_projects.isEmpty())
        notes.prepend(tr("No capital projects yet: import a projects file with File › Import Data…"));
    setNotes(notes);

    showTile(m_count, number(m_figures.projects.value),
             filter.filtersRows() ? tr("of %1 in the data").arg(number(m_projects.size())) : tr("in the data"),
             m_figures.projects);
    showTile(m_budget, money(m_figures.budget.value),
             tr("sum of %1 projects").arg(number(m_figures.budget.rows.size())), m_figures.budget);
    showTile(m_estimate, money(m_figures.estimate.value),
             tr("sum of %1 projects").arg(number(m_figures.estimate.rows.size())), m_figures.estimate);
    showTile(m_spent, money(m_figures.spent.value),
             tr("sum of %1 projects").arg(number(m_figures.spent.rows.size())), m_figures.spent);
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
    if (filter.filtersRows())
        setBaseModel(m_model, tr("Projects that pass the filters"), m_figures.projects.rows);
    else
        setBaseModel(m_model, tr("All capital projects"));
}

} // namespace milepost
