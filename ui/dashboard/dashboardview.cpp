// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardview.h"

#include "capitalpage.h"
#include "dashboardfilterbar.h"
#include "enrollmentpage.h"
#include "planpage.h"
#include "staffingpage.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
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

    // Shown when a background read lasts longer than a second.
    m_progress = new QWidget(this);
    m_progress->setObjectName(QStringLiteral("dashboardProgress"));
    auto *progressLayout = new QHBoxLayout(m_progress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progressText = new QLabel(tr("Reading the data…"), m_progress);
    m_progressText->setObjectName(QStringLiteral("dashboardProgressText"));
    auto *progressBar = new QProgressBar(m_progress);
    progressBar->setRange(0, 0); // how long a read takes is not known in advance
    progressBar->setAccessibleName(tr("Reading the data"));
    progressBar->setTextVisible(false);
    auto *cancel = new QPushButton(tr("Cancel"), m_progress);
    cancel->setObjectName(QStringLiteral("dashboardCancelLoad"));
    cancel->setToolTip(tr("Stop reading; the figures shown stay (Esc)"));
    connect(cancel, &QPushButton::clicked, this, &DashboardView::cancelLoad);
    progressLayout->addWidget(m_progressText);
    progressLayout->addWidget(progressBar, 1);
    progressLayout->addWidget(cancel);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_progressDelay = new QTimer(this);
    m_progressDelay->setSingleShot(true);
    m_progressDelay->setInterval(1000);
    connect(m_progressDelay, &QTimer::timeout, this, [this] {
        showProgressStage();
        m_progress->show();
        m_progressPoll->start();
        setCounting(true);
    });
    m_progressPoll = new QTimer(this);
    m_progressPoll->setInterval(250);
    connect(m_progressPoll, &QTimer::timeout, this, &DashboardView::showProgressStage);

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
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        QSettings().setValue(pageSetting, index);
        bringUpToDate(qobject_cast<DashboardPage *>(m_pages->widget(index)));
    });
    connect(m_enrollment, &EnrollmentPage::programChosen, this, &DashboardView::refresh);
    for (DashboardPage *page : {static_cast<DashboardPage *>(m_plan), static_cast<DashboardPage *>(m_staffing),
                                static_cast<DashboardPage *>(m_enrollment), static_cast<DashboardPage *>(m_capital)})
        connect(page, &DashboardPage::clearFiltersRequested, m_filterBar, &DashboardFilterBar::clearFilters);
    connect(m_plan, &PlanPage::sourceLineRequested, this, &DashboardView::sourceLineRequested);
    connect(m_plan, &PlanPage::rowsRequested, this, &DashboardView::planRowsRequested);
    auto *reloadShortcut = new QShortcut(QKeySequence::Refresh, this);
    reloadShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reloadShortcut, &QShortcut::activated, this, &DashboardView::reloadInBackground);
    auto *cancelShortcut = new QShortcut(QKeySequence::Cancel, this);
    cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelShortcut, &QShortcut::activated, this, &DashboardView::cancelLoad);
}

DashboardView::~DashboardView()
{
    // A worker calls back into this view until it ends: stop every one and wait (a cancelled
    // read ends within a few SQLite steps).
    cancelLoad();
    for (const QPointer<QThread> &worker : std::as_const(m_workers)) {
        if (worker)
            worker->wait();
    }
}

void DashboardView::setBackgroundLoader(const BackgroundLoader &loader)
{
    m_backgroundLoader = loader;
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadInBackground();
}

void DashboardView::reloadInBackground()
{
    if (!m_backgroundLoader) {
        reload();
        return;
    }
    startWorker([loader = m_backgroundLoader, filter = filter(),
                 program = m_enrollment->program()](const std::atomic_bool &cancelled, const Summarising &summarising) {
        DashboardData data = loader(cancelled);
        if (data.capitalQuery && !cancelled.load())
            data.count(filter, program, &cancelled, summarising);
        return data;
    });
}

void DashboardView::recountInBackground()
{
    startWorker([data = m_data, filter = filter(), program = m_enrollment->program()](
                    const std::atomic_bool &cancelled, const Summarising &summarising) mutable {
        data.count(filter, program, &cancelled, summarising);
        return std::move(data);
    });
}

void DashboardView::startWorker(
    std::function<DashboardData(const std::atomic_bool &cancelled, const Summarising &summarising)> work)
{
    cancelLoad();
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelled = cancelled;
    auto summarising = std::make_shared<std::atomic_bool>(false);
    m_summarising = summarising;
    const int generation = ++m_generation;
    QThread *worker = QThread::create([this, work = std::move(work), cancelled, summarising, generation] {
        DashboardData data = work(*cancelled, [summarising](bool building) { summarising->store(building); });
        if (cancelled->load())
            return;
        QMetaObject::invokeMethod(
            this, [this, data = std::move(data), generation] { finishLoad(data, generation); }, Qt::QueuedConnection);
    });
    worker->setObjectName(QStringLiteral("dashboardLoader"));
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_workers.removeAll(QPointer<QThread>());
    m_workers.append(worker);
    worker->start(QThread::LowPriority);
    m_progressDelay->start();
    // Before the first data there is no count to show; a recount keeps the one shown for a
    // second, as the progress line waits, so that a quick one does not flicker.
    if (!m_hasData)
        setCounting(true);
}

