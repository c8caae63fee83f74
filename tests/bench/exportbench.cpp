// SPDX-License-Identifier: GPL-3.0-or-later
// `milepost export --dataset phases` of 1.3 million capital-project phases against the sqlite3
// command-line tool's `-csv` output of the same rows (same join, same columns, same order), in
// the same run: wall time and CPU time of each as child processes, interleaved, medians and
// ratios. Milepost does the formula guard, the byte order mark, RFC 4180 quoting, typed
// amounts and dates, and writes through QSaveFile (flushed to disk before the rename); sqlite3
// prints its values as text. Not a test: it prints figures (tests/bench/README.md records them)
// and checks that both files hold the same rows.
//
//   milepost_bench_export [--copies N] [--runs N] [--dir DIR]
//
// The database is the NYC School Construction Authority export in data/ imported with the real
// `milepost import`, its projects and phases then copied N - 1 more times in SQL (99 copies:
// 1,302,048 phases), each copy with its own site codes and keys; two copies in three get a note
// that must be guarded or quoted. Linux only (fork, wait4).

#include "childprocess.h"

#include "csv/csvreader.h"
#include "export/csvwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace milepost;
using milepost::bench::ChildRun;
using milepost::bench::median;
using milepost::bench::runChild;

namespace {

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// The peer's query: what DatasetTableReader selects for the phases, with each value and its
// not-applicable code in one column, as sqlite3 prints them.
const char peerQuery[] =
    "SELECT replace(p.record_key, char(31), ' | '), p.site_code, p.school_name, p.region, p.board_district, "
    "p.project_type, p.description, coalesce(p.funding, p.funding_code), ph.phase, ph.status, "
    "coalesce(date(ph.planned_start), ph.planned_start_code), coalesce(date(ph.planned_end), ph.planned_end_code), "
    "coalesce(date(ph.actual_start), ph.actual_start_code), coalesce(date(ph.actual_end), ph.actual_end_code), "
    "coalesce(ph.budget, ph.budget_code), coalesce(ph.estimate, ph.estimate_code), coalesce(ph.spent, ph.spent_code), "
    "coalesce(ph.percent_complete, ph.percent_complete_code), ph.illustrative, ph.note "
    "FROM capital_phases ph CROSS JOIN capital_projects p ON p.id = ph.project_id "
    "ORDER BY ph.project_id, ph.source_line;\n";

// Copies of the imported projects and phases, with new ids, site codes and keys.
QByteArray copyScript(int copies)
{
    return QStringLiteral(
               "PRAGMA foreign_keys = OFF;\n"
               "BEGIN;\n"
               "WITH RECURSIVE copies(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM copies WHERE n < %1)\n"
               "INSERT INTO capital_projects (id, source_id, record_key, project_key, site_code, school_name, region,\n"
               "    board_district, project_type, description, funding, funding_code, source_line, created_run,\n"
               "    changed_run, seen_run)\n"
               "SELECT id + n * 100000, source_id, record_key || '#' || n, project_key, site_code || '-' || n,\n"
               "    school_name, region, board_district, project_type, description, funding, funding_code,\n"
               "    source_line + n * 20000, created_run, changed_run, seen_run\n"
               "FROM capital_projects, copies;\n"
               "WITH RECURSIVE copies(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM copies WHERE n < %1)\n"
               "INSERT INTO capital_phases SELECT project_id + n * 100000, phase, occurrence, status, planned_start,\n"
               "    planned_start_code, planned_end, planned_end_code, actual_start, actual_start_code, actual_end,\n"
               "    actual_end_code, budget, budget_code, estimate, estimate_code, spent, spent_code,\n"
               "    percent_complete, percent_complete_code, illustrative,\n"
               // Two copies in three get notes the writer must work on: a formula to guard (with
               // quotes and a comma to quote) or a comma to quote.
               "    CASE n % 3 WHEN 0 THEN '=HYPERLINK(\"http://example.com\", \"memo\")'\n"
               "               WHEN 1 THEN coalesce(note, '') || ', see memo' ELSE note END,\n"
               "    source_line + n * 20000,\n"
               "    created_run, changed_run, seen_run\n"
               "FROM capital_phases, copies WHERE capital_phases.project_id < 100000;\n"
               "COMMIT;\n")
        .arg(copies - 1)
        .toUtf8();
}

struct Comparison
{
    qint64 milepostRows = 0;
    qint64 peerRows = 0;
    qint64 textMismatches = 0;
    qint64 guarded = 0;
};

// Both files hold the same rows: the same count, and the same text in every column that
// neither tool formats (key, site, school, region, board district, type, description,
// funding, phase, status, note), once Milepost's formula guard is undone.
Comparison compare(const QString &milepostPath, const QString &peerPath)
{
    Comparison result;
    QFile a(milepostPath);
    QFile b(peerPath);
    if (!a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly))
        return result;
    CsvDialect withBom;
    withBom.byteOrderMark = true;
    CsvReader milepost(&a, withBom);
    CsvReader peer(&b, CsvDialect{});
    CsvRecord x;
    CsvRecord y;
    const int textColumns[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 19};
    bool first = true;
    while (true) {
        const bool more = milepost.next(x);
        const bool peerMore = peer.next(y);
        if (more)
            ++result.milepostRows;
        if (peerMore)
            ++result.peerRows;
        if (!more || !peerMore)
            break;
        if (first) { // the headers differ: column names against expressions
            first = false;
            continue;
        }
        for (int column : textColumns) {
            const QString text = x.text(column);
            const QString unguarded = CsvWriter::unguard(text);
            result.guarded += unguarded != text;
            result.textMismatches += unguarded != y.text(column);
        }
    }
    while (milepost.next(x))
        ++result.milepostRows;
    while (peer.next(y))
        ++result.peerRows;
    return result;
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
    const int copies = value("--copies", QStringLiteral("99")).toInt();
    const int runs = value("--runs", QStringLiteral("5")).toInt();
    QTemporaryDir temporary;
    const QString dir = value("--dir", temporary.path());
    QDir().mkpath(dir);

