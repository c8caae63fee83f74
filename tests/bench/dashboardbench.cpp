// SPDX-License-Identifier: GPL-3.0-or-later
// The Dashboard tab opened on 13,000, 130,000 and 1.3 million capital-project rows: how long
// the event loop stalls, the time to the first paint of the tab and to the first complete paint
// of each page, and peak memory, both read on a worker thread (DashboardView's background loader,
// as the app does):
//   sql:    DashboardData::read, the pages counted in the database (the app now);
//   memory: a peer, every row loaded into memory (DashboardData::load on a connection of its
//           own, what read() did before) and the pages computed from it on the UI thread;
//   reread: the other peer, as sql, but a filter change reads and counts everything again on a
//           new connection (what a filter change did before the capital summary was kept).
// The app's own way is measured twice: in the first session after the import (sql, the summary
// of every project built first) and in a session after it (kept: the summary the first one kept,
// CapitalSummaryCache). The peers run without a cache folder, as the dashboard was.
// All print the Capital Projects page's project count and budget, which must agree. Not a test:
// it prints figures (tests/bench/README.md records them) and asserts nothing. Each measurement
// also prints its gaps over 50 ms to stderr, and with MILEPOST_BENCH_SETDATA=N the time of
// DashboardView::setData run N times again once the pages are painted (warm); with
// MILEPOST_BENCH_SNAPSHOT=FILE.png the view 1.5 s (MILEPOST_BENCH_SNAPSHOT_MS) after it was
// shown is saved there.
//
//   milepost_bench_dashboard [--copies N,N,...] [--runs N] [--dir DIR] [--peer reread|memory]
//   milepost_bench_dashboard --dataset-rows N,N,... [--runs N] [--dir DIR] [--peer memory]
//
// With --dataset-rows the databases hold N staffing and N enrollment rows each (datasetrows.h,
// as datasetfiguresbench.cpp) and no capital project, and the view opens on the Staffing page.
// The Staffing and Enrollment pages' hires and students are printed too, and must agree.
//
// With the reread peer (the default), both then choose a Local District and clear it again,
// each timed to the new figures painted: counted again over the data read (SQL, the app now)
// against everything read and counted again (reread, what a filter change did before).
//
// The databases are the NYC School Construction Authority export in data/ repeated 1, 10 and 99
// times (as in importbench.cpp), imported by the real `milepost import`. Each measurement runs
// in a process of its own (this program again, with --measure), so that peak memory is that of
// one dashboard: QT_QPA_PLATFORM=offscreen, a 1400 x 900 DashboardView on the Capital Projects
// page. The clock starts when the view is shown (what a click on the tab does); a 5 ms QTimer
// probe records the longest gap between its ticks until every page has been painted once
// (QWidget::grab of the view with each page current). Linux only (fork, wait4, /proc).

#include "childprocess.h"
#include "datasetrows.h"
#include "nyccopies.h"

#include "dashboard/dashboarddata.h"
#include "dashboard/capitalpage.h"
#include "dashboard/enrollmentpage.h"
#include "dashboard/staffingpage.h"
#include "dashboard/dashboardfilterbar.h"
#include "dashboard/dashboardview.h"
#include "io/memoryrelease.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "store/planrepository.h"
#include "store/progressrepository.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

using namespace milepost;
using milepost::bench::ChildRun;
using milepost::bench::median;
using milepost::bench::ownPeakMiB;
using milepost::bench::runChild;

