// SPDX-License-Identifier: GPL-3.0-or-later
// Baselines: the dates as first imported kept across re-imports, named baselines taken on
// demand, and slips against them counted in days.
#include "progressfixture.h"

#include "store/baselinerepository.h"
#include "store/planeditrepository.h"

using namespace milepost;
using namespace milepost::test;
using Field = PlanEditField::Id;

namespace {

Baseline baselineNamed(BaselineRepository &baselines, const QString &name)
{
    QString error;
    const auto list = baselines.baselines(QStringLiteral("plan.txt"), &error);
    INFO(error.toStdString());
    REQUIRE(list);
    for (const Baseline &baseline : *list) {
        if (baseline.name == name)
            return baseline;
    }
    FAIL("no baseline named " << name.toStdString());
    return {};
}

void setEnd(ProgressStore &store, qint64 id, const QString &end)
{
    PlanEditRepository edits(*store.database);
    QString error;
    PlanEdit edit;
    edit.milestoneId = id;
    edit.expectedVersion = edits.milestoneVersion(id, &error).value();
    edit.asOf = QDate(2024, 3, 1);
    edit.enteredBy = QStringLiteral("Ana");
    edit.set(Field::PlannedEnd, end);
    const auto result = edits.record(edit, QDate(2024, 12, 31));
    INFO(result.error().toStdString());
    REQUIRE(result.outcome == PlanEditRepository::Result::Outcome::Recorded);
}

Milestone milestoneOf(const PlanRepository::StoredPlan &stored, qint64 id)
{
    for (qsizetype o = 0; o < stored.milestoneIds.size(); ++o) {
        if (const qsizetype m = stored.milestoneIds.at(o).indexOf(id); m >= 0)
            return stored.plan.objectives.at(o).milestones.at(m);
    }
    FAIL("no milestone " << id);
    return {};
}

} // namespace

TEST_CASE("the imported baseline keeps the first dates through edits and re-imports, slips are counted against it",
          "[store][progress][baseline]")
{
    ProgressStore store;
    BaselineRepository baselines(*store.database);
    QString error;
    const Baseline imported = baselineNamed(baselines, Baseline::importedName());
    auto dates = baselines.dates(imported.id, &error).value();
    REQUIRE(dates.size() == 4);
    const qint64 fairs = store.ids.at(0); // 2024-01-15 to Q2-24
    const qint64 mentors = store.ids.at(1); // Feb 2024 to 2024-05-31
    const qint64 ongoing = store.ids.at(3); // 2024-03-01 to Ongoing
    CHECK(dates.value(fairs) == BaselineDates{QDate(2024, 1, 15), QDate(2024, 6, 30)});
    CHECK(dates.value(mentors) == BaselineDates{QDate(2024, 2, 1), QDate(2024, 5, 31)});
    CHECK(dates.value(ongoing) == BaselineDates{QDate(2024, 3, 1), QDate()});

    // An edit moves the end of the fairs from 2024-06-30 to 2024-07-31: 31 days.
    setEnd(store, fairs, QStringLiteral("2024-07-31"));
    // A new edition moves the mentors' end in the file from 2024-05-31 to 2024-06-14: 14 days.
    Plan edition = progressPlan();
    edition.objectives[0].milestones[1].end = PlanDate::exact(QDate(2024, 6, 14));
    edition.objectives[0].milestones.append(progressMilestone(QStringLiteral("New in this edition"),
                                                              QStringLiteral("2024-04-01"), QStringLiteral("2024-04-30")));
    REQUIRE(store.plans->replacePlan(edition, {}, &error));

    auto stored = store.plans->loadLatest(&error).value();
    dates = baselines.dates(imported.id, &error).value();
    REQUIRE(dates.size() == 5); // the new milestone joins with the dates it first had
    CHECK(dates.value(fairs).slipDays(milestoneOf(stored, fairs)) == 31);
    CHECK(dates.value(mentors).slipDays(milestoneOf(stored, mentors)) == 14);
    CHECK(dates.value(store.ids.at(2)).slipDays(milestoneOf(stored, store.ids.at(2))) == 0);
    CHECK_FALSE(dates.value(ongoing).slipDays(milestoneOf(stored, ongoing)));
    const qint64 added = stored.milestoneIds.at(0).at(3);
    CHECK(dates.value(added) == BaselineDates{QDate(2024, 4, 1), QDate(2024, 4, 30)});
    CHECK(baselines.baselines(QStringLiteral("plan.txt"), &error)->size() == 1);

    // A baseline taken now, then the fairs slip 15 more days: 46 against the import, 15 against it.
    qint64 boardId = 0;
    REQUIRE(baselines.take(stored.plan, stored.milestoneIds, QStringLiteral(" March board "), QStringLiteral("Ana"), &error,
                           &boardId));
    CHECK(baselineNamed(baselines, QStringLiteral("March board")).takenBy == QStringLiteral("Ana"));
    setEnd(store, fairs, QStringLiteral("2024-08-15"));
    stored = store.plans->loadLatest(&error).value();
    CHECK(baselines.dates(imported.id, &error)->value(fairs).slipDays(milestoneOf(stored, fairs)) == 46);
    CHECK(baselines.dates(boardId, &error)->value(fairs).slipDays(milestoneOf(stored, fairs)) == 15);

    // A name is taken once; a refused baseline stores nothing.
    CHECK_FALSE(baselines.take(stored.plan, stored.milestoneIds, QStringLiteral("March board"), QStringLiteral("Ben"), &error));
    CHECK(error.contains(QStringLiteral("already has a baseline")));
    CHECK_FALSE(baselines.take(stored.plan, stored.milestoneIds, QStringLiteral("  "), QStringLiteral("Ben"), &error));
    CHECK(store.count(QStringLiteral("plan_baselines")) == 2);
    CHECK(store.count(QStringLiteral("baseline_milestones")) == 10);
}
