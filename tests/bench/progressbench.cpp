// SPDX-License-Identifier: GPL-3.0-or-later
// Recorded progress at scale against hand-written queries run by the sqlite3 command-line tool
// on the same file, in the same run: (a) the state of every milestone as of a past date,
// (b) the changes between two dates. Not a test: it prints figures (tests/bench/README.md
// records them) and checks only that both tools give the same answer.
//
//   milepost_bench_progress [--milestones N,N...] [--runs N] [--dir DIR] [--keep yes]
//
// For each size (10,000 and 100,000 milestones by default) a Milepost database is created
// through Database::open (the store's schema, every migration) and filled in one transaction
// of plain SQL: one plan, 100 milestones an objective, their stable keys, and ten updates a
// milestone on average (1,000,000 for 100,000 milestones) spread over 2024 and 2025, each
// changing the status, every second one the percent, every fifth one the owner, every third
// one with a note. Milepost runs in this process, through the paths the program takes:
//   - as-of, journal: ProgressRepository::entries({}) then RecordedProgress::statesAsOf (what
//     `milepost figures`, `milepost report`, the dashboard and the window use);
//   - as-of, store: ProgressRepository::statesAsOf (the store's own replay in SQL);
//   - changes: ProgressRepository::entries({since, until}) (`milepost history`, Changes Since).
// The peer is `sqlite3 -batch FILE < query`, output to a file; both answers are reduced to a
// count and an order-independent checksum of one canonical line per milestone (a) or per
// changed field (b). Each timing opens the file afresh (Milepost's open is also shown apart: it
// runs PRAGMA quick_check on files up to 32 MiB); runs alternate the two tools.

#include "childprocess.h"

#include "progress/recordedprogress.h"
#include "store/database.h"
#include "store/progressrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <ctime>
#include <vector>

using namespace milepost;
using milepost::bench::ChildRun;
using milepost::bench::median;
using milepost::bench::runChild;

