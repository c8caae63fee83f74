// SPDX-License-Identifier: GPL-3.0-or-later
// Re-importing a plan keeps the milestones' ids, and with them every recorded update.
#include "progressfixture.h"

#include "plan/planreader.h"

using namespace milepost;
using namespace milepost::test;
using Field = ProgressField::Id;

TEST_CASE("milestones get stable ids that tell apart repeated titles", "[store][progress][reimport]")
{
    ProgressStore store;
    REQUIRE(store.ids.size() == 4);
    CHECK(QSet<qint64>(store.ids.cbegin(), store.ids.cend()).size() == 4);
    for (qint64 id : store.ids)
        CHECK(id > 0);
    QString error;
    // Same source and plan: the same ids, however often it is stored.
    REQUIRE(store.plans->replacePlan(progressPlan(), {}, &error));
    REQUIRE(store.plans->replacePlan(progressPlan(), {}, &error));
    CHECK(store.storedIds() == store.ids);
    CHECK(store.count(QStringLiteral("milestone_keys")) == 4);
}

TEST_CASE("re-importing the bundled report keeps every recorded update", "[store][progress][reimport]")
{
    const auto read = PlanReader::readFile(QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt"));
    REQUIRE(read.ok);
    ProgressStore store(read.plan);
    REQUIRE(store.ids.size() == 160);
    ProgressRepository &progress = *store.progress;
    // An update on every tenth milestone, two on some.
    for (qsizetype i = 0; i < store.ids.size(); i += 10) {
        recordProgress(progress, store.ids.at(i), QDate(2022, 10, 1),
                       {{Field::Status, QStringLiteral("on_track")}, {Field::Percent, QString::number(i % 100)}},
                       QStringLiteral("October report"));
        if (i % 20 == 0)
            recordProgress(progress, store.ids.at(i), QDate(2022, 11, 1), {{Field::Status, QStringLiteral("done")}});
    }
    QString error;
    ProgressRepository::Filter everything;
    const auto before = progress.entries(everything, &error).value();
    const auto statesBefore = progress.statesAsOf(QDate(), &error).value();
    REQUIRE(before.size() == 24);

    REQUIRE(store.plans->replacePlan(read.plan, read.findings, &error));
    CHECK(store.storedIds() == store.ids);
    CHECK(progress.entries(everything, &error).value() == before);
    CHECK(progress.statesAsOf(QDate(), &error).value() == statesBefore);
    for (qsizetype i = 0; i < store.ids.size(); i += 10) {
        const ProgressState current = progress.current(store.ids.at(i), &error).value();
        CHECK(current.version == (i % 20 == 0 ? 2 : 1));
        CHECK(progress.milestone(store.ids.at(i), &error)->inPlan);
    }
}

TEST_CASE("a new edition keeps the ids of the milestones it still has and the history of those it drops",
          "[store][progress][reimport]")
{
    ProgressStore store;
    const QList<qint64> ids = store.ids;
    recordProgress(*store.progress, ids.at(1), QDate(2024, 3, 1), {{Field::Status, QStringLiteral("at_risk")}});
    recordProgress(*store.progress, ids.at(2), QDate(2024, 3, 1), {{Field::Status, QStringLiteral("on_track")}});

    // The edition drops "Train mentors", adds a milestone at the top, and moves dates.
    Plan edition = progressPlan();
    Objective &first = edition.objectives[0];
    first.milestones.removeAt(1);
    first.milestones.prepend(progressMilestone(QStringLiteral("Post vacancies"), QStringLiteral("2024-01-02"), QStringLiteral("2024-01-31")));
    first.milestones[1].end = PlanDate::parse(QStringLiteral("Q3-24"));
    QString error;
    REQUIRE(store.plans->replacePlan(edition, {}, &error));
    const QList<qint64> now = store.storedIds();
    REQUIRE(now.size() == 4);
    CHECK(now.at(1) == ids.at(0)); // Hiring fairs, the first of that title
    CHECK(now.at(2) == ids.at(2)); // Hiring fairs, the second
    CHECK(now.at(3) == ids.at(3)); // the other objective's
    CHECK_FALSE(ids.contains(now.at(0))); // new

    const auto dropped = store.progress->milestone(ids.at(1), &error);
    REQUIRE(dropped);
    CHECK_FALSE(dropped->inPlan);
    CHECK(store.progress->history(ids.at(1), &error).value().size() == 1);
    CHECK(store.progress->current(ids.at(2), &error)->status() == ProgressStatus::Value::OnTrack);
    // Nothing more can be recorded on a milestone the plan no longer has.
    const auto refused = store.progress->record(progressUpdate(*store.progress, ids.at(1), QDate(2024, 4, 1),
                                                               {{Field::Status, QStringLiteral("done")}}),
                                                QDate(2024, 12, 31));
    CHECK(refused.outcome == ProgressRepository::RecordResult::Outcome::UnknownMilestone);
    CHECK(refused.error().contains(QStringLiteral("no longer in the plan")));

    // Back in the next edition, it has its id and its history again.
    REQUIRE(store.plans->replacePlan(progressPlan(), {}, &error));
    CHECK(store.storedIds() == ids);
    CHECK(store.progress->current(ids.at(1), &error)->status() == ProgressStatus::Value::AtRisk);
}
