// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalprojectrows.h"

#include "statement.h"

namespace milepost {

namespace {

Applicable<QDate> applicableDate(const Statement &statement, int column)
{
    if (!statement.columnIsNull(column + 1))
        return Applicable<QDate>::notApplicable(statement.columnText(column + 1));
    if (statement.columnIsNull(column))
        return {};
    return Applicable<QDate>::known(QDate::fromJulianDay(statement.columnInt64(column)));
}

template<typename T, typename Make>
Applicable<T> applicableNumber(const Statement &statement, int column, Make make)
{
    if (!statement.columnIsNull(column + 1))
        return Applicable<T>::notApplicable(statement.columnText(column + 1));
    if (statement.columnIsNull(column))
        return {};
    return Applicable<T>::known(make(statement.columnInt64(column)));
}

} // namespace

qint64 CapitalProjectRows::idAt(const Statement &statement)
{
    return statement.columnInt64(0);
}

QString CapitalProjectRows::projectColumns()
{
    return QStringLiteral("id, record_key, site_code, school_name, region, board_district, project_type, description, "
                          "funding, funding_code, source_line, (SELECT name FROM dataset_sources s WHERE s.id = source_id)");
}

CapitalProject CapitalProjectRows::project(const Statement &statement)
{
    CapitalProject project;
    project.key = statement.columnText(1).replace(QLatin1Char('\x1F'), QStringLiteral(" | "));
    project.siteCode = statement.columnText(2);
    project.schoolName = statement.columnText(3);
    project.region = statement.columnText(4);
    project.boardDistrict = statement.columnText(5);
    project.projectType = statement.columnText(6);
    project.description = statement.columnText(7);
    if (!statement.columnIsNull(9))
        project.funding = Applicable<QStringList>::notApplicable(statement.columnText(9));
    else if (!statement.columnIsNull(8))
        project.funding = Applicable<QStringList>::known(statement.columnText(8).split(QStringLiteral(", ")));
    project.sourceLine = statement.columnInt64(10);
    project.source = statement.columnText(11);
    return project;
}

QString CapitalProjectRows::phaseColumns()
{
    return QStringLiteral("project_id, phase, occurrence, status, planned_start, planned_start_code, planned_end, "
                          "planned_end_code, actual_start, actual_start_code, actual_end, actual_end_code, budget, "
                          "budget_code, estimate, estimate_code, spent, spent_code, percent_complete, "
                          "percent_complete_code, illustrative, note, source_line, planned_start_precision, "
                          "planned_end_precision, actual_start_precision, actual_end_precision");
}

CapitalPhase CapitalProjectRows::phase(const Statement &statement)
{
    const auto money = [](qint64 cents) { return Money::fromCents(cents); };
    const auto same = [](qint64 value) { return value; };
    CapitalPhase phase;
    phase.name = statement.columnText(1);
    phase.occurrence = int(statement.columnInt64(2));
    phase.status = statement.columnText(3);
    phase.plannedStart = applicableDate(statement, 4);
    phase.plannedEnd = applicableDate(statement, 6);
    phase.actualStart = applicableDate(statement, 8);
    phase.actualEnd = applicableDate(statement, 10);
    phase.budget = applicableNumber<Money>(statement, 12, money);
    phase.estimateAtCompletion = applicableNumber<Money>(statement, 14, money);
    phase.spent = applicableNumber<Money>(statement, 16, money);
    phase.percentComplete = applicableNumber<qint64>(statement, 18, same);
    phase.illustrative = statement.columnInt64(20) != 0;
    phase.note = statement.columnText(21);
    phase.sourceLine = statement.columnInt64(22);
    phase.plannedStartPrecision = DatePrecisions::fromStorageKey(statement.columnUtf8(23));
    phase.plannedEndPrecision = DatePrecisions::fromStorageKey(statement.columnUtf8(24));
    phase.actualStartPrecision = DatePrecisions::fromStorageKey(statement.columnUtf8(25));
    phase.actualEndPrecision = DatePrecisions::fromStorageKey(statement.columnUtf8(26));
    return phase;
}

} // namespace milepost
