// SPDX-License-Identifier: GPL-3.0-or-later
// The capital projects timeline on 13,000, 130,000 and 1.3 million phases (the NYC export in
// data/ repeated 1, 10 and 99 times, as in importbench.cpp, imported by the real `milepost
// import`), read from the store a window at a time as the app reads it (CapitalTimelineQuery),
// against the way it was read before: every project and phase loaded into memory
// (DatasetRepository::capitalProjects) and handed to the model. Not a test: it prints figures
// (tests/bench/README.md records them) and asserts nothing.
//
//   milepost_bench_capitaltimeline [--copies N,N,...] [--frames N] [--dir DIR]
//
// Each measurement runs in a process of its own (this program again, with --measure), so that
// peak memory is that of one timeline: QT_QPA_PLATFORM=offscreen, a 1600 x 1000 TimelineView
// showing capital projects, every district open. Printed per size and way:
//   - shown: from the rows asked for to the first paint of the view (the districts' pass over
//     the store, or the whole load, then the first window of each district in view);
//   - frames: repaint and page scroll of the whole view (tree + chart), median and worst wall
//     time, the scroll reading the next window of projects as it comes into view (the scroll's
//     frame: the page down and the events it leads to, the shown window's own paint included;
//     and that frame with a repaint after it); against a
//     plain QTreeView (uniform row heights) over a model of its own on the same source, all
//     open, scrolled a page at a time (the peer);
//   - stall: the longest the event loop went without turning meanwhile (a 5 ms probe);
//   - peak RSS (VmHWM) at the end.
// Linux only (fork, wait4, /proc).

#include "childprocess.h"
#include "nyccopies.h"

#include "io/memoryrelease.h"
#include "store/capitaltimelinequery.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "timeline/capitaltimelinemodel.h"
#include "timeline/flatrowgeometry.h"
#include "timeline/timelinechart.h"
#include "timeline/timelineview.h"
#include "plantree/planfilterproxymodel.h"
#include "plantree/plantreemodel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace milepost;
using milepost::bench::median;
using milepost::bench::ownPeakMiB;
using milepost::bench::runChild;

