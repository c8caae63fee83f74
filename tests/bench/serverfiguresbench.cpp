// SPDX-License-Identifier: GPL-3.0-or-later
// The same data in a local SQLite file and in a database on a PostgreSQL server, in the same
// run, at 13,000 and 130,000 (and on request 1.3 million) capital rows:
//  - figures: what `milepost figures` does (FiguresCommand), in this process: open the database,
//    the plan and its journal, then the staffing, enrollment and capital figures counted in the
//    database (StaffingFiguresQuery, EnrollmentFiguresQuery, CapitalFiguresQuery);
//  - dashboard: DashboardData::read, what the Dashboard tab's worker reads before its first
//    complete paint (the painting itself is the same for both and is not in this figure).
// Medians of several runs, interleaved (file first, then server first), side by side; the first,
// cold, run of each is untimed. Not a test: it prints figures (README.md here records them) and
// checks that both give the same capital figures.
//
//   milepost_bench_serverfigures [--copies N,N,...] [--runs N] [--conninfo CONNINFO]
//
// The rows are the NYC School Construction Authority export in data/ repeated (nyccopies.h),
// imported by DatasetImporter into each (untimed). Without --conninfo a throwaway cluster is
// started the way tests/pg/pgcluster.sh starts the tests' (Unix socket; fsync off, which a
// read-only measure does not feel) and stopped at the end; either way each size gets a
// database of its own, dropped after.

#include "childprocess.h"
#include "nyccopies.h"

#include "dashboard/dashboarddata.h"
#include "dashboard/dashboardfilter.h"
#include "datasets/builtinprofiles.h"
#include "datasets/datasetimporter.h"
#include "progress/recordedprogress.h"
#include "store/capitalfiguresquery.h"
#include "store/database.h"
#include "store/enrollmentfiguresquery.h"
#include "store/pgconnection.h"
#include "store/planrepository.h"
#include "store/progressrepository.h"
#include "store/staffingfiguresquery.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace milepost;
using milepost::bench::median;
using milepost::bench::runChild;

