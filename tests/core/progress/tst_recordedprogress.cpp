// SPDX-License-Identifier: GPL-3.0-or-later
// Figures from recorded progress: a scripted history, replayed at several past dates, checked
// against counts worked out by hand; the in-memory replay agrees with the store's.
#include "../store/progressfixture.h"

#include "dashboard/dashboarddata.h"
#include "dashboard/planfigures.h"
#include "progress/recordedprogress.h"
#include "report/reportfilter.h"
#include "report/reportkeyfigures.h"
#include "store/datasetrepository.h"

using namespace milepost;
using namespace milepost::test;
using Field = ProgressField::Id;
using State = MilestoneStatus::State;

namespace {

// progressPlan(): m0 Hiring fairs 2024-01-15 to Q2-24 (June 30); m1 Train mentors Feb 2024 to
// 2024-05-31; m2 Hiring fairs Q3-24 to Q4-24; m3 (second objective) 2024-03-01 to Ongoing. Both
// objectives In Progress.
struct ScriptedHistory
{
    ProgressStore store;

    ScriptedHistory()
    {
        ProgressRepository &progress = *store.progress;
        const QList<qint64> &ids = store.ids;
        recordProgress(progress, ids.at(0), QDate(2024, 2, 1), {{Field::Status, QStringLiteral("on_track")}}, QStringLiteral("Fair booked."));
        recordProgress(progress, ids.at(1), QDate(2024, 5, 1), {{Field::Status, QStringLiteral("at_risk")}});
        recordProgress(progress, ids.at(2), QDate(2024, 6, 1), {{Field::Status, QStringLiteral("on_track")}});
        recordProgress(progress, ids.at(1), QDate(2024, 6, 15),
                       {{Field::Status, QStringLiteral("done")}, {Field::ActualEnd, QStringLiteral("2024-06-10")}});
        recordProgress(progress, ids.at(0), QDate(2024, 7, 15), {{Field::Status, QStringLiteral("off_track")}},
                       QStringLiteral("Venue lost."));
        recordProgress(progress, ids.at(3), QDate(2024, 9, 1), {{Field::Status, QStringLiteral("cancelled")}});
        // Entered late for an earlier date: changes the state from that date on.
        recordProgress(progress, ids.at(0), QDate(2024, 3, 1), {{Field::Percent, QStringLiteral("20")}});
    }

    RecordedProgress recorded() const
    {
        QString error;
        const auto journal = store.progress->entries({}, &error);
        REQUIRE(journal);
        QString loadError;
        const auto stored = store.plans->loadLatest(&loadError);
        REQUIRE(stored);
        return RecordedProgress(stored->milestoneIds, *journal);
    }
};

QList<int> counts(const PlanFigures &figures)
{
    QList<int> result;
    for (State state : {State::Done, State::OnTrack, State::DueSoon, State::Overdue, State::NotStarted, State::Deferred,
                        State::Cancelled, State::Unknown})
        result.append(int(figures.milestonesIn(state).value));
    return result;
}

} // namespace

TEST_CASE("the replay in memory gives the store's state at every date", "[progress][figures]")
{
    ScriptedHistory history;
    const RecordedProgress recorded = history.recorded();
    for (const QDate &day : {QDate(2024, 1, 31), QDate(2024, 2, 1), QDate(2024, 3, 1), QDate(2024, 5, 15), QDate(2024, 6, 15),
                             QDate(2024, 7, 14), QDate(2024, 9, 15), QDate()}) {
        INFO(day.toString(Qt::ISODate).toStdString());
        QString error;
        const auto stored = history.store.progress->statesAsOf(day, &error);
        REQUIRE(stored);
        CHECK(recorded.statesAsOf(day) == *stored);
    }
    const QHash<qint64, ProgressState> midYear = recorded.statesAsOf(QDate(2024, 7, 14));
    const ProgressState &fairs = midYear.value(history.store.ids.at(0));
    CHECK(fairs.status() == ProgressStatus::Value::OnTrack);
    CHECK(fairs.percent() == 20);
    CHECK(fairs.note == QStringLiteral("Fair booked."));
}

