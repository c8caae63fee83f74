// SPDX-License-Identifier: GPL-3.0-or-later
// The same data in a local SQLite file and in a database on a PostgreSQL server, in the same
// run: `milepost figures` (the real command, as a child process) and the Dashboard tab's first
// paint and data shown (milepost_bench_dashboard's --measure mode, counted in the database, the
// app's path) against each, at 13,000, 130,000 and, on request, 1.3 million capital rows.
// Medians of several runs, interleaved, side by side. Not a test: it prints figures (README.md
// here records them) and checks that both give the same capital figures.
//
//   milepost_bench_serverfigures [--copies N,N,...] [--runs N] [--conninfo CONNINFO]
//
// The rows are the NYC School Construction Authority export in data/ repeated (nyccopies.h),
// imported by `milepost import` into each (untimed). Without --conninfo a throwaway cluster is
// started the way tests/pg/pgcluster.sh starts the tests' (a Unix socket, fsync off) and
// stopped at the end; either way each size gets a database of its own, dropped after.
// Linux only (fork, wait4).

#include "childprocess.h"
#include "nyccopies.h"

#include "store/pgconnection.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace milepost;
using milepost::bench::ChildRun;
using milepost::bench::median;
using milepost::bench::runChild;

namespace {

const char asOf[] = "2025-04-01";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Engine
{
    const char *name;
    QString target;
    std::vector<double> figuresWall, figuresCpu, firstPaint, dataShown;
    QByteArray capital; // the figures' capital part, compact JSON
    qint64 projects = 0, budget = 0;
};

// "RESULT projects budget firstPaint dataShown ..." from the dashboard bench's --measure.
bool parseDashboard(const QByteArray &output, Engine &engine)
{
    for (const QByteArray &line : output.split('\n')) {
        if (!line.startsWith("RESULT "))
            continue;
        const QList<QByteArray> f = line.mid(7).split(' ');
        if (f.size() < 4)
            return false;
        engine.projects = f.at(0).toLongLong();
        engine.budget = f.at(1).toLongLong();
        engine.firstPaint.push_back(f.at(2).toDouble());
        engine.dataShown.push_back(f.at(3).toDouble());
        return true;
    }
    return false;
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
    const QString milepost = QStringLiteral(MILEPOST_EXECUTABLE);
    const QString dashboard = QStringLiteral(MILEPOST_DASHBOARD_BENCH);

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
    QString error;
    auto admin = PgConnection::connect(conninfo, &error);
    if (!admin) {
        std::fprintf(stderr, "cannot reach the server: %s\n", qPrintable(error));
        return 1;
    }

    struct Line
    {
        qint64 rows;
        Engine file, server;
        bool same;
    };
    std::vector<Line> lines;
    int status = 0;
    for (int copies : sizes) {
        const QString csv = temporary.filePath(QStringLiteral("capital.csv"));
        const qint64 rows = milepost::bench::writeNycCopies(csv, copies);
        const QString dbName = QStringLiteral("bench_figures_%1").arg(copies);
        Statement::execute(admin.get(), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(dbName), &error);
        if (!Statement::execute(admin.get(), QStringLiteral("CREATE DATABASE %1").arg(dbName), &error)) {
            std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(dbName), qPrintable(error));
            return 1;
        }
        Line line{rows, {"SQLite file", temporary.filePath(QStringLiteral("figures-%1.milepost").arg(copies))},
                  {"PostgreSQL", conninfo + QStringLiteral(" dbname=") + dbName}, false};
        std::printf("%d copies: %lld rows; importing into both...\n", copies, qlonglong(rows));
        std::fflush(stdout);
        for (Engine *engine : {&line.file, &line.server}) {
            const ChildRun imported = runChild(milepost, {QStringLiteral("import"), QStringLiteral("--dataset"),
                                                          QStringLiteral("projects"), csv, QStringLiteral("--profile"),
                                                          QStringLiteral("nyc-sca-capital-projects"), QStringLiteral("--db"),
                                                          engine->target});
            if (!imported.ok) {
                std::fprintf(stderr, "import into %s failed\n", engine->name);
                return 1;
            }
            std::printf("  imported into %s in %.1f s\n", engine->name, imported.wall);
        }
        QFile::remove(csv);
        // Statistics for the planner, as autovacuum would gather them soon after an import.
        if (auto analyze = PgConnection::connect(line.server.target, &error))
            Statement::execute(analyze.get(), QStringLiteral("ANALYZE"), &error);

        const QString out = temporary.filePath(QStringLiteral("out.txt"));
        Engine *engines[2] = {&line.file, &line.server};
        for (Engine *engine : engines) // untimed: both start warm
            runChild(milepost, {QStringLiteral("figures"), QStringLiteral("--as-of"), QLatin1String(asOf), QStringLiteral("--json"),
                                QStringLiteral("--db"), engine->target},
                     {{}, out});
        for (int run = 0; run < runs; ++run) {
            for (int turn = 0; turn < 2; ++turn) {
                Engine &engine = *engines[(run + turn) % 2];
                const ChildRun figures = runChild(milepost, {QStringLiteral("figures"), QStringLiteral("--as-of"),
                                                             QLatin1String(asOf), QStringLiteral("--json"),
                                                             QStringLiteral("--db"), engine.target},
                                                  {{}, out});
                if (!figures.ok) {
                    std::fprintf(stderr, "milepost figures on %s failed\n", engine.name);
                    return 1;
                }
                engine.figuresWall.push_back(figures.wall);
                engine.figuresCpu.push_back(figures.cpu);
                engine.capital = QJsonDocument(QJsonDocument::fromJson(readAll(out)).object().value(QStringLiteral("capital")).toObject())
                                     .toJson(QJsonDocument::Compact);
                const ChildRun shown = runChild(dashboard, {QStringLiteral("--measure"), engine.target, QStringLiteral("sql")},
                                                {{}, out, true});
                if (!shown.ok || !parseDashboard(readAll(out), engine)) {
                    std::fprintf(stderr, "the dashboard on %s failed\n", engine.name);
                    return 1;
                }
            }
            std::printf("  run %d: figures %.3f s file, %.3f s server; dashboard data shown %.0f ms file, %.0f ms server\n",
                        run + 1, line.file.figuresWall.back(), line.server.figuresWall.back(), line.file.dataShown.back(),
                        line.server.dataShown.back());
            std::fflush(stdout);
        }
        line.same = !line.file.capital.isEmpty() && line.file.capital == line.server.capital
                    && line.file.projects == line.server.projects && line.file.budget == line.server.budget;
        if (!line.same) {
            std::printf("  DIFFERENT figures:\n    file   %s\n    server %s\n", line.file.capital.constData(),
                        line.server.capital.constData());
            status = 2;
        }
        lines.push_back(line);
        QFile::remove(line.file.target);
        Statement::execute(admin.get(), QStringLiteral("DROP DATABASE %1").arg(dbName), &error);
    }
    admin.reset();
    if (ownCluster)
        runChild(QStringLiteral("/bin/sh"), {script, QStringLiteral("stop"), clusterDir});

    std::printf("\nmedians of %d runs, as of %s; the server on this machine over a Unix socket\n", runs, asOf);
    std::printf("%10s  %-18s  %14s  %14s  %13s  %13s  %12s  %12s  %13s  %s\n", "rows", "", "figures file",
                "figures server", "CPU file", "CPU server", "ratio", "paint file", "paint server", "data shown file/server  same");
    for (const Line &l : lines) {
        std::printf("%10lld  %-18s  %12.3f s  %12.3f s  %11.3f s  %11.3f s  %12.2f  %9.0f ms  %10.0f ms  %6.0f / %.0f ms (%.2f)  %s\n",
                    qlonglong(l.rows), "milepost figures", median(l.file.figuresWall), median(l.server.figuresWall),
                    median(l.file.figuresCpu), median(l.server.figuresCpu),
                    median(l.server.figuresWall) / median(l.file.figuresWall), median(l.file.firstPaint),
                    median(l.server.firstPaint), median(l.file.dataShown), median(l.server.dataShown),
                    median(l.server.dataShown) / median(l.file.dataShown), l.same ? "yes" : "NO");
    }
    std::printf("ratio: server over file, wall. CPU is the milepost process's own; the server's work is in its wall only.\n");
    return status;
}
