// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "baselinechoice.h"
#include "connectionbanner.h"
#include "languagemenu.h"
#include "rowsetbar.h"

#include <algorithm>

#include "about/buildinfo.h"
#include "common/counttext.h"
#include "dashboard/dashboardfilterbar.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/capitalpage.h"
#include "dashboard/dashboardview.h"
#include "dashboard/drilldownpanel.h"
#include "dashboard/enrollmentpage.h"
#include "dashboard/planpage.h"
#include "dashboard/staffingpage.h"
#include "details/plandetailsview.h"
#include "findings/findingsmodel.h"
#include "findings/findingspanel.h"
#include "plan/planname.h"
#include "plan/planplausibility.h"
#include "plan/planreader.h"
#include "time/plandate.h"
#include "plantree/planfilterproxymodel.h"
#include "plantree/plantreemodel.h"
#include "planedit/planeditactions.h"
#include "planedit/planeditcontroller.h"
#include "planedit/planmergedialog.h"
#include "progress/progressactions.h"
#include "progress/progressdelegate.h"
#include "progress/progresscontroller.h"
#include "report/reportactions.h"
#include "store/baselinerepository.h"
#include "store/importrunlog.h"
#include "store/planeditrepository.h"
#include "store/planrepository.h"
#include "timeline/timelineview.h"
#include "timeline/timelinetreeview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopeGuard>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace milepost {

namespace {

// Bumped when the layout changes so that an old saved state is not applied to a new layout.
constexpr int settingsVersion = 2; // 2: the outline's percent column

QString settingsKey(const char *name)
{
    return QStringLiteral("mainWindow/") + QLatin1String(name);
}

// The first window: 1280×820 where the screen has room for it, else nineteen twentieths of what
// the screen offers (at 200% a 1920×1080 screen offers 960×540), centred, so that it fits.
QRect firstWindowGeometry(const QScreen *screen)
{
    const QSize wanted(1280, 820);
    if (!screen)
        return QRect(QPoint(0, 0), wanted);
    const QRect available = screen->availableGeometry();
    QRect geometry(QPoint(0, 0), wanted.boundedTo(available.size() * 0.95));
    geometry.moveCenter(available.center());
    return geometry;
}

} // namespace

