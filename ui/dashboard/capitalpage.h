// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/capitalfigures.h"
#include "dashboardpage.h"

namespace milepost {

class RecordTableModel;

// Capital projects: how many, what they cost against their budget, which run late and by how
// much, by phase, type and district. The table lists one row per project.
class CapitalPage final : public DashboardPage
{
    Q_OBJECT

public:
    explicit CapitalPage(QWidget *parent = nullptr);

    void refresh(const DashboardData &snapshot, const DashboardFilter &filter) override;
    const CapitalFigures &figures() const { return m_figures; }
    RecordTableModel *model() const { return m_model; }

private:
    QList<CapitalProject> m_projects;
    CapitalFigures m_figures;
    RecordTableModel *m_model = nullptr;
    KeyFigureTile *m_count = nullptr;
    KeyFigureTile *m_budget = nullptr;
    KeyFigureTile *m_estimate = nullptr;
    KeyFigureTile *m_spent = nullptr;
    KeyFigureTile *m_overBudget = nullptr;
    KeyFigureTile *m_late = nullptr;
    ChartWidget *m_byStage = nullptr;
    ChartWidget *m_byType = nullptr;
    ChartWidget *m_amountsByType = nullptr;
    ChartWidget *m_amountsByDistrict = nullptr;
    ChartWidget *m_slip = nullptr;
};

} // namespace milepost
