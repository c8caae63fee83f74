// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinepaintoptions.h"
#include "timelinesettings.h"
#include "timelinetoolbar.h"

#include "datasets/capitalproject.h"
#include "datasets/staffingrecord.h"
#include "plan/finding.h"

#include <QHash>
#include <QPersistentModelIndex>
#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>
#include <utility>

class QAction;
class QComboBox;
class QDateEdit;
class QSettings;
class QSplitter;
class QToolBar;
class QToolButton;

namespace milepost {

class CapitalTimelineModel;
class CapitalTimelineSource;
class StaffingTimelineSource;
class FlatRowGeometry;
class PlanFilterProxyModel;
class StaffingTimelineModel;
class PlanTimelineModel;
class PlanTreeModel;
class TimelineChart;
class TimelineLegend;
class TimelineTreeView;

// The plan, capital projects or staffing on a time axis: the tree on the left and the chart on
// the right, row for row (one FlatRowGeometry), one vertical scroll bar, a splitter between
// them; a toolbar for what to show, zoom, calendar or fiscal quarters, the as-of date, the
// quarter-marks lane and greyscale; a legend below.
//
// The plan rows are those of the given filter proxy, so the search that filters the outline
// filters the chart too; the same search text filters the capital and staffing rows. Capital
// projects and staffing come from a loader (the store, read through core), asked when they
// are first shown and again on F5. Collapsed groups are remembered by key, across a new
// import and a restart; while a search is active every group is open, as in the outline.
class TimelineView final : public QWidget
{
    Q_OBJECT

public:
    using Subject = TimelinePaintOptions::Subject;
    struct Datasets
    {
        QList<CapitalProject> projects; // in memory, when there is no capital source
        QList<StaffingRecord> staffing;
        // The capital projects read from the store a window at a time, and the version of the
        // data it reads (empty when unknown): the rows are read again only when it changes.
        std::shared_ptr<const CapitalTimelineSource> capital;
        QString capitalVersion;
        // The staffing read from the store when the staffing timeline is shown, in place of
        // staffing: never for the plan's or the capital projects' timeline. Read again when the
        // version above changes (it is the store's, for every dataset).
        std::shared_ptr<const StaffingTimelineSource> staffingSource;
    };
    // Hands out the rows to show; fromStore asks for them to be read from the store again
    // (F5), rather than a snapshot already read.
    using DatasetLoader = std::function<Datasets(bool fromStore)>;

    TimelineView(const PlanTreeModel *planModel, PlanFilterProxyModel *filter, QWidget *parent = nullptr);
    ~TimelineView() override;

    PlanTimelineModel *timelineModel() const { return m_model; }
    CapitalTimelineModel *capitalModel() const { return m_capital; }
    StaffingTimelineModel *staffingModel() const { return m_staffing; }
    // The model the tree and the chart show now.
    QAbstractItemModel *shownModel() const { return m_shown; }
    TimelineChart *chart() const { return m_chart; }
    TimelineTreeView *tree() const { return m_tree; }
    FlatRowGeometry *rows() const { return m_rows; }
    TimelineToolBar *toolBar() const { return m_toolBar; }

    void setFindings(const QList<Finding> &findings);

    Subject subject() const { return m_subject; }
    void setSubject(Subject subject);
    // Where capital projects and staffing come from; asked when they are first shown.
    void setDatasetLoader(const DatasetLoader &loader);
    // Asks the loader again, from the store when fromStore (F5); the rows are rebuilt only
    // when the data is new.
    void reloadDatasets(bool fromStore = false);
    void setDatasets(const QList<CapitalProject> &projects, const QList<StaffingRecord> &staffing);
    void setDatasets(const Datasets &datasets);
    // The search of the outline, for the capital and staffing rows.
    void setSearchText(const QString &text);
    bool isGreyscale() const;
    void setGreyscale(bool greyscale);

    QDate asOf() const;
    // A null date follows today.
    void setAsOf(const QDate &asOf);
    void setFiscal(bool fiscal, int firstMonth);
    void setShowMarks(bool show);
    // Draws each milestone's baseline bar (the plan model's baseline dates) under its bar.
    void setShowBaseline(bool show);

    // Selects the row showing this index of the filter proxy, opening its ancestors.
    bool selectFilterIndex(const QModelIndex &index);

    TimelineSettings settings() const;
    void applySettings(const TimelineSettings &settings);
    void saveSettings(QSettings &settings) const;
    void restoreSettings(QSettings &settings);

Q_SIGNALS:
    // Double-click or Enter on a row: index is in the filter proxy's terms.
    void detailsRequested(const QModelIndex &index);
    // The as-of date was set or edited (the toolbar, Today, setAsOf).
    void asOfChanged(const QDate &date);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createToolBar();
    void updateRowHeight();
    void applyExpansion();
    void collectExpanded(const QModelIndex &parent, bool all, QList<QModelIndex> &expanded) const;
    void treeExpansionChanged(const QModelIndex &index, bool expanded);
    void toggleExpanded(const QModelIndex &index);
    void openDetails(const QModelIndex &index);
    void scaleChanged();
    void asOfEdited(const QDate &date);
    void updateLegend();
    void showColumnMenu(const QPoint &position);
    bool isSearching() const;
    void connectShownModel();
    void updatePlaceholder();
    void shownModelReset();
    void applyDefaultColumns();
    void scheduleFit();
    void ensureDatasets();
    // Reads the staffing source's rows, once the staffing timeline is shown.
    void readStaffingIfShown();
    // Reads more of the capital projects whose rows are in view (or just below it).
    void fetchRowsInView();

    PlanFilterProxyModel *m_filter = nullptr;
    PlanTimelineModel *m_model = nullptr;
    CapitalTimelineModel *m_capital = nullptr;
    StaffingTimelineModel *m_staffing = nullptr;
    QAbstractItemModel *m_shown = nullptr;
    QMetaObject::Connection m_shownReset;
    FlatRowGeometry *m_rows = nullptr;
    Subject m_subject = Subject::Plan;
    DatasetLoader m_datasetLoader;
    bool m_datasetsLoaded = false;
    QList<CapitalProject> m_shownProjects; // the snapshot in memory shown, when there is no source
    std::shared_ptr<const CapitalTimelineSource> m_capitalSource;
    QString m_capitalVersion;
    std::shared_ptr<const StaffingTimelineSource> m_staffingSource;
    QString m_staffingVersion;
    bool m_staffingToRead = false; // the source's rows are read when the staffing timeline is shown
    QList<QPersistentModelIndex> m_readParents; // whose rows were read and are to be opened
    QString m_searchText;
    QHash<int, QByteArray> m_headerStates; // by Subject, of the subjects not shown
    QHash<int, std::pair<qreal, QDate>> m_positions; // by Subject: zoom and first day, this session

    TimelineToolBar *m_toolBar = nullptr;
    QAction *m_marksAction = nullptr;
    QAction *m_greyscaleAction = nullptr;
    QComboBox *m_showCombo = nullptr;
    QComboBox *m_scaleCombo = nullptr;
    QComboBox *m_fiscalStartCombo = nullptr;
    QDateEdit *m_asOfEdit = nullptr;
    QSplitter *m_splitter = nullptr;
    TimelineTreeView *m_tree = nullptr;
    TimelineChart *m_chart = nullptr;
    TimelineLegend *m_legend = nullptr;

    QSet<QString> m_collapsed;
    bool m_asOfFollowsToday = true;
    bool m_applyingExpansion = false;
    bool m_fitPending = true;
    QDate m_pendingLeftDate;
    QString m_appliedSearch;
};

} // namespace milepost
