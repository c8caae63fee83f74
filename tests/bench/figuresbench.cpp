// SPDX-License-Identifier: GPL-3.0-or-later
// `milepost figures` against a hand-written sqlite3 aggregate of the same capital figures over the
// same rows imported untyped by `sqlite3 .import`, at three sizes, in the same run: wall and CPU
// time of each as child processes (median of several runs, interleaved), their ratio, and
// Milepost's peak memory. Not a test: it prints figures (tests/bench/README.md records them) and
// checks that both tools give the same numbers.
//
//   milepost_bench_figures [--copies N,N,...] [--runs N] [--dir DIR]
//
// The files are the NYC School Construction Authority export in data/ repeated 1, 10 and 99 times
// (13,152, 131,520 and 1,302,048 phases), each copy with its own site codes, imported once by the
// real `milepost import` and once by `sqlite3 .import` (untimed). Then, timed:
// - Milepost: `milepost figures --as-of 2025-04-01 --json --db DB`, the real command: the plan,
//   staffing and enrollment figures (no rows here) and the capital key figures.
// - sqlite3 (peer): one query over the untyped table that parses the dates and amounts, groups the
//   phase rows into projects (building, type, description, DSF numbers) and computes the same
//   capital figures: projects, budget, estimate, spent, over budget, later than planned, still
//   open and late, the most days late.
// Linux only (fork, wait4).

#include "childprocess.h"
#include "nyccopies.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using milepost::bench::ChildRun;
using milepost::bench::median;
using milepost::bench::runChild;

namespace {

const char asOf[] = "2025-04-01";

// The peer: what CapitalFiguresQuery computes, written for this export's untyped columns
// (c2 building, c4 type, c5 description, c6 phase, c7 status, c9 planned end, c10 actual end,
// c11 budget, c12 estimate, c13 spent, c14 DSF numbers), dates M/D/YYYY, amounts in dollars, the
// codes (PNS, DOER, ...) neither. The row Milepost rejects (phase "NULL") is left out.
const char peerQuery[] = R"sql(
WITH day(asof) AS (SELECT CAST(julianday('AS_OF') + 0.5 AS INTEGER)),
phases AS (
  SELECT c2, c4, c5, c14, lower(replace(trim(c7), '-', ' ')) AS status,
    CASE WHEN c9 GLOB '[0-9]*/[0-9]*/[0-9][0-9][0-9][0-9]'
         THEN CAST(julianday(printf('%04d-%02d-%02d', CAST(substr(c9, -4) AS INTEGER), CAST(c9 AS INTEGER),
                                    CAST(substr(c9, instr(c9, '/') + 1) AS INTEGER))) + 0.5 AS INTEGER) END AS planned_end,
    CASE WHEN c10 GLOB '[0-9]*/[0-9]*/[0-9][0-9][0-9][0-9]'
         THEN CAST(julianday(printf('%04d-%02d-%02d', CAST(substr(c10, -4) AS INTEGER), CAST(c10 AS INTEGER),
                                    CAST(substr(c10, instr(c10, '/') + 1) AS INTEGER))) + 0.5 AS INTEGER) END AS actual_end,
    CASE WHEN c11 GLOB '[0-9]*' OR c11 GLOB '-[0-9]*' THEN CAST(round(c11 * 100) AS INTEGER) END AS budget,
    CASE WHEN c12 GLOB '[0-9]*' OR c12 GLOB '-[0-9]*' THEN CAST(round(c12 * 100) AS INTEGER) END AS estimate,
    CASE WHEN c13 GLOB '[0-9]*' OR c13 GLOB '-[0-9]*' THEN CAST(round(c13 * 100) AS INTEGER) END AS spent
  FROM t WHERE c6 <> 'NULL'),
projects AS (
  SELECT sum(budget) AS budget, sum(estimate) AS estimate, sum(spent) AS spent,
    sum(CASE WHEN budget IS NOT NULL AND estimate IS NOT NULL THEN estimate - budget END) AS over,
    max(CASE WHEN planned_end IS NULL THEN NULL
             WHEN actual_end IS NOT NULL THEN actual_end - planned_end
             WHEN status IN ('complete', 'completed') THEN NULL
             WHEN planned_end < asof THEN asof - planned_end END) AS slip,
    max(CASE WHEN planned_end IS NOT NULL AND actual_end IS NULL AND status NOT IN ('complete', 'completed')
             AND planned_end < asof THEN asof - planned_end END) AS open_slip
  FROM phases, day GROUP BY c2, c4, c5, c14)
SELECT count(*), coalesce(sum(budget), 0), count(budget), coalesce(sum(estimate), 0), count(estimate),
  coalesce(sum(spent), 0), count(spent), count(CASE WHEN over > 0 THEN 1 END),
  coalesce(sum(CASE WHEN over > 0 THEN over END), 0), count(CASE WHEN slip > 0 THEN 1 END),
  count(CASE WHEN slip > 0 AND open_slip = slip THEN 1 END), coalesce(max(CASE WHEN slip > 0 THEN slip END), 0)
FROM projects;
)sql";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// Milepost's figures in the order the peer prints them, "|"-separated.
QByteArray milepostLine(const QByteArray &json)
{
    const QJsonObject capital = QJsonDocument::fromJson(json).object().value(QStringLiteral("capital")).toObject();
    const auto value = [&](const char *key) { return capital.value(QLatin1String(key)).toObject().value(QStringLiteral("value")).toInteger(); };
    const auto rows = [&](const char *key) { return capital.value(QLatin1String(key)).toObject().value(QStringLiteral("rows")).toInteger(); };
    const qint64 fields[] = {value("projects"),       value("budgetCents"),     rows("budgetCents"),
                             value("estimateCents"),  rows("estimateCents"),    value("spentCents"),
                             rows("spentCents"),      value("overBudget"),      value("overBudgetCents"),
                             value("late"),           value("openLate"),
                             capital.value(QStringLiteral("maximumSlipDays")).toInteger()};
    QByteArrayList parts;
    for (qint64 field : fields)
        parts.append(QByteArray::number(field));
    return parts.join('|');
}

