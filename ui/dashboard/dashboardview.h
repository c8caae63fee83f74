// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboarddata.h"

#include <QList>
#include <QWidget>

#include <utility>

#include <functional>

class QLabel;
class QTabWidget;

namespace milepost {

class CapitalPage;
class DashboardFilterBar;
class EnrollmentPage;
class PlanPage;
class StaffingPage;

// The dashboard: the shared filters on top and a page each for the plan, staffing, enrollment
// and capital projects. It reads the store through loader, never itself: when it is shown and
// on F5, so that imports made meanwhile show up.
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    using Loader = std::function<DashboardData()>;

    explicit DashboardView(const Loader &loader, QWidget *parent = nullptr);

    // Reads the store again and recomputes every page.
    void reload();
    // Shows data without reading the store (tests, previews).
    void setData(const DashboardData &data);
    const DashboardData &data() const { return m_data; }

    DashboardFilterBar *filterBar() const { return m_filterBar; }
    QTabWidget *pages() const { return m_pages; }
    PlanPage *planPage() const { return m_plan; }
    StaffingPage *staffingPage() const { return m_staffing; }
    EnrollmentPage *enrollmentPage() const { return m_enrollment; }
    CapitalPage *capitalPage() const { return m_capital; }

Q_SIGNALS:
    // A plan row asks to be shown in the plan outline: the report line of its milestone or objective.
    void sourceLineRequested(int line);
    // The plan page's table asks to be shown on the timeline (PlanPage::rowsRequested).
    void planRowsRequested(const QString &label, const QList<int> &objectives,
                           const QList<std::pair<int, int>> &milestones);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    Loader m_loader;
    DashboardData m_data;
    DashboardFilterBar *m_filterBar = nullptr;
    QLabel *m_errors = nullptr;
    QTabWidget *m_pages = nullptr;
    PlanPage *m_plan = nullptr;
    StaffingPage *m_staffing = nullptr;
    EnrollmentPage *m_enrollment = nullptr;
    CapitalPage *m_capital = nullptr;
};

} // namespace milepost
