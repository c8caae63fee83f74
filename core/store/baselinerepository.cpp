// SPDX-License-Identifier: GPL-3.0-or-later
#include "baselinerepository.h"

#include "database.h"
#include "statement.h"
#include "transaction.h"

namespace milepost {

namespace {

void bindDay(Statement &statement, int index, const QDate &day)
{
    if (day.isValid())
        statement.bindText(index, day.toString(Qt::ISODate));
    else
        statement.bindNull(index);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

BaselineRepository::BaselineRepository(Database &database)
    : m_database(database)
{
}

bool BaselineRepository::keepImported(Connection *db, qint64 planId, const QString &planSource, QString *error)
{
    Statement baseline(db, QStringLiteral("INSERT INTO plan_baselines (plan_source, name, taken_at, taken_by) "
                                          "SELECT ?1, ?2, ?3, '' WHERE NOT EXISTS "
                                          "(SELECT 1 FROM plan_baselines WHERE plan_source = ?1 AND name = ?2)"));
    baseline.bindText(1, planSource);
    baseline.bindText(2, Baseline::importedName());
    baseline.bindText(3, now());
    Statement milestones(db, QStringLiteral("INSERT INTO baseline_milestones (baseline_id, milestone_id, start_first, end_last) "
                                            "SELECT b.id, m.key_id, m.start_first, m.end_last FROM milestones m "
                                            "JOIN objectives o ON o.id = m.objective_id "
                                            "JOIN plan_baselines b ON b.plan_source = ?2 AND b.name = ?3 "
                                            "WHERE o.plan_id = ?1 AND NOT EXISTS (SELECT 1 FROM baseline_milestones x "
                                            "WHERE x.baseline_id = b.id AND x.milestone_id = m.key_id)"));
    milestones.bindInt64(1, planId);
    milestones.bindText(2, planSource);
    milestones.bindText(3, Baseline::importedName());
    for (Statement *statement : {&baseline, &milestones}) {
        if (!statement->run()) {
            *error = statement->error();
            return false;
        }
    }
    return true;
}

bool BaselineRepository::take(const Plan &plan, const QList<QList<qint64>> &milestoneIds, const QString &name,
                              const QString &takenBy, QString *error, qint64 *id)
{
    const QString trimmed = name.simplified();
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (trimmed.isEmpty())
        return fail(tr("a baseline needs a name"));
    if (QString prepareError; !m_database.prepareForChange({}, &prepareError))
        return fail(prepareError);
    Connection *db = m_database.handle();
    Transaction transaction(db);
    if (!transaction.isActive())
        return fail(transaction.error());
    Statement taken(db, QStringLiteral("SELECT 1 FROM plan_baselines WHERE plan_source = ?1 AND name = ?2"));
    taken.bindText(1, plan.source);
    taken.bindText(2, trimmed);
    switch (taken.step()) {
    case Statement::Result::Row:
        return fail(tr("the plan already has a baseline named “%1”").arg(trimmed));
    case Statement::Result::Error:
        return fail(taken.error());
    case Statement::Result::Done:
        break;
    }
    Statement insert(db, QStringLiteral("INSERT INTO plan_baselines (plan_source, name, taken_at, taken_by) "
                                        "VALUES (?1, ?2, ?3, ?4)"));
    insert.bindText(1, plan.source);
    insert.bindText(2, trimmed);
    insert.bindText(3, now());
    insert.bindText(4, takenBy);
    if (!insert.run())
        return fail(insert.error());
    const qint64 baselineId = insert.lastInsertRowId();
    Statement insertDates(db, QStringLiteral("INSERT INTO baseline_milestones (baseline_id, milestone_id, start_first, end_last) "
                                             "VALUES (?1, ?2, ?3, ?4)"));
    for (qsizetype o = 0; o < plan.objectives.size(); ++o) {
        for (qsizetype m = 0; m < plan.objectives.at(o).milestones.size(); ++m) {
            const qint64 milestoneId = milestoneIds.value(o).value(m);
            if (milestoneId == 0)
                continue;
            const BaselineDates dates = BaselineDates::of(plan.objectives.at(o).milestones.at(m));
            insertDates.reset();
            insertDates.bindInt64(1, baselineId);
            insertDates.bindInt64(2, milestoneId);
            bindDay(insertDates, 3, dates.start);
            bindDay(insertDates, 4, dates.end);
            if (!insertDates.run())
                return fail(insertDates.error());
        }
    }
    if (!transaction.commit())
        return fail(transaction.error());
    if (id)
        *id = baselineId;
    return true;
}

std::optional<QList<Baseline>> BaselineRepository::baselines(const QString &planSource, QString *error) const
{
    Statement select(m_database.handle(), QStringLiteral("SELECT id, plan_source, name, taken_at, taken_by FROM plan_baselines "
                                                         "WHERE plan_source = ?1 ORDER BY id"));
    select.bindText(1, planSource);
    QList<Baseline> list;
    Statement::Result row;
    while ((row = select.step()) == Statement::Result::Row) {
        list.append({select.columnInt64(0), select.columnText(1), select.columnText(2),
                     QDateTime::fromString(select.columnText(3), Qt::ISODateWithMs), select.columnText(4)});
    }
    if (row == Statement::Result::Error) {
        if (error)
            *error = select.error();
        return std::nullopt;
    }
    return list;
}

std::optional<QHash<qint64, BaselineDates>> BaselineRepository::dates(qint64 baselineId, QString *error) const
{
    Statement select(m_database.handle(), QStringLiteral("SELECT milestone_id, start_first, end_last FROM baseline_milestones "
                                                         "WHERE baseline_id = ?1"));
    select.bindInt64(1, baselineId);
    QHash<qint64, BaselineDates> result;
    Statement::Result row;
    while ((row = select.step()) == Statement::Result::Row) {
        result.insert(select.columnInt64(0), {QDate::fromString(select.columnText(1), Qt::ISODate),
                                              QDate::fromString(select.columnText(2), Qt::ISODate)});
    }
    if (row == Statement::Result::Error) {
        if (error)
            *error = select.error();
        return std::nullopt;
    }
    return result;
}

} // namespace milepost
