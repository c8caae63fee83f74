// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/planfigures.h"
#include "dashboardpage.h"

#include <utility>

namespace milepost {

class RecordTableModel;

// The plan's page: objectives by status and milestones by their state on the as-of date, by
// phase and by the quarter they end in. Its table lists milestones (or objectives, for the
// objective figures); activating a row asks to show it in the plan outline.
class PlanPage final : public DashboardPage
{
    Q_OBJECT

public:
    explicit PlanPage(QWidget *parent = nullptr);

    void refresh(const DashboardData &snapshot, const DashboardFilter &filter) override;
    const PlanFigures &figures() const { return m_figures; }
    RecordTableModel *milestoneModel() const { return m_milestones; }
    RecordTableModel *objectiveModel() const { return m_objectives; }

Q_SIGNALS:
    // The report line of the milestone or objective a table row shows.
    void sourceLineRequested(int line);
    // Show on the timeline: the objectives or milestones the table shows (indexes into the
    // plan), and the breadcrumb that names them.
    void rowsRequested(const QString &label, const QList<int> &objectives, const QList<std::pair<int, int>> &milestones);

private:
    void setUpModels();
    void requestShownRows();

    Plan m_plan;
    PlanFigures m_figures;
    RecordTableModel *m_milestones = nullptr;
    RecordTableModel *m_objectives = nullptr;
    KeyFigureTile *m_objectivesTile = nullptr;
    QList<QPair<MilestoneStatus::State, KeyFigureTile *>> m_stateTiles;
    KeyFigureTile *m_dueTile = nullptr;
    ChartWidget *m_donut = nullptr;
    ChartWidget *m_byPhase = nullptr;
    ChartWidget *m_byQuarter = nullptr;
    ChartWidget *m_objectivesChart = nullptr;
};

} // namespace milepost
