// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "capitaltimelinemodel.h"
#include "flatrowgeometry.h"
#include "plantimelinemodel.h"
#include "staffingtimelinemodel.h"
#include "timelinechart.h"
#include "timelinelegend.h"
#include "timelinetoolbar.h"
#include "timelinetreeview.h"

#include "plan/milestonestatus.h"
#include "plantree/planfilterproxymodel.h"
#include "plantree/plantreemodel.h"
#include "progress/progressdisplay.h"
#include "time/plandate.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace milepost {

TimelineView::TimelineView(const PlanTreeModel *planModel, PlanFilterProxyModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_model(new PlanTimelineModel(planModel, this))
    , m_capital(new CapitalTimelineModel(this))
    , m_staffing(new StaffingTimelineModel(this))
    , m_rows(new FlatRowGeometry(this))
{
    setObjectName(QStringLiteral("timelineView"));
    setAccessibleName(tr("Plan timeline"));
    m_model->setSourceModel(filter);
    m_shown = m_model;
    m_rows->setModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    createToolBar();
    layout->addWidget(m_toolBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("timelineSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_tree = new TimelineTreeView(m_rows, m_splitter);
    m_tree->setObjectName(QStringLiteral("timelineTree"));
    m_tree->setAccessibleName(tr("Timeline outline"));
    // No frame on either half: their viewports must start at the same height.
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setModel(m_model);
    m_tree->setMinimumWidth(160);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    applyDefaultColumns();
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    const int dateWidth = fontMetrics().horizontalAdvance(PlanDate::exact(QDate(2022, 12, 30)).displayText())
        + style()->pixelMetric(QStyle::PM_SmallIconSize) + 4 + padding;
    const int titleWidth = fontMetrics().averageCharWidth() * 40;

    m_chart = new TimelineChart(m_splitter);
    m_chart->setModel(m_model, m_rows, m_tree->selectionModel());
    m_chart->setVerticalSource(m_tree->verticalScrollBar());
    // Capital projects come a window at a time: the rows in view, and a screen below them, are
    // read when the view scrolls to them or a district opens. Once per turn of the event loop.
    auto *fetchCheck = new QTimer(this);
    fetchCheck->setSingleShot(true);
    fetchCheck->setInterval(0);
    connect(fetchCheck, &QTimer::timeout, this, &TimelineView::fetchRowsInView);
    const auto scheduleFetch = [fetchCheck] { fetchCheck->start(); };
    connect(m_tree->verticalScrollBar(), &QScrollBar::valueChanged, this, scheduleFetch);
    connect(m_tree->verticalScrollBar(), &QScrollBar::rangeChanged, this, scheduleFetch);
    connect(m_rows, &FlatRowGeometry::rowsChanged, this, scheduleFetch);
    connect(m_tree, &TimelineTreeView::layingOut, m_capital, &CapitalTimelineModel::holdFetches);
    connect(m_tree, &TimelineTreeView::layingOut, m_staffing, &StaffingTimelineModel::holdFetches);
    // Projects read later open as those read first did (unless collapsed before), once the tree
    // has them: after each window, one item at a time (not the whole tree again, which would
    // lose the scroll position).
    auto *expansionCheck = new QTimer(this);
    expansionCheck->setSingleShot(true);
    expansionCheck->setInterval(0);
    connect(expansionCheck, &QTimer::timeout, this, [this] {
        const QList<QPersistentModelIndex> parents = std::exchange(m_readParents, {});
        if (m_shown != m_capital)
            return;
        const bool all = isSearching();
        QList<QModelIndex> opened;
        m_applyingExpansion = true;
        for (const QPersistentModelIndex &district : parents) {
            for (int row = 0; district.isValid() && row < m_capital->rowCount(district); ++row) {
                const QModelIndex item = m_capital->index(row, 0, district);
                if (m_tree->isExpanded(item) || !m_capital->hasChildren(item)
                    || (!all && m_collapsed.contains(item.data(TimelineRoles::KeyRole).toString())))
                    continue;
                m_tree->expand(item); // not a layout of the whole tree: that reads on in every district
                opened.append(item);
            }
        }
        m_rows->addExpandedIndexes(opened); // one rebuild for the window, not a splice a project
        m_applyingExpansion = false;
    });
    connect(m_capital, &QAbstractItemModel::rowsInserted, this, [this, expansionCheck](const QModelIndex &district) {
        m_readParents.append(QPersistentModelIndex(district));
        expansionCheck->start();
    });
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    const int treeWidth = titleWidth + 2 * dateWidth + 2 * m_tree->indentation()
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    m_splitter->setSizes({treeWidth, 1000});

    m_legend = new TimelineLegend(this);
    layout->addWidget(m_legend);

    updateRowHeight();
    scaleChanged();
    asOfEdited(m_asOfEdit->date());

    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) { treeExpansionChanged(index, true); });
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) { treeExpansionChanged(index, false); });
    connect(m_tree, &QAbstractItemView::activated, this, &TimelineView::openDetails);
    connect(header, &QWidget::customContextMenuRequested, this, &TimelineView::showColumnMenu);
    connect(m_chart, &TimelineChart::activated, this, &TimelineView::openDetails);
    // F5 reads capital projects and staffing again, as it does on the dashboard.
    auto *reload = new QShortcut(QKeySequence::Refresh, this);
    reload->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reload, &QShortcut::activated, this, [this] { reloadDatasets(true); });
    connect(m_chart, &TimelineChart::expandToggleRequested, this, &TimelineView::toggleExpanded);
    // A zoom chosen before the first fit came due wins over it.
    connect(m_chart, &TimelineChart::zoomChanged, this, [this] { m_fitPending = false; });
    const auto refresh = [this] {
        m_chart->refresh();
        m_tree->viewport()->update(); // a project's stage column follows the as-of date too
        updateLegend();
    };
    connect(m_model, &PlanTimelineModel::timelineChanged, this, refresh);
    connect(m_capital, &DatasetTimelineModel::timelineChanged, this, refresh);
    connect(m_capital, &CapitalTimelineModel::readingChanged, this, &TimelineView::updatePlaceholder);
    // Esc stops the first read of the capital projects or the staffing, which takes seconds for a
    // large district.
    // A read while rows are shown (a search) is not stopped: the rows would not be the search's.
    auto *stopReading = new QShortcut(QKeySequence::Cancel, this);
    stopReading->setObjectName(QStringLiteral("stopReadingDatasets"));
    stopReading->setContext(Qt::WidgetWithChildrenShortcut);
    stopReading->setEnabled(false);
    connect(stopReading, &QShortcut::activated, this, [this] {
        // Showing the view again reads them again, as F5 does.
        if (m_capital->isReading()) {
            m_capitalVersion.clear();
            m_capital->stopReading();
        }
        if (m_staffing->isReading()) {
            m_staffingVersion.clear();
            m_staffing->stopReading();
        }
    });
    const auto stoppable = [this, stopReading] {
        stopReading->setEnabled((m_capital->isReading() && m_capital->rowCount() == 0)
                                || (m_staffing->isReading() && m_staffing->rowCount() == 0));
    };
    connect(m_capital, &CapitalTimelineModel::readingChanged, stopReading, stoppable);
    connect(m_staffing, &StaffingTimelineModel::readingChanged, stopReading, stoppable);
    connect(m_staffing, &DatasetTimelineModel::timelineChanged, this, refresh);
    connect(m_staffing, &StaffingTimelineModel::readingChanged, this, &TimelineView::updatePlaceholder);
    connectShownModel();
    // A new search opens every group, as the outline does; clearing it brings back what the
    // user had collapsed. Filter changes arrive as many row signals: handle them once.
    auto *searchCheck = new QTimer(this);
    searchCheck->setSingleShot(true);
    searchCheck->setInterval(0);
    connect(searchCheck, &QTimer::timeout, this, [this] {
        // The plan's rows only; capital and staffing rows are rebuilt, and opened, on a search.
        if (m_shown == m_model && m_filter->filterKey() != m_appliedSearch)
            applyExpansion();
    });
    const auto scheduleSearchCheck = [searchCheck] { searchCheck->start(); };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, scheduleSearchCheck);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, scheduleSearchCheck);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, scheduleSearchCheck);

    applyExpansion();
}

