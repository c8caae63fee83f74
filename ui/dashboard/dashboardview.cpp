// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardview.h"

#include "capitalpage.h"
#include "dashboardfilterbar.h"
#include "enrollmentpage.h"
#include "planpage.h"
#include "staffingpage.h"

#include <QGuiApplication>
#include <QLabel>
#include <QScopeGuard>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace milepost {

namespace {

const QString pageSetting = QStringLiteral("dashboard/page");

} // namespace

DashboardView::DashboardView(const Loader &loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
{
    setObjectName(QStringLiteral("dashboard"));
    setAccessibleName(tr("Dashboard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);
    m_filterBar = new DashboardFilterBar(this);
    layout->addWidget(m_filterBar);
    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("dashboardErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->hide();
    layout->addWidget(m_errors);

    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("dashboardPages"));
    m_pages->setAccessibleName(tr("Dashboard pages"));
    m_plan = new PlanPage(m_pages);
    m_staffing = new StaffingPage(m_pages);
    m_enrollment = new EnrollmentPage(m_pages);
    m_capital = new CapitalPage(m_pages);
    m_pages->addTab(m_plan, tr("&Plan"));
    m_pages->addTab(m_staffing, tr("&Staffing"));
    m_pages->addTab(m_enrollment, tr("&Enrollment"));
    m_pages->addTab(m_capital, tr("Ca&pital Projects"));
    m_pages->setCurrentIndex(std::clamp(QSettings().value(pageSetting).toInt(), 0, m_pages->count() - 1));
    layout->addWidget(m_pages, 1);

    m_filterBar->restore();
    connect(m_filterBar, &DashboardFilterBar::filterChanged, this, &DashboardView::refresh);
    connect(m_pages, &QTabWidget::currentChanged, this, [](int index) { QSettings().setValue(pageSetting, index); });
    connect(m_plan, &PlanPage::sourceLineRequested, this, &DashboardView::sourceLineRequested);
    connect(m_plan, &PlanPage::rowsRequested, this, &DashboardView::planRowsRequested);
    auto *reloadShortcut = new QShortcut(QKeySequence::Refresh, this);
    reloadShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reloadShortcut, &QShortcut::activated, this, &DashboardView::reload);
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_loader)
        reload();
}

void DashboardView::reload()
{
    if (!m_loader)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restore = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
    setData(m_loader());
}

void DashboardView::setData(const DashboardData &data)
{
    m_data = data;
    m_filterBar->setChoices(m_data.localDistricts(), m_data.boardDistricts(), m_data.schools());
    m_errors->setText(m_data.errors.join(QLatin1Char('\n')));
    m_errors->setVisible(!m_data.errors.isEmpty());
    refresh();
}

void DashboardView::refresh()
{
    // The as-of date follows today until one is chosen, also across midnight.
    DashboardFilter filter = m_filterBar->filter();
    if (m_filterBar->followsToday())
        filter.asOf = QDate::currentDate();
    m_plan->refresh(m_data, filter);
    m_staffing->refresh(m_data, filter);
    m_enrollment->refresh(m_data, filter);
    m_capital->refresh(m_data, filter);
}

} // namespace milepost
