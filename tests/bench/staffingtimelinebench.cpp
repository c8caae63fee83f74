// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline on a database of many staffing rows (milepost_bench_datasetfigures --generate
// keeps one), as the app reads it now (StaffingTimelineQuery: on a worker, once the staffing
// timeline is shown) against the way it read it before (the peer): every staffing row read by
// the timeline's loader on the window's thread, whenever the capital projects' or the staffing
// timeline was shown. Not a test: it prints figures (tests/bench/README.md records them) and
// asserts nothing.
//
//   milepost_bench_staffingtimeline DB [DB ...] [--runs N]
//
// Each measurement runs in a process of its own (this program again, with --measure), so that
// peak memory is that of one window: QT_QPA_PLATFORM=offscreen, a 1280 x 800 TimelineView. It
// shows the capital projects' timeline, then the staffing timeline, and prints for each:
//   - shown: from the subject chosen to the first paint with its rows (or its placeholder);
//   - stall: the longest the event loop went without turning meanwhile (a 5 ms probe);
//   - peak RSS (VmHWM) once it is shown.
// Linux only (fork, wait4, /proc).

#include "childprocess.h"

#include "plantree/planfilterproxymodel.h"
#include "plantree/plantreemodel.h"
#include "store/capitaltimelinequery.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "store/staffingtimelinequery.h"
#include "timeline/capitaltimelinemodel.h"
#include "timeline/staffingtimelinemodel.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QScrollBar>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace milepost;
using milepost::bench::median;
using milepost::bench::ownPeakMiB;
using milepost::bench::runChild;

namespace {

struct Shown
{
    double ms = 0;
    double stallMs = 0;
    double peakMiB = 0;
};

// Runs the event loop until done() holds, then paints the view once; the time from now, and
// the longest gap between two turns of the loop meanwhile.
Shown showUntil(QWidget &view, const std::function<void()> &choose, const std::function<bool()> &done)
{
    Shown shown;
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        shown.stallMs = std::max(shown.stallMs, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.start();
    });
    clock.start();
    sinceTick.start();
    probe.start();
    choose(); // on the window's thread, as a click on the Show choice is
    shown.stallMs = std::max(shown.stallMs, double(sinceTick.nsecsElapsed()) / 1e6);
    sinceTick.start();
    while (!done() && clock.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QCoreApplication::processEvents();
    view.grab();
    shown.ms = double(clock.nsecsElapsed()) / 1e6;
    shown.stallMs = std::max(shown.stallMs, double(sinceTick.nsecsElapsed()) / 1e6);
    shown.peakMiB = ownPeakMiB();
    return shown;
}

int measure(int argc, char *argv[], const QString &path, bool peer, const QString &out)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString error;
    std::unique_ptr<Database> database = Database::open(path, &error);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const auto capital = std::make_shared<CapitalTimelineQuery>(*database);
    const auto staffing = std::make_shared<StaffingTimelineQuery>(*database);
    PlanTreeModel plan;
    PlanFilterProxyModel filter;
    filter.setSourceModel(&plan);
    TimelineView view(&plan, &filter);
    view.resize(1280, 800);
    view.show();
    QCoreApplication::processEvents();
    qint64 rows = 0;
    view.setDatasetLoader([&](bool) {
        if (!peer)
            return TimelineView::Datasets{{}, {}, capital, capital->dataVersion(), staffing};
        // Before: the app's loader read every staffing row here, on the window's thread.
        const QList<StaffingRecord> records = DatasetRepository(*database).staffing();
        rows = records.size();
        return TimelineView::Datasets{{}, records, capital, capital->dataVersion(), nullptr};
    });
    const auto model = [&view] { return view.shownModel(); };
    const Shown capitalShown = showUntil(
        view, [&] { view.setSubject(TimelineView::Subject::CapitalProjects); },
        [&] { return !qobject_cast<CapitalTimelineModel *>(model())->isReading(); });
    const Shown staffingShown = showUntil(
        view, [&] { view.setSubject(TimelineView::Subject::Staffing); },
        [&] {
            const auto *shown = qobject_cast<StaffingTimelineModel *>(model());
            return shown && !shown->isReading() && shown->rowCount() > 0;
        });
    rows = qobject_cast<StaffingTimelineModel *>(model())->recordCount();
    // MILEPOST_BENCH_GRAB=FILE.png: the staffing timeline as shown, scrolled down a page, to look at.
    if (const QString grab = qEnvironmentVariable("MILEPOST_BENCH_GRAB"); !grab.isEmpty()) {
        view.grab().save(grab);
        if (QTreeView *tree = view.findChild<QTreeView *>(QStringLiteral("timelineTree"))) {
            for (int page = 0; page < 40; ++page) {
                tree->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
                QCoreApplication::processEvents();
            }
        }
        QCoreApplication::processEvents();
        view.grab().save(QString(grab).replace(QStringLiteral(".png"), QStringLiteral("-scrolled.png")));
    }
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    QTextStream(&file) << capitalShown.ms << ' ' << capitalShown.stallMs << ' ' << capitalShown.peakMiB << ' '
                       << staffingShown.ms << ' ' << staffingShown.stallMs << ' ' << staffingShown.peakMiB << ' ' << rows
                       << '\n';
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i + 3 < argc; ++i) {
        if (qstrcmp(argv[i], "--measure") == 0)
            return measure(argc, argv, QString::fromLocal8Bit(argv[i + 1]), qstrcmp(argv[i + 2], "peer") == 0,
                           QString::fromLocal8Bit(argv[i + 3]));
    }
    QCoreApplication app(argc, argv);
    QStringList databases;
    int runs = 3;
    const QStringList arguments = app.arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--runs") && i + 1 < arguments.size())
            runs = arguments.at(++i).toInt();
        else
            databases << arguments.at(i);
    }
    QTemporaryDir temporary;
    const QString out = temporary.filePath(QStringLiteral("measure.txt"));
    std::printf("%-28s %-7s %10s  capital: %9s %9s %9s  staffing: %9s %9s %9s\n", "database", "way", "rows", "shown",
                "stall", "peak", "shown", "stall", "peak");
    for (const QString &db : std::as_const(databases)) {
        for (const char *way : {"peer", "source"}) {
            std::vector<std::vector<double>> values(7);
            for (int run = 0; run < runs; ++run) {
                const bench::ChildRun child = runChild(QCoreApplication::applicationFilePath(),
                                                       {QStringLiteral("--measure"), db, QLatin1String(way), out},
                                                       {{}, {}, true});
                QFile file(out);
                if (!child.ok || !file.open(QIODevice::ReadOnly)) {
                    std::printf("%s %s: run %d failed\n", qPrintable(db), way, run + 1);
                    return 1;
                }
                const QStringList fields = QString::fromUtf8(file.readAll()).split(QLatin1Char(' '));
                for (int f = 0; f < 7 && f < fields.size(); ++f)
                    values[std::size_t(f)].push_back(fields.at(f).toDouble());
            }
            std::printf("%-28s %-7s %10.0f  capital: %6.0f ms %6.0f ms %5.0f MiB  staffing: %6.0f ms %6.0f ms %5.0f MiB\n",
                        qPrintable(QFileInfo(db).fileName()), way, median(values[6]), median(values[0]),
                        median(values[1]), median(values[2]), median(values[3]), median(values[4]), median(values[5]));
            std::fflush(stdout);
        }
    }
    return 0;
}
