// SPDX-License-Identifier: GPL-3.0-or-later
// Milepost's capital-project import into PostgreSQL against psql's \copy of the same
// 1.3-million-row file into an untyped table on the same server, in the same run: wall time of
// each (median of several runs, interleaved), and Milepost's peak memory. Not a test: it prints
// figures (tests/bench/README.md records them) and asserts nothing.
//
//   milepost_bench_pgimport --conninfo CONNINFO [--copies N] [--runs N] [--dir DIR] [--milepost EXECUTABLE]
//
// CONNINFO reaches the server as a role that may create databases (the test cluster's:
// host=/tmp/milepost-pg-... user=milepost dbname=postgres). Each run imports into databases of
// its own, created before and dropped after, untimed. The file is the one importbench.cpp
// makes (nyccopies.h). Both tools run as child processes: `milepost import` and `psql`; the
// server's own time is in both walls alike. Linux only (fork, wait4).

#include "childprocess.h"
#include "nyccopies.h"

#include "datasets/builtinprofiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace milepost;
using milepost::bench::ChildRun;
using milepost::bench::median;
using milepost::bench::runChild;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int copies = 99;
    int runs = 5;
    QString directory;
    QString conninfo;
    QString milepost = QStringLiteral(MILEPOST_EXECUTABLE);
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == QLatin1String("--copies"))
            copies = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--runs"))
            runs = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--dir"))
            directory = arguments.at(i + 1);
        else if (arguments.at(i) == QLatin1String("--conninfo"))
            conninfo = arguments.at(i + 1);
        else if (arguments.at(i) == QLatin1String("--milepost"))
            milepost = arguments.at(i + 1);
    }
    if (conninfo.isEmpty()) {
        std::fprintf(stderr, "usage: milepost_bench_pgimport --conninfo CONNINFO [--copies N] [--runs N] [--dir DIR]\n");
        return 2;
    }
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (psql.isEmpty()) {
        std::fprintf(stderr, "psql not found on PATH (Debian: apt-get install postgresql-client)\n");
        return 1;
    }
    QTemporaryDir temporary(directory.isEmpty() ? QDir::tempPath() + QStringLiteral("/milepost-bench-XXXXXX")
                                                : directory + QStringLiteral("/milepost-bench-XXXXXX"));
    if (!temporary.isValid())
        return 1;
    // The server (its own user, when it runs as postgres) reads nothing of this folder: psql's
    // \copy reads the file on the client's side, as Milepost does.
    const QString big = temporary.filePath(QStringLiteral("capital.csv"));
    const qint64 rows = milepost::bench::writeNycCopies(big, copies);
    std::printf("file: %lld rows, %.1f MB (the NYC export x %d, distinct site codes)\n", qlonglong(rows),
                double(QFileInfo(big).size()) / 1e6, copies);
    std::fflush(stdout);

    const QString oursOut = temporary.filePath(QStringLiteral("milepost-out.json"));
    const QString theirsOut = temporary.filePath(QStringLiteral("psql-out.txt"));
    const QString setupOut = temporary.filePath(QStringLiteral("setup-out.txt"));
    auto admin = [&](const QString &sql) {
        return runChild(psql, {conninfo, QStringLiteral("-qAtc"), sql}, {{}, setupOut}).ok;
    };
    QStringList columns;
    for (int i = 1; i <= 14; ++i)
        columns.append(QStringLiteral("c%1 text").arg(i));

    std::vector<double> milepostTimes;
    std::vector<double> psqlTimes;
    double peak = 0;
    std::printf("run  milepost import (wall, client cpu)  psql \\copy (wall, client cpu)  ratio wall  milepost peak RSS  "
                "rows read = stored + rejected + blank\n");
    for (int run = 0; run < runs; ++run) {
        const QString ourDb = QStringLiteral("bench_milepost_%1").arg(run);
        const QString theirDb = QStringLiteral("bench_psql_%1").arg(run);
        const QString ourConninfo = conninfo + QStringLiteral(" dbname=") + ourDb;
        const QString theirConninfo = conninfo + QStringLiteral(" dbname=") + theirDb;
        for (const QString &db : {ourDb, theirDb}) {
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(db));
            if (!admin(QStringLiteral("CREATE DATABASE %1").arg(db))) {
                std::printf("cannot create the database %s: %s\n", qPrintable(db), readAll(setupOut).constData());
                return 1;
            }
        }
        if (!runChild(milepost, {QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), ourConninfo},
                      {{}, setupOut})
                 .ok) {
            std::printf("milepost db init failed: %s\n", readAll(setupOut).constData());
            return 1;
        }
        if (!runChild(psql, {theirConninfo, QStringLiteral("-qc"),
                             QStringLiteral("CREATE TABLE t (%1)").arg(columns.join(QStringLiteral(", ")))},
                      {{}, setupOut})
                 .ok)
            return 1;

        ChildRun ours;
        ChildRun theirs;
        for (int turn = 0; turn < 2; ++turn) {
            if ((run + turn) % 2 == 0)
                ours = runChild(milepost,
                                {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("projects"), big,
                                 QStringLiteral("--profile"), BuiltInProfiles::nycScaName, QStringLiteral("--db"),
                                 ourConninfo, QStringLiteral("--json")},
                                {{}, oursOut});
            else
                theirs = runChild(psql,
                                  {theirConninfo, QStringLiteral("-qAt"), QStringLiteral("-c"),
                                   QStringLiteral("\\copy t FROM '%1' WITH (FORMAT csv, HEADER true)").arg(big),
                                   QStringLiteral("-c"), QStringLiteral("SELECT count(*) FROM t")},
                                  {{}, theirsOut});
        }
        const QJsonObject result = QJsonDocument::fromJson(readAll(oursOut)).object();
        const qint64 read = result.value(QStringLiteral("rowsRead")).toInteger();
        const qint64 stored = result.value(QStringLiteral("stored")).toInteger();
        const qint64 rejected = result.value(QStringLiteral("rejected")).toInteger();
        const qint64 blank = result.value(QStringLiteral("blank")).toInteger();
        const qint64 psqlRows = readAll(theirsOut).trimmed().toLongLong();
        for (const QString &db : {ourDb, theirDb})
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(db));
        if (!ours.ok || !theirs.ok || read != rows || read != stored + rejected + blank || psqlRows != rows) {
            std::printf("run %d failed: milepost ok %d (%lld rows), psql ok %d (%lld rows)\n%s\n", run + 1, ours.ok,
                        qlonglong(read), theirs.ok, qlonglong(psqlRows), readAll(oursOut).left(2000).constData());
            return 1;
        }
        milepostTimes.push_back(ours.wall);
        psqlTimes.push_back(theirs.wall);
        peak = std::max(peak, ours.peakMiB);
        std::printf("%3d  %9.2f s %8.2f s  %10.2f s %8.2f s  %10.2f  %13.1f MiB  %lld = %lld + %lld + %lld\n", run + 1,
                    ours.wall, ours.cpu, theirs.wall, theirs.cpu, ours.wall / theirs.wall, ours.peakMiB,
                    qlonglong(read), qlonglong(stored), qlonglong(rejected), qlonglong(blank));
        std::fflush(stdout);
    }
    const double ours = median(milepostTimes);
    const double theirs = median(psqlTimes);
    std::printf("\nmedian wall: milepost import %.2f s, psql \\copy %.2f s, ratio %.2f (target <= 1.0)\n", ours, theirs,
                ours / theirs);
    std::printf("milepost: %.0f rows/s; peak RSS %.1f MiB\n", double(rows) / ours, peak);
    return 0;
}
