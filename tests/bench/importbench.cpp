// SPDX-License-Identifier: GPL-3.0-or-later
// Milepost's capital-project import against the sqlite3 command-line tool's .import of the same
// 1.3-million-row file into an untyped table, in the same run: wall time of each (median of
// several runs, interleaved) and the peak memory of Milepost's import. Not a test: it prints
// figures (tests/bench/README.md records them) and asserts nothing.
//
//   milepost_bench_import [--copies N] [--runs N] [--dir DIR] [--milepost EXECUTABLE]
//
// --runs 0 stops after the in-process figures (reading and parsing alone, and through the pipeline).
//
// --milepost runs another build of milepost (e.g. one from before a change) in place of this one's.
//
// The file is the NYC School Construction Authority export in data/ repeated N times (99 by
// default: 1,302,147 rows), each copy with its own site codes ("M015-07"), so that every copy
// is 6,985 new projects. Both tools run as child processes: the real `milepost import` command
// and `sqlite3`, once each untimed after the file is on disk, then timed in turns. Linux only (fork, wait4).

#include "childprocess.h"
#include "nyccopies.h"

#include "csv/csvreader.h"
#include "datasets/builtinprofiles.h"
#include "datasets/rowparser.h"
#include "datasets/rowpipeline.h"
#include "io/owncachelines.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <optional>
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

// The file opened as the import opens it, its header read and the parser prepared for the NYC
// profile; false when it cannot be.
struct Reading
{
    QFile file;
    std::optional<CsvReader> reader;
    RowParser parser;

    bool open(const QString &path)
    {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        reader.emplace(&file, CsvDialect{});
        CsvRecord record;
        reader->next(record);
        QStringList header;
        for (int i = 0; i < record.fieldCount(); ++i)
            header.append(record.text(i));
        QString error;
        return parser.prepare(BuiltInProfiles::nycSca(), header, &error);
    }
};

