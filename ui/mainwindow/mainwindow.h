// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/finding.h"
#include "store/databasepermissions.h"
#include "store/baselinerepository.h"
#include "store/planeditrepository.h"
#include "store/planrepository.h"
#include "timeline/timelineview.h"

#include <QDateTime>
#include <QList>
#include <QMainWindow>

#include <memory>
#include <optional>

#include <functional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QLineEdit;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace milepost {

class ConnectionBanner;
class FindingsModel;
class FindingsPanel;
class PlanDetailsView;
class PlanFilterProxyModel;
class PlanTreeModel;
class PlanEditActions;
class PlanEditController;
class ProgressActions;
class ProgressController;
class ProgressRepository;
class DashboardView;
class ReportActions;
class TimelineView;

// The plan browser: a searchable phase → objective → milestone tree with the details of the
// selection beside it, the same rows on a time axis in a second tab, and the import's
// findings in a dock below. Everything it shows comes from the repository's latest plan.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // With progress, the window shows what is recorded on each milestone and edits it.
    explicit MainWindow(PlanRepository &repository, ProgressRepository *progress = nullptr, QWidget *parent = nullptr);

    // Reads the plan at path and stores it, replacing the plan from the same source, then
    // shows it. On failure nothing changes and error says why.
    bool importPlan(const QString &path, QString *error);
    // Shows the repository's latest plan.
    void reload();
    // Selects the milestone or objective that starts on this report line, or else the
    // objective whose part of the report contains it. Returns false when no row fits.
    bool selectSourceLine(int line);
    // Adds action to the File menu beside Import Plan…, such as the import of datasets.
    void addImportAction(QAction *action);
    // Adds an action to the Help menu, above About.
    void addHelpAction(QAction *action);
    // Adds the dashboard as a view beside the outline and the timeline (View › Dashboard,
    // Ctrl+3); its plan rows open in the outline.
    void addDashboard(DashboardView *dashboard);
    // How the timeline reads the capital projects and staffing it draws (the store); without
    // one, it uses the dashboard's data.
    void setTimelineDatasetLoader(const std::function<TimelineView::Datasets()> &loader);
    // The database the window shows, as its title and status bar say (PgConnection::address:
    // never a password), and what the person may do in it: what they may not is hidden.
    void setDatabase(const QString &name, const DatabasePermissions &permissions);
    // The server cannot be reached (reason), or can again (empty): a banner says so and
    // progress edits are refused with the reason until then.
    void setConnectionProblem(const QString &reason);
    ConnectionBanner *connectionBanner() const { return m_banner; }
    // Someone else changed the database: the recorded progress is read again, and the whole
    // plan when another was imported, so the outline keeps its rows open where it can (the
    // dashboard reads itself again in the background: the app connects it).
    void showChangesByOthers();
    // Printing and CSV export (File menu): the app gives it the store's dataset export.
    ReportActions *reportActions() const { return m_reportActions; }
    // Progress editing; nullptr without a progress store.
    ProgressActions *progressActions() const { return m_progressActions; }
    ProgressController *progressController() const { return m_progress; }
    PlanEditActions *planEditActions() const { return m_planEditActions; }
    PlanEditController *planEditController() const { return m_planEdits; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setUpTree();
    void createActions();
    void restoreSettings();
    void saveSettings() const;

    void chooseAndImportPlan();
    void showAbout();
    void searchTextChanged(const QString &text);
    void currentRowChanged(const QModelIndex &current);
    void showOverview();
    // Reads what is recorded as of the window's as-of date into the outline and the timeline.
    void reloadProgress();
    // Shows the plan as it stood on the window's as-of date (the stored plan with the plan
    // edits dated by then); leaves the outline alone when that is what it shows.
    void showPlanAsOf();
    // After a plan edit: the plan read again, the milestone edited (or the objective that was
    // current) selected.
    void planEdited(qint64 milestoneId);
    // Plan › Take Baseline…, and View › Baseline Bars listing the plan's baselines.
    void takeBaseline();
    void fillBaselineMenu();
    void showBaseline(qint64 baselineId);
    void updateCounts();
    void resetTreeExpansion();
    void updateTitle();
    // The findings are the plan's: shown on the outline and the timeline (unless the person
    // closed them there), never over the dashboard.
    void showFindingsForView();
    // Shows the outline tab with this row of the search proxy selected and its details.
    void showInOutline(const QModelIndex &index);

    PlanRepository &m_repository;
    PlanTreeModel *m_planModel = nullptr;
    PlanFilterProxyModel *m_planProxy = nullptr;
    FindingsModel *m_findingsModel = nullptr;

    QLineEdit *m_search = nullptr;
    QTreeView *m_tree = nullptr;
    PlanDetailsView *m_details = nullptr;
    QTabWidget *m_views = nullptr;
    QSplitter *m_splitter = nullptr;
    TimelineView *m_timeline = nullptr;
    FindingsPanel *m_findingsPanel = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    bool m_findingsOnPlanViews = true; // the person's choice for the plan's views
    bool m_switchingView = false;      // the dock hidden or shown by a change of view
    QLabel *m_countsLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    ConnectionBanner *m_banner = nullptr;
    QAction *m_importPlanAction = nullptr;
    QString m_databaseName; // in the title; empty until setDatabase()
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_helpSeparator = nullptr; // between added actions and About
    DashboardView *m_dashboard = nullptr;
    bool m_timelineHasLoader = false;
    ReportActions *m_reportActions = nullptr;
    ProgressController *m_progress = nullptr;
    ProgressActions *m_progressActions = nullptr;
    std::unique_ptr<PlanEditRepository> m_planEditStore;
    PlanEditController *m_planEdits = nullptr;
    PlanEditActions *m_planEditActions = nullptr;
    std::optional<PlanRepository::StoredPlan> m_stored;
    std::unique_ptr<BaselineRepository> m_baselines;
    QMenu *m_baselineMenu = nullptr;
    qint64 m_shownBaseline = 0; // 0: no baseline bars
    QMenu *m_editMenu = nullptr;

    QDateTime m_importedAt;
    QString m_loadError;
    bool m_placed = false; // moved onto its screen at the first show
    QRect m_chosenGeometry; // the first or restored geometry, before anyone resized the window
};

} // namespace milepost
