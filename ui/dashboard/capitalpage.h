// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/capitalfigures.h"
#include "dashboardpage.h"

#include <memory>

namespace milepost {

class CapitalDashboardQuery;
class CapitalProjectTableModel;
class RecordTableModel;

// Capital projects: how many, what they cost against their budget, which run late and by how
// much, by phase, type and district. The table lists one row per project.
//
// Data read with the projects left in the database (DashboardData::read) comes with the figures
// counted there: the page shows them, and a click on one has the database select its rows
// (CapitalProjectTableModel), so that nothing grows with the projects stored. Data holding the
// projects (DashboardData::load) is counted here, in memory.
class CapitalPage final : public DashboardPage
{
    Q_OBJECT

public:
    explicit CapitalPage(QWidget *parent = nullptr);

    void refresh(const DashboardData &snapshot, const DashboardFilter &filter) override;
    const CapitalFigures &figures() const { return m_figures; }
    RecordTableModel *model() const { return m_model; }
    // The tables of the projects counted in the database: every project that passes the
    // filters, and the rows of the figure drilled into.
    CapitalProjectTableModel *databaseModel() const { return m_databaseModel; }
    CapitalProjectTableModel *drilledModel() const { return m_drilledModel; }

protected:
    bool drillInDatabase(QObject *source, const QStringList &trail, const QString &seriesKey,
                         const QString &categoryKey, const Figure &figure) override;

private:
    void showFigures(const DashboardFilter &filter, qint64 stored);

    QList<CapitalProject> m_projects;
    CapitalFigures m_figures;
    RecordTableModel *m_model = nullptr;
    std::shared_ptr<const CapitalDashboardQuery> m_query;
    CapitalProjectTableModel *m_databaseModel = nullptr;
    CapitalProjectTableModel *m_drilledModel = nullptr;
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