TEST_CASE("the plan's figures take a recorded status over the computed one, date by date", "[progress][figures]")
{
    ScriptedHistory history;
    const RecordedProgress recorded = history.recorded();
    const Plan plan = progressPlan();
    // Order: done, on track, due soon, overdue, not started, deferred, cancelled, unknown. Worked out by hand from
    // the dates above (due soon: within 30 days of the end).
    // Jan 31: nothing recorded; m0 begun (end 151 days away), the others not started.
    PlanFigures figures = PlanFigures::compute(plan, QDate(2024, 1, 31), {}, &recorded);
    CHECK(counts(figures) == QList<int>{0, 1, 0, 0, 3, 0, 0, 0});
    CHECK(figures.recordedMilestones == 0);
    // May 15: m0 On track (end 46 days away); m1 At risk, end 16 days away: due soon; m2 not
    // started; m3 begun, Ongoing.
    figures = PlanFigures::compute(plan, QDate(2024, 5, 15), {}, &recorded);
    CHECK(counts(figures) == QList<int>{0, 2, 1, 0, 1, 0, 0, 0});
    CHECK(figures.recordedMilestones == 2);
    // June 20: m0 due in 10 days; m1 Done; m2 recorded On track before its planned start (July
    // 1): on track, not "not started"; m3 on track.
    figures = PlanFigures::compute(plan, QDate(2024, 6, 20), {}, &recorded);
    CHECK(counts(figures) == QList<int>{1, 2, 1, 0, 0, 0, 0, 0});
    CHECK(figures.recordedMilestones == 3);
    // Sep 15: m0 Off track, end passed: overdue; m1 Done; m2 on track; m3 Cancelled: counted
    // as cancelled, not as unknown.
    figures = PlanFigures::compute(plan, QDate(2024, 9, 15), {}, &recorded);
    CHECK(counts(figures) == QList<int>{1, 1, 0, 1, 0, 0, 1, 0});
    CHECK(figures.recordedMilestones == 4);
    // Without the record, the date rule counts m1 overdue too.
    CHECK(counts(PlanFigures::compute(plan, QDate(2024, 9, 15))) == QList<int>{0, 2, 0, 2, 0, 0, 0, 0});

    // The report's title page counts the same.
    const ReportKeyFigures key = ReportKeyFigures::compute(plan, QDate(2024, 9, 15), {}, &recorded);
    CHECK(key.milestonesIn(State::Overdue) == 1);
    CHECK(key.milestonesIn(State::Done) == 1);
    CHECK(key.milestonesIn(State::Cancelled) == 1);
    CHECK(key.milestonesIn(State::Unknown) == 0);
    CHECK(key.recordedMilestones == 4);
}

TEST_CASE("deferred and cancelled milestones are counted on their own and are not due this quarter", "[progress][figures]")
{
    ScriptedHistory history;
    const Plan plan = progressPlan();
    // Oct 15 (2024-Q4, ending Dec 31), before m2 is deferred: m0 overdue, m1 done, m2 on track
    // and ending Dec 31 (due this quarter), m3 cancelled.
    const RecordedProgress before = history.recorded();
    PlanFigures figures = PlanFigures::compute(plan, QDate(2024, 10, 15), {}, &before);
    CHECK(counts(figures) == QList<int>{1, 1, 0, 1, 0, 0, 1, 0});
    CHECK(figures.dueThisQuarter.value == 1);
    recordProgress(*history.store.progress, history.store.ids.at(2), QDate(2024, 10, 1),
                   {{Field::Status, QStringLiteral("deferred")}}, QStringLiteral("Next year."));
    const RecordedProgress recorded = history.recorded();
    figures = PlanFigures::compute(plan, QDate(2024, 10, 15), {}, &recorded);
    CHECK(counts(figures) == QList<int>{1, 0, 0, 1, 0, 1, 1, 0});
    CHECK(figures.dueThisQuarter.value == 0);
    CHECK(figures.milestonesIn(State::Deferred).rows == QList<int>{2});
    CHECK(figures.milestonesIn(State::Cancelled).rows == QList<int>{3});
    // The report's title page and its status filter read the same.
    const ReportKeyFigures key = ReportKeyFigures::compute(plan, QDate(2024, 10, 15), {}, &recorded);
    CHECK(key.milestonesIn(State::Deferred) == 1);
    CHECK(key.milestonesIn(State::Cancelled) == 1);
    CHECK(key.milestonesIn(State::Unknown) == 0);
    ReportFilter filter;
    QString error;
    REQUIRE(filter.add(QStringLiteral("status=deferred"), &error));
    const Plan deferred = filter.apply(plan, QDate(2024, 10, 15), &recorded);
    REQUIRE(deferred.milestoneCount() == 1);
    CHECK(deferred.objectives.at(0).milestones.at(0).title == QStringLiteral("Hiring fairs"));
}

