// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrollmentfigures.h"

#include "enrollmentrules.h"

namespace milepost {

namespace {

QString norm(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

} // namespace

QString EnrollmentFigures::programKey(const QString &program)
{
    return norm(program);
}

QString EnrollmentFigures::defaultProgram(const QList<EnrollmentRecord> &records, const DashboardFilter &filter)
{
    return EnrollmentRules::defaultProgram(records, filter);
}

QString EnrollmentFigures::reason(Why why, qint64 line)
{
    switch (why) {
    case Why::UnreadableYear:
        return tr("Its school year could not be read as one school year.");
    case Why::SameStudents:
        return tr("Line %1 counts the same students.").arg(line);
    case Why::AllGradesRow:
        return tr("The all-grades count on line %1 stands for its grades.").arg(line);
    case Why::DistrictRow:
        break;
    }
    return tr("The Local District’s own count (line %1) stands for its schools.").arg(line);
}

std::optional<qint64> EnrollmentFigures::change() const
{
    if (comparableTotal.isEmpty())
        return std::nullopt;
    return comparableTotal.value - comparablePreviousTotal.value;
}

std::optional<double> EnrollmentFigures::changeRatio() const
{
    const std::optional<qint64> difference = change();
    if (!difference || comparablePreviousTotal.value == 0)
        return std::nullopt;
    return double(*difference) / double(comparablePreviousTotal.value);
}

EnrollmentFigures EnrollmentFigures::compute(const QList<EnrollmentRecord> &records, const DashboardFilter &filter,
                                             const QString &program)
{
    return EnrollmentRules::compute(records, filter, program);
}

} // namespace milepost