TimelineView::~TimelineView() = default;

void TimelineView::connectShownModel()
{
    // After the tree's and the row geometry's own handlers, which forget what was expanded:
    // connected anew whenever the views are given a model.
    disconnect(m_shownReset);
    m_shownReset = connect(m_shown, &QAbstractItemModel::modelReset, this, &TimelineView::shownModelReset);
}

void TimelineView::shownModelReset()
{
    applyExpansion();
    // A position restored before there were rows to scroll over.
    if (m_pendingLeftDate.isValid() && m_chart->dataFirstDay().isValid()) {
        m_chart->scrollToDate(m_pendingLeftDate);
        m_pendingLeftDate = {};
    }
    if (m_fitPending && isVisible())
        scheduleFit();
}

void TimelineView::scheduleFit()
{
    QTimer::singleShot(0, this, [this] {
        if (m_fitPending && m_chart->dataFirstDay().isValid()) {
            m_fitPending = false;
            m_chart->fitAll();
        }
    });
}

void TimelineView::applyDefaultColumns()
{
    QHeaderView *header = m_tree->header();
    // Dates wide enough for a late-in-the-year day and the warning icon, as in the outline.
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    const int dateWidth = fontMetrics().horizontalAdvance(PlanDate::exact(QDate(2022, 12, 30)).displayText())
        + style()->pixelMetric(QStyle::PM_SmallIconSize) + 4 + padding;
    const int titleWidth = fontMetrics().averageCharWidth() * 40;
    int countWidth = fontMetrics().horizontalAdvance(tr("Vacancies")) + padding;
    header->resizeSection(0, titleWidth);
    // A header keeps hidden sections across models: start from all shown.
    for (int section = 0; section < header->count(); ++section)
        header->setSectionHidden(section, false);
    switch (m_subject) {
    case Subject::Plan:
        header->resizeSection(PlanTreeModel::StartColumn, dateWidth);
        header->resizeSection(PlanTreeModel::EndColumn, dateWidth);
        // The chart shows the dates; start and end stay as columns, percent and quarters on
        // request. The status stays: the bar's colour alone cannot say whether it was recorded
        // (written plainly) or computed from dates (in italics), nor At risk from Due soon.
        header->resizeSection(PlanTreeModel::StatusColumn,
                              fontMetrics().horizontalAdvance(
                                  ProgressDisplay::tr("%1 · %2 d past end", "recorded status, days since the planned end")
                                      .arg(MilestoneStatus::stateName(MilestoneStatus::State::OnTrack))
                                      .arg(120))
                                  + padding);
        header->setSectionHidden(PlanTreeModel::PercentColumn, true);
        header->setSectionHidden(PlanTreeModel::QuartersColumn, true);
        header->setSectionHidden(PlanTreeModel::OwnerColumn, true);
        break;
    case Subject::CapitalProjects:
        for (int column = CapitalTimelineModel::StartColumn; column <= CapitalTimelineModel::ActualEndColumn; ++column)
            header->resizeSection(column, dateWidth);
        // The planned dates are the bar; the actual ones and the export's status on request.
        header->setSectionHidden(CapitalTimelineModel::ActualStartColumn, true);
        header->setSectionHidden(CapitalTimelineModel::ActualEndColumn, true);
        header->setSectionHidden(CapitalTimelineModel::StatusColumn, true);
        break;
    case Subject::Staffing:
        header->resizeSection(StaffingTimelineModel::StartColumn, dateWidth);
        header->resizeSection(StaffingTimelineModel::EndColumn, dateWidth);
        // As wide as the widest of their headings: "Hires" runs longer in some languages.
        for (int column = StaffingTimelineModel::HiresColumn; column <= StaffingTimelineModel::PositionsColumn; ++column)
            countWidth = std::max(countWidth, fontMetrics().horizontalAdvance(
                                                  header->model()->headerData(column, Qt::Horizontal).toString())
                                                  + padding);
        for (int column = StaffingTimelineModel::HiresColumn; column <= StaffingTimelineModel::PositionsColumn; ++column)
            header->resizeSection(column, countWidth);
        // The bars carry the counts; dates and positions on request.
        header->setSectionHidden(StaffingTimelineModel::StartColumn, true);
        header->setSectionHidden(StaffingTimelineModel::EndColumn, true);
        header->setSectionHidden(StaffingTimelineModel::PositionsColumn, true);
        break;
    }
    header->setSortIndicator(-1, Qt::AscendingOrder);
    // Only the plan sorts; the datasets keep districts in natural and rows in export order.
    m_tree->setSortingEnabled(m_subject == Subject::Plan);
}

