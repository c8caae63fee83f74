// SPDX-License-Identifier: GPL-3.0-or-later
// Ten people recording progress at once for a minute, each on a connection of their own,
// through the product's own path (ProgressRepository::current, then record with the version
// read), on a shared set of milestones small enough that they collide. On PostgreSQL (a
// throwaway cluster started as tests/pg/pgcluster.sh does, or --conninfo) and on one SQLite
// file with ten connections, in the same run. Not a test: it prints figures (README.md here
// records them); but it checks, and says, that nothing was lost:
//
//  - every acknowledged update (Recorded) is in the journal, with its milestone, version and
//    note, and the journal holds nothing else;
//  - per milestone, the acknowledged versions are exactly 1..N (two acknowledged at the same
//    version would be a lost update), and the current row is the last acknowledged one;
//  - every conflict reached its client: an attempt whose version was taken by someone else's
//    acknowledged update was refused as Stale, and every Stale refusal had such an update.
//
//   milepost_bench_concurrentprogress [--clients N] [--seconds S] [--milestones M]
//                                     [--engine both|sqlite|postgresql] [--conninfo CONNINFO]

#include "childprocess.h"

#include "plan/plan.h"
#include "store/database.h"
#include "store/pgconnection.h"
#include "store/planrepository.h"
#include "store/progressrepository.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <map>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace milepost;
using Outcome = ProgressRepository::RecordResult::Outcome;

