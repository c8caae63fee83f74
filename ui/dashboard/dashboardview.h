// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboarddata.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

class QLabel;
class QTabWidget;
class QThread;
class QTimer;

namespace milepost {

class CapitalPage;
class DashboardPage;
class DashboardFilterBar;
class EnrollmentPage;
class PlanPage;
class StaffingPage;

// The dashboard: the shared filters on top and a page each for the plan, staffing, enrollment
// and capital projects. It reads the store through loader, never itself: when it is shown and
// on F5, so that imports made meanwhile show up.
//
// Given a background loader, it reads on a worker thread instead (the loader opens a connection
// of its own, DashboardData::read), and the window stays responsive while a large district's
// history loads: the data comes back as a value and is shown when complete; a read that lasts
// over a second shows a progress bar with a Cancel button (and Esc); a new read cancels the one
// under way, whose data is then never shown.
//
// Data read with the capital projects left in the database (DashboardData::read) has its Capital
// Projects, staffing and enrollment pages counted there, on the worker, for the filter of the
// moment (DashboardData::count): a new filter or enrollment program counts again in the
// background over the same connection, without reading the data again, and the pages keep the
// figures shown until the new ones are in.
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    using Loader = std::function<DashboardData()>;
    // Runs on a worker thread; should stop soon once cancelled is true (its data is dropped then).
    using BackgroundLoader = std::function<DashboardData(const std::atomic_bool &cancelled)>;

    explicit DashboardView(const Loader &loader, QWidget *parent = nullptr);
    ~DashboardView() override;

    void setBackgroundLoader(const BackgroundLoader &loader);
    // Reads the store again and recomputes every page, before returning: with the background
    // loader, on this thread, the pages counted in the database (nothing held that they do not
    // show); without one, through the loader.
    void reload();
    // Starts reading the store on a worker thread (with the background loader; without one, as
    // reload()); the pages are recomputed when the data is in (loaded()).
    void reloadInBackground();
    // Cancels a background read under way; the data shown stays.
    void cancelLoad();
    bool isLoading() const { return m_cancelled != nullptr; }
    // Shows data without reading the store (tests, previews).
    void setData(const DashboardData &data);
    const DashboardData &data() const { return m_data; }
    // Whether data was ever shown (a dashboard never opened has read nothing yet).
    bool hasData() const { return m_hasData; }
    // The filters as the pages apply them: the as-of date follows today until one is chosen.
    DashboardFilter filter() const;

    DashboardFilterBar *filterBar() const { return m_filterBar; }
    QTabWidget *pages() const { return m_pages; }
    // The pages, brought up to date with the data and filter shown (refresh() computes only the
    // page in front; the others when they are shown or asked for).
    PlanPage *planPage() const;
    StaffingPage *staffingPage() const;
    EnrollmentPage *enrollmentPage() const;
    CapitalPage *capitalPage() const;

Q_SIGNALS:
    // The data of a background read is shown.
    void loaded();
    // A plan row asks to be shown in the plan outline: the report line of its milestone or objective.
    void sourceLineRequested(int line);
    // The plan page's table asks to be shown on the timeline (PlanPage::rowsRequested).
    void planRowsRequested(const QString &label, const QList<int> &objectives,
                           const QList<std::pair<int, int>> &milestones);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    // Computes page from the data and filter shown when they changed since it last did.
    void bringUpToDate(DashboardPage *page) const;
    // Counts the pages counted in the database again for the filter and program of the moment,
    // on a worker, over the data read.
    void recountInBackground();
    // Runs work on a worker thread and shows the data it gives when no newer read or count
    // started meanwhile; work tells summarising while it builds the capital projects' summary.
    using Summarising = std::function<void(bool)>;
    void startWorker(std::function<DashboardData(const std::atomic_bool &cancelled, const Summarising &summarising)> work);
    // The progress line says what the read under way does (polled while it is shown).
    void showProgressStage();
    void finishLoad(const DashboardData &data, int generation);
    void endLoad();
    // The pages' tables say their rows are being counted, or show their count again.
    void setCounting(bool counting);

    Loader m_loader;
    BackgroundLoader m_backgroundLoader;
    // The flag of the read under way; nullptr when none is.
    std::shared_ptr<std::atomic_bool> m_cancelled;
    int m_generation = 0; // of the latest read started; the data of an earlier one is dropped
    QList<QPointer<QThread>> m_workers; // running or finishing (a cancelled read ends soon)
    QWidget *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QTimer *m_progressDelay = nullptr;
    QTimer *m_progressPoll = nullptr;
    // Whether the read under way builds the capital projects' summary (set on its worker).
    std::shared_ptr<std::atomic_bool> m_summarising;
    DashboardData m_data;
    bool m_hasData = false;
    std::shared_ptr<const DashboardData::FilterChoices> m_shownChoices; // what the filter bar offers
    DashboardFilterBar *m_filterBar = nullptr;
    QLabel *m_errors = nullptr;
    QTabWidget *m_pages = nullptr;
    PlanPage *m_plan = nullptr;
    StaffingPage *m_staffing = nullptr;
    EnrollmentPage *m_enrollment = nullptr;
    CapitalPage *m_capital = nullptr;
    // The pages not computed since the data or the filter last changed, and that filter.
    mutable QSet<DashboardPage *> m_stalePages;
    DashboardFilter m_pagesFilter;
};

} // namespace milepost
