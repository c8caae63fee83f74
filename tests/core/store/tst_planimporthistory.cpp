// SPDX-License-Identifier: GPL-3.0-or-later
// Plan imports listed beside the dataset imports, and removed only when that gives back the
// state before them and loses nothing recorded (PlanImportHistory).
#include "progressfixture.h"

#include "store/importrunlog.h"
#include "store/planimporthistory.h"

using namespace milepost;
using namespace milepost::test;
using Field = ProgressField::Id;

namespace {

struct Counts
{
    qint64 plans, objectives, milestones, keys, baselines, baselineMilestones, imports, updates;
    friend bool operator==(const Counts &, const Counts &) = default;
};

Counts countsOf(const ProgressStore &store)
{
    return {store.count(QStringLiteral("plans")),          store.count(QStringLiteral("objectives")),
            store.count(QStringLiteral("milestones")),     store.count(QStringLiteral("milestone_keys")),
            store.count(QStringLiteral("plan_baselines")), store.count(QStringLiteral("baseline_milestones")),
            store.count(QStringLiteral("plan_imports")),   store.count(QStringLiteral("milestone_updates"))};
}

QString whyNot(Database &database, qint64 runId)
{
    QString error;
    const std::optional<QString> why = PlanImportHistory(database).whyNotRemovable(runId, &error);
    INFO(error.toStdString());
    REQUIRE(why);
    return *why;
}

} // namespace

TEST_CASE("a plan import is listed with its file, who imported it and what it stored", "[store][planimports]")
{
    ProgressStore store;
    QString error;
    const QList<PlanImportHistory::Run> runs = PlanImportHistory(*store.database).runs(&error);
    INFO(error.toStdString());
    REQUIRE(runs.size() == 1);
    const PlanImportHistory::Run &run = runs.first();
    CHECK(run.planSource == QStringLiteral("plan.txt"));
    CHECK(run.file == QStringLiteral("plan.txt"));
    CHECK(run.importedBy == ImportRunLog::currentUser());
    CHECK(run.importedAt.isValid());
    CHECK(run.objectives == 2);
    CHECK(run.milestones == 4);
    CHECK(run.findings == 0);
    CHECK(run.stored);
    CHECK(run.replacedEarlier == false);
}

TEST_CASE("the only import of a plan with nothing recorded is removed with its plan and its baseline",
          "[store][planimports]")
{
    ProgressStore store;
    PlanImportHistory history(*store.database);
    const qint64 runId = history.runs().first().id;
    CHECK(whyNot(*store.database, runId).isEmpty());
    const Counts before = countsOf(store);
    CHECK(before == Counts{1, 2, 4, 4, 1, 4, 1, 0});

    QString error;
    REQUIRE(history.remove(runId, &error, false));
    INFO(error.toStdString());
    // The plan and the baseline the import took are gone; the keys stay, as keys always do.
    CHECK(countsOf(store) == Counts{0, 0, 0, 4, 0, 0, 0, 0});
    CHECK(history.runs().isEmpty());
    CHECK_FALSE(store.plans->loadLatest(&error));

    // Imported again, the milestones get the ids they had, and a baseline of their own again.
    REQUIRE(store.plans->replacePlan(progressPlan(), {}, &error));
    CHECK(store.storedIds() == store.ids);
    CHECK(countsOf(store) == before);
}

TEST_CASE("a plan import with recorded progress is not removed, and nothing changes", "[store][planimports]")
{
    ProgressStore store;
    recordProgress(*store.progress, store.ids.at(1), QDate(2024, 3, 1), {{Field::Status, QStringLiteral("on_track")}});
    PlanImportHistory history(*store.database);
    const qint64 runId = history.runs().first().id;
    const QString why = whyNot(*store.database, runId);
    CHECK(why.contains(QStringLiteral("1 progress update")));
    const Counts before = countsOf(store);
    QString error;
    CHECK_FALSE(history.remove(runId, &error, false));
    CHECK(error.contains(why));
    CHECK(countsOf(store) == before);
    CHECK(store.progress->entries({}, &error)->size() == 1);
}

TEST_CASE("a baseline people took keeps its plan import", "[store][planimports]")
{
    ProgressStore store;
    Statement take(store.database->handle(),
                   QStringLiteral("INSERT INTO plan_baselines (plan_source, name, taken_at, taken_by) "
                                  "VALUES ('plan.txt', 'Board approved', '2024-02-01T10:00:00Z', 'Ana')"));
    REQUIRE(take.run());
    const qint64 runId = PlanImportHistory(*store.database).runs().first().id;
    CHECK(whyNot(*store.database, runId).contains(QStringLiteral("1 baseline")));
}

TEST_CASE("a re-import cannot be removed, nor the import it replaced", "[store][planimports]")
{
    ProgressStore store;
    QString error;
    REQUIRE(store.plans->replacePlan(progressPlan(), {}, &error));
    PlanImportHistory history(*store.database);
    const QList<PlanImportHistory::Run> runs = history.runs();
    REQUIRE(runs.size() == 2);
    const PlanImportHistory::Run &latest = runs.at(0);
    const PlanImportHistory::Run &first = runs.at(1);
    CHECK(latest.stored);
    CHECK(latest.replacedEarlier == true);
    CHECK_FALSE(first.stored);
    CHECK(whyNot(*store.database, latest.id).contains(QStringLiteral("replaced an earlier edition")));
    CHECK(whyNot(*store.database, first.id).contains(QStringLiteral("no longer stored")));
    const Counts before = countsOf(store);
    CHECK_FALSE(history.remove(latest.id, &error, false));
    CHECK_FALSE(history.remove(first.id, &error, false));
    CHECK(countsOf(store) == before);
}

TEST_CASE("a plan stored before plan imports were recorded is listed but not removed", "[store][planimports]")
{
    ProgressStore store;
    // As schema version 10 lists the plans stored before it: who and what it replaced unknown.
    Statement older(store.database->handle(),
                    QStringLiteral("UPDATE plan_imports SET imported_by = '', replaced = NULL"));
    REQUIRE(older.run());
    const PlanImportHistory::Run run = PlanImportHistory(*store.database).runs().first();
    CHECK(run.importedBy.isEmpty());
    CHECK_FALSE(run.replacedEarlier);
    CHECK(whyNot(*store.database, run.id).contains(QStringLiteral("before Milepost kept a record")));
}