void TimelineView::setSubject(Subject subject)
{
    if (m_showCombo->currentIndex() != int(subject)) {
        m_showCombo->setCurrentIndex(int(subject)); // comes back here
        return;
    }
    if (subject == m_subject && m_shown)
        return;
    m_headerStates.insert(int(m_subject), m_tree->header()->saveState());
    // Where the chart was, to come back to it when this subject is shown again.
    if (!m_fitPending)
        m_positions.insert(int(m_subject), {m_chart->pixelsPerDay(), m_chart->leftDate()});
    m_subject = subject;
    if (subject != Subject::Plan)
        ensureDatasets();
    switch (subject) {
    case Subject::Plan:
        m_shown = m_model;
        setAccessibleName(tr("Plan timeline"));
        break;
    case Subject::CapitalProjects:
        m_capital->setSearchText(m_searchText);
        m_shown = m_capital;
        setAccessibleName(tr("Capital projects timeline"));
        break;
    case Subject::Staffing:
        m_staffing->setSearchText(m_searchText);
        readStaffingIfShown();
        m_shown = m_staffing;
        setAccessibleName(tr("Staffing timeline"));
        break;
    }
    QItemSelectionModel *oldSelection = m_tree->selectionModel();
    m_rows->setModel(m_shown);
    m_tree->setModel(m_shown);
    m_chart->setModel(m_shown, m_rows, m_tree->selectionModel());
    connectShownModel();
    if (oldSelection)
        oldSelection->deleteLater();
    const QByteArray state = m_headerStates.value(int(subject));
    if (state.isEmpty() || !m_tree->header()->restoreState(state))
        applyDefaultColumns();
    m_tree->setSortingEnabled(subject == Subject::Plan);
    m_marksAction->setEnabled(subject == Subject::Plan);
    m_chart->setShowMarks(subject == Subject::Plan && m_marksAction->isChecked());
    applyExpansion();
    updateLegend();
    m_pendingLeftDate = {};
    const auto position = m_positions.constFind(int(subject));
    if (position != m_positions.cend()) {
        m_fitPending = false;
        m_chart->setPixelsPerDay(position->first);
        if (m_chart->dataFirstDay().isValid())
            m_chart->scrollToDate(position->second);
        else
            m_pendingLeftDate = position->second;
    } else {
        // First time shown: everything in view.
        m_fitPending = true;
        if (isVisible())
            scheduleFit();
    }
}

