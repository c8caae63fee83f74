// SPDX-License-Identifier: GPL-3.0-or-later
// The capital projects timeline on 13,000, 130,000 and 1.3 million rows (the NYC export in data/
// written 1, 10 and 99 times, as importbench.cpp does, imported by the real `milepost import`),
// each size measured in processes of their own so that peak memory is one timeline's:
//
// - lazy: the timeline as the app has it now, reading districts on a worker and a district's
//   projects a window at a time as the view scrolls (CapitalTimelineModel::setSource);
// - memory (--memory-up-to N copies, default 10): the timeline as it was, every project read
//   (DatasetRepository::capitalProjects) and built into the model at once (setProjects);
//
// and in each process, against a plain QTreeView over the same model and the same open rows
// (the peer, as in timelinebench.cpp), 1600 x 1000, offscreen: the first paint (from asking for
// the capital projects to the view painted with rows), the median wall and thread CPU time of a
// page scroll and its repaint (fetching included), the peak RSS. Not a test: it prints figures.
//
//   milepost_bench_capitaltimeline [--copies 1,10,99] [--runs 3] [--frames 101] [--memory-up-to 10] [--dir DIR]

#include "childprocess.h"
#include "nyccopies.h"

#include "plantree/planfilterproxymodel.h"
#include "plantree/plantreemodel.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "timeline/capitaltimelinemodel.h"
#include "timeline/flatrowgeometry.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinetreeview.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <string>
#include <vector>

using namespace milepost;
using milepost::bench::ChildRun;
using milepost::bench::median;
using milepost::bench::runChild;

namespace {

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

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').mid(0, 3).join(' ') : QByteArray("?");
}

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

Sample timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    const double cpu = threadCpuMs();
    timer.start();
    work();
    return {timer.nsecsElapsed() / 1e6, threadCpuMs() - cpu};
}

void render(QWidget *widget, QImage &image)
{
    QPainter painter(&image);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
}

// One page down, back to the top at the end, then a repaint.
void scrollPage(QScrollBar *bar, QWidget *widget, QImage &image)
{
    const int next = bar->value() + bar->pageStep();
    bar->setValue(next > bar->maximum() ? 0 : next);
    render(widget, image);
}

// Opens what comes in as the timeline opens it, in the peer tree too.
void openInserted(QTreeView *tree, const QAbstractItemModel *model, const QModelIndex &parent, int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (model->hasChildren(index))
            tree->expand(index);
    }
}

// One process: the timeline and its peer tree over db, measured; key=value lines to stdout.
int measure(const QString &db, bool lazy, int frames, const QString &saveDirectory)
{
    const QSize size(1600, 1000);
    PlanTreeModel planModel;
    PlanFilterProxyModel filter;
    filter.setSourceModel(&planModel);
    TimelineView view(&planModel, &filter);
    view.resize(size);
    view.setAsOf(QDate(2025, 5, 1));
    view.show();
    QApplication::processEvents();
    QImage viewImage(size, QImage::Format_ARGB32_Premultiplied);
    render(&view, viewImage);
    const double emptyPeak = procStatusMiB("VmHWM");

    QElapsedTimer clock;
    clock.start();
    qint64 projectsRead = 0;
    if (lazy) {
        view.setDatasetLoader([db](bool) { return TimelineView::Datasets{{}, {}, db}; });
        view.setSubject(TimelineView::Subject::CapitalProjects);
        view.capitalModel()->waitForLoad();
    } else {
        QString error;
        auto database = Database::open(db, &error);
        if (!database)
            return 1;
        const QList<CapitalProject> projects = DatasetRepository(*database).capitalProjects(&error);
        view.setDatasetLoader([projects](bool) { return TimelineView::Datasets{projects, {}, {}}; });
        view.setSubject(TimelineView::Subject::CapitalProjects);
    }
    QApplication::processEvents();
    render(&view, viewImage);
    const double firstPaint = clock.nsecsElapsed() / 1e6;
    const double loadedPeak = procStatusMiB("VmHWM");
    CapitalTimelineModel *model = view.capitalModel();
    projectsRead = model->projects().size();
    view.chart()->setPixelsPerDay(1.0);
    view.chart()->scrollToDate(QDate(2022, 1, 1));

    QTreeView tree;
    tree.setUniformRowHeights(true);
    tree.setModel(model);
    tree.resize(size);
    tree.expandAll();
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &tree,
                     [&tree, model](const QModelIndex &parent, int first, int last) {
                         openInserted(&tree, model, parent, first, last);
                     });
    tree.show();
    QApplication::processEvents();
    QImage treeImage(size, QImage::Format_ARGB32_Premultiplied);
    QScrollBar *viewBar = view.tree()->verticalScrollBar();
    QScrollBar *treeBar = tree.verticalScrollBar();

    std::vector<double> viewWall, viewCpu, treeWall, treeCpu, repaintView, repaintTree;
    const int warmUp = 5;
    for (int i = 0; i < frames + warmUp; ++i) {
        const Sample viewScroll = timed([&] { scrollPage(viewBar, &view, viewImage); });
        const Sample treeScroll = timed([&] { scrollPage(treeBar, &tree, treeImage); });
        const Sample viewRepaint = timed([&] { render(&view, viewImage); });
        const Sample treeRepaint = timed([&] { render(&tree, treeImage); });
        QApplication::processEvents(); // what the event loop does between frames (deferred fetches)
        if (i < warmUp)
            continue;
        viewWall.push_back(viewScroll.wall);
        viewCpu.push_back(viewScroll.cpu);
        treeWall.push_back(treeScroll.wall);
        treeCpu.push_back(treeScroll.cpu);
        repaintView.push_back(viewRepaint.wall);
        repaintTree.push_back(treeRepaint.wall);
    }
    const double maxView = *std::max_element(viewWall.begin(), viewWall.end());
    if (!saveDirectory.isEmpty()) {
        viewImage.save(saveDirectory + QStringLiteral("/bench-capital-%1-view.png").arg(QLatin1String(lazy ? "lazy" : "memory")));
        treeImage.save(saveDirectory + QStringLiteral("/bench-capital-%1-tree.png").arg(QLatin1String(lazy ? "lazy" : "memory")));
    }
    std::printf("first=%.1f\nscroll=%.2f\nscrollcpu=%.2f\ntreescroll=%.2f\ntreescrollcpu=%.2f\nrepaint=%.2f\n"
                "treerepaint=%.2f\nmaxscroll=%.2f\nempty=%.1f\nloaded=%.1f\npeak=%.1f\nprojectsfirst=%lld\n"
                "projectsend=%lld\nrows=%d\n",
                firstPaint, median(viewWall), median(viewCpu), median(treeWall), median(treeCpu), median(repaintView),
                median(repaintTree), maxView, emptyPeak, loadedPeak, procStatusMiB("VmHWM"), qlonglong(projectsRead),
                qlonglong(model->projects().size()), view.rows()->rowCount());
    return 0;
}

