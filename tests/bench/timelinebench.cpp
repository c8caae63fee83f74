// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline with 100,000 generated rows against a plain QTreeView showing the same rows,
// in the same run: median time of a full repaint of a 1600 × 1000 widget and of a page
// scroll, and the peak memory the rows add to the empty app. Not a test: it prints figures
// (tests/bench/README.md records them) and asserts nothing.
//
//   milepost_bench_timeline [--rows N] [--frames N] [--save DIR] [--progress]
//
// --progress records progress on every milestone (a status of the whole scale, a percent on
// most, actual dates on some, an owner), so that the frames draw recorded statuses and actual
// dates as a tracked plan's do.
//
// --save writes the last frame of each widget as PNG, to look at what was measured.
//
// Then the same for the capital projects of the real NYC School Construction Authority export
// (data/), imported through core as the app imports it: the whole view showing district →
// project → phase, all open, against a plain QTreeView over the same rows.

#include "datasets/builtinprofiles.h"
#include "datasets/datasetimporter.h"
#include "plantree/planfilterproxymodel.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "timeline/capitaltimelinemodel.h"
#include "plantree/plantreemodel.h"
#include "progress/progressstate.h"
#include "progress/progressstatus.h"
#include "timeline/flatrowgeometry.h"
#include "timeline/plantimelinemodel.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinetreeview.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace milepost;

