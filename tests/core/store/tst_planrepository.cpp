// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "store/database.h"
#include "store/planrepository.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QSet>
#include <QTemporaryDir>

#include <memory>

using namespace milepost;

namespace {

Milestone milestone(const QString &title, const PlanDate &start, const PlanDate &end,
                    const QList<YearQuarter> &quarters, int sourceLine)
{
    Milestone result;
    result.title = title;
    result.start = start;
    result.end = end;
    result.quarters = quarters;
    result.sourceLine = sourceLine;
    return result;
}

// A plan with every kind of date, as the reader would produce them and as code builds them.
Plan samplePlan(const QString &source)
{
    Objective learn;
    learn.phase = Phase::Learn;
    learn.title = QStringLiteral("Staffing Plan to Support Schools");
    learn.subtitle = QStringLiteral("Certificated Employees: Teachers, Counselors, etc.");
    learn.objectiveText = QStringLiteral("Fill every vacancy before the first day of school.");
    learn.status = ObjectiveStatus::parse(QStringLiteral("In Progress (Estimated completion - June 2023)"));
    learn.narrative = QStringLiteral("Hiring fairs in spring; “quoted” text and ünïcödé survive.");
    learn.sourceLine = 12;
    Milestone dashboard = milestone(QStringLiteral("Publish the vacancy dashboard"), PlanDate::parse(QStringLiteral("3/5/22")),
                                    PlanDate::parse(QStringLiteral("June 2023")), {{2022, 1}, {2022, 2}, {2023, 2}}, 20);
    dashboard.section = QStringLiteral("Data Dashboard Related");
    learn.milestones = {
        dashboard,
        milestone(QStringLiteral("Hiring fairs"), PlanDate::parse(QStringLiteral("Q2-22")),
                  PlanDate::parse(QStringLiteral("Ongoing")), {{2022, 2}, {2022, 3}}, 21),
        milestone(QStringLiteral("Board approval"), PlanDate::parse(QStringLiteral("N/A")),
                  PlanDate::parse(QStringLiteral("9/31/22")), {}, 22),
    };

    Objective assess;
    assess.phase = Phase::Assess;
    assess.title = QStringLiteral("Listening Tour");
    assess.status = ObjectiveStatus::parse(QStringLiteral("Completed"));
    assess.sourceLine = 40;

    Objective act;
    act.phase = Phase::Act;
    act.title = QStringLiteral("Literacy Initiative");
    act.objectiveText = QStringLiteral("Every student reads at grade level.");
    act.sourceLine = 60;
    act.milestones = {
        // Built by code, without raw text.
        milestone(QStringLiteral("Pilot schools chosen"), PlanDate::exact(QDate(2022, 8, 5)), PlanDate(), {{2022, 3}}, 61),
        // "22" read with another two-digit-year rule: 1922, which parsing raw again would not give.
        milestone(QStringLiteral("Archive review"), PlanDate::parse(QStringLiteral("3/5/22"), TwoDigitYearRule{20}),
                  PlanDate::parse(QStringLiteral("TBD")), {}, 62),
        milestone(QStringLiteral("Quarterly report"), PlanDate::quarter({2023, 4}), PlanDate::month(2024, 2), {{2023, 4}}, 63),
    };

    Plan plan;
    plan.title = QStringLiteral("100-Day Plan");
    plan.source = source;
    plan.objectives = {learn, assess, act};
    return plan;
}

QList<Finding> sampleFindings()
{
    return {
        {22, 3, Finding::Kind::InvalidDate, QStringLiteral("“9/31/22” is not a day on the calendar")},
        {61, 0, Finding::Kind::MissingValue, QStringLiteral("no end")},
        {62, 2, Finding::Kind::MarksDisagree, QStringLiteral("marked in 2022, dated 1922")},
        {62, 3, Finding::Kind::UnrecognisedValue, QStringLiteral("“TBD” is neither a date nor Ongoing or N/A")},
    };
}

QList<PlanDate> allDates(const Plan &plan)
{
    QList<PlanDate> dates;
    for (const Objective &objective : plan.objectives) {
        for (const Milestone &m : objective.milestones)
            dates << m.start << m.end;
    }
    return dates;
}

qint64 count(const Database &database, const QString &table)
{
    Statement statement(database.handle(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    REQUIRE(statement.step() == Statement::Result::Row);
    return statement.columnInt64(0);
}

// Row counts of every table: "nothing changed" means none of them moved either.
QList<qint64> rowCounts(const Database &database)
{
    QList<qint64> counts;
    for (const char *table : {"plans", "objectives", "milestones", "milestone_quarters", "findings"})
        counts << count(database, QString::fromLatin1(table));
    return counts;
}

void requireSameStoredPlan(const PlanRepository::StoredPlan &a, const PlanRepository::StoredPlan &b)
{
    CHECK(a.id == b.id);
    CHECK(a.importedAt == b.importedAt);
    CHECK(a.plan == b.plan);
    CHECK(a.findings == b.findings);
}

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;

    Store()
    {
        REQUIRE(dir.isValid());
        QString error;
        database = Database::open(dir.filePath(QStringLiteral("plans.milepost")), &error);
        INFO(error.toStdString());
        REQUIRE(database);
    }
};

} // namespace

TEST_CASE("a plan with every kind of date reads back exactly as it was stored")
{
    Store store;
    PlanRepository repository(*store.database);
    const Plan plan = samplePlan(QStringLiteral("100-day-plan.md"));
    const QList<Finding> findings = sampleFindings();

    // The sample must really cover every kind, or the test proves less than it says.
    QSet<int> kinds;
    for (const PlanDate &date : allDates(plan))
        kinds.insert(int(date.kind()));
    REQUIRE(kinds.size() == 6);

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QString error;
    qint64 id = 0;
    REQUIRE(repository.replacePlan(plan, findings, &error, {}, &id));
    CHECK(error.isEmpty());
    CHECK(id > 0);
    CHECK(repository.planCount() == 1);

    error = QStringLiteral("stale");
    const auto stored = repository.loadLatest(&error);
    REQUIRE(stored);
    CHECK(error.isEmpty());
    CHECK(stored->id == id);
    CHECK(stored->importedAt.timeSpec() == Qt::UTC);
    CHECK(stored->importedAt >= before);
    CHECK(stored->importedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    CHECK(stored->plan == plan);
    CHECK(stored->findings == findings);

    // operator== ignores the raw text of valid dates and the reason of invalid ones; the store does not.
    const QList<PlanDate> expected = allDates(plan);
    const QList<PlanDate> actual = allDates(stored->plan);
    REQUIRE(actual.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO("date " << i << ": " << expected.at(i).raw().toStdString());
        CHECK(actual.at(i) == expected.at(i));
        CHECK(actual.at(i).raw() == expected.at(i).raw());
        CHECK(actual.at(i).problem() == expected.at(i).problem());
        CHECK(actual.at(i).reason() == expected.at(i).reason());
        CHECK(actual.at(i).canonical() == expected.at(i).canonical());
    }
    const Milestone &archive = stored->plan.objectives.at(2).milestones.at(1);
    CHECK(archive.start.firstDay() == QDate(1922, 3, 5));
    CHECK(archive.start.raw() == QStringLiteral("3/5/22"));

    const ObjectiveStatus &status = stored->plan.objectives.at(0).status;
    CHECK(status.state() == ObjectiveStatus::State::InProgress);
    CHECK(status.estimatedCompletion() == PlanDate::month(2023, 6));
}

TEST_CASE("stored plans can be queried by phase, day and estimated completion")
{
    Store store;
    PlanRepository repository(*store.database);
    QString error;
    REQUIRE(repository.replacePlan(samplePlan(QStringLiteral("plan.md")), sampleFindings(), &error));

    Statement objective(store.database->handle(),
                        QStringLiteral("SELECT phase, status_state, estimated_completion FROM objectives ORDER BY position"));
    REQUIRE(objective.step() == Statement::Result::Row);
    CHECK(objective.columnText(0) == QStringLiteral("LEARN"));
    CHECK(objective.columnText(1) == QStringLiteral("in_progress"));
    CHECK(objective.columnText(2) == QStringLiteral("2023-06"));
    REQUIRE(objective.step() == Statement::Result::Row);
    CHECK(objective.columnText(0) == QStringLiteral("ASSESS"));
    CHECK(objective.columnText(1) == QStringLiteral("completed"));
    CHECK(objective.columnIsNull(2));

    Statement milestone(store.database->handle(),
                        QStringLiteral("SELECT start_kind, start_first, start_last, end_kind, end_first, end_problem "
                                       "FROM milestones WHERE title = 'Hiring fairs'"));
    REQUIRE(milestone.step() == Statement::Result::Row);
    CHECK(milestone.columnText(0) == QStringLiteral("quarter"));
    CHECK(milestone.columnText(1) == QStringLiteral("2022-04-01"));
    CHECK(milestone.columnText(2) == QStringLiteral("2022-06-30"));
    CHECK(milestone.columnText(3) == QStringLiteral("ongoing"));
    CHECK(milestone.columnIsNull(4));
    CHECK(milestone.columnText(5) == QStringLiteral("none"));
}

TEST_CASE("an empty store has no latest plan and no error")
{
    Store store;
    PlanRepository repository(*store.database);
    QString error = QStringLiteral("stale");
    CHECK_FALSE(repository.loadLatest(&error));
    CHECK(error.isEmpty());
    CHECK(repository.planCount() == 0);
}

TEST_CASE("importing the same source again replaces the plan instead of adding one")
{
    Store store;
    PlanRepository repository(*store.database);
    QString error;
    qint64 firstId = 0;
    REQUIRE(repository.replacePlan(samplePlan(QStringLiteral("plan.md")), sampleFindings(), &error, {}, &firstId));

    Plan revised = samplePlan(QStringLiteral("plan.md"));
    revised.title = QStringLiteral("100-Day Plan, revised");
    revised.objectives.removeLast();
    const QList<Finding> revisedFindings{sampleFindings().first()};
    qint64 secondId = 0;
    REQUIRE(repository.replacePlan(revised, revisedFindings, &error, {}, &secondId));
    CHECK(secondId != firstId);
    CHECK(repository.planCount() == 1);

    const auto stored = repository.loadLatest(&error);
    REQUIRE(stored);
    CHECK(stored->id == secondId);
    CHECK(stored->plan == revised);
    CHECK(stored->findings == revisedFindings);
    // The milestones the new edition dropped stay stored after its own, down to their quarter
    // marks, kept for their history and marked removed by plan edits of the import.
    CHECK(count(*store.database, QStringLiteral("objectives")) == 3);
    CHECK(count(*store.database, QStringLiteral("milestones")) == 6);
    CHECK(count(*store.database, QStringLiteral("milestone_quarters")) == 7);
    CHECK(count(*store.database, QStringLiteral("findings")) == 1);
    CHECK(stored->imported.milestoneCount() == 6);
    qsizetype removals = 0;
    for (const PlanEditEntry &edit : stored->planEdits) {
        for (const PlanEditEntry::Change &change : edit.changes)
            removals += change.field == PlanEditField::Id::Removed && change.newValue == QStringLiteral("yes") ? 1 : 0;
    }
    CHECK(removals == 3);

    // Another source is another plan, and the newest is the latest.
    Plan other = samplePlan(QStringLiteral("other.md"));
    other.title = QStringLiteral("Another plan");
    REQUIRE(repository.replacePlan(other, {}, &error));
    CHECK(repository.planCount() == 2);
    const auto latest = repository.loadLatest(&error);
    REQUIRE(latest);
    CHECK(latest->plan == other);
    CHECK(latest->findings.isEmpty());
}

TEST_CASE("a quarter marked twice is stored once")
{
    Store store;
    PlanRepository repository(*store.database);
    Plan plan = samplePlan(QStringLiteral("plan.md"));
    plan.objectives[0].milestones[0].quarters = {{2022, 1}, {2022, 1}, {2022, 2}};
    QString error;
    REQUIRE(repository.replacePlan(plan, {}, &error));
    const auto stored = repository.loadLatest(&error);
    REQUIRE(stored);
    CHECK(stored->plan.objectives.at(0).milestones.at(0).quarters == QList<YearQuarter>{{2022, 1}, {2022, 2}});
}

TEST_CASE("a cancelled import leaves the database exactly as it was")
{
    Store store;
    PlanRepository repository(*store.database);
    QString error;
    REQUIRE(repository.replacePlan(samplePlan(QStringLiteral("plan.md")), sampleFindings(), &error));
    const auto before = repository.loadLatest(&error);
    REQUIRE(before);
    const QList<qint64> countsBefore = rowCounts(*store.database);

    Plan revised = samplePlan(QStringLiteral("plan.md"));
    revised.title = QStringLiteral("Never stored");
    int asked = 0;
    // Cancelled once the first objective is in: the old plan is already deleted by then.
    const auto cancelAfterFirstObjective = [&asked] { return ++asked > 1; };
    CHECK_FALSE(repository.replacePlan(revised, {}, &error, cancelAfterFirstObjective));
    CHECK(error == QStringLiteral("Import cancelled"));
    CHECK(asked == 2);

    CHECK(repository.planCount() == 1);
    CHECK(rowCounts(*store.database) == countsBefore);
    const auto after = repository.loadLatest(&error);
    REQUIRE(after);
    requireSameStoredPlan(*after, *before);

    // The connection is not left inside a transaction: the next import goes through.
    REQUIRE(repository.replacePlan(revised, {}, &error));
    CHECK(repository.loadLatest(&error)->plan.title == QStringLiteral("Never stored"));
}

TEST_CASE("a failure in the middle of an import leaves the previous plan intact")
{
    Store store;
    PlanRepository repository(*store.database);
    QString error;
    REQUIRE(repository.replacePlan(samplePlan(QStringLiteral("plan.md")), sampleFindings(), &error));
    const auto before = repository.loadLatest(&error);
    REQUIRE(before);
    const QList<qint64> countsBefore = rowCounts(*store.database);

    // Findings are written last, after the old plan is gone and the new objectives are in.
    REQUIRE(Statement::execute(store.database->handle(),
                               QStringLiteral("CREATE TEMP TRIGGER refuse_findings BEFORE INSERT ON main.findings "
                                              "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"),
                               &error));
    Plan revised = samplePlan(QStringLiteral("plan.md"));
    revised.title = QStringLiteral("Half imported");
    CHECK_FALSE(repository.replacePlan(revised, sampleFindings(), &error));
    CHECK(error.contains(QStringLiteral("injected failure")));

    CHECK(rowCounts(*store.database) == countsBefore);
    const auto after = repository.loadLatest(&error);
    REQUIRE(after);
    requireSameStoredPlan(*after, *before);

    REQUIRE(Statement::execute(store.database->handle(), QStringLiteral("DROP TRIGGER refuse_findings"), &error));
    CHECK(repository.replacePlan(revised, sampleFindings(), &error));
    CHECK(repository.loadLatest(&error)->plan.title == QStringLiteral("Half imported"));
}

TEST_CASE("a value the schema refuses fails the whole import")
{
    Store store;
    PlanRepository repository(*store.database);
    Plan plan = samplePlan(QStringLiteral("plan.md"));
    plan.objectives[2].milestones[0].quarters = {{2022, 0}}; // "no quarter" is not a mark
    QString error;
    CHECK_FALSE(repository.replacePlan(plan, sampleFindings(), &error));
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("CHECK constraint failed")));
    CHECK(repository.planCount() == 0);
    CHECK(rowCounts(*store.database) == QList<qint64>{0, 0, 0, 0, 0});
}

TEST_CASE("an import into a database another connection is writing fails cleanly")
{
    Store store;
    PlanRepository repository(*store.database);
    QString error;
    REQUIRE(repository.replacePlan(samplePlan(QStringLiteral("plan.md")), sampleFindings(), &error));
    const auto before = repository.loadLatest(&error);
    REQUIRE(before);

    auto other = Database::open(store.database->path(), &error);
    REQUIRE(other);
    // Short waits, so the test does not sit out the five-second busy timeout.
    REQUIRE(Statement::execute(store.database->handle(), QStringLiteral("PRAGMA busy_timeout = 50"), &error));
    {
        Transaction writing(other->handle());
        REQUIRE(writing.isActive());
        Plan revised = samplePlan(QStringLiteral("plan.md"));
        revised.title = QStringLiteral("Blocked");
        CHECK_FALSE(repository.replacePlan(revised, {}, &error));
        CHECK(error.contains(QStringLiteral("locked")));
    }
    const auto after = repository.loadLatest(&error);
    REQUIRE(after);
    requireSameStoredPlan(*after, *before);
}
