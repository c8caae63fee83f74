// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetschema.h"

namespace milepost {

namespace {

using Kind = DatasetField::Kind;
using Level = DatasetField::Level;

QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list)
        result.append(QString::fromUtf8(word));
    return result;
}

DatasetField field(const char *key, const char *csvName, Kind kind, bool required, bool inKey,
                   std::initializer_list<const char *> aliases, Level level = Level::Record, bool codes = false)
{
    DatasetField result;
    result.key = key;
    result.csvName = csvName;
    result.kind = kind;
    result.required = required;
    result.inKey = inKey;
    result.codes = codes;
    result.level = level;
    result.aliases = words(aliases);
    return result;
}

DatasetField spanEnd(DatasetField field)
{
    field.spanEnd = true;
    return field;
}

DatasetField illustrativeField(Level level = Level::Record)
{
    return field("illustrative", QT_TRANSLATE_NOOP("DatasetSchema", "Illustrative"), Kind::Flag, false, false,
                 {"sample", "sample data", "invented"}, level);
}

DatasetField noteField(Level level = Level::Record)
{
    return field("note", QT_TRANSLATE_NOOP("DatasetSchema", "Note"), Kind::Text, false, false,
                 {"notes", "comment", "comments", "source note"}, level);
}

QList<DatasetField> staffingFields()
{
    DatasetField group = field("employee_group", QT_TRANSLATE_NOOP("DatasetSchema", "Employee Group"), Kind::Choice,
                               true, true, {"group", "employee type", "staff type", "employee class"});
    group.choices = {{"certificated", words({"cert", "certified"})}, {"classified", words({"class"})}};
    return {
        field("period", QT_TRANSLATE_NOOP("DatasetSchema", "Period"), Kind::Period, true, true,
              {"school year", "year", "fiscal year", "reporting period"}),
        field("local_district", QT_TRANSLATE_NOOP("DatasetSchema", "Local District"), Kind::Text, true, true,
              {"ld", "region", "district"}),
        field("site", QT_TRANSLATE_NOOP("DatasetSchema", "Site"), Kind::Text, false, true,
              {"school", "school name", "location", "site name"}),
        group,
        field("job_category", QT_TRANSLATE_NOOP("DatasetSchema", "Job Category"), Kind::Text, true, true,
              {"category", "job", "job title", "position", "classification"}),
        field("positions", QT_TRANSLATE_NOOP("DatasetSchema", "Positions"), Kind::Integer, false, false,
              {"budgeted positions", "authorized positions", "positions budgeted"}),
        field("vacancies", QT_TRANSLATE_NOOP("DatasetSchema", "Vacancies"), Kind::Integer, false, false,
              {"open positions", "vacant", "vacant positions"}),
        field("hires", QT_TRANSLATE_NOOP("DatasetSchema", "Hires"), Kind::Integer, false, false,
              {"new hires", "hired", "vacancies filled"}),
        illustrativeField(),
        noteField(),
    };
}

QList<DatasetField> enrollmentFields()
{
    DatasetField unit = field("unit", QT_TRANSLATE_NOOP("DatasetSchema", "Unit"), Kind::Choice, false, true,
                              {"counted", "measure", "count of"});
    unit.choices = {{"students", words({"student", "enrollment", "pupils"})},
                    {"classrooms", words({"classroom", "classes", "programs"})}};
    // An enrollment count is of students unless the file says otherwise.
    unit.defaultValue = "students";
    return {
        field("school_year", QT_TRANSLATE_NOOP("DatasetSchema", "School Year"), Kind::SchoolYear, true, true,
              {"year", "academic year", "sy"}),
        field("local_district", QT_TRANSLATE_NOOP("DatasetSchema", "Local District"), Kind::Text, true, true,
              {"ld", "region", "district"}),
        field("school", QT_TRANSLATE_NOOP("DatasetSchema", "School"), Kind::Text, false, true,
              {"school name", "site", "site name"}),
        field("program", QT_TRANSLATE_NOOP("DatasetSchema", "Program"), Kind::Text, true, true,
              {"program name", "program type"}),
        field("grade", QT_TRANSLATE_NOOP("DatasetSchema", "Grade"), Kind::Text, false, true,
              {"grade level", "grades"}),
        unit,
        field("count", QT_TRANSLATE_NOOP("DatasetSchema", "Count"), Kind::Integer, true, false,
              {"enrollment", "students", "number", "# of students", "number of students", "total"}),
        illustrativeField(),
        noteField(),
    };
}