void TimelineView::setDatasetLoader(const DatasetLoader &loader)
{
    m_datasetLoader = loader;
    m_datasetsLoaded = false;
    if (m_subject != Subject::Plan && isVisible())
        ensureDatasets();
}

void TimelineView::ensureDatasets()
{
    if (!m_datasetsLoaded)
        reloadDatasets();
}

void TimelineView::reloadDatasets(bool fromStore)
{
    if (!m_datasetLoader)
        return;
    Datasets loaded = m_datasetLoader(fromStore);
    // Read again on F5, whatever the store says of its data.
    if (fromStore) {
        m_capitalVersion.clear();
        m_staffingVersion.clear();
    }
    setDatasets(loaded);
}

void TimelineView::setDatasets(const QList<CapitalProject> &projects, const QList<StaffingRecord> &staffing)
{
    setDatasets(Datasets{projects, staffing, nullptr, {}, nullptr});
}

void TimelineView::setDatasets(const Datasets &datasets)
{
    // The same snapshot as before shares its lists with ours, the same source says its data is
    // the same: nothing to read again.
    const bool sameProjects = m_datasetsLoaded
        && (datasets.capital ? datasets.capital == m_capitalSource && !datasets.capitalVersion.isEmpty()
                                   && datasets.capitalVersion == m_capitalVersion
                             : !m_capitalSource && datasets.projects.constData() == m_shownProjects.constData()
                                   && datasets.projects.size() == m_shownProjects.size());
    const bool sameStaffing = m_datasetsLoaded
        && (datasets.staffingSource
                ? datasets.staffingSource == m_staffingSource && !datasets.capitalVersion.isEmpty()
                      && datasets.capitalVersion == m_staffingVersion
                : !m_staffingSource && datasets.staffing.constData() == m_staffing->records().constData()
                      && datasets.staffing.size() == m_staffing->records().size());
    m_datasetsLoaded = true;
    if (!sameProjects) {
        m_capitalSource = datasets.capital;
        m_capitalVersion = datasets.capitalVersion;
        m_shownProjects = datasets.capital ? QList<CapitalProject>() : datasets.projects;
        if (datasets.capital)
            m_capital->setSource(datasets.capital);
        else
            m_capital->setProjects(datasets.projects);
    }
    if (!sameStaffing) {
        m_staffingSource = datasets.staffingSource;
        m_staffingVersion = datasets.capitalVersion;
        m_staffingToRead = m_staffingSource != nullptr;
        if (!m_staffingSource)
            m_staffing->setRecords(datasets.staffing);
    }
    readStaffingIfShown();
}

