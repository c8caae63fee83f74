// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "progress/shownstatus.h"

using namespace milepost;

namespace {

Milestone dated(const QString &start, const QString &end)
{
    Milestone milestone;
    milestone.title = QStringLiteral("Hiring fairs");
    milestone.start = PlanDate::parse(start);
    milestone.end = PlanDate::parse(end);
    return milestone;
}

ProgressState recorded(const QString &status, const QDate &asOf, const QString &actualEnd = {})
{
    ProgressState state;
    state.asOf = asOf;
    state.setValue(ProgressField::Id::Status, status);
    if (!actualEnd.isEmpty())
        state.setValue(ProgressField::Id::ActualEnd, actualEnd);
    return state;
}

const ObjectiveStatus inProgress = ObjectiveStatus::parse(QStringLiteral("In Progress"));

} // namespace

TEST_CASE("a recorded status wins over the date rule", "[progress][shown]")
{
    const Milestone milestone = dated(QStringLiteral("2024-01-15"), QStringLiteral("2024-03-31"));
    const ProgressState state = recorded(QStringLiteral("at_risk"), QDate(2024, 3, 1));
    const ShownStatus shown = ShownStatus::of(milestone, inProgress, &state, QDate(2024, 3, 10));
    CHECK_FALSE(shown.isComputed());
    CHECK(shown.recorded() == ProgressStatus::Value::AtRisk);
    CHECK(shown.computed() == MilestoneStatus::State::DueSoon); // still worked out
    CHECK(shown.label() == QStringLiteral("At risk"));
    CHECK(shown.key() == QStringLiteral("at_risk"));
    CHECK(shown.reason() == QStringLiteral("Recorded as of 2024-03-01."));
    CHECK(shown.health() == ShownStatus::Health::OnSchedule);
    CHECK(shown.healthText().isEmpty());
}

TEST_CASE("without a recorded status the date rule applies and says it is computed", "[progress][shown]")
{
    const Milestone milestone = dated(QStringLiteral("2024-01-15"), QStringLiteral("2024-03-31"));
    const ProgressState ownerOnly = [] {
        ProgressState state;
        state.asOf = QDate(2024, 2, 1);
        state.setValue(ProgressField::Id::Owner, QStringLiteral("Ana"));
        return state;
    }();
    for (const ProgressState *state : {static_cast<const ProgressState *>(nullptr), &ownerOnly}) {
        const ShownStatus shown = ShownStatus::of(milestone, inProgress, state, QDate(2024, 4, 21));
        CHECK(shown.isComputed());
        CHECK(shown.computed() == MilestoneStatus::State::Overdue);
        CHECK(shown.label() == QStringLiteral("Overdue (computed from dates)"));
        CHECK(shown.key() == QStringLiteral("computed:overdue"));
        CHECK(shown.reason().startsWith(QStringLiteral("Ended")));
        CHECK(shown.health() == ShownStatus::Health::PastDue);
        CHECK(shown.healthDays() == 21);
    }
}

TEST_CASE("on track with the planned end three weeks past is past due", "[progress][shown]")
{
    const Milestone milestone = dated(QStringLiteral("Jan 2024"), QStringLiteral("Q1-24")); // ends March 31
    const ProgressState state = recorded(QStringLiteral("on_track"), QDate(2024, 4, 15));
    const ShownStatus shown = ShownStatus::of(milestone, inProgress, &state, QDate(2024, 4, 21));
    CHECK(shown.label() == QStringLiteral("On track"));
    CHECK(shown.health() == ShownStatus::Health::PastDue);
    CHECK(shown.healthDays() == 21);
    CHECK(shown.healthText() == QStringLiteral("Planned end passed 21 days ago"));
    CHECK(ShownStatus::healthKey(shown.health()) == QStringLiteral("past_due"));
}

TEST_CASE("not started after the planned start is a late start", "[progress][shown]")
{
    const Milestone milestone = dated(QStringLiteral("2024-03-01"), QStringLiteral("2024-12-31"));
    const ProgressState state = recorded(QStringLiteral("not_started"), QDate(2024, 3, 2));
    const ShownStatus shown = ShownStatus::of(milestone, inProgress, &state, QDate(2024, 3, 2));
    CHECK(shown.health() == ShownStatus::Health::LateStart);
    CHECK(shown.healthText() == QStringLiteral("Planned start passed 1 day ago"));
    // On the start day itself nothing is late yet.
    CHECK(ShownStatus::of(milestone, inProgress, &state, QDate(2024, 3, 1)).health() == ShownStatus::Health::OnSchedule);
}

TEST_CASE("done is compared with the actual end, deferred and cancelled keep no schedule", "[progress][shown]")
{
    const Milestone milestone = dated(QStringLiteral("2024-01-15"), QStringLiteral("2024-03-31"));
    const QDate asOf(2024, 6, 1);
    const ProgressState late = recorded(QStringLiteral("done"), asOf, QStringLiteral("2024-04-05"));
    CHECK(ShownStatus::of(milestone, inProgress, &late, asOf).health() == ShownStatus::Health::FinishedLate);
    CHECK(ShownStatus::of(milestone, inProgress, &late, asOf).healthText() == QStringLiteral("Finished 5 days after the planned end"));
    const ProgressState onTime = recorded(QStringLiteral("done"), asOf, QStringLiteral("2024-03-31"));
    CHECK(ShownStatus::of(milestone, inProgress, &onTime, asOf).health() == ShownStatus::Health::OnSchedule);
    const ProgressState noEnd = recorded(QStringLiteral("done"), asOf);
    CHECK(ShownStatus::of(milestone, inProgress, &noEnd, asOf).health() == ShownStatus::Health::Closed);
    for (const char *status : {"deferred", "cancelled"}) {
        const ProgressState state = recorded(QString::fromLatin1(status), asOf);
        CHECK(ShownStatus::of(milestone, inProgress, &state, asOf).health() == ShownStatus::Health::Closed);
    }
    // The figures count them as what was recorded, not as Unknown.
    const ProgressState deferred = recorded(QStringLiteral("deferred"), asOf);
    CHECK(ShownStatus::of(milestone, inProgress, &deferred, asOf).scheduleState() == MilestoneStatus::State::Deferred);
    const ProgressState cancelled = recorded(QStringLiteral("cancelled"), asOf);
    CHECK(ShownStatus::of(milestone, inProgress, &cancelled, asOf).scheduleState() == MilestoneStatus::State::Cancelled);
}

TEST_CASE("an end that is not a date gives no schedule health", "[progress][shown]")
{
    const ProgressState state = recorded(QStringLiteral("off_track"), QDate(2024, 3, 1));
    CHECK(ShownStatus::of(dated(QStringLiteral("2024-01-15"), QStringLiteral("N/A")), inProgress, &state, QDate(2024, 3, 1))
              .health()
          == ShownStatus::Health::Unknown);
    CHECK(ShownStatus::of(dated(QStringLiteral("2024-01-15"), QStringLiteral("Ongoing")), inProgress, &state, QDate(2024, 3, 1))
              .health()
          == ShownStatus::Health::OnSchedule);
}