namespace {

double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

void render(QWidget *widget, QImage &image)
{
    QPainter painter(&image);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
}

// One page down (wrapping at the end), the events it leads to (the next window read, and the
// shown window's own paint), then a repaint into image. Returns the milliseconds to the end of
// those events: the frame as the window shows it, without the repaint after it.
double scrollPage(QScrollBar *bar, QWidget *widget, QImage &image)
{
    QElapsedTimer frame;
    frame.start();
    const int next = bar->value() + bar->pageStep();
    bar->setValue(next > bar->maximum() ? 0 : next);
    QApplication::processEvents();
    const double ms = double(frame.nsecsElapsed()) / 1e6;
    render(widget, image);
    return ms;
}

int measure(int argc, char *argv[], const QString &path, bool lazy, int frames)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString error;
    const std::unique_ptr<Database> database = Database::open(path, &error);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    PlanTreeModel plan;
    PlanFilterProxyModel filter;
    filter.setSourceModel(&plan);
    TimelineView view(&plan, &filter);
    const QSize size(1600, 1000);
    view.resize(size);
    view.setAsOf(QDate(2025, 5, 1));
    view.show();
    QApplication::processEvents();
    QImage viewImage(size, QImage::Format_ARGB32_Premultiplied);
    const auto query = std::make_shared<CapitalTimelineQuery>(*database);
    // The longest the event loop went without turning while the rows were read: a 5 ms probe.
    double stallMs = 0;
    QElapsedTimer sinceTick;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        stallMs = std::max(stallMs, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.start();
    });
    sinceTick.start();
    probe.start();
    const double shownMs = timed([&] {
        if (lazy)
            view.setDatasets(TimelineView::Datasets{{}, {}, query, query->dataVersion(), nullptr});
        else
            view.setDatasets(DatasetRepository(*database).capitalProjects(), {});
        view.setSubject(TimelineView::Subject::CapitalProjects);
        // The districts read on a worker: the event loop turns until they are in.
        while (view.capitalModel()->isReading())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        QApplication::processEvents();
        render(&view, viewImage);
    });
    stallMs = std::max(stallMs, double(sinceTick.nsecsElapsed()) / 1e6);
    probe.stop();
    view.chart()->setPixelsPerDay(1.0);
    view.chart()->scrollToDate(QDate(2022, 1, 1));
    // MILEPOST_BENCH_SAVE=DIR: the first paint and the last frame as PNG, to look at.
    const QString save = qEnvironmentVariable("MILEPOST_BENCH_SAVE");
    if (!save.isEmpty())
        view.grab().save(save + QStringLiteral("/capital-timeline-%1-first.png").arg(lazy ? QStringLiteral("window") : QStringLiteral("all")));

    CapitalTimelineModel peerModel;
    if (lazy) {
        peerModel.setSource(query);
        while (peerModel.isReading())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    } else
        peerModel.setProjects(view.capitalModel()->loadedProjects());
    QTreeView tree;
    tree.setUniformRowHeights(true);
    tree.setModel(lazy ? static_cast<QAbstractItemModel *>(&peerModel) : view.capitalModel());
    tree.resize(size);
    tree.expandAll();
    tree.show();
    QApplication::processEvents();
    QImage treeImage(size, QImage::Format_ARGB32_Premultiplied);
    QScrollBar *viewBar = view.findChild<QTreeView *>(QStringLiteral("timelineTree"))->verticalScrollBar();
    std::vector<double> viewRepaint, viewScroll, treeRepaint, treeScroll, viewFrame, treeFrame;
    for (int i = 0; i < frames + 5; ++i) {
        const double tr = timed([&] { render(&tree, treeImage); });
        const double vr = timed([&] { render(&view, viewImage); });
        double tf = 0;
        double vf = 0;
        const double ts = timed([&] { tf = scrollPage(tree.verticalScrollBar(), &tree, treeImage); });
        const double vs = timed([&] { vf = scrollPage(viewBar, &view, viewImage); });
        if (qEnvironmentVariableIsSet("MILEPOST_BENCH_DEBUG"))
            std::fprintf(stderr, "scroll %d of %d (page %d): %s\n", viewBar->value(), viewBar->maximum(), viewBar->pageStep(), qPrintable(view.findChild<QTreeView *>(QStringLiteral("timelineTree"))->indexAt(QPoint(1, 1)).data().toString()));
        if (i < 5)
            continue;
        treeRepaint.push_back(tr);
        viewRepaint.push_back(vr);
        treeScroll.push_back(ts);
        viewScroll.push_back(vs);
        treeFrame.push_back(tf);
        viewFrame.push_back(vf);
    }
    if (!save.isEmpty())
        view.grab().save(save + QStringLiteral("/capital-timeline-%1-last.png").arg(lazy ? QStringLiteral("window") : QStringLiteral("all")));
    const auto worst = [](const std::vector<double> &values) { return *std::max_element(values.begin(), values.end()); };
    std::printf("RESULT %lld %lld %d %.1f %.2f %.2f %.2f %.2f %.2f %.2f %.1f %.1f %.2f %.2f %.2f %.2f\n",
                qlonglong(view.capitalModel()->projectCount()), qlonglong(view.capitalModel()->loadedProjects().size()),
                view.rows()->rowCount(), shownMs, median(viewRepaint), median(viewScroll), worst(viewScroll),
                median(treeRepaint), median(treeScroll), worst(treeScroll), ownPeakMiB(), stallMs, median(viewFrame),
                worst(viewFrame), median(treeFrame), worst(treeFrame));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    milepost::MemoryRelease::returnLargeBlocks(); // as the app's main() does
    for (int i = 1; i + 3 < argc; ++i) {
        if (qstrcmp(argv[i], "--measure") == 0)
            return measure(argc, argv, QString::fromLocal8Bit(argv[i + 1]), qstrcmp(argv[i + 2], "lazy") == 0,
                           QByteArray(argv[i + 3]).toInt());
    }
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    auto value = [&](const char *name, const QString &fallback) {
        const qsizetype i = arguments.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < arguments.size() ? arguments.at(i + 1) : fallback;
    };
    const int frames = value("--frames", QStringLiteral("31")).toInt();
    QTemporaryDir temporary(value("--dir", QDir::tempPath()) + QStringLiteral("/milepost-bench-XXXXXX"));
    if (!temporary.isValid())
        return 1;
    const QString self = QCoreApplication::applicationFilePath();
    std::printf("%10s  %-7s  %9s  %9s  %11s  %11s  %13s  %13s  %13s  %13s  %13s  %13s  %9s  %13s  %13s  %13s  %13s\n",
                "phases", "read", "projects", "read", "shown", "stall", "view repaint", "view scroll", "worst scroll",
                "tree repaint", "tree scroll", "worst scroll", "peak RSS", "view frame", "worst frame", "tree frame",
                "worst frame");
    for (const QString &copies : value("--copies", QStringLiteral("1,10,99")).split(QLatin1Char(','))) {
        const QString csv = temporary.filePath(QStringLiteral("capital.csv"));
        const QString db = temporary.filePath(QStringLiteral("timeline-%1.milepost").arg(copies));
        const qint64 rows = milepost::bench::writeNycCopies(csv, copies.toInt());
        if (!runChild(QStringLiteral(MILEPOST_EXECUTABLE),
                      {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("projects"), csv,
                       QStringLiteral("--profile"), QStringLiteral("nyc-sca-capital-projects"), QStringLiteral("--db"), db})
                 .ok) {
            std::fprintf(stderr, "import failed\n");
            return 1;
        }
        QFile::remove(csv);
        for (const bool lazy : {false, true}) {
            const QString out = temporary.filePath(QStringLiteral("measure.txt"));
            if (!runChild(self, {QStringLiteral("--measure"), db, lazy ? QStringLiteral("lazy") : QStringLiteral("memory"),
                                 QString::number(frames)},
                          {{}, out})
                     .ok) {
                std::fprintf(stderr, "measuring failed\n");
                return 1;
            }
            QFile file(out);
            file.open(QIODevice::ReadOnly);
            for (const QByteArray &line : file.readAll().split('\n')) {
                if (!line.startsWith("RESULT "))
                    continue;
                const QList<QByteArray> f = line.mid(7).split(' ');
                std::printf("%10lld  %-7s  %9s  %9s  %8s ms  %8s ms  %10s ms  %10s ms  %10s ms  %10s ms  %10s ms  %10s ms  %5s MiB"
                            "  %10s ms  %10s ms  %10s ms  %10s ms\n",
                            qlonglong(rows), lazy ? "window" : "all", f.at(0).constData(), f.at(1).constData(),
                            f.at(3).constData(), f.at(11).constData(), f.at(4).constData(), f.at(5).constData(),
                            f.at(6).constData(), f.at(7).constData(), f.at(8).constData(), f.at(9).constData(),
                            f.at(10).constData(), f.at(12).constData(), f.at(13).constData(), f.at(14).constData(),
                            f.at(15).constData());
            }
            std::fflush(stdout);
        }
        QFile::remove(db);
    }
    std::printf("frames: medians of %d, wall-clock; \"read\": the projects read when the frames were done; the tree is "
                "a plain QTreeView (the peer); a scroll is the frame (the page down and the events it leads to, the window's "
                "own paint included) and a repaint after it\n",
                frames);
    return 0;
}