namespace {

constexpr int milestonesPerObjective = 24;
constexpr int phaseCount = 4;

// Peak and current resident memory of this process, from /proc (Linux), in MiB.
double procStatusMiB(const char *key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

// A plan shaped like a district's: four phases, objectives of 24 milestones, dates from
// 2020 to 2026 with days, quarters, Ongoing ends, a few unreadable dates, and quarter marks.
Plan generatedPlan(int rows)
{
    QRandomGenerator random(20221115);
    // Enough objectives for the rows; the last one takes what is left.
    const int objectives = qMax(phaseCount, (rows - phaseCount + milestonesPerObjective) / (milestonesPerObjective + 1));
    Plan plan;
    plan.title = QStringLiteral("Generated plan");
    plan.objectives.reserve(objectives);
    int made = phaseCount;
    for (int o = 0; o < objectives && made < rows; ++o) {
        Objective objective;
        objective.phase = allPhases.at(std::size_t(o % phaseCount));
        objective.title = QStringLiteral("Objective %1: improve outcomes across Local District %2").arg(o).arg(o % 6 + 1);
        objective.status = ObjectiveStatus::parse(o % 3 == 0 ? QStringLiteral("Completed")
                                                             : QStringLiteral("In Progress (Estimated completion - June 2024)"));
        objective.sourceLine = o * 40 + 1;
        ++made;
        for (int m = 0; m < milestonesPerObjective && made < rows; ++m, ++made) {
            Milestone milestone;
            milestone.title = QStringLiteral("Milestone %1.%2: deliver the planned work for schools in cohort %3")
                                  .arg(o)
                                  .arg(m)
                                  .arg(m % 4 + 1);
            const QDate start = QDate(2020, 1, 1).addDays(random.bounded(6 * 365));
            const QDate end = start.addDays(random.bounded(1, 540));
            const int kind = random.bounded(100);
            if (kind < 70) {
                milestone.start = PlanDate::exact(start);
                milestone.end = PlanDate::exact(end);
            } else if (kind < 85) {
                milestone.start = PlanDate::quarter({start.year(), (start.month() - 1) / 3 + 1});
                milestone.end = PlanDate::quarter({end.year(), (end.month() - 1) / 3 + 1});
            } else if (kind < 95) {
                milestone.start = PlanDate::exact(start);
                milestone.end = PlanDate::ongoing(QStringLiteral("Ongoing"));
            } else if (kind < 98) {
                milestone.start = PlanDate::exact(start);
                milestone.end = PlanDate::exact(start);
            } else {
                milestone.start = PlanDate::exact(start);
                milestone.end = PlanDate::invalid(QStringLiteral("9/31/22"), PlanDate::Problem::ImpossibleDate,
                                                  QStringLiteral("September has 30 days"));
            }
            for (QDate q(start.year(), (start.month() - 1) / 3 * 3 + 1, 1); q <= end && milestone.quarters.size() < 6;
                 q = q.addMonths(3))
                milestone.quarters.append({q.year(), (q.month() - 1) / 3 + 1});
            milestone.sourceLine = objective.sourceLine + m + 3;
            objective.milestones.append(milestone);
        }
        plan.objectives.append(objective);
    }
    return plan;
}

// Ids 1, 2, ... for the milestones, and a recorded state for each, as of 2022-10-01.
void recordProgressOnEveryMilestone(PlanTreeModel &model)
{
    QRandomGenerator random(20221001);
    QList<QList<qint64>> ids;
    QHash<qint64, ProgressState> states;
    qint64 next = 1;
    for (const Objective &objective : model.plan().objectives) {
        QList<qint64> objectiveIds;
        for (const Milestone &milestone : objective.milestones) {
            const qint64 id = next++;
            objectiveIds.append(id);
            ProgressState state;
            state.milestoneId = id;
            const auto status = ProgressStatus::all.at(std::size_t(random.bounded(int(ProgressStatus::all.size()))));
            state.setValue(ProgressField::Id::Status, ProgressStatus::key(status));
            if (random.bounded(10) < 8)
                state.setValue(ProgressField::Id::Percent, QString::number(random.bounded(101)));
            const QDate start = milestone.start.firstDay();
            if (start.isValid() && random.bounded(2) == 0) {
                state.setValue(ProgressField::Id::ActualStart, start.addDays(random.bounded(30)).toString(Qt::ISODate));
                if (status == ProgressStatus::Value::Done)
                    state.setValue(ProgressField::Id::ActualEnd, start.addDays(30 + random.bounded(300)).toString(Qt::ISODate));
            }
            state.setValue(ProgressField::Id::Owner, QStringLiteral("Owner %1").arg(id % 40));
            state.asOf = QDate(2022, 10, 1);
            state.version = 1;
            states.insert(id, state);
        }
        ids.append(objectiveIds);
    }
    model.setMilestoneIds(ids);
    model.setProgress(states, QDate(2022, 10, 1));
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// This thread's CPU time: what a frame costs when the two shared cores are busy with other work.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

struct Sample
{
    double wall = 0;
    double cpu = 0;
};

Sample milliseconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    const double cpuBefore = threadCpuMs();
    timer.start();
    work();
    return {timer.nsecsElapsed() / 1e6, threadCpuMs() - cpuBefore};
}

// Renders a widget (with its children) into an image, as a repaint does, without a screen.
void render(QWidget *widget, QImage &image)
{
    QPainter painter(&image);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
}

// One page down, wrapping at the end, then a repaint.
void scrollPage(QScrollBar *bar, QWidget *widget, QImage &image)
{
    const int next = bar->value() + bar->pageStep();
    bar->setValue(next > bar->maximum() ? 0 : next);
    render(widget, image);
}

struct Series
{
    std::vector<double> wall;
    std::vector<double> cpu;

    void add(const Sample &sample)
    {
        wall.push_back(sample.wall);
        cpu.push_back(sample.cpu);
    }
};

// The NYC export's projects, read back from a database in memory; empty when it is missing.
QList<CapitalProject> nycProjects()
{
    QString error;
    auto database = Database::open(QStringLiteral(":memory:"), &error);
    if (!database)
        return {};
    DatasetImporter importer(*database);
    DatasetImporter::Request request;
    request.path = QStringLiteral(MILEPOST_DATA_DIR "/nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv");
    request.profile = BuiltInProfiles::nycSca();
    if (!importer.run(request).ok)
        return {};
    return DatasetRepository(*database).capitalProjects(&error);
}

struct Figures
{
    Series chartRepaint;
    Series chartScroll;
    Series viewRepaint;
    Series viewScroll;
    Series treeRepaint;
    Series treeScroll;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int rowCount = 100000;
    int frames = 61;
    QString saveDirectory;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--rows"))
            rowCount = args.at(i + 1).toInt();
        else if (args.at(i) == QStringLiteral("--frames"))
            frames = args.at(i + 1).toInt();
        else if (args.at(i) == QStringLiteral("--save"))
            saveDirectory = args.at(i + 1);
    }
    const bool withProgress = args.contains(QStringLiteral("--progress"));
    const QSize size(1600, 1000);

    // The empty app: the timeline view with no plan, shown and painted once.
    PlanTreeModel planModel;
    PlanFilterProxyModel filter;
    filter.setSourceModel(&planModel);
    TimelineView view(&planModel, &filter);
    view.resize(size);
    view.show();
    QApplication::processEvents();
    QImage viewImage(size, QImage::Format_ARGB32_Premultiplied);
    render(&view, viewImage);
    const double emptyPeak = procStatusMiB("VmHWM");

    // 100,000 rows, all expanded, painted.
    QElapsedTimer setup;
    setup.start();
    const Plan plan = generatedPlan(rowCount);
    const double generateMs = setup.nsecsElapsed() / 1e6;
    setup.restart();
    planModel.setPlan(plan);
    if (withProgress)
        recordProgressOnEveryMilestone(planModel);
    QApplication::processEvents();
    render(&view, viewImage);
    const double loadMs = setup.nsecsElapsed() / 1e6;
    view.chart()->setPixelsPerDay(1.0);
    view.chart()->scrollToDate(QDate(2022, 1, 1));
    render(&view, viewImage);
    const int shownRows = view.rows()->rowCount();
    const double loadedPeak = procStatusMiB("VmHWM");

    // The chart on its own at the peer's size: the same timeline model, its own rows (all
    // expanded) and its own vertical scroll bar, as a report would use it.
    FlatRowGeometry chartRows;
    chartRows.setModel(view.timelineModel());
    chartRows.setRowHeight(view.rows()->uniformRowHeight());
    chartRows.expandAll();
    TimelineChart chart;
    chart.setModel(view.timelineModel(), &chartRows, nullptr);
    chart.resize(size);
    chart.show();
    QApplication::processEvents();
    chart.setPixelsPerDay(1.0);
    chart.scrollToDate(QDate(2022, 1, 1));

    // The peer: a plain QTreeView over the same rows, 1600 × 1000, all expanded.
    QTreeView tree;
    tree.setUniformRowHeights(true); // as the outline and the timeline's tree use it
    tree.setModel(&planModel);
    tree.resize(size);
    tree.expandAll();
    tree.show();
    QApplication::processEvents();

    QImage chartImage(size, QImage::Format_ARGB32_Premultiplied);
    QImage treeImage(size, QImage::Format_ARGB32_Premultiplied);
    QScrollBar *chartBar = chart.verticalScrollBar();
    QScrollBar *viewBar = view.tree()->verticalScrollBar();
    QScrollBar *treeBar = tree.verticalScrollBar();

    Figures figures;
    const int warmUp = 5;
    for (int i = 0; i < frames + warmUp; ++i) {
        const Sample chartRepaint = milliseconds([&] { render(&chart, chartImage); });
        const Sample treeRepaint = milliseconds([&] { render(&tree, treeImage); });
        const Sample viewRepaint = milliseconds([&] { render(&view, viewImage); });
        const Sample chartScroll = milliseconds([&] { scrollPage(chartBar, &chart, chartImage); });
        const Sample treeScroll = milliseconds([&] { scrollPage(treeBar, &tree, treeImage); });
        const Sample viewScroll = milliseconds([&] { scrollPage(viewBar, &view, viewImage); });
        if (i < warmUp)
            continue;
        figures.chartRepaint.add(chartRepaint);
        figures.treeRepaint.add(treeRepaint);
        figures.viewRepaint.add(viewRepaint);
        figures.chartScroll.add(chartScroll);
        figures.treeScroll.add(treeScroll);
        figures.viewScroll.add(viewScroll);
    }

    if (!saveDirectory.isEmpty()) {
        chartImage.save(saveDirectory + QStringLiteral("/bench-timeline-chart.png"));
        treeImage.save(saveDirectory + QStringLiteral("/bench-timeline-tree.png"));
        viewImage.save(saveDirectory + QStringLiteral("/bench-timeline-view.png"));
    }

    std::printf("Timeline benchmark: %d rows shown (%d milestones), widgets %d x %d, %d frames, offscreen\n", shownRows,
                int(plan.milestoneCount()), size.width(), size.height(), frames);
    std::printf("setup: generate plan %.0f ms, load into model + timeline and first paint %.0f ms\n", generateMs, loadMs);
    for (const bool cpu : {false, true}) {
        const auto m = [cpu](const Series &series) { return median(cpu ? series.cpu : series.wall); };
        std::printf("\nmedian %s ms per frame%*s %10s %12s\n", cpu ? "thread CPU" : "wall-clock", cpu ? 18 : 18, "",
                    "repaint", "page scroll");
        std::printf("%-44s %10.2f %12.2f\n", "plain QTreeView (peer)", m(figures.treeRepaint), m(figures.treeScroll));
        std::printf("%-44s %10.2f %12.2f\n", "timeline chart", m(figures.chartRepaint), m(figures.chartScroll));
        std::printf("%-44s %10.2f %12.2f\n", "timeline view (tree + chart, splitter)", m(figures.viewRepaint),
                    m(figures.viewScroll));
        std::printf("%-44s %10.2f %12.2f\n", "ratio chart / QTreeView", m(figures.chartRepaint) / m(figures.treeRepaint),
                    m(figures.chartScroll) / m(figures.treeScroll));
        std::printf("%-44s %10.2f %12.2f\n", "ratio view / QTreeView", m(figures.viewRepaint) / m(figures.treeRepaint),
                    m(figures.viewScroll) / m(figures.treeScroll));
    }
    std::printf("\n");
    std::printf("peak RSS: empty app %.1f MiB, with %d rows %.1f MiB, added %.1f MiB (before the peer tree existed)\n",
                emptyPeak, shownRows, loadedPeak, loadedPeak - emptyPeak);

    // Capital projects: the real NYC export in the same view, against a QTreeView of its rows.
    setup.restart();
    const QList<CapitalProject> projects = nycProjects();
    if (projects.isEmpty()) {
        std::printf("\ncapital projects: the NYC export could not be read, skipped\n");
        return 0;
    }
    const double importMs = setup.nsecsElapsed() / 1e6;
    setup.restart();
    view.setDatasets(projects, {});
    view.setSubject(TimelineView::Subject::CapitalProjects);
    view.setAsOf(QDate(2025, 5, 1));
    QApplication::processEvents();
    render(&view, viewImage);
    const double capitalLoadMs = setup.nsecsElapsed() / 1e6;
    view.chart()->setPixelsPerDay(1.0);
    view.chart()->scrollToDate(QDate(2022, 1, 1));
    QTreeView capitalTree;
    capitalTree.setUniformRowHeights(true);
    capitalTree.setModel(view.capitalModel());
    capitalTree.resize(size);
    capitalTree.expandAll();
    capitalTree.show();
    QApplication::processEvents();
    QScrollBar *capitalTreeBar = capitalTree.verticalScrollBar();
    Figures capital;
    for (int i = 0; i < frames + warmUp; ++i) {
        const Sample treeRepaint = milliseconds([&] { render(&capitalTree, treeImage); });
        const Sample viewRepaint = milliseconds([&] { render(&view, viewImage); });
        const Sample treeScroll = milliseconds([&] { scrollPage(capitalTreeBar, &capitalTree, treeImage); });
        const Sample viewScroll = milliseconds([&] { scrollPage(viewBar, &view, viewImage); });
        if (i < warmUp)
            continue;
        capital.treeRepaint.add(treeRepaint);
        capital.viewRepaint.add(viewRepaint);
        capital.treeScroll.add(treeScroll);
        capital.viewScroll.add(viewScroll);
    }
    if (!saveDirectory.isEmpty()) {
        treeImage.save(saveDirectory + QStringLiteral("/bench-capital-tree.png"));
        viewImage.save(saveDirectory + QStringLiteral("/bench-capital-view.png"));
    }
    int phases = 0;
    for (const CapitalProject &project : projects)
        phases += int(project.phases.size());
    std::printf("\nCapital projects: NYC export, %d projects, %d phases, %d rows shown; import %.0f ms, "
                "load into the timeline and first paint %.0f ms\n",
                int(projects.size()), phases, view.rows()->rowCount(), importMs, capitalLoadMs);
    for (const bool cpu : {false, true}) {
        const auto m = [cpu](const Series &series) { return median(cpu ? series.cpu : series.wall); };
        std::printf("median %s ms per frame%*s %10s %12s\n", cpu ? "thread CPU" : "wall-clock", 18, "", "repaint",
                    "page scroll");
        std::printf("%-44s %10.2f %12.2f\n", "plain QTreeView of the capital rows (peer)", m(capital.treeRepaint),
                    m(capital.treeScroll));
        std::printf("%-44s %10.2f %12.2f\n", "capital timeline view (tree + chart)", m(capital.viewRepaint),
                    m(capital.viewScroll));
        std::printf("%-44s %10.2f %12.2f\n", "ratio view / QTreeView", m(capital.viewRepaint) / m(capital.treeRepaint),
                    m(capital.viewScroll) / m(capital.treeScroll));
    }
    // A search typed into the window: the capital rows rebuilt, filtered, opened and painted;
    // then cleared again.
    const Sample search = milliseconds([&] {
        view.setSearchText(QStringLiteral("new explorations"));
        QApplication::processEvents();
        render(&view, viewImage);
    });
    const int found = view.rows()->rowCount();
    const Sample clear = milliseconds([&] {
        view.setSearchText(QString());
        QApplication::processEvents();
        render(&view, viewImage);
    });
    std::printf("search \"new explorations\" (%d rows): %.0f ms wall; cleared (%d rows): %.0f ms wall\n", found,
                search.wall, view.rows()->rowCount(), clear.wall);
    CapitalTimelineModel alone;
    alone.setProjects(projects);
    const Sample modelSearch = milliseconds([&] { alone.setSearchText(QStringLiteral("new explorations")); });
    const Sample modelClear = milliseconds([&] { alone.setSearchText(QString()); });
    std::printf("of which the model alone: search %.0f ms, cleared %.0f ms\n", modelSearch.wall, modelClear.wall);
    return 0;
}
