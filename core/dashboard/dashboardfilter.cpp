// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardfilter.h"

namespace milepost {

namespace {

constexpr DashboardFilter::Field allFields[] = {DashboardFilter::Field::LocalDistrict,
                                                DashboardFilter::Field::BoardDistrict, DashboardFilter::Field::School,
                                                DashboardFilter::Field::Source};

QString sourceName(DashboardFilter::Source source)
{
    switch (source) {
    case DashboardFilter::Source::Plan:
        return DashboardFilter::tr("the plan");
    case DashboardFilter::Source::Staffing:
        return DashboardFilter::tr("the staffing data");
    case DashboardFilter::Source::Enrollment:
        return DashboardFilter::tr("the enrollment data");
    case DashboardFilter::Source::CapitalProjects:
        break;
    }
    return DashboardFilter::tr("the capital projects");
}

} // namespace

bool DashboardFilter::filtersRows() const
{
    return !localDistrict.trimmed().isEmpty() || !boardDistrict.trimmed().isEmpty() || !school.trimmed().isEmpty()
        || !source.trimmed().isEmpty();
}

const QString &DashboardFilter::value(Field field) const
{
    switch (field) {
    case Field::LocalDistrict:
        return localDistrict;
    case Field::BoardDistrict:
        return boardDistrict;
    case Field::School:
        return school;
    case Field::Source:
        break;
    }
    return source;
}

bool DashboardFilter::applies(Field field, Source source)
{
    switch (source) {
    case Source::Plan:
        return false;
    case Source::Staffing:
    case Source::Enrollment:
        return field != Field::BoardDistrict;
    case Source::CapitalProjects:
        break;
    }
    return true;
}

QString DashboardFilter::fieldName(Field field)
{
    switch (field) {
    case Field::LocalDistrict:
        return tr("Local District");
    case Field::BoardDistrict:
        return tr("Board District");
    case Field::School:
        return tr("School");
    case Field::Source:
        break;
    }
    return tr("Source");
}

bool DashboardFilter::same(const QString &filter, const QString &value)
{
    const QString wanted = filter.trimmed();
    return wanted.isEmpty() || wanted.compare(value.trimmed(), Qt::CaseInsensitive) == 0;
}

bool DashboardFilter::matches(const StaffingRecord &record) const
{
    return same(localDistrict, record.localDistrict) && same(school, record.site) && same(source, record.source);
}

bool DashboardFilter::matches(const EnrollmentRecord &record) const
{
    return same(localDistrict, record.localDistrict) && same(school, record.school) && same(source, record.source);
}

bool DashboardFilter::matches(const CapitalProject &project) const
{
    return same(localDistrict, project.region) && same(boardDistrict, project.boardDistrict)
        && (same(school, project.schoolName) || same(school, project.siteCode)) && same(source, project.source);
}

QStringList DashboardFilter::describe(Source source) const
{
    QStringList lines;
    for (Field field : allFields) {
        const QString text = value(field).trimmed();
        if (!text.isEmpty() && applies(field, source))
            lines.append(tr("%1: %2", "filter field, value").arg(fieldName(field), text));
    }
    return lines;
}

QStringList DashboardFilter::notApplied(Source source) const
{
    QStringList lines;
    for (Field field : allFields) {
        if (!value(field).trimmed().isEmpty() && !applies(field, source))
            lines.append(tr("The %1 filter does not apply: %2 has no %1.", "field name, dataset")
                             .arg(fieldName(field), sourceName(source)));
    }
    return lines;
}

} // namespace milepost