std::map<std::string, double> parse(const QByteArray &text)
{
    std::map<std::string, double> values;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            values[line.left(equals).toStdString()] = line.mid(equals + 1).toDouble();
    }
    return values;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 4 && qstrcmp(argv[1], "--measure") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        const QStringList args = QApplication::arguments();
        return measure(args.at(2), args.at(3) == QLatin1String("lazy"), args.value(4, QStringLiteral("101")).toInt(),
                       args.value(5));
    }
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    auto value = [&](const char *name, const QString &fallback) {
        const qsizetype i = arguments.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < arguments.size() ? arguments.at(i + 1) : fallback;
    };
    QList<int> sizes;
    for (const QString &copies : value("--copies", QStringLiteral("1,10,99")).split(QLatin1Char(',')))
        sizes.append(copies.toInt());
    const int runs = value("--runs", QStringLiteral("3")).toInt();
    const QString frames = value("--frames", QStringLiteral("101"));
    const int memoryUpTo = value("--memory-up-to", QStringLiteral("10")).toInt();
    const QString save = value("--save", QString());
    QTemporaryDir temporary(value("--dir", QDir::tempPath()) + QStringLiteral("/milepost-bench-XXXXXX"));
    if (!temporary.isValid())
        return 1;
    const QString self = QCoreApplication::applicationFilePath();

    std::printf("%9s %-6s %10s %9s %9s %9s %9s %9s %9s %9s %9s %9s  %s\n", "rows", "model", "1st paint", "scroll",
                "(CPU)", "tree scr", "(CPU)", "ratio", "max scr", "peak RSS", "projects", "rows shown", "load average");
    for (int copies : sizes) {
        const QString csv = temporary.filePath(QStringLiteral("capital.csv"));
        const QString db = temporary.filePath(QStringLiteral("timeline-%1.milepost").arg(copies));
        const qint64 rows = milepost::bench::writeNycCopies(csv, copies);
        if (!runChild(QStringLiteral(MILEPOST_EXECUTABLE),
                      {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("projects"), csv,
                       QStringLiteral("--profile"), QStringLiteral("nyc-sca-capital-projects"), QStringLiteral("--db"), db})
                 .ok) {
            std::fprintf(stderr, "import failed\n");
            return 1;
        }
        QFile::remove(csv);
        const QStringList modes = copies <= memoryUpTo ? QStringList{QStringLiteral("lazy"), QStringLiteral("memory")}
                                                       : QStringList{QStringLiteral("lazy")};
        std::map<std::string, std::map<std::string, std::vector<double>>> figures; // by mode, by key
        QByteArray loads;
        for (int run = 0; run < runs; ++run) {
            for (int turn = 0; turn < modes.size(); ++turn) {
                const QString mode = modes.at((run + turn) % modes.size()); // who goes first alternates
                const QString out = temporary.filePath(QStringLiteral("measure.txt"));
                loads += loadAverage() + " / ";
                const ChildRun child = runChild(self, {QStringLiteral("--measure"), db, mode, frames, save}, {{}, out});
                QFile file(out);
                if (!child.ok || !file.open(QIODevice::ReadOnly)) {
                    std::fprintf(stderr, "measuring %s failed\n", qPrintable(mode));
                    return 1;
                }
                for (const auto &[key, number] : parse(file.readAll()))
                    figures[mode.toStdString()][key].push_back(number);
            }
        }
        for (const QString &mode : modes) {
            auto &f = figures[mode.toStdString()];
            std::printf("%9lld %-6s %7.0f ms %6.2f ms %6.2f ms %6.2f ms %6.2f ms %9.2f %6.1f ms %5.0f MiB %4.0f→%-4.0f %9.0f  %s\n",
                        qlonglong(rows), qPrintable(mode), median(f["first"]), median(f["scroll"]), median(f["scrollcpu"]),
                        median(f["treescroll"]), median(f["treescrollcpu"]), median(f["scroll"]) / median(f["treescroll"]),
                        median(f["maxscroll"]), median(f["peak"]), median(f["projectsfirst"]), median(f["projectsend"]),
                        median(f["rows"]), loads.constData());
        }
        std::fflush(stdout);
        QFile::remove(db);
    }
    std::printf("medians of %d runs; scroll: a page down and its repaint, fetching included (timeline view 1600 x 1000 "
                "against a QTreeView 1600 x 1000 over the same model); target < 16 ms a frame\n",
                runs);
    return 0;
}