void TimelineView::readStaffingIfShown()
{
    // Read when shown: a district's full staffing history takes seconds and memory that the
    // plan's and the capital projects' timelines have no use for.
    if (m_subject != Subject::Staffing || !std::exchange(m_staffingToRead, false))
        return;
    m_staffing->setSource(m_staffingSource);
}

void TimelineView::fetchRowsInView()
{
    // Capital projects by district, staffing rows by job category: what is read a window at a time.
    DatasetTimelineModel *model = m_shown == m_capital ? static_cast<DatasetTimelineModel *>(m_capital)
        : m_shown == m_staffing                        ? static_cast<DatasetTimelineModel *>(m_staffing)
                                                       : nullptr;
    if (!model || m_rows->rowCount() == 0)
        return;
    const qreal height = std::max<qreal>(1, m_rows->uniformRowHeight());
    const QModelIndex top = m_tree->indexAt(QPoint(1, 1));
    const int first = top.isValid() ? std::max(0, m_rows->rowOf(top)) : 0;
    // The rows in view and a screen below: scrolling on finds them read.
    const int last = first + 2 * int(m_tree->viewport()->height() / height) + 2;
    QSet<QPersistentModelIndex> fetched;
    for (int row = first; row <= last && row < m_rows->rowCount(); ++row) {
        // A row near the end of what its group has read so far reads the next window; so does
        // an open group with none read yet.
        QModelIndex index = m_rows->index(row);
        if (m_rows->isExpanded(index) && model->canFetchMore(index) && model->rowCount(index) == 0)
            fetched.insert(index);
        for (; index.isValid(); index = index.parent()) {
            const QModelIndex parent = index.parent();
            if (parent.isValid() && index.row() >= model->rowCount(parent) - 20 && model->canFetchMore(parent))
                fetched.insert(parent);
        }
    }
    for (const QPersistentModelIndex &parent : std::as_const(fetched)) {
        if (parent.isValid())
            model->fetchMore(parent);
    }
}

void TimelineView::setSearchText(const QString &text)
{
    m_searchText = text;
    // The rows out of sight follow when they are shown.
    if (m_shown == m_capital)
        m_capital->setSearchText(text);
    else if (m_shown == m_staffing)
        m_staffing->setSearchText(text);
}

bool TimelineView::isSearching() const
{
    if (m_shown == m_model)
        return m_filter->isFiltering();
    return !static_cast<const DatasetTimelineModel *>(m_shown)->searchText().isEmpty();
}

bool TimelineView::isGreyscale() const
{
    return m_greyscaleAction->isChecked();
}

void TimelineView::setGreyscale(bool greyscale)
{
    if (m_greyscaleAction->isChecked() != greyscale) {
        m_greyscaleAction->setChecked(greyscale); // toggled() comes back here
        return;
    }
    m_chart->setMode(greyscale ? Palette::Mode::Greyscale : Palette::Mode::Colour);
    updateLegend();
}

