// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/staffingfigures.h"
#include "dashboardpage.h"
#include "recordtables.h"

#include <QHash>

#include <memory>

namespace milepost {

// Staffing: hires, vacancies and fill rate of one school year, the change against the year
// before, and hires and vacancies by job category, Local District and employee group. The
// table lists staffing rows with the reason for any that no figure counts, read as it shows them.
class StaffingPage final : public DashboardPage
{
    Q_OBJECT

public:
    explicit StaffingPage(QWidget *parent = nullptr);

    void refresh(const DashboardData &snapshot, const DashboardFilter &filter) override;
    void release() override;
    const StaffingFigures &figures() const { return m_figures; }
    // The table of the rows that pass the filters.
    RecordWindowModel<StaffingRecord> *model() const { return m_tables.base(); }

protected:
    bool drillInDatabase(QObject *source, const QStringList &trail, const QString &seriesKey,
                         const QString &categoryKey, const Figure &figure) override;

private:
    // The table's columns; reasonOf gives why a row is not added.
    QList<RecordWindowModel<StaffingRecord>::Column> columns(const std::function<QString(int row)> &reasonOf) const;

    StaffingFigures m_figures;
    RecordTables<StaffingRecord> m_tables;
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
