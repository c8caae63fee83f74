// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetrecordrows.h"

#include "statement.h"

#include <QDate>

namespace milepost {

namespace {

QDate dateAt(const Statement &statement, int column)
{
    return QDate::fromString(statement.columnText(column), Qt::ISODate);
}

std::optional<qint64> optionalInt(const Statement &statement, int column)
{
    if (statement.columnIsNull(column))
        return std::nullopt;
    return statement.columnInt64(column);
}

// A period stored with its first and last day: unreadable when they no longer agree.
Period periodAt(const Statement &statement, int column)
{
    const Period period = Period::parse(statement.columnText(column));
    return period.first() == dateAt(statement, column + 1) && period.last() == dateAt(statement, column + 2) ? period
                                                                                                           : Period();
}

} // namespace

Period DatasetRecordRows::period(const Statement &statement, int column)
{
    return periodAt(statement, column);
}

QString DatasetRecordRows::staffingColumns()
{
    return QStringLiteral("period, period_first, period_last, local_district, site, employee_group, job_category, "
                          "positions, vacancies, hires, illustrative, note, source_line, "
                          "(SELECT name FROM dataset_sources s WHERE s.id = source_id)");
}

StaffingRecord DatasetRecordRows::staffing(const Statement &statement, int first)
{
    StaffingRecord record;
    record.period = periodAt(statement, first);
    record.localDistrict = statement.columnText(first + 3);
    record.site = statement.columnText(first + 4);
    record.employeeGroup = statement.columnText(first + 5) == QLatin1String("classified")
        ? StaffingRecord::EmployeeGroup::Classified
        : StaffingRecord::EmployeeGroup::Certificated;
    record.jobCategory = statement.columnText(first + 6);
    record.positions = optionalInt(statement, first + 7);
    record.vacancies = optionalInt(statement, first + 8);
    record.hires = optionalInt(statement, first + 9);
    record.illustrative = statement.columnInt64(first + 10) != 0;
    record.note = statement.columnText(first + 11);
    record.sourceLine = statement.columnInt64(first + 12);
    record.source = statement.columnText(first + 13);
    return record;
}

QString DatasetRecordRows::enrollmentColumns()
{
    return QStringLiteral("school_year, school_year_first, school_year_last, local_district, school, program, grade, "
                          "unit, count, illustrative, note, source_line, "
                          "(SELECT name FROM dataset_sources s WHERE s.id = source_id)");
}

EnrollmentRecord DatasetRecordRows::enrollment(const Statement &statement, int first)
{
    EnrollmentRecord record;
    record.schoolYear = periodAt(statement, first);
    record.localDistrict = statement.columnText(first + 3);
    record.school = statement.columnText(first + 4);
    record.program = statement.columnText(first + 5);
    record.grade = statement.columnText(first + 6);
    record.unit = statement.columnText(first + 7) == QLatin1String("classrooms") ? EnrollmentRecord::Unit::Classrooms
                                                                                 : EnrollmentRecord::Unit::Students;
    record.count = statement.columnInt64(first + 8);
    record.illustrative = statement.columnInt64(first + 9) != 0;
    record.note = statement.columnText(first + 10);
    record.sourceLine = statement.columnInt64(first + 11);
    record.source = statement.columnText(first + 12);
    return record;
}

QString DatasetRecordRows::listOrder()
{
    return QStringLiteral("source_id, source_line, id");
}

} // namespace milepost