QList<DatasetField> capitalFields()
{
    const Level project = Level::Project;
    const Level phase = Level::Phase;
    return {
        field("project_key", QT_TRANSLATE_NOOP("DatasetSchema", "Project Key"), Kind::Text, false, true,
              {"project id", "project number", "project no", "project #", "key"}, project),
        field("site_code", QT_TRANSLATE_NOOP("DatasetSchema", "Site Code"), Kind::Text, false, false,
              {"project building identifier", "building identifier", "building id", "site id", "location code",
               "cost center"},
              project),
        field("school_name", QT_TRANSLATE_NOOP("DatasetSchema", "School Name"), Kind::Text, false, false,
              {"project school name", "school", "site name", "site"}, project),
        field("region", QT_TRANSLATE_NOOP("DatasetSchema", "Region"), Kind::Text, false, false,
              {"project geographic district", "geographic district", "local district", "ld"}, project),
        field("board_district", QT_TRANSLATE_NOOP("DatasetSchema", "Board District"), Kind::Text, false, false,
              {"bd", "board member district"}, project),
        field("project_type", QT_TRANSLATE_NOOP("DatasetSchema", "Project Type"), Kind::Text, false, false,
              {"type", "program"}, project),
        field("description", QT_TRANSLATE_NOOP("DatasetSchema", "Description"), Kind::Text, false, false,
              {"project description", "project name", "scope", "project title"}, project),
        field("funding", QT_TRANSLATE_NOOP("DatasetSchema", "Funding"), Kind::TextList, false, false,
              {"dsf number(s)", "dsf numbers", "dsf number", "funding references", "funding source",
               "funding sources"},
              project, true),
        field("phase", QT_TRANSLATE_NOOP("DatasetSchema", "Phase"), Kind::Text, true, true,
              {"project phase name", "phase name"}, phase),
        field("status", QT_TRANSLATE_NOOP("DatasetSchema", "Status"), Kind::Text, false, false,
              {"project status name", "phase status", "status name"}, phase),
        field("planned_start", QT_TRANSLATE_NOOP("DatasetSchema", "Planned Start"), Kind::Date, false, false,
              {"project phase planned start date", "planned start date"}, phase, true),
        spanEnd(field("planned_end", QT_TRANSLATE_NOOP("DatasetSchema", "Planned End"), Kind::Date, false, false,
                      {"project phase planned end date", "planned end date", "planned completion"}, phase, true)),
        field("actual_start", QT_TRANSLATE_NOOP("DatasetSchema", "Actual Start"), Kind::Date, false, false,
              {"project phase actual start date", "actual start date", "start date"}, phase, true),
        spanEnd(field("actual_end", QT_TRANSLATE_NOOP("DatasetSchema", "Actual End"), Kind::Date, false, false,
                      {"project phase actual end date", "actual end date", "actual completion"}, phase, true)),
        field("budget", QT_TRANSLATE_NOOP("DatasetSchema", "Budget"), Kind::Money, false, false,
              {"project budget amount", "budget amount", "phase budget"}, phase, true),
        field("estimate", QT_TRANSLATE_NOOP("DatasetSchema", "Estimate at Completion"), Kind::Money, false, false,
              {"final estimate of actual costs through end of phase amount", "eac", "estimate",
               "forecast at completion"},
              phase, true),
        field("spent", QT_TRANSLATE_NOOP("DatasetSchema", "Spent"), Kind::Money, false, false,
              {"total phase actual spending amount", "actual spending", "expenditures", "spent to date"}, phase,
              true),
        field("percent_complete", QT_TRANSLATE_NOOP("DatasetSchema", "Percent Complete"), Kind::Percent, false,
              false, {"% complete", "percent", "progress"}, phase, true),
        illustrativeField(phase),
        noteField(phase),
    };
}

} // namespace

const QList<DatasetField> &DatasetSchema::fields(Dataset::Id dataset)
{
    static const QList<DatasetField> staffing = staffingFields();
    static const QList<DatasetField> enrollment = enrollmentFields();
    static const QList<DatasetField> capital = capitalFields();
    switch (dataset) {
    case Dataset::Staffing:
        return staffing;
    case Dataset::Enrollment:
        return enrollment;
    case Dataset::CapitalProjects:
        break;
    }
    return capital;
}

int DatasetSchema::indexOf(Dataset::Id dataset, const QString &key)
{
    const QList<DatasetField> &list = fields(dataset);
    for (int i = 0; i < list.size(); ++i) {
        if (key == QLatin1String(list.at(i).key))
            return i;
    }
    return -1;
}

const DatasetField *DatasetSchema::field(Dataset::Id dataset, const QString &key)
{
    const int index = indexOf(dataset, key);
    return index < 0 ? nullptr : &fields(dataset).at(index);
}

QStringList DatasetSchema::csvHeader(Dataset::Id dataset)
{
    QStringList header;
    for (const DatasetField &entry : fields(dataset))
        header.append(QString::fromUtf8(entry.csvName));
    return header;
}

} // namespace milepost