void TimelineView::createToolBar()
{
    m_toolBar = new TimelineToolBar(this);
    m_showCombo = m_toolBar->showCombo();
    m_scaleCombo = m_toolBar->scaleCombo();
    m_fiscalStartCombo = m_toolBar->fiscalStartCombo();
    m_asOfEdit = m_toolBar->asOfEdit();
    m_marksAction = m_toolBar->marksAction();
    m_greyscaleAction = m_toolBar->greyscaleAction();
    connect(m_showCombo, &QComboBox::currentIndexChanged, this, [this](int index) { setSubject(Subject(index)); });
    connect(m_toolBar->zoomInAction(), &QAction::triggered, this, [this] { m_chart->zoomIn(); });
    connect(m_toolBar->zoomOutAction(), &QAction::triggered, this, [this] { m_chart->zoomOut(); });
    connect(m_toolBar->fitAction(), &QAction::triggered, this, [this] { m_chart->fitAll(); });
    connect(m_scaleCombo, &QComboBox::currentIndexChanged, this, &TimelineView::scaleChanged);
    connect(m_fiscalStartCombo, &QComboBox::currentIndexChanged, this, &TimelineView::scaleChanged);
    connect(m_asOfEdit, &QDateEdit::dateChanged, this, &TimelineView::asOfEdited);
    connect(m_toolBar->todayButton(), &QToolButton::clicked, this, [this] {
        setAsOf(QDate());
        m_chart->ensureDateVisible(m_asOfEdit->date());
    });
    connect(m_toolBar->goToAsOfAction(), &QAction::triggered, this, [this] { m_chart->ensureDateVisible(m_asOfEdit->date()); });
    connect(m_marksAction, &QAction::toggled, this, &TimelineView::setShowMarks);
    connect(m_greyscaleAction, &QAction::toggled, this, &TimelineView::setGreyscale);
}

void TimelineView::setFindings(const QList<Finding> &findings)
{
    m_model->setFindings(findings);
}

QDate TimelineView::asOf() const
{
    return m_asOfEdit->date();
}

void TimelineView::setAsOf(const QDate &asOf)
{
    const QDate date = asOf.isValid() ? asOf : QDate::currentDate();
    if (m_asOfEdit->date() != date)
        m_asOfEdit->setDate(date); // asOfEdited() follows
    else
        asOfEdited(date);
    m_asOfFollowsToday = !asOf.isValid();
}

void TimelineView::asOfEdited(const QDate &date)
{
    m_asOfFollowsToday = date == QDate::currentDate();
    m_model->setAsOf(date);
    m_capital->setAsOf(date);
    m_staffing->setAsOf(date);
    m_chart->setAsOf(date);
    m_chart->setToday(QDate::currentDate());
    updateLegend();
    Q_EMIT asOfChanged(date);
}

void TimelineView::setFiscal(bool fiscal, int firstMonth)
{
    const QSignalBlocker blockScale(m_scaleCombo);
    const QSignalBlocker blockStart(m_fiscalStartCombo);
    m_scaleCombo->setCurrentIndex(fiscal ? 1 : 0);
    m_fiscalStartCombo->setCurrentIndex(qBound(1, firstMonth, 12) - 1);
    scaleChanged();
}

void TimelineView::scaleChanged()
{
    const bool fiscal = m_scaleCombo->currentIndex() == 1;
    m_fiscalStartCombo->setEnabled(fiscal);
    const int firstMonth = m_fiscalStartCombo->currentData().toInt();
    m_chart->setCalendar(fiscal ? QuarterCalendar::fiscal(firstMonth) : QuarterCalendar::calendar());
}

void TimelineView::setShowMarks(bool show)
{
    if (m_marksAction->isChecked() != show) {
        m_marksAction->setChecked(show); // toggled() comes back here
        return;
    }
    // The lane is the plan's: capital projects and staffing have no quarter marks.
    m_chart->setShowMarks(show && m_subject == Subject::Plan);
    updateLegend();
}

void TimelineView::setShowBaseline(bool show)
{
    m_chart->setShowBaseline(show && m_subject == Subject::Plan);
    updateLegend();
}