namespace {

struct Attempt
{
    int client = 0;
    qint64 milestoneId = 0;
    int expected = 0; // the version the client read
    Outcome outcome = Outcome::Failed;
    int version = 0;
    qint64 entryId = 0;
    QString owner; // the value it set, unique to the attempt
    QString note;
    QString error;
};

struct ClientLog
{
    QString openError;
    std::vector<Attempt> attempts;
    std::vector<double> recordMs; // time of each record() call
};

Plan benchPlan(int milestones)
{
    Objective objective;
    objective.title = QStringLiteral("Shared objective");
    objective.subtitle = QStringLiteral("Ten people at once");
    for (int i = 0; i < milestones; ++i) {
        Milestone milestone;
        milestone.title = QStringLiteral("Milestone %1").arg(i + 1);
        milestone.start = PlanDate::parse(QStringLiteral("2024-01-01"));
        milestone.end = PlanDate::parse(QStringLiteral("2024-12-31"));
        objective.milestones.append(milestone);
    }
    Plan plan;
    plan.title = QStringLiteral("Concurrency bench");
    plan.source = QStringLiteral("bench.txt");
    plan.objectives = {objective};
    return plan;
}

void runClient(const QString &target, int client, const QList<qint64> &ids, qint64 deadlineMs, const QElapsedTimer &clock,
               ClientLog *log)
{
    auto database = Database::open(target, &log->openError);
    if (!database)
        return;
    ProgressRepository progress(*database);
    QRandomGenerator random(quint32(1000 + client));
    const QDate today = QDate::currentDate();
    int sequence = 0;
    while (clock.elapsed() < deadlineMs) {
        Attempt attempt;
        attempt.client = client;
        attempt.milestoneId = ids.at(int(random.bounded(quint32(ids.size()))));
        QString error;
        const auto current = progress.current(attempt.milestoneId, &error);
        if (!current) {
            attempt.error = error;
            log->attempts.push_back(attempt);
            continue;
        }
        attempt.expected = current->version;
        ++sequence;
        attempt.owner = QStringLiteral("client %1 update %2").arg(client).arg(sequence);
        attempt.note = QStringLiteral("Note from client %1, update %2.").arg(client).arg(sequence);
        ProgressUpdate update;
        update.milestoneId = attempt.milestoneId;
        update.expectedVersion = attempt.expected;
        update.asOf = today;
        update.enteredBy = QStringLiteral("client %1").arg(client);
        update.note = attempt.note;
        update.set(ProgressField::Id::Owner, attempt.owner);
        QElapsedTimer timer;
        timer.start();
        const auto result = progress.record(update, today);
        log->recordMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        attempt.outcome = result.outcome;
        attempt.version = result.version;
        attempt.entryId = result.entryId;
        attempt.error = result.error();
        log->attempts.push_back(attempt);
    }
}

struct Summary
{
    qint64 attempts = 0;
    qint64 recorded = 0;
    qint64 stale = 0;
    qint64 other = 0; // failed, invalid, unchanged, unreadable
    double seconds = 0;
    double medianMs = 0;
    double p99Ms = 0;
    qint64 supersededReads = 0; // attempts whose read version someone else's acknowledged update took
    QStringList problems;
    QStringList otherErrors;
};

// Reads the journal and the current rows back and checks every acknowledgement against them.
void verify(const QString &target, const std::vector<Attempt> &all, Summary *summary)
{
    QString error;
    auto database = Database::open(target, &error);
    if (!database) {
        summary->problems.append(QStringLiteral("cannot reopen: ") + error);
        return;
    }
    struct Journaled
    {
        qint64 milestoneId;
        int version;
        QString note;
    };
    QHash<qint64, Journaled> journal;
    Statement updates(database->handle(), QStringLiteral("SELECT id, milestone_id, version, note FROM milestone_updates"));
    while (updates.step() == Statement::Result::Row)
        journal.insert(updates.columnInt64(0), {updates.columnInt64(1), int(updates.columnInt64(2)), updates.columnText(3)});

    // (milestone, version) -> the acknowledged attempt
    std::map<std::pair<qint64, int>, const Attempt *> acknowledged;
    for (const Attempt &attempt : all) {
        if (attempt.outcome != Outcome::Recorded)
            continue;
        const auto found = journal.constFind(attempt.entryId);
        if (found == journal.cend() || found->milestoneId != attempt.milestoneId || found->version != attempt.version
            || found->note != attempt.note)
            summary->problems.append(QStringLiteral("acknowledged update %1 (milestone %2, version %3) is not in the journal as acknowledged")
                                         .arg(attempt.entryId)
                                         .arg(attempt.milestoneId)
                                         .arg(attempt.version));
        if (attempt.version != attempt.expected + 1)
            summary->problems.append(QStringLiteral("update %1 acknowledged at version %2 after reading %3")
                                         .arg(attempt.entryId)
                                         .arg(attempt.version)
                                         .arg(attempt.expected));
        if (!acknowledged.emplace(std::pair(attempt.milestoneId, attempt.version), &attempt).second)
            summary->problems.append(QStringLiteral("two updates acknowledged at version %1 of milestone %2: one is lost")
                                         .arg(attempt.version)
                                         .arg(attempt.milestoneId));
    }
    if (journal.size() != qsizetype(summary->recorded))
        summary->problems.append(QStringLiteral("the journal holds %1 updates, %2 were acknowledged")
                                     .arg(journal.size())
                                     .arg(summary->recorded));

    // Per milestone: versions 1..N acknowledged, and the current row is the last of them.
    QHash<qint64, int> lastVersion;
    for (const auto &[key, attempt] : acknowledged)
        lastVersion[key.first] = std::max(lastVersion.value(key.first), key.second);
    ProgressRepository progress(*database);
    for (auto it = lastVersion.cbegin(); it != lastVersion.cend(); ++it) {
        for (int version = 1; version <= it.value(); ++version) {
            if (!acknowledged.count({it.key(), version}))
                summary->problems.append(QStringLiteral("milestone %1 has no acknowledged version %2").arg(it.key()).arg(version));
        }
        const auto current = progress.current(it.key(), &error);
        const Attempt *last = acknowledged.at({it.key(), it.value()});
        if (!current || current->version != it.value() || current->value(ProgressField::Id::Owner) != last->owner)
            summary->problems.append(QStringLiteral("milestone %1: the current value is not the last acknowledged one (%2)")
                                         .arg(it.key())
                                         .arg(last->owner));
    }

    // Every conflict reported: a read version taken by another's acknowledged update must have
    // been refused as stale, and every stale refusal must have had one.
    for (const Attempt &attempt : all) {
        if (attempt.outcome == Outcome::Recorded)
            continue;
        const auto taker = acknowledged.find({attempt.milestoneId, attempt.expected + 1});
        const bool superseded = taker != acknowledged.end() && taker->second != &attempt;
        if (superseded)
            ++summary->supersededReads;
        const bool stale = attempt.outcome == Outcome::Stale;
        if (superseded != stale)
            summary->problems.append(QStringLiteral("client %1 on milestone %2 at version %3: %4 but %5")
                                         .arg(attempt.client)
                                         .arg(attempt.milestoneId)
                                         .arg(attempt.expected)
                                         .arg(stale ? QStringLiteral("refused as stale")
                                                    : QStringLiteral("not told of a conflict (%1)").arg(attempt.error))
                                         .arg(superseded ? QStringLiteral("its version was taken")
                                                         : QStringLiteral("nobody took its version")));
    }
    if (summary->supersededReads != summary->stale)
        summary->problems.append(QStringLiteral("%1 reads were superseded, %2 conflicts were reported to clients")
                                     .arg(summary->supersededReads)
                                     .arg(summary->stale));
}

Summary runEngine(const QString &target, int clients, int seconds, const QList<qint64> &ids)
{
    std::vector<ClientLog> logs(static_cast<std::size_t>(clients));
    QElapsedTimer clock;
    clock.start();
    std::vector<std::thread> threads;
    for (int client = 0; client < clients; ++client)
        threads.emplace_back(runClient, target, client, ids, qint64(seconds) * 1000, std::cref(clock), &logs[size_t(client)]);
    for (std::thread &thread : threads)
        thread.join();
    Summary summary;
    summary.seconds = double(clock.nsecsElapsed()) / 1e9;

    std::vector<Attempt> all;
    std::vector<double> times;
    for (const ClientLog &log : logs) {
        if (!log.openError.isEmpty())
            summary.problems.append(QStringLiteral("a client could not connect: ") + log.openError);
        all.insert(all.end(), log.attempts.begin(), log.attempts.end());
        times.insert(times.end(), log.recordMs.begin(), log.recordMs.end());
    }
    for (const Attempt &attempt : all) {
        ++summary.attempts;
        if (attempt.outcome == Outcome::Recorded)
            ++summary.recorded;
        else if (attempt.outcome == Outcome::Stale)
            ++summary.stale;
        else {
            ++summary.other;
            if (summary.otherErrors.size() < 5)
                summary.otherErrors.append(attempt.error);
        }
    }
    std::sort(times.begin(), times.end());
    if (!times.empty()) {
        summary.medianMs = times[times.size() / 2];
        summary.p99Ms = times[std::min(times.size() - 1, size_t(double(times.size()) * 0.99))];
    }
    verify(target, all, &summary);
    return summary;
}

bool preparePlan(const QString &target, int milestones, QList<qint64> *ids, QString *error)
{
    auto database = Database::open(target, error);
    if (!database)
        return false;
    PlanRepository plans(*database);
    if (!plans.replacePlan(benchPlan(milestones), {}, error))
        return false;
    const auto stored = plans.loadLatest(error);
    if (!stored)
        return false;
    for (const QList<qint64> &objective : stored->milestoneIds)
        *ids += objective;
    return true;
}

void print(const char *engine, int clients, int milestones, const Summary &s)
{
    std::printf("%-11s %7d %10d %8.1f %9lld %9lld %11.1f %9lld %10lld %7lld %10.2f %8.2f  %s\n", engine, clients, milestones,
                s.seconds, qlonglong(s.attempts), qlonglong(s.recorded), double(s.recorded) / s.seconds, qlonglong(s.stale),
                qlonglong(s.supersededReads), qlonglong(s.other), s.medianMs, s.p99Ms,
                s.problems.isEmpty() ? "none lost, every conflict reported" : "PROBLEMS (below)");
    for (const QString &problem : s.problems.mid(0, 20))
        std::printf("    problem: %s\n", qPrintable(problem));
    if (s.problems.size() > 20)
        std::printf("    ... %lld problems in all\n", qlonglong(s.problems.size()));
    for (const QString &error : s.otherErrors)
        std::printf("    not recorded: %s\n", qPrintable(error));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int clients = 10;
    int seconds = 60;
    int milestones = 20;
    QString engine = QStringLiteral("both");
    QString conninfo;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == QLatin1String("--clients"))
            clients = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--seconds"))
            seconds = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--milestones"))
            milestones = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--engine"))
            engine = arguments.at(i + 1);
        else if (arguments.at(i) == QLatin1String("--conninfo"))
            conninfo = arguments.at(i + 1);
    }
    std::printf("%d clients, each its own connection, %d s, %d shared milestones; read the version, record one update "
                "(owner and note), repeat\n",
                clients, seconds, milestones);
    std::printf("%-11s %7s %10s %8s %9s %9s %11s %9s %10s %7s %10s %8s  %s\n", "engine", "clients", "milestones", "seconds",
                "attempts", "recorded", "recorded/s", "conflicts", "superseded", "failed", "median ms", "p99 ms",
                "verification");
    int status = 0;

    if (engine == QLatin1String("both") || engine == QLatin1String("postgresql")) {
        // A cluster of our own unless one was named: the test suite's script, in a short folder
        // (the Unix socket's path has a length limit).
        const QString clusterDir = QStringLiteral("/tmp/milepost-bench-pg-%1").arg(::getpid());
        const QString script = QStringLiteral(MILEPOST_SOURCE_DIR "/tests/pg/pgcluster.sh");
        bool started = false;
        if (conninfo.isEmpty()) {
            if (!bench::runChild(QStringLiteral("/bin/sh"), {script, QStringLiteral("start"), clusterDir}).ok) {
                std::fprintf(stderr, "cannot start a PostgreSQL cluster (%s)\n", qPrintable(script));
                return 1;
            }
            started = true;
            QFile file(clusterDir + QStringLiteral("/conninfo"));
            if (file.open(QIODevice::ReadOnly))
                conninfo = QString::fromUtf8(file.readAll()).trimmed();
        }
        QString error;
        QString target;
        if (auto admin = PgConnection::connect(conninfo, &error)) {
            const QString schema = QStringLiteral("bench_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
            if (Statement::execute(admin.get(), QStringLiteral("CREATE SCHEMA ") + schema, &error))
                target = conninfo + QStringLiteral(" options='-c search_path=%1'").arg(schema);
        }
        QList<qint64> ids;
        if (target.isEmpty() || !preparePlan(target, milestones, &ids, &error)) {
            std::printf("postgresql: %s\n", qPrintable(error));
            status = 1;
        } else {
            const Summary summary = runEngine(target, clients, seconds, ids);
            print("PostgreSQL", clients, milestones, summary);
            status |= summary.problems.isEmpty() ? 0 : 1;
        }
        if (started)
            bench::runChild(QStringLiteral("/bin/sh"), {script, QStringLiteral("stop"), clusterDir});
    }

    if (engine == QLatin1String("both") || engine == QLatin1String("sqlite")) {
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/milepost-bench-XXXXXX"));
        const QString target = dir.filePath(QStringLiteral("shared.milepost"));
        QString error;
        QList<qint64> ids;
        if (!preparePlan(target, milestones, &ids, &error)) {
            std::printf("sqlite: %s\n", qPrintable(error));
            status = 1;
        } else {
            const Summary summary = runEngine(target, clients, seconds, ids);
            print("SQLite", clients, milestones, summary);
            status |= summary.problems.isEmpty() ? 0 : 1;
        }
    }
    std::printf("conflicts: refused as stale and told to the client; superseded: attempts whose read version another "
                "client's acknowledged update took (the two must be equal)\n");
    return status;
}