void DashboardView::setCounting(bool counting)
{
    for (DashboardPage *page : {static_cast<DashboardPage *>(m_plan), static_cast<DashboardPage *>(m_staffing),
                                static_cast<DashboardPage *>(m_enrollment), static_cast<DashboardPage *>(m_capital)}) {
        if (page->drillDown())
            page->drillDown()->setCounting(counting);
    }
}

void DashboardView::showProgressStage()
{
    // The first count after an import summarises every capital project: seconds at a million
    // phases, which the line explains; a later session reads the summary it kept.
    const bool summarising = m_summarising && m_summarising->load();
    m_progressText->setText(summarising ? tr("Summarising the capital projects (once after each import)…")
                                        : tr("Reading the data…"));
}

void DashboardView::cancelLoad()
{
    if (m_cancelled)
        m_cancelled->store(true);
    endLoad();
}

void DashboardView::endLoad()
{
    m_cancelled.reset();
    m_progressDelay->stop();
    m_progressPoll->stop();
    m_progress->hide();
    setCounting(false);
}

void DashboardView::finishLoad(const DashboardData &data, int generation)
{
    if (generation != m_generation || !m_cancelled || m_cancelled->load())
        return;
    endLoad();
    setData(data);
    Q_EMIT loaded();
}

void DashboardView::reload()
{
    cancelLoad(); // the data read now is newer than a background read's
    if (!m_loader && !m_backgroundLoader)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restore = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
    if (m_backgroundLoader) {
        const std::atomic_bool never = false;
        DashboardData data = m_backgroundLoader(never);
        if (data.capitalQuery)
            data.count(filter(), m_enrollment->program());
        setData(data);
        return;
    }
    setData(m_loader());
}

void DashboardView::setData(const DashboardData &data)
{
    m_data = data;
    m_hasData = true;
    // A count of the same data offers the same lists: the filter bar stays as it is.
    const std::shared_ptr<const DashboardData::FilterChoices> choices = m_data.filterChoices();
    if (choices != m_shownChoices) {
        m_filterBar->setChoices(choices->localDistricts, choices->boardDistricts, choices->schools);
        m_filterBar->setSchoolDistricts(choices->schoolDistricts);
        m_shownChoices = choices;
    }
    m_filterBar->setSources(m_data.sources, m_data.sourcesPooled);
    const QStringList errors = m_data.errors + m_data.countErrors;
    m_errors->setText(errors.join(QLatin1Char('\n')));
    m_errors->setVisible(!errors.isEmpty());
    refresh();
}

DashboardFilter DashboardView::filter() const
{
    // The as-of date follows today until one is chosen, also across midnight.
    DashboardFilter filter = m_filterBar->filter();
    if (m_filterBar->followsToday())
        filter.asOf = QDate::currentDate();
    return filter;
}

void DashboardView::refresh()
{
    const DashboardFilter current = filter();
    if (m_data.capitalQuery && m_backgroundLoader
        && (!(m_data.capitalFilter == current) || m_data.enrollmentProgram != m_enrollment->program())) {
        recountInBackground(); // the figures are counted in the database, off this thread
        return;
    }
    // The page in front now; the others when shown: a count's new figures then cost the window
    // one page's charts and table, not four. Meanwhile they let go of the count they show, which
    // would otherwise stay in memory beside this one and the next (at 1.3 million staffing and
    // enrollment rows, 40 MiB of the peak while a filter is counted).
    m_pagesFilter = current;
    m_stalePages = {m_plan, m_staffing, m_enrollment, m_capital};
    bringUpToDate(qobject_cast<DashboardPage *>(m_pages->currentWidget()));
    for (DashboardPage *page : std::as_const(m_stalePages))
        page->release();
}

void DashboardView::bringUpToDate(DashboardPage *page) const
{
    if (page && m_stalePages.remove(page))
        page->refresh(m_data, m_pagesFilter);
}

PlanPage *DashboardView::planPage() const
{
    bringUpToDate(m_plan);
    return m_plan;
}

StaffingPage *DashboardView::staffingPage() const
{
    bringUpToDate(m_staffing);
    return m_staffing;
}

EnrollmentPage *DashboardView::enrollmentPage() const
{
    bringUpToDate(m_enrollment);
    return m_enrollment;
}

CapitalPage *DashboardView::capitalPage() const
{
    bringUpToDate(m_capital);
    return m_capital;
}

} // namespace milepost
