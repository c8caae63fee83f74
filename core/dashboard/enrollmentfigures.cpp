// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrollmentfigures.h"

#include "schoolyear.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace milepost {

namespace {

using Unit = EnrollmentRecord::Unit;

QString norm(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

QString yearKey(int year)
{
    return QString::number(year);
}

// Of rows at one level (all of one school, or of the Local District itself), the ones to add:
// the first all-grades row when there is one, else the first row of each grade.
void pickWithinLevel(const QList<EnrollmentRecord> &records, const QList<int> &rows, QSet<int> &used,
                     QList<EnrollmentFigures::Exclusion> &excluded)
{
    int allGrades = -1;
    for (int row : rows) {
        if (records.at(row).grade.trimmed().isEmpty()) {
            allGrades = row;
            break;
        }
    }
    if (allGrades >= 0) {
        used.insert(allGrades);
        for (int row : rows) {
            if (row == allGrades)
                continue;
            const EnrollmentFigures::Why why = records.at(row).grade.trimmed().isEmpty()
                ? EnrollmentFigures::Why::SameStudents
                : EnrollmentFigures::Why::AllGradesRow;
            excluded.append({row, EnrollmentFigures::reason(why, records.at(allGrades).sourceLine)});
        }
        return;
    }
    QHash<QString, int> byGrade;
    for (int row : rows) {
        const QString grade = norm(records.at(row).grade);
        if (const auto first = byGrade.constFind(grade); first != byGrade.constEnd()) {
            excluded.append({row, EnrollmentFigures::reason(EnrollmentFigures::Why::SameStudents, records.at(*first).sourceLine)});
            continue;
        }
        byGrade.insert(grade, row);
        used.insert(row);
    }
}

// rows all have the same school year, Local District, program and unit.
void pickScope(const QList<EnrollmentRecord> &records, const QList<int> &rows, QSet<int> &used,
               QList<EnrollmentFigures::Exclusion> &excluded)
{
    QList<int> own;
    QStringList schools;
    QHash<QString, QList<int>> bySchool;
    for (int row : rows) {
        const QString school = norm(records.at(row).school);
        if (school.isEmpty()) {
            own.append(row);
        } else {
            if (!bySchool.contains(school))
                schools.append(school);
            bySchool[school].append(row);
        }
    }
    if (!own.isEmpty()) {
        pickWithinLevel(records, own, used, excluded);
        const int first = own.constFirst();
        for (const QString &school : schools) {
            for (int row : bySchool.value(school))
                excluded.append({row, EnrollmentFigures::reason(EnrollmentFigures::Why::DistrictRow, records.at(first).sourceLine)});
        }
        return;
    }
    for (const QString &school : schools)
        pickWithinLevel(records, bySchool.value(school), used, excluded);
}

} // namespace

QString EnrollmentFigures::programKey(const QString &program)
{
    return norm(program);
}

QString EnrollmentFigures::defaultProgram(const QList<EnrollmentRecord> &records, const DashboardFilter &filter)
{
    QHash<QString, int> rowsPerProgram;
    QStringList order;
    for (const EnrollmentRecord &record : records) {
        if (!filter.matches(record) || record.unit != Unit::Students)
            continue;
        const QString key = programKey(record.program);
        if (key == QLatin1String("all"))
            return key;
        if (!rowsPerProgram.contains(key))
            order.append(key);
        ++rowsPerProgram[key];
    }
    QString best;
    for (const QString &key : order) {
        if (best.isEmpty() || rowsPerProgram.value(key) > rowsPerProgram.value(best))
            best = key;
    }
    return best;
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
    EnrollmentFigures figures;
    figures.program = program.isEmpty() ? defaultProgram(records, filter) : programKey(program);

    // Rows by scope: school year, Local District, program, unit.
    QMap<int, QList<int>> rowsByYear;
    QStringList scopes;
    QHash<QString, QList<int>> rowsByScope;
    QHash<int, int> yearOfRow;
    for (int row = 0; row < records.size(); ++row) {
        const EnrollmentRecord &record = records.at(row);
        if (!filter.matches(record))
            continue;
        const int year = record.schoolYear.isValid()
            ? SchoolYear::holding(record.schoolYear.first(), record.schoolYear.last())
            : 0;
        if (year == 0) {
            figures.notCounted.append({row, reason(Why::UnreadableYear, 0)});
            continue;
        }
        yearOfRow.insert(row, year);
        rowsByYear[year].append(row);
        const QString scope = yearKey(year) + QChar(0x1F) + norm(record.localDistrict) + QChar(0x1F)
            + programKey(record.program) + QChar(0x1F) + (record.unit == Unit::Students ? QLatin1Char('s') : QLatin1Char('c'));
        if (!rowsByScope.contains(scope))
            scopes.append(scope);
        rowsByScope[scope].append(row);
        figures.programs.append({programKey(record.program), record.program.trimmed()});
    }
    // One label per program, by name.
    std::stable_sort(figures.programs.begin(), figures.programs.end(),
                     [](const Breakdown::Label &a, const Breakdown::Label &b) { return a.key < b.key; });
    figures.programs.erase(std::unique(figures.programs.begin(), figures.programs.end(),
                                       [](const Breakdown::Label &a, const Breakdown::Label &b) { return a.key == b.key; }),
                           figures.programs.end());
    std::stable_sort(figures.programs.begin(), figures.programs.end(),
                     [](const Breakdown::Label &a, const Breakdown::Label &b) { return a.text.localeAwareCompare(b.text) < 0; });

    QSet<int> used;
    for (const QString &scope : scopes)
        pickScope(records, rowsByScope.value(scope), used, figures.notCounted);

    QList<int> sortedUsed(used.cbegin(), used.cend());
    std::sort(sortedUsed.begin(), sortedUsed.end());
    figures.schoolYears = rowsByYear.keys();
    const int asOfYear = SchoolYear::of(filter.asOf);
    for (int row : sortedUsed) {
        const EnrollmentRecord &record = records.at(row);
        const int year = yearOfRow.value(row);
        if (asOfYear != 0 && year > asOfYear)
            continue;
        if (record.unit == Unit::Classrooms)
            figures.classroomsYear = std::max(figures.classroomsYear, year);
        else if (programKey(record.program) == figures.program)
            figures.schoolYear = std::max(figures.schoolYear, year);
    }

    // Trends run over the years with student counts; classroom counts have their own chart.
    QList<int> studentYears;
    for (int row : sortedUsed) {
        if (records.at(row).unit == Unit::Students && !studentYears.contains(yearOfRow.value(row)))
            studentYears.append(yearOfRow.value(row));
    }
    std::sort(studentYears.begin(), studentYears.end());
    QList<Breakdown::Label> years;
    for (int year : studentYears)
        years.append({yearKey(year), SchoolYear::text(year)});
    QString programName;
    for (const Breakdown::Label &label : figures.programs) {
        if (label.key == figures.program)
            programName = label.text;
    }
    const QString students = QStringLiteral("students");
    figures.totalsByYear = Breakdown(years, {{figures.program, programName}});
    figures.trendByDistrict = Breakdown(years, {});
    figures.trendByProgram = Breakdown(years, {});
    figures.byDistrict = Breakdown({}, {{figures.program, programName}});
    figures.byProgram = Breakdown({}, {{students, tr("Students")}});
    figures.classroomsByProgram = Breakdown({}, {{QStringLiteral("classrooms"), tr("Classrooms")}});

    for (int row : sortedUsed) {
        const EnrollmentRecord &record = records.at(row);
        const int year = yearOfRow.value(row);
        const int yearColumn = figures.totalsByYear.categoryIndex(yearKey(year));
        const bool sample = record.illustrative;
        const QString key = programKey(record.program);
        const bool current = year == figures.schoolYear;
        if (record.unit == Unit::Classrooms) {
            if (year == figures.classroomsYear)
                figures.classroomsByProgram.at(0, figures.classroomsByProgram.addCategory({key, record.program.trimmed()}))
                    .add(record.count, row, sample);
            continue;
        }
        figures.trendByProgram.at(figures.trendByProgram.addSeries({key, record.program.trimmed()}), yearColumn)
            .add(record.count, row, sample);
        if (current)
            figures.byProgram.at(0, figures.byProgram.addCategory({key, record.program.trimmed()})).add(record.count, row, sample);
        if (key != figures.program)
            continue;
        figures.totalsByYear.at(0, yearColumn).add(record.count, row, sample);
        const Breakdown::Label district{norm(record.localDistrict), record.localDistrict.trimmed()};
        figures.trendByDistrict.at(figures.trendByDistrict.addSeries(district), yearColumn).add(record.count, row, sample);
        if (current) {
            figures.total.add(record.count, row, sample);
            figures.byDistrict.at(0, figures.byDistrict.addCategory(district)).add(record.count, row, sample);
        } else if (year == figures.schoolYear - 1) {
            figures.previousTotal.add(record.count, row, sample);
        }
    }
    // Like for like: the Local Districts with the program's students in both years.
    const int current = figures.trendByDistrict.categoryIndex(yearKey(figures.schoolYear));
    const int previous = figures.trendByDistrict.categoryIndex(yearKey(figures.schoolYear - 1));
    if (current >= 0 && previous >= 0) {
        for (int series = 0; series < figures.trendByDistrict.seriesCount(); ++series) {
            const Figure &now = figures.trendByDistrict.at(series, current);
            const Figure &before = figures.trendByDistrict.at(series, previous);
            if (now.isEmpty() || before.isEmpty())
                continue;
            figures.comparableTotal.merge(now);
            figures.comparablePreviousTotal.merge(before);
        }
    }
    figures.byDistrict.sortCategoriesByKey();
    figures.trendByDistrict.sortSeriesByKey();
    figures.byProgram.sortCategoriesByTotal();
    figures.classroomsByProgram.sortCategoriesByTotal();
    std::sort(figures.notCounted.begin(), figures.notCounted.end(),
              [](const Exclusion &a, const Exclusion &b) { return a.row < b.row; });
    for (const Exclusion &excluded : std::as_const(figures.notCounted))
        figures.notAdded.add(1, excluded.row, records.at(excluded.row).illustrative);
    // Where the rows of each figure come from, now that every figure lists them.
    const auto source = [&](int row) { return records.at(row).source; };
    for (Figure *figure : {&figures.total, &figures.previousTotal, &figures.comparableTotal,
                           &figures.comparablePreviousTotal, &figures.notAdded})
        figure->nameSources(source);
    for (Breakdown *breakdown : {&figures.totalsByYear, &figures.trendByDistrict, &figures.trendByProgram,
                                 &figures.byDistrict, &figures.byProgram, &figures.classroomsByProgram})
        breakdown->nameSources(source);
    return figures;
}

} // namespace milepost