    const QString milepost = QStringLiteral(MILEPOST_EXECUTABLE);
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        std::fprintf(stderr, "sqlite3 is not installed (Debian package sqlite3)\n");
        return 1;
    }
    const QString database = QDir(dir).filePath(QStringLiteral("export-bench.sqlite"));
    const QString copyPath = QDir(dir).filePath(QStringLiteral("copies.sql"));
    const QString queryPath = QDir(dir).filePath(QStringLiteral("peer.sql"));
    const QString milepostCsv = QDir(dir).filePath(QStringLiteral("milepost.csv"));
    const QString peerCsv = QDir(dir).filePath(QStringLiteral("sqlite3.csv"));

    std::printf("Setting up %s: the NYC export imported, then %d copies of it...\n", qPrintable(database), copies);
    std::fflush(stdout);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(database + suffix);
    const ChildRun imported = runChild(milepost, {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("projects"),
                                               QStringLiteral(MILEPOST_DATA_DIR "/nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv"),
                                               QStringLiteral("--db"), database});
    if (!imported.ok || !writeText(copyPath, copyScript(copies)) || !writeText(queryPath, peerQuery)) {
        std::fprintf(stderr, "setup failed\n");
        return 1;
    }
    if (!runChild(sqlite3, {database}, {copyPath, {}}).ok) {
        std::fprintf(stderr, "copying the rows failed\n");
        return 1;
    }

    const QStringList milepostArguments{QStringLiteral("export"), QStringLiteral("--dataset"), QStringLiteral("phases"),
                                        QStringLiteral("--csv"), milepostCsv, QStringLiteral("--db"), database};
    const QStringList peerArguments{QStringLiteral("-csv"), QStringLiteral("-header"), database};
    // One untimed run of each, so that both start with the database in the page cache.
    runChild(milepost, milepostArguments);
    runChild(sqlite3, peerArguments, {queryPath, peerCsv});

    std::vector<double> milepostWall, milepostCpu, peerWall, peerCpu;
    double milepostPeak = 0;
    for (int run = 0; run < runs; ++run) {
        // Interleaved, the first tool alternating, so that neither always runs on a warmer cache.
        for (int turn = 0; turn < 2; ++turn) {
            if ((run + turn) % 2 == 0) {
                const ChildRun child = runChild(milepost, milepostArguments);
                if (!child.ok) {
                    std::fprintf(stderr, "milepost export failed\n");
                    return 1;
                }
                milepostWall.push_back(child.wall);
                milepostCpu.push_back(child.cpu);
                milepostPeak = std::max(milepostPeak, child.peakMiB);
            } else {
                const ChildRun child = runChild(sqlite3, peerArguments, {queryPath, peerCsv});
                if (!child.ok) {
                    std::fprintf(stderr, "sqlite3 failed\n");
                    return 1;
                }
                peerWall.push_back(child.wall);
                peerCpu.push_back(child.cpu);
            }
        }
        std::printf("run %d: milepost %.2f s (CPU %.2f s), sqlite3 %.2f s (CPU %.2f s)\n", run + 1, milepostWall.back(),
                    milepostCpu.back(), peerWall.back(), peerCpu.back());
        std::fflush(stdout);
    }

    const Comparison same = compare(milepostCsv, peerCsv);
    std::printf("\nrows: milepost %lld, sqlite3 %lld (headers included); text cells that differ: %lld; "
                "cells Milepost guarded: %lld\n",
                static_cast<long long>(same.milepostRows), static_cast<long long>(same.peerRows),
                static_cast<long long>(same.textMismatches), static_cast<long long>(same.guarded));
    std::printf("file sizes: milepost %.1f MB, sqlite3 %.1f MB\n", double(QFileInfo(milepostCsv).size()) / 1e6,
                double(QFileInfo(peerCsv).size()) / 1e6);
    const double mw = median(milepostWall), pw = median(peerWall), mc = median(milepostCpu), pc = median(peerCpu);
    std::printf("median of %d: milepost export %.2f s wall, %.2f s CPU; sqlite3 -csv %.2f s wall, %.2f s CPU\n", runs, mw, mc,
                pw, pc);
    std::printf("ratio milepost / sqlite3: %.2f wall, %.2f CPU (target <= 1.0); milepost peak RSS %.1f MiB\n", mw / pw,
                mc / pc, milepostPeak);
    return same.milepostRows == same.peerRows && same.textMismatches == 0 ? 0 : 2;
}