MainWindow::MainWindow(PlanRepository &repository, ProgressRepository *progress, QWidget *parent)
    : QMainWindow(parent)
    , m_repository(repository)
    , m_planModel(new PlanTreeModel(this))
    , m_planProxy(new PlanFilterProxyModel(this))
    , m_findingsModel(new FindingsModel(this))
    , m_progress(progress ? new ProgressController(*progress, this) : nullptr)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Milepost"));
    m_planProxy->setSourceModel(m_planModel);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);

    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search the plan"));
    m_search->setPlaceholderText(tr("Search objectives and milestones (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_banner = new ConnectionBanner(central);
    layout->addWidget(m_banner);
    // While the outline and the timeline show only a dashboard figure's rows, it says so.
    layout->addWidget(new RowSetBar(m_planProxy, central));

    // Two views of the same rows: the outline with details, and the timeline. The search
    // filters both.
    m_views = new QTabWidget(central);
    m_views->setObjectName(QStringLiteral("mainViews"));
    m_views->setAccessibleName(tr("Plan views"));
    m_views->setDocumentMode(true);
    layout->addWidget(m_views, 1);

    m_splitter = new QSplitter(Qt::Horizontal, m_views);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_views->addTab(m_splitter, tr("&Outline"));

    m_tree = new QTreeView(m_splitter);
    setUpTree();

    m_details = new PlanDetailsView(m_splitter);
    m_details->setObjectName(QStringLiteral("detailsView"));
    m_details->setAccessibleName(tr("Details of the selection"));
    m_details->setMinimumWidth(280);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);

    m_timeline = new TimelineView(m_planModel, m_planProxy, m_views);
    m_views->addTab(m_timeline, tr("T&imeline"));
    setCentralWidget(central);

    m_findingsPanel = new FindingsPanel(m_findingsModel, this);
    m_findingsDock = new QDockWidget(tr("Findings"), this);
    m_findingsDock->setObjectName(QStringLiteral("findingsDock"));
    m_findingsDock->setAccessibleName(tr("Import findings"));
    m_findingsDock->setWidget(m_findingsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    connect(m_findingsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!m_switchingView && isVisible())
            m_findingsOnPlanViews = visible;
    });
    connect(m_views, &QTabWidget::currentChanged, this, &MainWindow::showFindingsForView);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setAccessibleName(tr("Plan counts"));
    statusBar()->addPermanentWidget(m_countsLabel);
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setAccessibleName(tr("Database"));
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    if (m_progress) {
        m_progressActions = new ProgressActions(this, m_progress, m_tree, m_planModel, [this] { return m_timeline->asOf(); });
        m_progressActions->addToMenu(m_editMenu);
        // The timeline's tree edits a milestone as the outline does.
        m_timeline->tree()->setEditingDelegate(new ProgressDelegate(m_timeline->tree()));
        m_progressActions->setPlanHistory([this] { return m_stored ? m_stored->history() : PlanHistory{}; });
        m_viewMenu->addSeparator();
        m_viewMenu->addAction(m_progressActions->changesAction());
        addImportAction(m_progressActions->importSheetAction());
        // Beside the other exports, before the separator above Quit.
        const QList<QAction *> fileActions = m_fileMenu->actions();
        const auto quitSeparator = std::find_if(fileActions.rbegin(), fileActions.rend(),
                                                [](const QAction *action) { return action->isSeparator(); });
        m_fileMenu->insertAction(quitSeparator == fileActions.rend() ? nullptr : *quitSeparator,
                                 m_progressActions->exportSheetAction());
        connect(m_details, &PlanDetailsView::editProgressRequested, m_progressActions, &ProgressActions::recordProgress);
        connect(m_progress, &ProgressController::changed, this, [this] {
            reloadProgress();
            if (m_dashboard && m_dashboard->isVisible())
                m_dashboard->reloadInBackground();
        });
        connect(m_timeline, &TimelineView::asOfChanged, this, [this] {
            showPlanAsOf();
            reloadProgress();
        });

        m_planEditStore = std::make_unique<PlanEditRepository>(m_repository.database());
        m_planEdits = new PlanEditController(*m_planEditStore, m_progress, this);
        m_planEditActions = new PlanEditActions(this, m_planEdits, m_tree, m_planModel, [this] { return m_timeline->asOf(); });
        auto *planMenu = new QMenu(tr("&Plan"), this);
        planMenu->setObjectName(QStringLiteral("planMenu"));
        menuBar()->insertMenu(m_viewMenu->menuAction(), planMenu);
        m_planEditActions->addToMenu(planMenu);
        m_progressActions->setPlanActions(m_planEditActions->actions());
        m_details->setPlanActions({m_planEditActions->editAction(), m_planEditActions->removeAction(),
                                   m_planEditActions->objectiveAction()});
        connect(m_planEdits, &PlanEditController::changed, this, &MainWindow::planEdited);

        m_baselines = std::make_unique<BaselineRepository>(m_repository.database());
        planMenu->addSeparator();
        QAction *takeBaselineAction = planMenu->addAction(tr("Take &Baseline…"));
        takeBaselineAction->setObjectName(QStringLiteral("takeBaselineAction"));
        takeBaselineAction->setStatusTip(tr("Keep the plan's dates as they are now under a name, to compare with later"));
        connect(takeBaselineAction, &QAction::triggered, this, &MainWindow::takeBaseline);
        m_baselineMenu = new QMenu(tr("B&aseline Bars"), this);
        m_baselineMenu->setObjectName(QStringLiteral("baselineMenu"));
        m_viewMenu->addMenu(m_baselineMenu);
        connect(m_baselineMenu, &QMenu::aboutToShow, this, &MainWindow::fillBaselineMenu);
    }

    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::searchTextChanged);
    connect(m_planProxy, &PlanFilterProxyModel::rowSetChanged, this, [this] { searchTextChanged(m_search->text()); });
    // Esc in the outline or the timeline shows every row again after a dashboard selection.
    for (QWidget *view : {static_cast<QWidget *>(m_splitter), static_cast<QWidget *>(m_timeline)}) {
        auto *showEveryRow = new QShortcut(QKeySequence(Qt::Key_Escape), view);
        showEveryRow->setContext(Qt::WidgetWithChildrenShortcut);
        showEveryRow->setEnabled(false);
        connect(showEveryRow, &QShortcut::activated, m_planProxy, &PlanFilterProxyModel::clearRowSet);
        connect(m_planProxy, &PlanFilterProxyModel::rowSetChanged, showEveryRow,
                [this, showEveryRow] { showEveryRow->setEnabled(m_planProxy->hasRowSet()); });
    }
    connect(m_search, &QLineEdit::textChanged, m_timeline, &TimelineView::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, m_tree, qOverload<>(&QWidget::setFocus));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::currentRowChanged);
    connect(m_timeline, &TimelineView::detailsRequested, this, &MainWindow::showInOutline);
    connect(m_findingsPanel, &FindingsPanel::lineActivated, this, [this](int line) {
        if (!selectSourceLine(line))
            statusBar()->showMessage(tr("No objective or milestone of the plan is on line %1.").arg(line), 5000);
    });

    setGeometry(firstWindowGeometry(screen()));
    m_splitter->setSizes({800, 480});
    resizeDocks({m_findingsDock}, {150}, Qt::Vertical);
    restoreSettings();
    m_chosenGeometry = geometry();
    showFindingsForView();
    reload();
    // The baseline bars shown when this database was last open, while the plan still has them.
    if (m_baselines && m_stored) {
        QSettings settings;
        if (const qint64 chosen = BaselineChoice::load(settings, m_repository.database())) {
            QString error;
            const auto baselines = m_baselines->baselines(m_stored->plan.source, &error);
            for (const Baseline &baseline : baselines.value_or(QList<Baseline>())) {
                if (baseline.id == chosen)
                    showBaseline(chosen);
            }
        }
    }
}

