// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinesettings.h"

#include "plan/finding.h"

#include <QSet>
#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QSettings;
class QSplitter;
class QToolBar;
class QToolButton;

namespace milepost {

class FlatRowGeometry;
class PlanFilterProxyModel;
class PlanTimelineModel;
class PlanTreeModel;
class TimelineChart;
class TimelineLegend;
class TimelineTreeView;

// The plan on a time axis: the plan tree on the left and the chart on the right, row for row
// (one FlatRowGeometry), one vertical scroll bar, a splitter between them; a toolbar for zoom,
// calendar or fiscal quarters, the as-of date and the quarter-marks lane; a legend below.
//
// It shows the rows of the given filter proxy, so the search that filters the outline
// filters the chart too. Collapsed groups are remembered by key, across a new import and a
// restart; while a search is active every group is open, as in the outline.
class TimelineView final : public QWidget
{
    Q_OBJECT

public:
    TimelineView(const PlanTreeModel *planModel, PlanFilterProxyModel *filter, QWidget *parent = nullptr);
    ~TimelineView() override;

    PlanTimelineModel *timelineModel() const { return m_model; }
    TimelineChart *chart() const { return m_chart; }
    TimelineTreeView *tree() const { return m_tree; }
    FlatRowGeometry *rows() const { return m_rows; }
    QToolBar *toolBar() const { return m_toolBar; }

    void setFindings(const QList<Finding> &findings);

    QDate asOf() const;
    // A null date follows today.
    void setAsOf(const QDate &asOf);
    void setFiscal(bool fiscal, int firstMonth);
    void setShowMarks(bool show);

    // Selects the row showing this index of the filter proxy, opening its ancestors.
    bool selectFilterIndex(const QModelIndex &index);

    TimelineSettings settings() const;
    void applySettings(const TimelineSettings &settings);
    void saveSettings(QSettings &settings) const;
    void restoreSettings(QSettings &settings);

Q_SIGNALS:
    // Double-click or Enter on a row: index is in the filter proxy's terms.
    void detailsRequested(const QModelIndex &index);

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

    PlanFilterProxyModel *m_filter = nullptr;
    PlanTimelineModel *m_model = nullptr;
    FlatRowGeometry *m_rows = nullptr;

    QToolBar *m_toolBar = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_marksAction = nullptr;
    QComboBox *m_scaleCombo = nullptr;
    QComboBox *m_fiscalStartCombo = nullptr;
    QDateEdit *m_asOfEdit = nullptr;
    QToolButton *m_todayButton = nullptr;
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
