// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A database holding a small plan, for the progress tests: two objectives of the same title
// and subtitle, one with a milestone title twice, so that keys need their occurrences.
#include "catchcompat.h"

#include "store/database.h"
#include "store/planrepository.h"
#include "store/progressrepository.h"
#include "store/statement.h"
#include "testdatabase.h"

#include <QTemporaryDir>

#include <memory>

namespace milepost::test {

inline Milestone progressMilestone(const QString &title, const QString &start, const QString &end)
{
    Milestone milestone;
    milestone.title = title;
    milestone.start = PlanDate::parse(start);
    milestone.end = PlanDate::parse(end);
    return milestone;
}

inline Plan progressPlan()
{
    Objective first;
    first.title = QStringLiteral("Staffing Plan to Support Schools");
    first.subtitle = QStringLiteral("Certificated Employees");
    first.status = ObjectiveStatus::parse(QStringLiteral("In Progress"));
    first.milestones = {progressMilestone(QStringLiteral("Hiring fairs"), QStringLiteral("2024-01-15"), QStringLiteral("Q2-24")),
                        progressMilestone(QStringLiteral("Train mentors"), QStringLiteral("Feb 2024"), QStringLiteral("2024-05-31")),
                        progressMilestone(QStringLiteral("Hiring fairs"), QStringLiteral("Q3-24"), QStringLiteral("Q4-24"))};
    Objective second = first;
    second.phase = Phase::Act;
    second.milestones = {progressMilestone(QStringLiteral("Hiring fairs"), QStringLiteral("2024-03-01"), QStringLiteral("Ongoing"))};
    Plan plan;
    plan.title = QStringLiteral("Plan");
    plan.source = QStringLiteral("plan.txt");
    plan.objectives = {first, second};
    return plan;
}

struct ProgressStore
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<PlanRepository> plans;
    std::unique_ptr<ProgressRepository> progress;
    QList<qint64> ids; // the stored milestones' ids, in plan order

    explicit ProgressStore(const Plan &plan = progressPlan())
    {
        REQUIRE(dir.isValid());
        QString error;
        database = openTestDatabase(dir, QStringLiteral("progress.milepost"), &error);
        INFO(error.toStdString());
        REQUIRE(database);
        plans = std::make_unique<PlanRepository>(*database);
        progress = std::make_unique<ProgressRepository>(*database);
        REQUIRE(plans->replacePlan(plan, {}, &error));
        ids = storedIds();
    }

    QList<qint64> storedIds() const
    {
        QString error;
        const auto stored = plans->loadLatest(&error);
        REQUIRE(stored);
        QList<qint64> result;
        for (const QList<qint64> &objective : stored->milestoneIds)
            result += objective;
        return result;
    }

    qint64 count(const QString &table) const
    {
        Statement statement(database->handle(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
        REQUIRE(statement.step() == Statement::Result::Row);
        return statement.columnInt64(0);
    }
};

// An update of one milestone by "Ana" as of day, at the version it has now.
inline ProgressUpdate progressUpdate(ProgressRepository &progress, qint64 milestoneId, const QDate &asOf,
                                     const QMap<ProgressField::Id, QString> &values, const QString &note = {})
{
    QString error;
    const auto current = progress.current(milestoneId, &error);
    INFO(error.toStdString());
    REQUIRE(current);
    ProgressUpdate update;
    update.milestoneId = milestoneId;
    update.expectedVersion = current->version;
    update.asOf = asOf;
    update.enteredBy = QStringLiteral("Ana");
    update.note = note;
    update.values = values;
    return update;
}

// Records it, requiring that it is stored.
inline ProgressRepository::RecordResult recordProgress(ProgressRepository &progress, qint64 milestoneId, const QDate &asOf,
                                                       const QMap<ProgressField::Id, QString> &values,
                                                       const QString &note = {})
{
    const auto result = progress.record(progressUpdate(progress, milestoneId, asOf, values, note), QDate(2024, 12, 31));
    INFO(result.error().toStdString());
    REQUIRE(result.outcome == ProgressRepository::RecordResult::Outcome::Recorded);
    return result;
}

} // namespace milepost::test