TEST_CASE("a report's status filter reads recorded statuses and keeps each milestone's id", "[progress][figures]")
{
    ScriptedHistory history;
    const RecordedProgress recorded = history.recorded();
    ReportFilter filter;
    filter.addState(State::Overdue);
    RecordedProgress kept;
    const Plan overdue = filter.apply(progressPlan(), QDate(2024, 9, 15), &recorded, &kept);
    REQUIRE(overdue.milestoneCount() == 1);
    CHECK(overdue.objectives.at(0).milestones.at(0).title == QStringLiteral("Hiring fairs"));
    CHECK(kept.milestoneId(0, 0) == history.store.ids.at(0));
    // Without the record, Train mentors is overdue too.
    CHECK(filter.apply(progressPlan(), QDate(2024, 9, 15)).milestoneCount() == 2);
}

TEST_CASE("the dashboard's data carries the recorded progress, and counts as the figures do", "[progress][figures]")
{
    ScriptedHistory history;
    const DatasetRepository datasets(*history.store.database);
    const DashboardData data = DashboardData::load(*history.store.plans, datasets, history.store.progress.get());
    INFO(data.errors.join(QStringLiteral("; ")).toStdString());
    REQUIRE(data.errors.isEmpty());
    CHECK_FALSE(data.progress.isEmpty());
    const PlanFigures figures = PlanFigures::compute(data.plan, QDate(2024, 9, 15), {}, &data.progress);
    CHECK(counts(figures) == QList<int>{1, 1, 0, 1, 0, 0, 1, 0});
    // Without a progress store, the date rule alone, as before.
    const DashboardData plain = DashboardData::load(*history.store.plans, datasets);
    CHECK(plain.progress.isEmpty());
    CHECK(counts(PlanFigures::compute(plain.plan, QDate(2024, 9, 15), {}, &plain.progress)) == QList<int>{0, 2, 0, 2, 0, 0, 0, 0});
}

TEST_CASE("the changes between two dates are the updates after the first up to the second, newest first", "[progress][recorded]")
{
    auto update = [](qint64 id, const QDate &asOf) {
        ProgressEntry entry;
        entry.id = id;
        entry.milestoneId = 7;
        entry.asOf = asOf;
        entry.changes = {{ProgressField::Id::Percent, QString(), QString::number(id)}};
        return entry;
    };
    // Given out of order; two on the same day (the later entry first in the answer).
    const RecordedProgress progress({{7}}, {update(4, QDate(2022, 10, 31)), update(1, QDate(2022, 9, 30)),
                                           update(3, QDate(2022, 10, 10)), update(2, QDate(2022, 10, 10)),
                                           update(5, QDate(2022, 11, 1))});
    auto ids = [](const QList<ProgressEntry> &entries) {
        QList<qint64> result;
        for (const ProgressEntry &entry : entries)
            result.append(entry.id);
        return result;
    };
    CHECK(ids(progress.changesBetween(QDate(2022, 9, 30), QDate(2022, 10, 31))) == QList<qint64>{4, 3, 2});
    CHECK(ids(progress.changesBetween(QDate(2022, 9, 29), QDate(2022, 10, 10))) == QList<qint64>{3, 2, 1});
    CHECK(ids(progress.changesBetween(QDate(), QDate())) == QList<qint64>{5, 4, 3, 2, 1});
    CHECK(progress.changesBetween(QDate(2022, 11, 1), QDate(2022, 12, 1)).isEmpty());
}