namespace {

const QDate asOf(2025, 4, 1);

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Engine
{
    const char *name;
    QString target;
    std::vector<double> figuresMs, dashboardMs;
    std::optional<CapitalKeyFigures> capital;
    qint64 dashboardProjects = -1;
};

// FiguresCommand::run without the printing: false when anything fails.
bool figures(const QString &target, Engine *engine)
{
    QString error;
    const std::unique_ptr<Database> database = Database::open(target, &error);
    if (!database)
        return false;
    DashboardFilter filter;
    filter.asOf = asOf;
    const PlanRepository plans(*database);
    const ProgressRepository progress(*database);
    if (std::optional<PlanRepository::StoredPlan> stored = plans.loadLatest(&error)) {
        const auto shown = stored->asOf(filter.asOf);
        if (const auto journal = progress.entries({}, &error)) {
            const RecordedProgress recorded(shown.milestoneIds, *journal);
            Q_UNUSED(recorded);
        }
    }
    const auto staffing = StaffingFiguresQuery(*database).compute(filter, StaffingFiguresQuery::Rows::Counted, &error);
    const auto enrollment = EnrollmentFiguresQuery(*database).compute(filter, {}, EnrollmentFiguresQuery::Rows::Counted, &error);
    const auto capital = CapitalFiguresQuery(*database).compute(filter, &error);
    if (!staffing || !enrollment || !capital) {
        std::fprintf(stderr, "%s: %s\n", engine->name, qPrintable(error));
        return false;
    }
    engine->capital = capital;
    return true;
}

bool dashboard(const QString &target, Engine *engine)
{
    // What the tab's worker does before its first complete paint (DashboardView): read, then count
    // the pages with the filters in effect.
    DashboardData data = DashboardData::read(target);
    DashboardFilter filter;
    filter.asOf = asOf;
    data.count(filter, {});
    if (!data.capitalFigures) {
        std::fprintf(stderr, "%s: the dashboard has no capital figures: %s\n", engine->name,
                     qPrintable((data.errors + data.countErrors).join(QStringLiteral("; "))));
        return false;
    }
    engine->dashboardProjects = CapitalKeyFigures::of(*data.capitalFigures).projects.value;
    return true;
}

double timed(bool (*what)(const QString &, Engine *), Engine &engine, bool *ok)
{
    QElapsedTimer clock;
    clock.start();
    *ok = what(engine.target, &engine) && *ok;
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    auto value = [&](const char *name, const QString &fallback) {
        const qsizetype i = arguments.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < arguments.size() ? arguments.at(i + 1) : fallback;
    };
    QList<int> sizes;
    for (const QString &copies : value("--copies", QStringLiteral("1,10")).split(QLatin1Char(',')))
        sizes.append(copies.toInt());
    const int runs = value("--runs", QStringLiteral("5")).toInt();
    QString conninfo = value("--conninfo", QString());

    QTemporaryDir temporary(QDir::tempPath() + QStringLiteral("/milepost-bench-XXXXXX"));
    if (!temporary.isValid())
        return 1;
    const QString clusterDir = QStringLiteral("/tmp/milepost-bench-pg-%1").arg(::getpid());
    const QString script = QStringLiteral(MILEPOST_SOURCE_DIR "/tests/pg/pgcluster.sh");
    const bool ownCluster = conninfo.isEmpty();
    if (ownCluster) {
        if (!runChild(QStringLiteral("/bin/sh"), {script, QStringLiteral("start"), clusterDir}).ok) {
            std::fprintf(stderr, "cannot start a PostgreSQL cluster (%s)\n", qPrintable(script));
            return 1;
        }
        conninfo = QString::fromUtf8(readAll(clusterDir + QStringLiteral("/conninfo"))).trimmed();
    }
    int status = 0;
    auto stopCluster = [&] {
        if (ownCluster)
            runChild(QStringLiteral("/bin/sh"), {script, QStringLiteral("stop"), clusterDir});
    };
    QString error;
    auto admin = PgConnection::connect(conninfo, &error);
    if (!admin) {
        std::fprintf(stderr, "cannot reach the server: %s\n", qPrintable(error));
        stopCluster();
        return 1;
    }

    struct Line
    {
        qint64 rows;
        Engine file, server;
        bool same;
    };
    std::vector<Line> lines;
    for (int copies : sizes) {
        const QString csv = temporary.filePath(QStringLiteral("capital.csv"));
        const qint64 rows = milepost::bench::writeNycCopies(csv, copies);
        const QString dbName = QStringLiteral("bench_figures_%1").arg(copies);
        Statement::execute(admin.get(), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(dbName), &error);
        if (!Statement::execute(admin.get(), QStringLiteral("CREATE DATABASE %1").arg(dbName), &error)) {
            std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(dbName), qPrintable(error));
            status = 1;
            break;
        }
        Line line{rows, {"SQLite file", temporary.filePath(QStringLiteral("figures-%1.milepost").arg(copies))},
                  {"PostgreSQL", conninfo + QStringLiteral(" dbname=") + dbName}, false};
        std::printf("%d copies: %lld rows; importing into both...\n", copies, qlonglong(rows));
        std::fflush(stdout);
        bool imported = true;
        for (Engine *engine : {&line.file, &line.server}) {
            auto database = Database::open(engine->target, &error);
            if (!database) {
                std::fprintf(stderr, "%s: %s\n", engine->name, qPrintable(error));
                imported = false;
                break;
            }
            QElapsedTimer clock;
            clock.start();
            DatasetImporter importer(*database);
            DatasetImporter::Request request;
            request.path = csv;
            request.profile = BuiltInProfiles::nycSca();
            const ImportReport report = importer.run(request);
            if (!report.ok) {
                std::fprintf(stderr, "import into %s failed: %s\n", engine->name, qPrintable(report.error));
                imported = false;
                break;
            }
            std::printf("  imported into %s in %.1f s (%lld stored)\n", engine->name, double(clock.elapsed()) / 1000,
                        qlonglong(report.stored));
        }
        QFile::remove(csv);
        if (!imported) {
            status = 1;
            break;
        }
        // Statistics for the planner, as autovacuum would gather them soon after an import.
        if (auto analyze = PgConnection::connect(line.server.target, &error))
            Statement::execute(analyze.get(), QStringLiteral("ANALYZE"), &error);

        Engine *engines[2] = {&line.file, &line.server};
        bool ok = true;
        for (Engine *engine : engines) { // untimed: both start warm
            timed(figures, *engine, &ok);
            timed(dashboard, *engine, &ok);
        }
        for (int run = 0; run < runs && ok; ++run) {
            for (int turn = 0; turn < 2; ++turn) {
                Engine &engine = *engines[(run + turn) % 2];
                engine.figuresMs.push_back(timed(figures, engine, &ok));
                engine.dashboardMs.push_back(timed(dashboard, engine, &ok));
            }
            std::printf("  run %d: figures %.0f ms file, %.0f ms server; dashboard read %.0f ms file, %.0f ms server\n",
                        run + 1, line.file.figuresMs.back(), line.server.figuresMs.back(), line.file.dashboardMs.back(),
                        line.server.dashboardMs.back());
            std::fflush(stdout);
        }
        line.same = ok && line.file.capital && line.server.capital && *line.file.capital == *line.server.capital
                    && line.file.dashboardProjects == line.server.dashboardProjects
                    && line.file.dashboardProjects == line.file.capital->projects.value;
        if (!line.same) {
            std::printf("  FAILED or DIFFERENT figures\n");
            status = 2;
        } else {
            std::printf("  both: %lld projects, budget %lld cents, %lld late\n", qlonglong(line.file.capital->projects.value),
                        qlonglong(line.file.capital->budget.value), qlonglong(line.file.capital->late.value));
        }
        lines.push_back(line);
        QFile::remove(line.file.target);
        Statement::execute(admin.get(), QStringLiteral("DROP DATABASE %1").arg(dbName), &error);
    }
    admin.reset();
    stopCluster();

    std::printf("\nmedians of %d runs, as of %s; the server on this machine over a Unix socket\n", runs,
                qPrintable(asOf.toString(Qt::ISODate)));
    std::printf("%10s  %14s  %14s  %7s  %16s  %16s  %7s  %s\n", "rows", "figures file", "figures server", "ratio",
                "dashboard file", "dashboard server", "ratio", "same figures");
    for (const Line &l : lines) {
        if (l.file.figuresMs.empty() || l.server.figuresMs.empty())
            continue;
        std::printf("%10lld  %11.0f ms  %11.0f ms  %7.2f  %13.0f ms  %13.0f ms  %7.2f  %s\n", qlonglong(l.rows),
                    median(l.file.figuresMs), median(l.server.figuresMs),
                    median(l.server.figuresMs) / median(l.file.figuresMs), median(l.file.dashboardMs),
                    median(l.server.dashboardMs), median(l.server.dashboardMs) / median(l.file.dashboardMs),
                    l.same ? "yes" : "NO");
    }
    std::printf("ratio: server over file\n");
    return status;
}