// Milepost's reading and parsing alone, in this process, for the breakdown.
double parseOnly(const QString &path, qint64 *rows)
{
    QElapsedTimer timer;
    timer.start();
    Reading reading;
    if (!reading.open(path))
        return -1;
    CsvRecord record;
    QList<RowParser::Problem> problems;
    bool keyComplete = false;
    *rows = 0;
    while (reading.reader->next(record)) {
        reading.parser.parse(record, &problems, &keyComplete);
        ++*rows;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

// The import's reading thread alone: read, parse and hand the rows over in batches as the
// import does (RowPipeline), to a taker that only counts them. Returns the wall time, and in
// processCpu the CPU time of the whole process (the taker waits: it is mostly the reader's).
double pipelineOnly(const QString &path, qint64 *rows, double *processCpu)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = milepost::bench::processCpuSeconds();
    // On a block of its own, as the import keeps its reader and parser (OwnCacheLines).
    OwnCacheLines<Reading> reading;
    if (!reading->open(path))
        return -1;
    *rows = 0;
    {
        RowPipeline pipeline(*reading->reader, reading->parser);
        while (const ParsedBatch *batch = pipeline.next())
            *rows += qint64(batch->rows.size());
    }
    *processCpu = milepost::bench::processCpuSeconds() - cpuBefore;
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int copies = 99;
    int runs = 5;
    QString directory;
    QString milepost = QStringLiteral(MILEPOST_EXECUTABLE);
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == QLatin1String("--copies"))
            copies = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--runs"))
            runs = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--dir"))
            directory = arguments.at(i + 1);
        else if (arguments.at(i) == QLatin1String("--milepost"))
            milepost = arguments.at(i + 1);
    }
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        std::fprintf(stderr, "sqlite3 not found on PATH (Debian: apt-get install sqlite3)\n");
        return 1;
    }
    QTemporaryDir temporary(directory.isEmpty() ? QDir::tempPath() + QStringLiteral("/milepost-bench-XXXXXX")
                                                : directory + QStringLiteral("/milepost-bench-XXXXXX"));
    if (!temporary.isValid()) {
        std::fprintf(stderr, "cannot make a folder in %s\n", qPrintable(directory.isEmpty() ? QDir::tempPath() : directory));
        return 1;
    }
    const QString big = temporary.filePath(QStringLiteral("capital.csv"));
    const qint64 rows = milepost::bench::writeNycCopies(big, copies);
    std::printf("file: %lld rows, %.1f MB (the NYC export x %d, distinct site codes), in %s\n", qlonglong(rows),
                double(QFileInfo(big).size()) / 1e6, copies, qPrintable(temporary.path()));

    qint64 parsedRows = 0;
    const double parseSeconds = parseOnly(big, &parsedRows);
    std::printf("read and parse alone (in process, no database): %.2f s for %lld rows\n", parseSeconds,
                qlonglong(parsedRows));
    qint64 pipedRows = 0;
    double pipeCpu = 0;
    const double pipeSeconds = pipelineOnly(big, &pipedRows, &pipeCpu);
    std::printf("read, parse and hand over in batches as the import does (no database): %.2f s wall, %.2f s CPU for "
                "%lld rows\n\n",
                pipeSeconds, pipeCpu, qlonglong(pipedRows));
    std::fflush(stdout);
    if (runs <= 0)
        return 0;

    const QString milepostDb = temporary.filePath(QStringLiteral("milepost.sqlite"));
    const QString sqliteDb = temporary.filePath(QStringLiteral("sqlite3.sqlite"));
    // What each tool prints: Milepost's JSON report, sqlite3's count of the rows it took.
    const QString oursOut = temporary.filePath(QStringLiteral("milepost-out.json"));
    const QString theirsOut = temporary.filePath(QStringLiteral("sqlite3-out.txt"));
    auto removeDatabases = [&] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            QFile::remove(milepostDb + suffix);
            QFile::remove(sqliteDb + suffix);
        }
    };
    QStringList columns;
    for (int i = 1; i <= 14; ++i)
        columns.append(QStringLiteral("c%1").arg(i));
    const QStringList sqliteArguments{sqliteDb, QStringLiteral("CREATE TABLE t(%1);").arg(columns.join(QLatin1Char(','))),
                                      QStringLiteral(".import --csv --skip 1 %1 t").arg(big),
                                      QStringLiteral("SELECT count(*) FROM t;")};
    const QStringList milepostArguments{QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("projects"),
                                        big, QStringLiteral("--profile"), BuiltInProfiles::nycScaName,
                                        QStringLiteral("--db"), milepostDb, QStringLiteral("--json")};

    // The file was just written: on disk before any run, so that no run meets the kernel writing
    // it back; then one run of each, not timed, as the other benchmarks do.
    {
        QFile written(big);
        if (!written.open(QIODevice::ReadOnly) || ::fsync(written.handle()) != 0) {
            std::fprintf(stderr, "cannot flush %s to disk\n", qPrintable(big));
            return 1;
        }
    }
    removeDatabases();
    if (!runChild(milepost, milepostArguments, {{}, oursOut}).ok || !runChild(sqlite3, sqliteArguments, {{}, theirsOut}).ok) {
        std::fprintf(stderr, "the untimed first runs failed\n");
        return 1;
    }

    std::vector<double> milepostTimes;
    std::vector<double> sqliteTimes;
    std::vector<double> milepostCpu;
    std::vector<double> sqliteCpu;
    double peak = 0;
    std::printf("run  milepost import (wall, cpu)  sqlite3 .import (wall, cpu)  ratio wall  ratio cpu  milepost peak RSS  "
                "rows read = stored + rejected + blank\n");
    for (int run = 0; run < runs; ++run) {
        removeDatabases();
        ChildRun ours;
        ChildRun theirs;
        // Alternate who goes first, so that neither always meets a warm or a cold cache.
        for (int turn = 0; turn < 2; ++turn) {
            if ((run + turn) % 2 == 0)
                ours = runChild(milepost, milepostArguments, {{}, oursOut});
            else
                theirs = runChild(sqlite3, sqliteArguments, {{}, theirsOut});
        }
        removeDatabases();
        const QJsonObject result = QJsonDocument::fromJson(readAll(oursOut)).object();
        const qint64 read = result.value(QStringLiteral("rowsRead")).toInteger();
        const qint64 stored = result.value(QStringLiteral("stored")).toInteger();
        const qint64 rejected = result.value(QStringLiteral("rejected")).toInteger();
        const qint64 blank = result.value(QStringLiteral("blank")).toInteger();
        const qint64 sqliteRows = readAll(theirsOut).trimmed().toLongLong();
        if (!ours.ok || !theirs.ok || read != rows || read != stored + rejected + blank || sqliteRows != rows) {
            std::printf("run %d failed: milepost ok %d (%lld rows), sqlite3 ok %d (%lld rows)\n", run + 1, ours.ok,
                        qlonglong(read), theirs.ok, qlonglong(sqliteRows));
            return 1;
        }
        milepostTimes.push_back(ours.wall);
        sqliteTimes.push_back(theirs.wall);
        milepostCpu.push_back(ours.cpu);
        sqliteCpu.push_back(theirs.cpu);
        peak = std::max(peak, ours.peakMiB);
        std::printf("%3d  %9.2f s %8.2f s  %10.2f s %9.2f s  %10.2f  %9.2f  %13.1f MiB  %lld = %lld + %lld + %lld\n", run + 1,
                    ours.wall, ours.cpu, theirs.wall, theirs.cpu, ours.wall / theirs.wall,
                    ours.cpu / theirs.cpu, ours.peakMiB, qlonglong(read), qlonglong(stored),
                    qlonglong(rejected), qlonglong(blank));
        std::fflush(stdout);
    }
    const double ours = median(milepostTimes);
    const double theirs = median(sqliteTimes);
    std::printf("\nmedian wall: milepost import %.2f s, sqlite3 .import %.2f s, ratio %.2f (target <= 1.0)\n", ours,
                theirs, ours / theirs);
    std::printf("median CPU:  milepost import %.2f s, sqlite3 .import %.2f s, ratio %.2f\n", median(milepostCpu),
                median(sqliteCpu), median(milepostCpu) / median(sqliteCpu));
    std::printf("milepost: %.0f rows/s; peak RSS %.1f MiB (target < 200 MB)\n", double(rows) / ours, peak);
    return 0;
}