namespace {

struct Measure
{
    double firstPaintMs = 0;        // from show to the tab's first paint (before the data is in)
    double dataShownMs = 0;         // from show to the data on the pages
    double pagePaintMs[4] = {};     // from show to each page's first complete paint
    double stallMs = 0;             // the longest gap between two probe ticks
    double peak = 0;                // MiB
    qint64 projects = 0;
    qint64 budget = 0;
    qint64 hires = 0;    // the Staffing page's
    qint64 students = 0; // the Enrollment page's
    double filterMs = 0;            // from a Local District chosen to its figures on the pages
    double clearMs = 0;             // from the filter cleared again to its figures
    double filterStallMs = 0;       // the longest gap while the two filters were counted
};

enum class Mode { Memory, Sql, SqlKept, Reread };

// Every row in memory, as DashboardData::read gave it before the capital projects were counted
// in the database.
DashboardData loadEverything(const QString &path, const std::atomic_bool &cancelled)
{
    QString error;
    const std::unique_ptr<Database> database = Database::open(path, &error);
    if (!database)
        return {};
    database->setCancelFlag(&cancelled);
    const PlanRepository plans(*database);
    const DatasetRepository datasets(*database);
    const ProgressRepository progress(*database);
    return DashboardData::load(plans, datasets, &progress);
}

// In this process: open the dashboard on path, the capital projects counted in the database
// (Sql, Reread) or in memory (Memory); then, counted in the database, choose a Local District
// and clear it again: Sql counts again over the data read (the app now), Reread reads and
// counts everything again, as a filter change did before (the peer).
int measure(int argc, char *argv[], const QString &path, Mode mode, bool datasets)
{
    const bool after = mode != Mode::Memory;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MilepostBench"));
    QCoreApplication::setApplicationName(QStringLiteral("MilepostDashboardBench"));
    QSettings().clear();
    // Capital Projects, or Staffing on a database of staffing and enrollment rows.
    QSettings().setValue(QStringLiteral("dashboard/page"), datasets ? 1 : 3);
    // The summaries kept between sessions: the last session's for SqlKept; none for the first
    // session after the import; and for the peers, a file where their folder would be, so that
    // none can be kept.
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QString summaries = cache + QStringLiteral("/summaries");
    if (mode != Mode::SqlKept) {
        QDir(summaries).removeRecursively();
        QFile::remove(summaries);
    }
    if (mode == Mode::Memory || mode == Mode::Reread) {
        QDir().mkpath(cache);
        QFile blocker(summaries);
        if (!blocker.open(QIODevice::WriteOnly))
            return 1;
    }

    DashboardView view([path] { return DashboardData::read(path); });
    if (after)
        view.setBackgroundLoader([path](const std::atomic_bool &cancelled) { return DashboardData::read(path, &cancelled); });
    else
        view.setBackgroundLoader([path](const std::atomic_bool &cancelled) { return loadEverything(path, cancelled); });
    view.resize(1400, 900);

    Measure result;
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    QTimer probe;
    probe.setInterval(5);
    int filterStep = 0; // 0 opening the tab, 1 a Local District chosen, 2 cleared
    QList<std::pair<double, double>> longGaps; // (end, length) of gaps over 50 ms, to see where they fall
    // A person's next click (another page's tab, a filter), once the probe has ticked: clicks
    // come one event loop turn apart at the least, not queued behind one another.
    std::function<void()> nextClick;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const double gap = double(sinceTick.nsecsElapsed()) / 1e6;
        if (filterStep == 0)
            result.stallMs = std::max(result.stallMs, gap);
        else
            result.filterStallMs = std::max(result.filterStallMs, gap);
        if (gap > 50)
            longGaps.append({double(clock.nsecsElapsed()) / 1e6, gap});
        sinceTick.start();
        if (nextClick)
            QTimer::singleShot(0, std::exchange(nextClick, {}));
    });
    std::function<void()> changeFilter; // once every page is painted
    const auto paintEveryPage = [&] {
        result.dataShownMs = double(clock.nsecsElapsed()) / 1e6;
        const CapitalFigures &figures = view.capitalPage()->figures();
        result.projects = figures.projects.value;
        result.budget = figures.budget.value;
        // The page shown first, then the others as a click on their tab shows them; the probe
        // ticks between them.
        const std::array<int, 4> order = datasets ? std::array<int, 4>{1, 2, 0, 3} : std::array<int, 4>{3, 0, 1, 2};
        auto next = std::make_shared<int>(0);
        auto step = std::make_shared<std::function<void()>>();
        *step = [&view, &result, &clock, &changeFilter, &nextClick, order, next, step] {
            const int page = order[*next];
            view.pages()->setCurrentIndex(page);
            view.grab();
            result.pagePaintMs[page] = double(clock.nsecsElapsed()) / 1e6;
            if (++*next < 4)
                nextClick = *step;
            else
                nextClick = [&view, &changeFilter] {
                    if (qEnvironmentVariableIsSet("MILEPOST_BENCH_SETDATA")) { // diagnostics: setData alone, warm
                        QElapsedTimer timer;
                        timer.start();
                        const int times = qEnvironmentVariableIntValue("MILEPOST_BENCH_SETDATA");
                        for (int i = 0; i < times; ++i)
                            view.setData(view.data());
                        std::fprintf(stderr, "setData again: %.1f ms each\n", double(timer.nsecsElapsed()) / 1e6 / times);
                    }
                    changeFilter();
                };
        };
        // The page in front painted with the data as the window would, in the same turn.
        QTimer::singleShot(0, *step);
    };
    // After the pages: a Local District, then none; each timed to the figures shown.
    QElapsedTimer filterClock;
    const auto applyFilter = [&](const QString &district) {
        DashboardFilter filter = view.filterBar()->filter();
        filter.localDistrict = district;
        view.filterBar()->setFilter(filter);
        filterClock.start();
        if (mode == Mode::Reread)
            view.reloadInBackground();
        else
            Q_EMIT view.filterBar()->filterChanged(view.filterBar()->filter());
    };
    changeFilter = [&] {
        result.hires = view.staffingPage()->figures().hires.value;
        result.students = view.enrollmentPage()->figures().total.value;
        if (mode == Mode::Memory) {
            app.quit();
            return;
        }
        result.stallMs = std::max(result.stallMs, double(sinceTick.nsecsElapsed()) / 1e6);
        result.filterStallMs = 0;
        filterStep = 1;
        // The first Local District the filter offers (a capital region, or a staffing or
        // enrollment district when there are no projects).
        const QStringList districts = view.data().capitalRegions.isEmpty()
            ? view.data().filterChoices()->localDistricts
            : view.data().capitalRegions;
        if (districts.isEmpty()) {
            app.quit();
            return;
        }
        std::fprintf(stderr, "filter: Local District %s\n", qPrintable(districts.value(0)));
        applyFilter(districts.value(0));
    };
    QObject::connect(&view, &DashboardView::loaded, [&] {
        if (filterStep == 0) {
            paintEveryPage();
            return;
        }
        // The page with the new figures, painted on the next turn of the event loop as the
        // window paints it (the probe may tick between the new data and the paint).
        QTimer::singleShot(0, &view, [&] {
            view.grab();
            const double ms = double(filterClock.nsecsElapsed()) / 1e6;
            if (filterStep == 1) {
                result.filterMs = ms;
                filterStep = 2;
                nextClick = [&] { applyFilter(QString()); };
                return;
            }
            result.clearMs = ms;
            std::fprintf(stderr, "cleared: %lld projects\n", qlonglong(view.capitalPage()->figures().projects.value));
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
        });
    });
    QTimer::singleShot(0, [&] {
        clock.start();
        sinceTick.start();
        probe.start();
        view.show(); // starts the read on a worker
        // Diagnostics: the view as it looks a while after the click (the progress line of a long read).
        if (const QString snapshot = qEnvironmentVariable("MILEPOST_BENCH_SNAPSHOT"); !snapshot.isEmpty()) {
            const int snapshotMs = qEnvironmentVariableIsSet("MILEPOST_BENCH_SNAPSHOT_MS")
                ? qEnvironmentVariableIntValue("MILEPOST_BENCH_SNAPSHOT_MS")
                : 1500;
            QTimer::singleShot(snapshotMs, &view, [&view, snapshot] { view.grab().save(snapshot); });
        }
        QTimer::singleShot(0, [&] {
            view.grab(); // the tab as a click shows it: the filters, the pages, the progress
            result.firstPaintMs = double(clock.nsecsElapsed()) / 1e6;
        });
    });
    app.exec();
    // The probe's last gap: until the last paint.
    if (filterStep == 0)
        result.stallMs = std::max(result.stallMs, double(sinceTick.nsecsElapsed()) / 1e6);
    else
        result.filterStallMs = std::max(result.filterStallMs, double(sinceTick.nsecsElapsed()) / 1e6);
    result.peak = ownPeakMiB();
    // For lining the gaps up with a profile (perf record -k CLOCK_MONOTONIC).
    std::fprintf(stderr, "clock started at %.3f s of CLOCK_MONOTONIC\n", double(clock.msecsSinceReference()) / 1e3);
    for (const auto &[end, length] : std::as_const(longGaps))
        std::fprintf(stderr, "gap %.0f ms ending at %.0f ms (data shown at %.0f ms)\n", length, end, result.dataShownMs);
    std::printf("RESULT %lld %lld %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %lld %lld\n", qlonglong(result.projects),
                qlonglong(result.budget), result.firstPaintMs, result.dataShownMs, result.pagePaintMs[3],
                result.pagePaintMs[0], result.pagePaintMs[1], result.pagePaintMs[2], result.stallMs, result.peak,
                result.filterMs, result.clearMs, result.filterStallMs, qlonglong(result.hires), qlonglong(result.students));
    return 0;
}