void MainWindow::setUpTree()
{
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setAccessibleName(tr("Plan outline"));
    m_tree->setModel(m_planProxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setMinimumWidth(400);

    // The title stretches; the other columns get what their usual content needs, so that the
    // long objective and milestone titles keep most of the width. Longer statuses elide, with
    // the whole text and its reading in the tooltip.
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    header->setMinimumSectionSize(60);
    header->setSectionResizeMode(PlanTreeModel::TitleColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = fontMetrics();
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    const int iconRoom = style()->pixelMetric(QStyle::PM_SmallIconSize) + 4;
    // Wide enough for a late-in-the-year day in the user's date format, and the warning icon.
    const QString longDate = PlanDate::exact(QDate(2022, 12, 30)).displayText();
    const QString longQuarters = PlanTreeModel::quartersText({{2022, 3}, {2022, 4}, {2023, 1}, {2023, 2}});
    header->resizeSection(PlanTreeModel::StatusColumn, metrics.horizontalAdvance(QStringLiteral("In Progress (Estimated")) + padding);
    header->resizeSection(PlanTreeModel::PercentColumn, metrics.horizontalAdvance(QStringLiteral("Done 100%")) + padding);
    header->resizeSection(PlanTreeModel::StartColumn, metrics.horizontalAdvance(longDate) + iconRoom + padding);
    header->resizeSection(PlanTreeModel::EndColumn, metrics.horizontalAdvance(longDate) + iconRoom + padding);
    header->resizeSection(PlanTreeModel::QuartersColumn, metrics.horizontalAdvance(longQuarters) + padding);
    header->resizeSection(PlanTreeModel::OwnerColumn, metrics.horizontalAdvance(QStringLiteral("Ana Ruiz (Human Resources)")) + padding);
    // The owner on request (the header's menu), so that titles keep their room at 1280 px; the
    // details panel always shows it.
    header->setSectionHidden(PlanTreeModel::OwnerColumn, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &position) {
        QMenu menu(this);
        menu.setAccessibleName(tr("Columns"));
        for (int column = 0; column < m_tree->model()->columnCount(); ++column) {
            QAction *action = menu.addAction(m_tree->model()->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            action->setEnabled(column != PlanTreeModel::TitleColumn); // rows need their names
            connect(action, &QAction::toggled, header, [header, column](bool shown) { header->setSectionHidden(column, !shown); });
        }
        menu.exec(header->viewport()->mapToGlobal(position));
    });

    // No sort column at first: the tree keeps the report's order until a header is clicked,
    // and a third click on a header goes back to it.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSortIndicatorClearable(true);
    m_tree->setSortingEnabled(true);
}

void MainWindow::addHelpAction(QAction *action)
{
    if (!m_helpSeparator)
        m_helpSeparator = m_helpMenu->insertSeparator(m_helpMenu->actions().value(0));
    m_helpMenu->insertAction(m_helpSeparator, action);
}

void MainWindow::addImportAction(QAction *action)
{
    // In the group of import actions at the top of the menu, which a separator ends.
    QAction *before = nullptr;
    for (QAction *existing : m_fileMenu->actions()) {
        if (existing->isSeparator()) {
            before = existing;
            break;
        }
    }
    m_fileMenu->insertAction(before, action);
}

void MainWindow::setTimelineDatasetLoader(const std::function<TimelineView::Datasets()> &loader)
{
    // The timeline reads the store itself: the dashboard counts in the database and holds no rows.
    m_timelineHasLoader = true;
    m_timeline->setDatasetLoader([loader](bool) { return loader(); });
}

void MainWindow::addDashboard(DashboardView *dashboard)
{
    m_dashboard = dashboard;
    const int index = m_views->addTab(dashboard, tr("&Dashboard"));
    // The View menu lists the views first, up to its first separator.
    QAction *before = nullptr;
    for (QAction *existing : m_viewMenu->actions()) {
        if (existing->isSeparator()) {
            before = existing;
            break;
        }
    }
    auto *action = new QAction(tr("&Dashboard"), m_viewMenu);
    action->setObjectName(QStringLiteral("showDashboardAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_viewMenu->insertAction(before, action);
    connect(action, &QAction::triggered, this, [this, dashboard] {
        m_views->setCurrentWidget(dashboard);
        dashboard->setFocus(Qt::ShortcutFocusReason);
    });
    // Without a loader of its own (setTimelineDatasetLoader), the timeline draws the capital
    // projects and staffing the dashboard holds in memory (tests, previews).
    if (!m_timelineHasLoader)
        m_timeline->setDatasetLoader([dashboard](bool fromStore) {
            if (fromStore || (dashboard->data().projects.isEmpty() && dashboard->data().staffing.isEmpty()))
                dashboard->reload(); // asked to, or not shown yet and so not read yet
            return TimelineView::Datasets{dashboard->data().projects, dashboard->data().staffing, nullptr, {}, nullptr};
        });
    // One as-of date for the window: the dashboard's and the timeline's move together, and the
    // timeline's (restored first) is where both start.
    dashboard->filterBar()->setAsOf(m_timeline->asOf());
    connect(m_timeline, &TimelineView::asOfChanged, dashboard->filterBar(), &DashboardFilterBar::setAsOf);
    connect(dashboard->filterBar(), &DashboardFilterBar::filterChanged, this, [this, dashboard](const DashboardFilter &filter) {
        if (filter.asOf.isValid() && filter.asOf != m_timeline->asOf())
            m_timeline->setAsOf(dashboard->filterBar()->followsToday() ? QDate() : filter.asOf);
    });
    // "Show on the timeline" on the dashboard: the outline and the timeline show those rows only.
    connect(dashboard, &DashboardView::planRowsRequested, this,
            [this](const QString &label, const QList<int> &objectives, const QList<std::pair<int, int>> &milestones) {
                m_planProxy->setRowSet(label, objectives, milestones);
                m_timeline->setSubject(TimelineView::Subject::Plan);
                m_views->setCurrentWidget(m_timeline);
                m_timeline->setFocus(Qt::OtherFocusReason);
            });
    connect(dashboard, &DashboardView::sourceLineRequested, this, [this](int line) {
        if (!selectSourceLine(line)) {
            statusBar()->showMessage(tr("No objective or milestone of the plan is on line %1.").arg(line), 5000);
            return;
        }
        m_views->setCurrentWidget(m_splitter);
        m_tree->setFocus(Qt::OtherFocusReason);
    });
    // Printing from the dashboard prints its page in front; a board pack binds its pages.
    m_reportActions->setDashboard([this, dashboard] {
        if (!dashboard->hasData())
            dashboard->reload(); // never opened: nothing read yet
        using Kind = BoardPackSection::Kind;
        ReportActions::Dashboard state;
        state.pages.filter = dashboard->filter();
        state.pages.planPage = dashboard->planPage();
        state.pages.staffing = dashboard->staffingPage();
        state.pages.enrollment = dashboard->enrollmentPage();
        state.pages.capital = dashboard->capitalPage();
        state.data = &dashboard->data();
        if (m_views->currentWidget() == dashboard) {
            const QWidget *page = dashboard->pages()->currentWidget();
            state.inFront = page == dashboard->staffingPage()     ? Kind::Staffing
                          : page == dashboard->enrollmentPage()   ? Kind::Enrollment
                          : page == dashboard->capitalPage()      ? Kind::Capital
                                                                  : Kind::PlanSummary;
        }
        return state;
    });
    // The view saved last time may be this one, which did not exist when settings were read.
    if (QSettings().value(settingsKey("view")).toInt() == index)
        m_views->setCurrentIndex(index);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu = fileMenu;
    QAction *importAction = fileMenu->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Import Plan…"));
    m_importPlanAction = importAction;
    importAction->setObjectName(QStringLiteral("importPlanAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setStatusTip(tr("Read a plan report and store it, replacing the plan from the same file"));
    connect(importAction, &QAction::triggered, this, &MainWindow::chooseAndImportPlan);
    fileMenu->addSeparator();
    // Reports and CSV show what the window shows: its search, its as-of date, the table in front.
    m_reportActions = new ReportActions(
        this,
        [this] {
            ReportActions::Context context;
            context.plan = m_planModel->plan();
            context.importedAt = m_importedAt;
            context.asOf = m_timeline->asOf();
            context.search = m_search->text();
            if (m_stored)
                context.planHistory = m_stored->history();
            if (m_progress) {
                QString error;
                if (auto recorded = m_progress->recorded(m_planModel->milestoneIds(), &error))
                    context.progress = *recorded;
                else
                    statusBar()->showMessage(tr("The recorded progress could not be read: %1").arg(error), 15000);
                context.baseline = m_planModel->baseline();
            }
            return context;
        },
        [this] {
            // The table or tree with the keyboard focus (findings, a dashboard table, ...), else
            // the table of the tab in front: the dashboard page's, the timeline's or the outline's.
            QAbstractItemView *view = nullptr;
            for (QWidget *widget = QApplication::focusWidget(); widget && widget != this; widget = widget->parentWidget()) {
                if ((view = qobject_cast<QAbstractItemView *>(widget)))
                    break;
            }
            if (!qobject_cast<QTableView *>(view) && !qobject_cast<QTreeView *>(view)) {
                const auto *page = m_dashboard && m_views->currentWidget() == m_dashboard
                    ? qobject_cast<DashboardPage *>(m_dashboard->pages()->currentWidget())
                    : nullptr;
                view = page && page->drillDown() ? static_cast<QAbstractItemView *>(page->drillDown()->view())
                     : m_views->currentWidget() == m_timeline ? static_cast<QAbstractItemView *>(m_timeline->tree())
                                                              : static_cast<QAbstractItemView *>(m_tree);
            }
            ReportActions::Table table;
            table.model = view->model();
            const TimelineView::Subject shown = m_timeline->subject();
            table.name = view == m_findingsPanel->view()                     ? tr("findings")
                       : view == m_tree                                      ? tr("plan")
                       : view != m_timeline->tree()                          ? tr("table")
                       : shown == TimelineView::Subject::CapitalProjects     ? tr("capital projects")
                       : shown == TimelineView::Subject::Staffing            ? tr("staffing")
                                                                             : tr("plan");
            if (auto *tableView = qobject_cast<QTableView *>(view))
                table.header = tableView->horizontalHeader();
            else if (auto *tree = qobject_cast<QTreeView *>(view))
                table.header = tree->header();
            return table;
        });
    m_reportActions->addToMenu(fileMenu);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu = editMenu;
    QAction *findAction = editMenu->addAction(tr("&Find…"));
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    // Esc empties the search; on an empty search it goes back to the tree.
    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_search);
    clearSearch->setContext(Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, this, [this] {
        if (m_search->text().isEmpty())
            m_tree->setFocus(Qt::ShortcutFocusReason);
        else
            m_search->clear();
    });
    auto *toTree = new QShortcut(QKeySequence(Qt::Key_Down), m_search);
    toTree->setContext(Qt::WidgetShortcut);
    connect(toTree, &QShortcut::activated, this, [this] {
        m_tree->setFocus(Qt::ShortcutFocusReason);
        if (!m_tree->currentIndex().isValid() && m_planProxy->rowCount() > 0)
            m_tree->setCurrentIndex(m_planProxy->index(0, 0));
    });

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu = viewMenu;
    QAction *outlineAction = viewMenu->addAction(tr("&Outline"));
    outlineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(outlineAction, &QAction::triggered, this, [this] {
        m_views->setCurrentWidget(m_splitter);
        m_tree->setFocus(Qt::ShortcutFocusReason);
    });
    QAction *timelineAction = viewMenu->addAction(tr("&Timeline"));
    timelineAction->setObjectName(QStringLiteral("showTimelineAction"));
    timelineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(timelineAction, &QAction::triggered, this, [this] {
        m_views->setCurrentWidget(m_timeline);
        m_timeline->setFocus(Qt::ShortcutFocusReason);
    });
    viewMenu->addSeparator();
    QAction *findingsAction = m_findingsDock->toggleViewAction();
    findingsAction->setText(tr("&Findings Panel"));
    findingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    viewMenu->addAction(findingsAction);
    viewMenu->addSeparator();
    QAction *expandAction = viewMenu->addAction(tr("&Expand All"));
    connect(expandAction, &QAction::triggered, m_tree, &QTreeView::expandAll);
    QAction *collapseAction = viewMenu->addAction(tr("&Collapse to Objectives"));
    connect(collapseAction, &QAction::triggered, this, &MainWindow::resetTreeExpansion);
    QAction *reportOrderAction = viewMenu->addAction(tr("&Report Order"));
    reportOrderAction->setStatusTip(tr("Undo any sorting and show the plan in the order of the report"));
    connect(reportOrderAction, &QAction::triggered, this, [this] { m_tree->sortByColumn(-1, Qt::AscendingOrder); });
    viewMenu->addSeparator();
    auto *languageMenu = new LanguageMenu(viewMenu);
    viewMenu->addMenu(languageMenu);
    connect(languageMenu, &LanguageMenu::choiceChanged, this, [this] {
        statusBar()->showMessage(tr("The new language takes effect when Milepost restarts."), 15000);
    });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu = helpMenu;
    QAction *aboutAction = helpMenu->addAction(tr("&About Milepost"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"));
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_placed || isMaximized() || isFullScreen())
        return;
    m_placed = true;

    // The first size was chosen before the views were laid out, and a size saved on another
    // screen may not fit this one: keep the window, at least its minimum, inside the screen.
    const QScreen *shown = screen();
    if (!shown)
        return;
    const QRect available = shown->availableGeometry();
    QRect placed = geometry();
    // A size given by the caller (resize() before show()) is kept as given; only moved.
    if (placed == m_chosenGeometry)
        placed.setSize(placed.size().boundedTo(available.size()).expandedTo(minimumSizeHint().boundedTo(available.size())));
    placed.moveLeft(std::clamp(placed.left(), available.left(), std::max(available.left(), available.right() - placed.width() + 1)));
    placed.moveTop(std::clamp(placed.top(), available.top(), std::max(available.top(), available.bottom() - placed.height() + 1)));
    if (placed != geometry())
        setGeometry(placed);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    // The timeline keeps its own group, with its own version.
    m_timeline->restoreSettings(settings);
    m_views->setCurrentIndex(settings.value(settingsKey("view"), 0).toInt());
    m_search->setText(settings.value(settingsKey("search")).toString());
    if (settings.value(settingsKey("version")).toInt() != settingsVersion)
        return;
    restoreGeometry(settings.value(settingsKey("geometry")).toByteArray());
    restoreState(settings.value(settingsKey("state")).toByteArray(), settingsVersion);
    m_splitter->restoreState(settings.value(settingsKey("splitter")).toByteArray());
    m_tree->header()->restoreState(settings.value(settingsKey("treeHeader")).toByteArray());
    m_findingsPanel->restoreHeaderState(settings.value(settingsKey("findingsHeader")).toByteArray());
    m_findingsOnPlanViews = settings.value(settingsKey("findingsShown"), true).toBool();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(settingsKey("version"), settingsVersion);
    settings.setValue(settingsKey("findingsShown"), m_findingsOnPlanViews);
    settings.setValue(settingsKey("geometry"), saveGeometry());
    settings.setValue(settingsKey("state"), saveState(settingsVersion));
    settings.setValue(settingsKey("splitter"), m_splitter->saveState());
    settings.setValue(settingsKey("treeHeader"), m_tree->header()->saveState());
    settings.setValue(settingsKey("findingsHeader"), m_findingsPanel->headerState());
    settings.setValue(settingsKey("view"), m_views->currentIndex());
    settings.setValue(settingsKey("search"), m_search->text());
    m_timeline->saveSettings(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

bool MainWindow::importPlan(const QString &path, QString *error)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restoreCursor = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
    const PlanImportResult result = PlanReader::readFile(path);
    if (!result.ok) {
        if (error)
            *error = result.error;
        return false;
    }
    // A reading that went wrong (unknown line ends, a file that is no plan) must not replace a
    // good stored plan unless the person agrees.
    if (const QString concern = PlanPlausibility::concern(result); !concern.isEmpty() && m_repository.planCount() > 0) {
        QGuiApplication::restoreOverrideCursor();
        const auto answer = QMessageBox::question(
            this, tr("Replace the Stored Plan?"),
            tr("“%1” does not look like a plan that was read correctly: %2.\n\nReplace the stored plan with it anyway?")
                .arg(QFileInfo(path).fileName(), concern),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        if (answer != QMessageBox::Yes) {
            if (error)
                *error = tr("The stored plan was kept: %1.").arg(concern);
            return false;
        }
    }
    // A new edition of the stored plan is merged; the person sees what changes and confirms renames.
    QGuiApplication::restoreOverrideCursor();
    const auto renames = PlanMergeDialog::ask(this, m_repository, result.plan, error);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    if (!renames)
        return false; // cancelled: error stays empty
    const QString importer = m_progress ? m_progress->userName() : ImportRunLog::currentUser();
    if (!m_repository.mergePlan(result.plan, result.findings, *renames, importer, error))
        return false;
    reload();
    return true;
}

void MainWindow::chooseAndImportPlan()
{
    QSettings settings;
    const QString directory = settings.value(QStringLiteral("import/lastDirectory")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Plan"), directory,
                                                      tr("Plan reports (*.txt *.md *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastDirectory"), QFileInfo(path).absolutePath());

    const QString fileName = QFileInfo(path).fileName();
    QString error;
    if (!importPlan(path, &error)) {
        if (error.isEmpty())
            return; // the person cancelled the merge
        QMessageBox box(QMessageBox::Warning, tr("Import Failed"), tr("Milepost could not import “%1”.").arg(fileName),
                        QMessageBox::Ok, this);
        box.setInformativeText(tr("%1\n\nThe stored plan has not been changed.").arg(error));
        box.exec();
        return;
    }
    const qsizetype findings = m_findingsModel->rowCount();
    statusBar()->showMessage(tr("Imported “%1”: %2 · %3 · %4")
                                 .arg(fileName, CountText::objectives(m_planModel->plan().objectives.size()),
                                      CountText::milestones(m_planModel->plan().milestoneCount()),
                                      CountText::findings(findings)),
                             15000);
    if (findings > 0)
        m_findingsDock->show();
}

void MainWindow::showFindingsForView()
{
    const QWidget *view = m_views->currentWidget();
    const bool planView = view == m_splitter || view == m_timeline;
    // A panel that opens when there is something to see: with no findings it gives its height
    // back to the plan (View › Findings still shows it).
    const bool anything = m_findingsModel->rowCount() > 0;
    const QScopedValueRollback<bool> switching(m_switchingView, true);
    m_findingsDock->setVisible(planView && m_findingsOnPlanViews && anything);
}

void MainWindow::showAbout()
{
    QStringList build = BuildInfo::lines(m_repository.databasePath());
    for (QString &line : build)
        line = line.toHtmlEscaped();
    QMessageBox::about(this, tr("About Milepost"),
                       tr("<h3>Milepost %1</h3>"
                          "<p>Reads a district plan report into objectives and milestones, keeps it in a local "
                          "database and shows what the import could not read.</p>"
                          "<p>%2</p>"
                          "<p>Milepost is free software, licensed under the GNU General Public License, version 3 "
                          "or (at your option) any later version (GPL-3.0-or-later).</p>")
                           .arg(BuildInfo::version().toHtmlEscaped(), build.mid(1).join(QStringLiteral("<br>"))));
}

void MainWindow::reload()
{
    QString error;
    const std::optional<PlanRepository::StoredPlan> stored = m_repository.loadLatest(&error);
    m_loadError = stored ? QString() : error;
    // Rows picked on the dashboard name the plan shown until now, not the one read again.
    m_planProxy->clearRowSet();
    m_stored = stored;
    if (stored) {
        const PlanEditReplay::Result shown = stored->asOf(m_timeline->asOf());
        m_planModel->setPlan(shown.plan);
        m_planModel->setMilestoneIds(shown.milestoneIds);
        m_findingsModel->setFindings(stored->findings);
        m_timeline->setFindings(stored->findings);
        m_importedAt = stored->importedAt;
    } else {
        m_planModel->setPlan(Plan{});
        m_findingsModel->setFindings({});
        m_timeline->setFindings({});
        m_importedAt = {};
    }
    showFindingsForView();
    updateTitle();
    if (m_planProxy->isFiltering())
        m_tree->expandAll();
    else
        resetTreeExpansion();
    reloadProgress();
    updateCounts();
    showOverview();
    // A dashboard out of sight reads the store when it is shown next; one in sight, on a worker.
    if (m_dashboard && m_dashboard->isVisible())
        m_dashboard->reloadInBackground();
}

void MainWindow::updateTitle()
{
    // Plans by their name ("100-Day Plan"), not the heading of the document they came from.
    const bool named = !m_planModel->plan().title.trimmed().isEmpty();
    const QString plan = named ? PlanName::of(m_planModel->plan()) : QString();
    if (m_databaseName.isEmpty())
        setWindowTitle(named ? tr("%1 — Milepost").arg(plan) : tr("Milepost"));
    else
        setWindowTitle(named ? tr("%1 — %2 — Milepost", "plan — database").arg(plan, m_databaseName)
                             : tr("%1 — Milepost", "database").arg(m_databaseName));
}

void MainWindow::setDatabase(const QString &name, const DatabasePermissions &permissions)
{
    m_databaseName = name;
    QString shown = name;
    if (!permissions.role.isEmpty()) {
        const QString may = permissions.importData       ? tr("may import")
                            : permissions.recordProgress ? tr("may record progress")
                                                         : tr("read only");
        shown = tr("%1 (%2)", "database (what the person may do)").arg(name, may);
    }
    m_databaseLabel->setText(shown);
    m_databaseLabel->setToolTip(tr("The database this window shows"));
    m_importPlanAction->setVisible(permissions.importData);
    m_importPlanAction->setEnabled(permissions.importData);
    if (m_progressActions)
        m_progressActions->setAllowed(permissions.recordProgress);
    updateTitle();
}

void MainWindow::setConnectionProblem(const QString &reason)
{
    m_banner->setProblem(reason);
    if (m_progress)
        m_progress->setOffline(reason.isEmpty() ? QString()
                                                : tr("The database server cannot be reached (%1). Nothing was saved; "
                                                     "Milepost reconnects on its own, then save again.")
                                                      .arg(reason));
}

void MainWindow::showChangesByOthers()
{
    QString error;
    const std::optional<PlanRepository::StoredPlan> stored = m_repository.loadLatest(&error);
    if (!stored || stored->importedAt != m_importedAt || stored->plan.objectives.size() != m_planModel->plan().objectives.size()) {
        reload(); // another plan, or none: everything is read again
        return;
    }
    reloadProgress();
}

bool MainWindow::selectSourceLine(int line)
{
    QModelIndex source = m_planModel->indexForSourceLine(line);
    if (!source.isValid()) {
        // A finding about a table or its caption: the objective whose part of the report holds it.
        const QList<Objective> &objectives = m_planModel->plan().objectives;
        int best = -1;
        for (int i = 0; i < objectives.size(); ++i) {
            const int start = objectives.at(i).sourceLine;
            if (start > 0 && start <= line && (best < 0 || start > objectives.at(best).sourceLine))
                best = i;
        }
        if (best < 0)
            return false;
        source = m_planModel->objectiveIndex(best);
    }
    QModelIndex index = m_planProxy->mapFromSource(source);
    if (!index.isValid()) {
        m_search->clear(); // the search hides the row
        index = m_planProxy->mapFromSource(source);
    }
    if (!index.isValid())
        return false;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    return true;
}

void MainWindow::searchTextChanged(const QString &text)
{
    m_planProxy->setSearchText(text);
    if (m_planProxy->isFiltering())
        m_tree->expandAll();
    else
        resetTreeExpansion();
    if (m_tree->currentIndex().isValid())
        m_tree->scrollTo(m_tree->currentIndex());
    updateCounts();
}

void MainWindow::currentRowChanged(const QModelIndex &current)
{
    const QModelIndex source = m_planProxy->mapToSource(current);
    if (!source.isValid()) {
        showOverview();
        return;
    }
    const Plan &plan = m_planModel->plan();
    const auto kind = source.data(PlanTreeModel::ItemKindRole).value<PlanTreeModel::ItemKind>();
    if (kind == PlanTreeModel::ItemKind::Phase) {
        m_details->showPhase(plan, Phase(source.data(PlanTreeModel::PhaseRole).toInt()));
        return;
    }
    const int objective = source.data(PlanTreeModel::ObjectiveIndexRole).toInt();
    const int milestone = source.data(PlanTreeModel::MilestoneIndexRole).toInt();
    const qint64 id = m_planModel->milestoneId(objective, milestone);
    if (!m_progress || kind != PlanTreeModel::ItemKind::Milestone || id == 0) {
        m_details->showObjective(plan.objectives.at(objective), milestone);
        return;
    }
    PlanDetailsView::Progress progress;
    progress.shown = m_planModel->shownStatus(objective, milestone);
    if (const ProgressState *recorded = m_planModel->recordedState(objective, milestone))
        progress.recorded = *recorded;
    progress.asOf = m_planModel->progressAsOf();
    progress.editable = true;
    if (const auto history = m_progress->history(id, &progress.error))
        progress.history = *history;
    m_details->showObjective(plan.objectives.at(objective), milestone, &progress);
}

void MainWindow::showPlanAsOf()
{
    if (!m_stored)
        return;
    const PlanEditReplay::Result shown = m_stored->asOf(m_timeline->asOf());
    if (shown.plan == m_planModel->plan() && shown.milestoneIds == m_planModel->milestoneIds())
        return;
    m_planModel->setPlan(shown.plan);
    m_planModel->setMilestoneIds(shown.milestoneIds);
    if (m_planProxy->isFiltering())
        m_tree->expandAll();
    else
        resetTreeExpansion();
    updateCounts();
}

void MainWindow::planEdited(qint64 milestoneId)
{
    const QModelIndex before = m_planProxy->mapToSource(m_tree->currentIndex());
    const int objective = before.isValid() ? before.data(PlanTreeModel::ObjectiveIndexRole).toInt() : -1;
    reload();
    QModelIndex source;
    const QList<QList<qint64>> &ids = m_planModel->milestoneIds();
    for (int o = 0; o < ids.size() && !source.isValid(); ++o) {
        if (const int m = int(ids.at(o).indexOf(milestoneId)); milestoneId != 0 && m >= 0)
            source = m_planModel->milestoneIndex(o, m);
    }
    if (!source.isValid() && objective >= 0 && objective < m_planModel->plan().objectives.size())
        source = m_planModel->objectiveIndex(objective);
    const QModelIndex index = m_planProxy->mapFromSource(source);
    if (!index.isValid())
        return;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
}

void MainWindow::takeBaseline()
{
    if (!m_baselines || !m_stored)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Take Baseline"),
                                               tr("Keep the plan's dates as they are now under the name:"), QLineEdit::Normal,
                                               tr("Baseline of %1").arg(QLocale().toString(m_progress->today(), QLocale::ShortFormat)),
                                               &ok);
    if (!ok)
        return;
    QString error;
    qint64 id = 0;
    if (!m_baselines->take(m_planModel->plan(), m_planModel->milestoneIds(), name, m_progress->userName(), &error, &id)) {
        QMessageBox::warning(this, tr("Take Baseline"), tr("The baseline was not kept: %1").arg(error));
        return;
    }
    statusBar()->showMessage(tr("Baseline “%1” kept").arg(name.simplified()), 5000);
    showBaseline(id);
}

void MainWindow::fillBaselineMenu()
{
    m_baselineMenu->clear();
    qDeleteAll(m_baselineMenu->findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly));
    auto *group = new QActionGroup(m_baselineMenu);
    QAction *none = m_baselineMenu->addAction(tr("&None"));
    none->setCheckable(true);
    none->setChecked(m_shownBaseline == 0);
    group->addAction(none);
    connect(none, &QAction::triggered, this, [this] { showBaseline(0); });
    if (!m_stored)
        return;
    QString error;
    const auto baselines = m_baselines->baselines(m_stored->plan.source, &error);
    if (!baselines) {
        statusBar()->showMessage(tr("The baselines could not be read: %1").arg(error), 15000);
        return;
    }
    m_baselineMenu->addSeparator();
    for (const Baseline &baseline : *baselines) {
        const QString label = baseline.name == Baseline::importedName() ? tr("As First Imported") : baseline.name;
        QAction *action = m_baselineMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(baseline.id == m_shownBaseline);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = baseline.id] { showBaseline(id); });
    }
}

void MainWindow::showBaseline(qint64 baselineId)
{
    QHash<qint64, BaselineDates> dates;
    if (baselineId != 0) {
        QString error;
        const auto read = m_baselines->dates(baselineId, &error);
        if (!read) {
            statusBar()->showMessage(tr("The baseline could not be read: %1").arg(error), 15000);
            return;
        }
        dates = *read;
    }
    m_shownBaseline = baselineId;
    m_planModel->setBaseline(dates);
    m_timeline->setShowBaseline(baselineId != 0);
    QSettings settings;
    BaselineChoice::save(settings, m_repository.database(), baselineId);
}

void MainWindow::reloadProgress()
{
    if (!m_progress)
        return;
    const QDate asOf = m_timeline->asOf();
    QString error;
    const auto states = m_progress->statesAsOf(asOf, &error);
    if (!states)
        statusBar()->showMessage(tr("The recorded progress could not be read: %1").arg(error), 15000);
    m_planModel->setProgress(states.value_or(QHash<qint64, ProgressState>()), asOf);
    currentRowChanged(m_tree->currentIndex());
}

void MainWindow::showOverview()
{
    if (!m_loadError.isEmpty()) {
        m_details->showMessage(tr("The stored plan could not be read"), m_loadError);
        return;
    }
    const Plan &plan = m_planModel->plan();
    if (plan.objectives.isEmpty() && !m_importedAt.isValid()) {
        m_details->showMessage(tr("No plan yet"),
                               tr("Use File › Import Plan… (Ctrl+I) to read a plan report. Milepost keeps it in its "
                                  "database and lists anything it could not read under Findings."));
        return;
    }
    m_details->showPlanOverview(plan, m_importedAt, m_findingsModel->rowCount());
}

void MainWindow::updateCounts()
{
    const Plan &plan = m_planModel->plan();
    QString text = tr("%1 · %2 · %3")
                       .arg(CountText::objectives(plan.objectives.size()), CountText::milestones(plan.milestoneCount()),
                            CountText::findings(m_findingsModel->rowCount()));
    if (m_planProxy->isFiltering()) {
        // Count what the search left visible, below the phase rows.
        qsizetype objectives = 0;
        qsizetype milestones = 0;
        for (int p = 0; p < m_planProxy->rowCount(); ++p) {
            const QModelIndex phase = m_planProxy->index(p, 0);
            objectives += m_planProxy->rowCount(phase);
            for (int o = 0; o < m_planProxy->rowCount(phase); ++o)
                milestones += m_planProxy->rowCount(m_planProxy->index(o, 0, phase));
        }
        text = tr("Showing %1 of %2 · %3 of %4 · %5", "visible objectives, all objectives, visible milestones, ...")
                   .arg(QString::number(objectives), CountText::objectives(plan.objectives.size()),
                        QString::number(milestones), CountText::milestones(plan.milestoneCount()),
                        CountText::findings(m_findingsModel->rowCount()));
    }
    m_countsLabel->setText(text);
}

void MainWindow::showInOutline(const QModelIndex &index)
{
    if (!index.isValid() || index.model() != m_planProxy)
        return;
    m_views->setCurrentWidget(m_splitter);
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    m_tree->setFocus(Qt::OtherFocusReason);
}

void MainWindow::resetTreeExpansion()
{
    m_tree->collapseAll();
    m_tree->expandToDepth(0);
}

} // namespace milepost