namespace {

const QDate asOfDay(2025, 6, 30);
const QDate sinceDay(2025, 3, 31); // a quarter: since the last board report

struct Answer
{
    qint64 count = 0;
    quint64 checksum = 0;
    friend bool operator==(const Answer &, const Answer &) = default;
};

quint64 fnv1a(const QByteArray &bytes)
{
    quint64 hash = 1469598103934665603ULL;
    for (char c : bytes) {
        hash ^= quint8(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

void add(Answer *answer, const QByteArray &line)
{
    ++answer->count;
    answer->checksum += fnv1a(line);
}

QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

// The database: schema from Database::open, rows from SQL in one transaction.
bool generate(const QString &path, int milestones, QString *error)
{
    const auto database = Database::open(path, error);
    if (!database)
        return false;
    const QByteArray sql = QStringLiteral(R"sql(
BEGIN;
INSERT INTO plans (id, title, source, imported_at) VALUES (1, 'Bench plan', 'bench.pdf', '2024-01-01T00:00:00Z');
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1 / 100)
INSERT INTO objectives (id, plan_id, position, phase, title, subtitle, objective_text, status_text, status_state,
                        estimated_completion, narrative, source_line)
SELECT i + 1, 1, i, 'ACT', 'Objective ' || i, '', '', 'In progress', 'in_progress', NULL, '', i FROM n;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1)
INSERT INTO milestone_keys (id, plan_source, objective_title, objective_subtitle, objective_occurrence, title, occurrence)
SELECT i + 1, 'bench.pdf', 'Objective ' || (i / 100), '', 1, 'Milestone ' || i, 1 FROM n;
INSERT INTO milestones (id, objective_id, position, section, title, start_raw, start_kind, start_first, start_last,
                        start_problem, start_reason, end_raw, end_kind, end_first, end_last, end_problem, end_reason,
                        source_line, key_id)
SELECT id, (id - 1) / 100 + 1, (id - 1) % 100, '', title, '2024-01-01', 'exact', '2024-01-01', '2024-01-01', 'none', '',
       '2025-12-31', 'exact', '2025-12-31', '2025-12-31', 'none', '', id, id FROM milestone_keys;
-- 5 to 15 updates a milestone (10 on average), versions 1..k, as-of days in 2024 and 2025.
CREATE TEMP TABLE counts AS SELECT id AS m, 5 + (id * 7919) % 11 AS k FROM milestone_keys;
WITH RECURSIVE v(m, version, k) AS (SELECT m, 1, k FROM counts
                                    UNION ALL SELECT m, version + 1, k FROM v WHERE version < k)
INSERT INTO milestone_updates (milestone_id, as_of, entered_by, entered_at, note, version)
SELECT m, date('2024-01-01', '+' || ((m * 37 + version * 7919) % 731) || ' days'), 'bench',
       '2024-01-01T09:00:00Z', CASE WHEN version % 3 = 0 THEN 'Note ' || version || ' on ' || m ELSE '' END, version
FROM v ORDER BY m, version;
DROP TABLE counts;
CREATE TEMP TABLE statuses (i INTEGER PRIMARY KEY, key TEXT);
INSERT INTO statuses VALUES (0, 'not_started'), (1, 'on_track'), (2, 'at_risk'), (3, 'off_track'), (4, 'done'),
                            (5, 'deferred'), (6, 'cancelled');
INSERT INTO milestone_changes (update_id, field, old_value, new_value)
SELECT u.id, 'status', (SELECT key FROM statuses WHERE i = (u.milestone_id + u.version - 1) % 7 AND u.version > 1),
       (SELECT key FROM statuses WHERE i = (u.milestone_id + u.version) % 7)
FROM milestone_updates u;
INSERT INTO milestone_changes (update_id, field, old_value, new_value)
SELECT id, 'percent', CASE WHEN version > 2 THEN (version - 2) * 5 END, version * 5
FROM milestone_updates WHERE version % 2 = 0;
INSERT INTO milestone_changes (update_id, field, old_value, new_value)
SELECT id, 'owner', CASE WHEN version > 5 THEN 'Owner ' || (version - 5) END, 'Owner ' || version
FROM milestone_updates WHERE version % 5 = 0;
DROP TABLE statuses;
COMMIT;
ANALYZE;
)sql")
                              .arg(milestones)
                              .toUtf8();
    char *message = nullptr;
    if (sqlite3_exec(database->sqliteHandle(), sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        *error = QString::fromUtf8(message);
        sqlite3_free(message);
        return false;
    }
    return true;
}

// One canonical line per milestone: id, the six values, the note, its day, the latest day.
QByteArray stateLine(const ProgressState &state)
{
    QStringList cells{QString::number(state.milestoneId)};
    for (const QString &value : state.values)
        cells.append(value);
    cells << state.note << iso(state.noteAsOf) << iso(state.asOf);
    return cells.join(QLatin1Char('|')).toUtf8();
}

// One canonical line per changed field of an update.
QByteArray changeLine(const ProgressEntry &entry, const ProgressEntry::Change &change)
{
    return QStringList{QString::number(entry.id), QString::number(entry.milestoneId), entry.milestoneTitle,
                       entry.objectiveTitle, iso(entry.asOf), entry.enteredBy,
                       entry.enteredAt.toUTC().toString(Qt::ISODate), entry.note, QString::number(entry.version),
                       ProgressField::key(change.field), change.oldValue, change.newValue}
        .join(QLatin1Char('|'))
        .toUtf8();
}

// The hand-written queries: the same rule as the store's (by as-of date, the later entry for
// the same date winning, field by field; the latest non-empty note), one row per milestone.
QByteArray asOfQuery()
{
    return QStringLiteral(R"sql(
WITH u AS (SELECT id, milestone_id, as_of, note FROM milestone_updates WHERE as_of <= '%1'),
last AS (SELECT milestone_id, MAX(as_of) AS as_of FROM u GROUP BY milestone_id),
latest AS (SELECT milestone_id, field, new_value FROM (
    SELECT u.milestone_id, c.field, c.new_value,
           ROW_NUMBER() OVER (PARTITION BY u.milestone_id, c.field ORDER BY u.as_of DESC, u.id DESC) AS n
    FROM u JOIN milestone_changes c ON c.update_id = u.id) WHERE n = 1),
notes AS (SELECT milestone_id, note, as_of FROM (
    SELECT milestone_id, note, as_of, ROW_NUMBER() OVER (PARTITION BY milestone_id ORDER BY as_of DESC, id DESC) AS n
    FROM u WHERE note <> '') WHERE n = 1)
SELECT last.milestone_id,
       MAX(CASE WHEN l.field = 'status' THEN l.new_value END), MAX(CASE WHEN l.field = 'percent' THEN l.new_value END),
       MAX(CASE WHEN l.field = 'actual_start' THEN l.new_value END), MAX(CASE WHEN l.field = 'actual_end' THEN l.new_value END),
       MAX(CASE WHEN l.field = 'owner' THEN l.new_value END), MAX(CASE WHEN l.field = 'office' THEN l.new_value END),
       notes.note, notes.as_of, last.as_of
FROM last LEFT JOIN latest l ON l.milestone_id = last.milestone_id
          LEFT JOIN notes ON notes.milestone_id = last.milestone_id
GROUP BY last.milestone_id;
)sql")
        .arg(iso(asOfDay))
        .toUtf8();
}

QByteArray changesQuery()
{
    return QStringLiteral(R"sql(
SELECT u.id, u.milestone_id, k.title, k.objective_title, u.as_of, u.entered_by, u.entered_at, u.note, u.version,
       c.field, c.old_value, c.new_value
FROM milestone_updates u JOIN milestone_keys k ON k.id = u.milestone_id
     JOIN milestone_changes c ON c.update_id = u.id
WHERE u.as_of > '%1' AND u.as_of <= '%2'
ORDER BY u.as_of DESC, u.id DESC;
)sql")
        .arg(iso(sinceDay), iso(asOfDay))
        .toUtf8();
}

Answer readPeerAnswer(const QString &path)
{
    Answer answer;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return answer;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        add(&answer, line);
    }
    return answer;
}

double threadCpu()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

struct Timed
{
    double wall = 0;
    double cpu = 0;
    double openWall = 0; // of wall: Database::open (which checks files up to 32 MiB)
    Answer answer;
    bool ok = false;
};

template<typename Work>
Timed timeInProcess(const QString &path, Work work)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = threadCpu();
    Timed timed;
    QString error;
    const auto database = Database::open(path, &error);
    timed.openWall = double(timer.nsecsElapsed()) / 1e9;
    if (database) {
        ProgressRepository repository(*database);
        timed.ok = work(repository, &timed.answer, &error);
    }
    timed.wall = double(timer.nsecsElapsed()) / 1e9;
    timed.cpu = threadCpu() - cpu0;
    if (!timed.ok)
        std::fprintf(stderr, "milepost failed: %s\n", qPrintable(error));
    return timed;
}

bool asOfThroughJournal(ProgressRepository &repository, Answer *answer, QString *error)
{
    const auto journal = repository.entries({}, error);
    if (!journal)
        return false;
    const RecordedProgress progress({}, *journal);
    const QHash<qint64, ProgressState> states = progress.statesAsOf(asOfDay);
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        add(answer, stateLine(it.value()));
    return true;
}

bool asOfThroughStore(ProgressRepository &repository, Answer *answer, QString *error)
{
    const auto states = repository.statesAsOf(asOfDay, error);
    if (!states)
        return false;
    for (auto it = states->cbegin(); it != states->cend(); ++it)
        add(answer, stateLine(it.value()));
    return true;
}

bool changesBetween(ProgressRepository &repository, Answer *answer, QString *error)
{
    const auto entries = repository.entries({sinceDay, asOfDay, 0}, error);
    if (!entries)
        return false;
    for (const ProgressEntry &entry : *entries) {
        for (const ProgressEntry::Change &change : entry.changes)
            add(answer, changeLine(entry, change));
    }
    return true;
}

Timed timePeer(const QString &sqlite3, const QString &database, const QString &queryFile, const QString &output)
{
    const ChildRun run = runChild(sqlite3, {QStringLiteral("-batch"), database}, {queryFile, output, false});
    Timed timed;
    timed.ok = run.ok;
    timed.wall = run.wall;
    timed.cpu = run.cpu;
    timed.answer = readPeerAnswer(output);
    return timed;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

struct Column
{
    explicit Column(const char *columnName)
        : name(columnName)
    {
    }

    const char *name;
    std::vector<double> wall;
    std::vector<double> cpu;
    std::vector<double> open;
    Answer answer;
    bool same = true;
    bool ok = true;

    void add(const Timed &timed)
    {
        if (!wall.empty() && !(timed.answer == answer))
            same = false;
        ok = ok && timed.ok;
        answer = timed.answer;
        wall.push_back(timed.wall);
        cpu.push_back(timed.cpu);
        open.push_back(timed.openWall);
    }
};

void printColumns(const char *title, const std::vector<Column *> &columns, const Column &peer)
{
    std::printf("\n%s\n", title);
    std::printf("  %-28s %10s %10s %10s %10s %10s %12s %18s\n", "", "wall", "CPU", "open wall", "ratio wall", "ratio CPU",
                "rows", "checksum");
    for (const Column *column : columns) {
        const double wall = median(column->wall);
        const double cpu = median(column->cpu);
        std::printf("  %-28s %9.3fs %9.3fs %9.3fs %10.2f %10.2f %12lld %18llx%s%s\n", column->name, wall, cpu,
                    median(column->open), wall / median(peer.wall), cpu / median(peer.cpu), column->answer.count,
                    static_cast<unsigned long long>(column->answer.checksum),
                    column == &peer || column->answer == peer.answer ? "" : "  DIFFERS FROM THE PEER",
                    column->same && column->ok ? "" : "  (runs disagree or failed)");
    }
    std::printf("  runs (wall):");
    for (const Column *column : columns) {
        std::printf(" %s", column->name);
        for (double wall : column->wall)
            std::printf(" %.3f", wall);
        std::printf(";");
    }
    std::printf("\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes{10000, 100000};
    int runs = 5;
    QString dir;
    bool keep = false;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == QLatin1String("--milestones")) {
            sizes.clear();
            for (const QString &size : arguments.at(i + 1).split(QLatin1Char(',')))
                sizes.append(size.toInt());
        } else if (arguments.at(i) == QLatin1String("--runs")) {
            runs = arguments.at(i + 1).toInt();
        } else if (arguments.at(i) == QLatin1String("--dir")) {
            dir = arguments.at(i + 1);
        } else if (arguments.at(i) == QLatin1String("--keep")) {
            keep = arguments.at(i + 1) == QLatin1String("yes");
        }
    }
    QTemporaryDir temporary(dir.isEmpty() ? QDir::tempPath() + QStringLiteral("/milepost-progress-bench")
                                          : dir + QStringLiteral("/milepost-progress-bench"));
    temporary.setAutoRemove(!keep);
    const QString sqlite3Program = QStringLiteral("/usr/bin/sqlite3");
    const QString asOfSql = temporary.filePath(QStringLiteral("asof.sql"));
    const QString changesSql = temporary.filePath(QStringLiteral("changes.sql"));
    const QString peerOut = temporary.filePath(QStringLiteral("peer.txt"));
    if (!temporary.isValid() || !writeFile(asOfSql, asOfQuery()) || !writeFile(changesSql, changesQuery())) {
        std::fprintf(stderr, "cannot write to %s\n", qPrintable(temporary.path()));
        return 1;
    }
    if (keep)
        std::printf("Files kept in %s\n", qPrintable(temporary.path()));
    std::printf("SQLite %s; as of %s, changes after %s up to it; median of %d runs, tools alternating\n",
                sqlite3_libversion(), qPrintable(iso(asOfDay)), qPrintable(iso(sinceDay)), runs);

    bool allSame = true;
    for (int milestones : sizes) {
        const QString path = temporary.filePath(QStringLiteral("progress-%1.db").arg(milestones));
        QString error;
        QElapsedTimer timer;
        timer.start();
        if (!generate(path, milestones, &error)) {
            std::fprintf(stderr, "generating failed: %s\n", qPrintable(error));
            return 1;
        }
        qint64 updates = 0;
        qint64 changes = 0;
        if (const auto database = Database::open(path, &error)) {
            sqlite3_stmt *statement = nullptr;
            sqlite3_prepare_v2(database->sqliteHandle(),
                               "SELECT (SELECT COUNT(*) FROM milestone_updates), (SELECT COUNT(*) FROM milestone_changes)",
                               -1, &statement, nullptr);
            if (sqlite3_step(statement) == SQLITE_ROW) {
                updates = sqlite3_column_int64(statement, 0);
                changes = sqlite3_column_int64(statement, 1);
            }
            sqlite3_finalize(statement);
        }
        std::printf("\n== %d milestones, %lld updates, %lld changed fields, %.1f MiB, generated in %.1f s\n", milestones,
                    updates, changes, double(QFile(path).size()) / 1048576.0, double(timer.elapsed()) / 1000.0);

        Column journal{"milepost as-of (journal)"};
        Column store{"milepost as-of (store SQL)"};
        Column peerAsOf{"sqlite3 as-of (peer)"};
        Column changesColumn{"milepost changes"};
        Column peerChanges{"sqlite3 changes (peer)"};
        // One untimed run of each, then the timed runs, the first tool alternating.
        for (int run = -1; run < runs; ++run) {
            const bool peerFirst = run % 2 != 0;
            Timed a, b, c, d, e;
            if (peerFirst) {
                c = timePeer(sqlite3Program, path, asOfSql, peerOut);
                e = timePeer(sqlite3Program, path, changesSql, peerOut);
            }
            a = timeInProcess(path, asOfThroughJournal);
            b = timeInProcess(path, asOfThroughStore);
            d = timeInProcess(path, changesBetween);
            if (!peerFirst) {
                c = timePeer(sqlite3Program, path, asOfSql, peerOut);
                e = timePeer(sqlite3Program, path, changesSql, peerOut);
            }
            if (run < 0)
                continue;
            journal.add(a);
            store.add(b);
            peerAsOf.add(c);
            changesColumn.add(d);
            peerChanges.add(e);
        }
        printColumns("(a) the state of every milestone as of the date", {&journal, &store, &peerAsOf}, peerAsOf);
        printColumns("(b) the changes between the two dates", {&changesColumn, &peerChanges}, peerChanges);
        allSame = allSame && journal.answer == peerAsOf.answer && store.answer == peerAsOf.answer
                  && changesColumn.answer == peerChanges.answer && peerAsOf.answer.count > 0
                  && peerChanges.answer.count > 0;
    }
    std::printf("\n%s\n", allSame ? "Every answer equals the peer's." : "SOME ANSWERS DIFFER FROM THE PEER'S.");
    return allSame ? 0 : 1;
}
