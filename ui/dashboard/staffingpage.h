// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/staffingfigures.h"
#include "dashboardpage.h"

#include <QHash>

namespace milepost {

class RecordTableModel;

// Staffing: hires, vacancies and fill rate of one school year, the change against the year
// before, and hires and vacancies by job category, Local District and employee group. The
// table lists staffing rows with the reason for any that no figure counts.
class StaffingPage final : public DashboardPage
{
    Q_OBJECT

public:
    explicit StaffingPage(QWidget *parent = nullptr);

    void refresh(const DashboardData &snapshot, const DashboardFilter &filter) override;
    const StaffingFigures &figures() const { return m_figures; }
    RecordTableModel *model() const { return m_model; }

private:
    QList<StaffingRecord> m_records;
    StaffingFigures m_figures;
    QHash<int, QString> m_notCounted;
    RecordTableModel *m_model = nullptr;
    KeyFigureTile *m_hires = nullptr;
    KeyFigureTile *m_vacancies = nullptr;
    KeyFigureTile *m_fillRate = nullptr;
    KeyFigureTile *m_change = nullptr;
    KeyFigureTile *m_notCountedTile = nullptr;
    ChartWidget *m_byCategory = nullptr;
    ChartWidget *m_byDistrict = nullptr;
    ChartWidget *m_byGroup = nullptr;
};

} // namespace milepost