void TimelineView::updateLegend()
{
    TimelinePaintOptions options = m_chart->paintOptions();
    options.subject = m_subject;
    m_legend->setOptions(options);
}

void TimelineView::updateRowHeight()
{
    const int iconRoom = style()->pixelMetric(QStyle::PM_SmallIconSize) + 6;
    const int height = std::max({fontMetrics().height() + 10, iconRoom, 24});
    m_rows->setRowHeight(height);
    m_tree->header()->setFixedHeight(m_chart->headerHeight());
    m_tree->doItemsLayout();
}

void TimelineView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateRowHeight();
}

void TimelineView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_subject != Subject::Plan)
        reloadDatasets(); // imports may have come in while the view was away
    if (!m_fitPending)
        return;
    // Fit once the chart has its real width.
    scheduleFit();
}

void TimelineView::collectExpanded(const QModelIndex &parent, bool all, QList<QModelIndex> &expanded) const
{
    const int count = m_shown->rowCount(parent);
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = m_shown->index(row, 0, parent);
        if ((index.flags() & Qt::ItemNeverHasChildren) || !m_shown->hasChildren(index))
            continue;
        if (all || !m_collapsed.contains(index.data(TimelineRoles::KeyRole).toString()))
            expanded.append(index);
        collectExpanded(index, all, expanded);
    }
}

void TimelineView::updatePlaceholder()
{
    QString text;
    if (m_shown == m_capital && m_capital->isReading() && m_capital->rowCount() == 0) {
        text = tr("Reading the capital projects… Esc stops.");
    } else if (m_shown == m_capital && m_capital->wasStopped() && m_capital->rowCount() == 0) {
        text = tr("Reading the capital projects was stopped. F5 reads them again.");
    } else if (m_shown == m_staffing && m_staffing->isReading() && m_staffing->rowCount() == 0) {
        text = tr("Reading the staffing figures… Esc stops.");
    } else if (m_shown == m_staffing && m_staffing->wasStopped() && m_staffing->rowCount() == 0) {
        text = tr("Reading the staffing figures was stopped. F5 reads them again.");
    } else if (m_shown == m_staffing && !m_staffing->error().isEmpty() && m_staffing->rowCount() == 0) {
        text = tr("The staffing figures could not be read (%1). F5 tries again.").arg(m_staffing->error());
    } else if (isSearching()) {
        text = tr("Nothing here matches the search.");
    } else {
        switch (m_subject) {
        case Subject::Plan:
            text = tr("No plan has been imported yet. File › Import Plan… reads one.");
            break;
        case Subject::CapitalProjects:
            text = tr("No capital projects have been imported yet. File › Import Data… reads a district's export of "
                      "its projects and their phases; F5 reads them again.");
            break;
        case Subject::Staffing:
            text = tr("No staffing has been imported yet. File › Import Data… reads a district's staffing figures; F5 "
                      "reads them again.");
            break;
        }
    }
    m_chart->setPlaceholderText(text);
}

void TimelineView::applyExpansion()
{
    QList<QModelIndex> expanded;
    collectExpanded(QModelIndex(), isSearching(), expanded);
    m_applyingExpansion = true;
    m_tree->setExpandedIndexes(expanded);
    m_rows->setExpandedIndexes(expanded);
    m_applyingExpansion = false;
    m_appliedSearch = m_filter->filterKey();
    updatePlaceholder();
}

void TimelineView::treeExpansionChanged(const QModelIndex &index, bool expanded)
{
    if (m_applyingExpansion)
        return;
    m_rows->setExpanded(index, expanded);
    const QString key = index.data(TimelineRoles::KeyRole).toString();
    if (expanded)
        m_collapsed.remove(key);
    else
        m_collapsed.insert(key);
}

void TimelineView::toggleExpanded(const QModelIndex &index)
{
    const QModelIndex item = index.siblingAtColumn(0);
    if (m_shown->hasChildren(item))
        m_tree->setExpanded(item, !m_tree->isExpanded(item)); // expanded()/collapsed() update the rows
}

void TimelineView::openDetails(const QModelIndex &index)
{
    // Only plan rows have details to open (in the outline).
    if (index.isValid() && m_shown == m_model)
        Q_EMIT detailsRequested(m_model->mapToSource(index.siblingAtColumn(0)));
}