struct Row
{
    std::vector<double> first, shown, capital, plan, staffing, enrollment, stall, peak, filter, clear, filterStall;
    qint64 projects = 0;
    qint64 budget = 0;
    qint64 hires = 0;
    qint64 students = 0;
};

bool parse(const QByteArray &output, Row &row)
{
    for (const QByteArray &line : output.split('\n')) {
        if (!line.startsWith("RESULT "))
            continue;
        const QList<QByteArray> f = line.mid(7).split(' ');
        if (f.size() != 15)
            return false;
        row.projects = f.at(0).toLongLong();
        row.budget = f.at(1).toLongLong();
        row.first.push_back(f.at(2).toDouble());
        row.shown.push_back(f.at(3).toDouble());
        row.capital.push_back(f.at(4).toDouble());
        row.plan.push_back(f.at(5).toDouble());
        row.staffing.push_back(f.at(6).toDouble());
        row.enrollment.push_back(f.at(7).toDouble());
        row.stall.push_back(f.at(8).toDouble());
        row.peak.push_back(f.at(9).toDouble());
        row.filter.push_back(f.at(10).toDouble());
        row.clear.push_back(f.at(11).toDouble());
        row.filterStall.push_back(f.at(12).toDouble());
        row.hires = f.at(13).toLongLong();
        row.students = f.at(14).toLongLong();
        return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    MemoryRelease::returnLargeBlocks(); // as the app's main() does
    for (int i = 1; i + 2 < argc; ++i) {
        if (qstrcmp(argv[i], "--measure") == 0)
            return measure(argc, argv, QString::fromLocal8Bit(argv[i + 1]),
                           qstrcmp(argv[i + 2], "sql") == 0        ? Mode::Sql
                           : qstrcmp(argv[i + 2], "sql-kept") == 0 ? Mode::SqlKept
                           : qstrcmp(argv[i + 2], "reread") == 0   ? Mode::Reread
                                                                   : Mode::Memory,
                           i + 3 < argc && qstrcmp(argv[i + 3], "datasets") == 0);
    }
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    auto value = [&](const char *name, const QString &fallback) {
        const qsizetype i = arguments.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < arguments.size() ? arguments.at(i + 1) : fallback;
    };
    // Capital projects (NYC copies), or staffing and enrollment rows (so many of each).
    const bool datasets = arguments.contains(QStringLiteral("--dataset-rows"));
    QList<int> sizes;
    for (const QString &size : (datasets ? value("--dataset-rows", QStringLiteral("6500,65000,650000"))
                                         : value("--copies", QStringLiteral("1,10,99")))
                                   .split(QLatin1Char(',')))
        sizes.append(size.toInt());
    const int runs = value("--runs", QStringLiteral("3")).toInt();
    // The peer: every row in memory (the dashboard before it was counted in the database), or
    // everything read and counted again on a filter change (before the summary was kept).
    const bool memoryPeer = value("--peer", QStringLiteral("reread")) == QLatin1String("memory");
    const char *peerName = memoryPeer ? "memory" : "reread";
    const QString directory = value("--dir", QDir::tempPath());
    QTemporaryDir temporary(directory + QStringLiteral("/milepost-bench-XXXXXX"));
    if (!temporary.isValid())
        return 1;
    const QString self = QCoreApplication::applicationFilePath();

    std::printf("%10s  %-7s  %11s  %12s  %14s  %12s  %12s  %12s  %14s  %10s\n", "rows", "counted", "first paint",
                "data shown", "capital paint", "plan paint", "staffing", "enrollment", "longest stall", "peak RSS");
    for (int copies : sizes) {
        const QString csv = temporary.filePath(QStringLiteral("capital.csv"));
        const QString db = temporary.filePath(QStringLiteral("dashboard-%1.milepost").arg(copies));
        qint64 rows = 0;
        if (datasets) {
            rows = 2 * qint64(copies); // staffing and enrollment
            if (!milepost::bench::writeDatasetRows(db, copies))
                return 1;
        } else {
            rows = milepost::bench::writeNycCopies(csv, copies);
            if (!runChild(QStringLiteral(MILEPOST_EXECUTABLE),
                          {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("projects"), csv,
                           QStringLiteral("--profile"), QStringLiteral("nyc-sca-capital-projects"), QStringLiteral("--db"), db})
                     .ok) {
                std::fprintf(stderr, "import failed\n");
                return 1;
            }
            QFile::remove(csv);
        }
        Row rowsOf[3];
        const QString modeArguments[3] = {QString::fromLatin1(peerName), QStringLiteral("sql"), QStringLiteral("sql-kept")};
        for (int run = 0; run < runs; ++run) {
            // 0: the peer, 1: the first session after the import, 2: the next session (right
            // after 1, whose summary it reads); the peer first and last in turn.
            const std::array<int, 3> order = run % 2 == 0 ? std::array<int, 3>{0, 1, 2} : std::array<int, 3>{1, 2, 0};
            for (const int mode : order) {
                const QString out = temporary.filePath(QStringLiteral("measure.txt"));
                QStringList childArguments{QStringLiteral("--measure"), db, modeArguments[mode]};
                if (datasets)
                    childArguments.append(QStringLiteral("datasets"));
                const ChildRun child = runChild(self, childArguments, {{}, out});
                QFile file(out);
                if (!child.ok || !file.open(QIODevice::ReadOnly) || !parse(file.readAll(), rowsOf[mode])) {
                    std::fprintf(stderr, "measuring failed\n");
                    return 1;
                }
            }
        }
        for (int mode = 0; mode < 3; ++mode) {
            const Row &r = rowsOf[mode];
            const char *names[3] = {peerName, "SQL", "kept"};
            std::printf("%10lld  %-7s  %8.0f ms  %9.0f ms  %11.0f ms  %9.0f ms  %9.0f ms  %9.0f ms  %11.0f ms  %6.0f MiB\n",
                        qlonglong(rows), names[mode], median(r.first), median(r.shown), median(r.capital),
                        median(r.plan), median(r.staffing), median(r.enrollment), median(r.stall), median(r.peak));
        }
        const auto same = [](const Row &a, const Row &b) {
            return a.projects == b.projects && a.budget == b.budget && a.hires == b.hires && a.students == b.students;
        };
        const bool equal = same(rowsOf[0], rowsOf[1]) && same(rowsOf[0], rowsOf[2]);
        std::printf("%10s  (hires %lld, %lld and %lld; students %lld, %lld and %lld)\n", "", qlonglong(rowsOf[0].hires),
                    qlonglong(rowsOf[1].hires), qlonglong(rowsOf[2].hires), qlonglong(rowsOf[0].students),
                    qlonglong(rowsOf[1].students), qlonglong(rowsOf[2].students));
        std::printf("%10s  (%lld, %lld and %lld projects, budget %lld, %lld and %lld cents: %s; medians of %d runs; "
                    "ratios SQL/peer: data shown %.2f, longest stall %.3f, peak %.2f; kept/SQL: data shown %.2f)\n",
                    "", qlonglong(rowsOf[0].projects), qlonglong(rowsOf[1].projects), qlonglong(rowsOf[2].projects),
                    qlonglong(rowsOf[0].budget), qlonglong(rowsOf[1].budget), qlonglong(rowsOf[2].budget),
                    equal ? "equal" : "DIFFERENT", runs, median(rowsOf[1].shown) / median(rowsOf[0].shown),
                    median(rowsOf[1].stall) / median(rowsOf[0].stall), median(rowsOf[1].peak) / median(rowsOf[0].peak),
                    median(rowsOf[2].shown) / median(rowsOf[1].shown));
        if (!memoryPeer) {
            std::printf("%10s  filter change (medians): Local District %.0f ms against %.0f ms (%.2f), cleared %.0f ms "
                        "against %.0f ms (%.2f); longest stall meanwhile %.0f ms against %.0f ms\n",
                        "", median(rowsOf[1].filter), median(rowsOf[0].filter),
                        median(rowsOf[1].filter) / median(rowsOf[0].filter), median(rowsOf[1].clear),
                        median(rowsOf[0].clear), median(rowsOf[1].clear) / median(rowsOf[0].clear),
                        median(rowsOf[1].filterStall), median(rowsOf[0].filterStall));
            std::printf("%10s  kept: Local District %.0f ms, cleared %.0f ms, longest stall meanwhile %.0f ms\n", "",
                        median(rowsOf[2].filter), median(rowsOf[2].clear), median(rowsOf[2].filterStall));
        }
        std::fflush(stdout);
        QFile::remove(db);
    }
    std::printf("targets: first paint < 1 s, memory < 250 MB, longest stall < 100 ms\n");
    return 0;
}