struct Size
{
    int copies = 0;
    qint64 rows = 0;
    double milepostWall = 0, milepostCpu = 0, peerWall = 0, peerCpu = 0, milepostPeak = 0, peerPeak = 0;
    bool same = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    auto value = [&](const char *name, const QString &fallback) {
        const qsizetype i = arguments.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < arguments.size() ? arguments.at(i + 1) : fallback;
    };
    std::vector<Size> sizes;
    for (const QString &copies : value("--copies", QStringLiteral("1,10,99")).split(QLatin1Char(',')))
        sizes.push_back({copies.toInt()});
    const int runs = value("--runs", QStringLiteral("5")).toInt();
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        std::fprintf(stderr, "sqlite3 not found on PATH (Debian: apt-get install sqlite3)\n");
        return 1;
    }
    const QString directory = value("--dir", QDir::tempPath());
    QTemporaryDir temporary(directory + QStringLiteral("/milepost-bench-XXXXXX"));
    if (!temporary.isValid()) {
        std::fprintf(stderr, "cannot make a folder in %s\n", qPrintable(directory));
        return 1;
    }
    const QString milepost = QStringLiteral(MILEPOST_EXECUTABLE);
    const QString queryPath = temporary.filePath(QStringLiteral("peer.sql"));
    if (!writeText(queryPath, QByteArray(peerQuery).replace("AS_OF", asOf)))
        return 1;
    QStringList columns;
    for (int i = 1; i <= 14; ++i)
        columns.append(QStringLiteral("c%1").arg(i));

    bool allSame = true;
    for (Size &size : sizes) {
        const QString csv = temporary.filePath(QStringLiteral("capital-%1.csv").arg(size.copies));
        const QString milepostDb = temporary.filePath(QStringLiteral("milepost-%1.sqlite").arg(size.copies));
        const QString peerDb = temporary.filePath(QStringLiteral("sqlite3-%1.sqlite").arg(size.copies));
        const QString milepostOut = temporary.filePath(QStringLiteral("milepost-%1.json").arg(size.copies));
        const QString peerOut = temporary.filePath(QStringLiteral("sqlite3-%1.txt").arg(size.copies));
        size.rows = milepost::bench::writeNycCopies(csv, size.copies);
        std::printf("\n%d copies: %lld rows; importing...\n", size.copies, qlonglong(size.rows));
        std::fflush(stdout);
        const ChildRun imported = runChild(milepost, {QStringLiteral("import"), QStringLiteral("--dataset"),
                                                      QStringLiteral("projects"), csv, QStringLiteral("--profile"),
                                                      QStringLiteral("nyc-sca-capital-projects"), QStringLiteral("--db"),
                                                      milepostDb});
        const ChildRun peerImported = runChild(
            sqlite3, {peerDb, QStringLiteral("CREATE TABLE t(%1);").arg(columns.join(QLatin1Char(','))),
                      QStringLiteral(".import --csv --skip 1 %1 t").arg(csv)});
        QFile::remove(csv);
        if (!imported.ok || !peerImported.ok) {
            std::fprintf(stderr, "import failed: milepost %d, sqlite3 %d\n", imported.ok, peerImported.ok);
            return 1;
        }
        const QStringList milepostArguments{QStringLiteral("figures"), QStringLiteral("--as-of"), QLatin1String(asOf),
                                            QStringLiteral("--json"), QStringLiteral("--db"), milepostDb};
        // One untimed run of each, so that both start with their database in the page cache.
        runChild(milepost, milepostArguments, {{}, milepostOut});
        runChild(sqlite3, {peerDb}, {queryPath, peerOut});

        std::vector<double> mw, mc, pw, pc;
        for (int run = 0; run < runs; ++run) {
            // Interleaved, the first tool alternating.
            for (int turn = 0; turn < 2; ++turn) {
                if ((run + turn) % 2 == 0) {
                    const ChildRun child = runChild(milepost, milepostArguments, {{}, milepostOut});
                    if (!child.ok) {
                        std::fprintf(stderr, "milepost figures failed\n");
                        return 1;
                    }
                    mw.push_back(child.wall);
                    mc.push_back(child.cpu);
                    size.milepostPeak = std::max(size.milepostPeak, child.peakMiB);
                } else {
                    const ChildRun child = runChild(sqlite3, {peerDb}, {queryPath, peerOut});
                    if (!child.ok) {
                        std::fprintf(stderr, "sqlite3 failed\n");
                        return 1;
                    }
                    pw.push_back(child.wall);
                    pc.push_back(child.cpu);
                    size.peerPeak = std::max(size.peerPeak, child.peakMiB);
                }
            }
            std::printf("  run %d: milepost %.3f s (CPU %.3f s), sqlite3 %.3f s (CPU %.3f s)\n", run + 1, mw.back(),
                        mc.back(), pw.back(), pc.back());
            std::fflush(stdout);
        }
        size.milepostWall = median(mw);
        size.milepostCpu = median(mc);
        size.peerWall = median(pw);
        size.peerCpu = median(pc);
        const QByteArray ours = milepostLine(readAll(milepostOut));
        const QByteArray theirs = readAll(peerOut).trimmed();
        size.same = ours == theirs;
        allSame = allSame && size.same;
        std::printf("  figures: milepost %s\n           sqlite3  %s%s\n", ours.constData(), theirs.constData(),
                    size.same ? "" : "   DIFFERENT");
        for (const QString &path : {milepostDb, peerDb})
            QFile::remove(path);
    }

    std::printf("\nmedian of %d runs, as of %s\n", runs, asOf);
    std::printf("%10s  %15s  %15s  %15s  %15s  %10s  %9s  %16s  %15s  %s\n", "rows", "milepost wall", "milepost CPU",
                "sqlite3 wall", "sqlite3 CPU", "ratio wall", "ratio CPU", "milepost peak", "sqlite3 peak", "same figures");
    for (const Size &size : sizes) {
        std::printf("%10lld  %13.3f s  %13.3f s  %13.3f s  %13.3f s  %10.2f  %9.2f  %12.1f MiB  %11.1f MiB  %s\n",
                    qlonglong(size.rows), size.milepostWall, size.milepostCpu, size.peerWall, size.peerCpu,
                    size.milepostWall / size.peerWall, size.milepostCpu / size.peerCpu, size.milepostPeak, size.peerPeak,
                    size.same ? "yes" : "NO");
    }
    std::printf("targets: ratio <= 2, milepost peak < 250 MB\n");
    return allSame ? 0 : 2;
}