bool TimelineView::selectFilterIndex(const QModelIndex &index)
{
    setSubject(Subject::Plan);
    const QModelIndex item = m_model->mapFromSource(index).siblingAtColumn(0);
    if (!item.isValid())
        return false;
    for (QModelIndex parent = item.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->selectionModel()->setCurrentIndex(item, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(item);
    m_chart->ensureDateVisible(item.data(TimelineRoles::StartRole).toDate());
    return true;
}

void TimelineView::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = m_tree->header();
    QMenu menu(this);
    menu.setAccessibleName(tr("Columns"));
    for (int column = 0; column < m_shown->columnCount(); ++column) {
        QAction *action = menu.addAction(m_shown->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The title column stays: without it the rows have no names.
        action->setEnabled(column != 0);
        connect(action, &QAction::toggled, header, [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->viewport()->mapToGlobal(position));
}

TimelineSettings TimelineView::settings() const
{
    TimelineSettings result;
    result.pixelsPerDay = m_chart->pixelsPerDay();
    result.fiscal = m_scaleCombo->currentIndex() == 1;
    result.fiscalFirstMonth = m_fiscalStartCombo->currentData().toInt();
    result.asOf = m_asOfFollowsToday ? QDate() : m_asOfEdit->date();
    result.dueSoonDays = m_model->statusOptions().dueSoonDays;
    result.showMarks = m_marksAction->isChecked();
    result.subject = int(m_subject);
    result.greyscale = m_greyscaleAction->isChecked();
    result.leftDate = m_pendingLeftDate.isValid() ? m_pendingLeftDate : m_fitPending ? QDate() : m_chart->leftDate();
    result.collapsed = QStringList(m_collapsed.cbegin(), m_collapsed.cend());
    std::sort(result.collapsed.begin(), result.collapsed.end());
    QHash<int, QByteArray> headers = m_headerStates;
    headers.insert(int(m_subject), m_tree->header()->saveState());
    result.treeHeader = headers.value(int(Subject::Plan));
    result.capitalTreeHeader = headers.value(int(Subject::CapitalProjects));
    result.staffingTreeHeader = headers.value(int(Subject::Staffing));
    result.splitter = m_splitter->saveState();
    return result;
}

void TimelineView::applySettings(const TimelineSettings &settings)
{
    setFiscal(settings.fiscal, settings.fiscalFirstMonth);
    MilestoneStatus::Options options;
    options.dueSoonDays = settings.dueSoonDays;
    m_model->setStatusOptions(options);
    setAsOf(settings.asOf);
    setShowMarks(settings.showMarks);
    setGreyscale(settings.greyscale);
    m_collapsed = QSet<QString>(settings.collapsed.cbegin(), settings.collapsed.cend());
    setSubject(Subject(qBound(0, settings.subject, 2)));
    // After the switch, which keeps the columns of the subject it leaves.
    m_headerStates.clear();
    m_headerStates.insert(int(Subject::Plan), settings.treeHeader);
    m_headerStates.insert(int(Subject::CapitalProjects), settings.capitalTreeHeader);
    m_headerStates.insert(int(Subject::Staffing), settings.staffingTreeHeader);
    applyExpansion();
    const QByteArray header = m_headerStates.value(int(m_subject));
    if (!header.isEmpty())
        m_tree->header()->restoreState(header);
    if (!settings.splitter.isEmpty())
        m_splitter->restoreState(settings.splitter);
    m_chart->setPixelsPerDay(settings.pixelsPerDay);
    m_fitPending = !settings.leftDate.isValid();
    m_pendingLeftDate = {};
    if (settings.leftDate.isValid()) {
        // Without a plan yet the chart spans only the as-of date: scroll once the plan is in.
        if (m_chart->dataFirstDay().isValid())
            m_chart->scrollToDate(settings.leftDate);
        else
            m_pendingLeftDate = settings.leftDate;
    }
}

void TimelineView::saveSettings(QSettings &settings) const
{
    this->settings().save(settings);
}

void TimelineView::restoreSettings(QSettings &settings)
{
    applySettings(TimelineSettings::load(settings));
}

} // namespace milepost
