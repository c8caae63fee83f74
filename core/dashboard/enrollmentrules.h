// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfilter.h"
#include "enrollmentfigures.h"
#include "foldedtexts.h"
#include "schoolyear.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <algorithm>
#include <utility>
#include <vector>

namespace milepost {

// EnrollmentFigures::compute()'s rules over any list of rows: records.size() rows, and
// records.at(row) a row with EnrollmentRecord's members (an EnrollmentRecord, or a view of a
// row the store read without making it one: EnrollmentFiguresQuery). Texts are compared by the
// numbers of their folded keys (FoldedTexts), and the reasons' texts are shared by the rows
// under one row, so that a district's full history costs one pass and little memory.
class EnrollmentRules final
{
public:
    template<typename Records>
    static QString defaultProgram(const Records &records, const DashboardFilter &filter)
    {
        FoldedTexts programs;
        QList<int> rowsPerProgram;
        QList<int> order;
        for (int row = 0; row < int(records.size()); ++row) {
            const auto &record = records.at(row);
            if (!passes(filter, record) || record.unit != EnrollmentRecord::Unit::Students)
                continue;
            const int program = programs.number(record.program);
            if (programs.key(program) == QLatin1String("all"))
                return programs.key(program);
            if (program >= rowsPerProgram.size()) {
                rowsPerProgram.resize(program + 1);
                order.append(program);
            }
            ++rowsPerProgram[program];
        }
        int best = -1;
        for (int program : std::as_const(order)) {
            if (best < 0 || rowsPerProgram.at(program) > rowsPerProgram.at(best))
                best = program;
        }
        return best < 0 ? QString() : programs.key(best);
    }

    template<typename Records>
    static EnrollmentFigures compute(const Records &records, const DashboardFilter &filter, const QString &program)
    {
        using Unit = EnrollmentRecord::Unit;
        using Why = EnrollmentFigures::Why;
        EnrollmentFigures figures;
        figures.program = program.isEmpty() ? defaultProgram(records, filter) : EnrollmentFigures::programKey(program);

        Texts texts;
        Reasons reasons;
        Excluded excluded; // the rows not added, with their reasons by number
        // Rows by scope: school year, Local District, program, unit.
        QList<int> years;
        QHash<Scope, int> scopeNumbers;
        QList<QList<int>> scopes;
        std::vector<int> yearOfRow(std::size_t(records.size()), 0);
        std::vector<RowKeys> keys(std::size_t(records.size()));
        QHash<int, Breakdown::Label> programLabels; // by program number: the first row's spelling
        for (int row = 0; row < int(records.size()); ++row) {
            const auto &record = records.at(row);
            if (!passes(filter, record))
                continue;
            const int year = record.schoolYear.isValid()
                ? SchoolYear::holding(record.schoolYear.first(), record.schoolYear.last())
                : 0;
            if (year == 0) {
                excluded.push_back({row, reasons.of(Why::UnreadableYear, 0)});
                continue;
            }
            RowKeys &rowKeys = keys[std::size_t(row)];
            rowKeys = {texts.districts.number(record.localDistrict), texts.schools.number(record.school),
                       texts.programs.number(record.program), texts.grades.number(record.grade)};
            yearOfRow[std::size_t(row)] = year;
            if (!years.contains(year))
                years.append(year);
            const Scope scope{year, rowKeys.district, rowKeys.program, record.unit == Unit::Students ? 0 : 1};
            auto number = scopeNumbers.constFind(scope);
            if (number == scopeNumbers.constEnd()) {
                number = scopeNumbers.insert(scope, int(scopes.size()));
                scopes.append(QList<int>());
            }
            scopes[*number].append(row);
            if (!programLabels.contains(rowKeys.program))
                programLabels.insert(rowKeys.program, {texts.programs.key(rowKeys.program), record.program.trimmed()});
        }
        // One label per program, by name.
        figures.programs = programLabels.values();
        std::sort(figures.programs.begin(), figures.programs.end(),
                  [](const Breakdown::Label &a, const Breakdown::Label &b) { return a.key < b.key; });
        std::stable_sort(figures.programs.begin(), figures.programs.end(), [](const Breakdown::Label &a, const Breakdown::Label &b) {
            return a.text.localeAwareCompare(b.text) < 0;
        });

        std::vector<bool> used(std::size_t(records.size()), false);
        for (const QList<int> &scope : std::as_const(scopes))
            pickScope(records, keys, texts, scope, used, reasons, excluded);

        std::sort(years.begin(), years.end());
        figures.schoolYears = years;
        int shownProgram = -1;
        for (int number = 0; number < texts.programs.count(); ++number) {
            if (texts.programs.key(number) == figures.program)
                shownProgram = number;
        }
        const int asOfYear = SchoolYear::of(filter.asOf);
        QSet<int> studentYearSet;
        for (int row = 0; row < int(records.size()); ++row) {
            if (!used[std::size_t(row)])
                continue;
            const auto &record = records.at(row);
            const int year = yearOfRow[std::size_t(row)];
            if (record.unit == Unit::Students)
                studentYearSet.insert(year);
            if (asOfYear != 0 && year > asOfYear)
                continue;
            if (record.unit == Unit::Classrooms)
                figures.classroomsYear = std::max(figures.classroomsYear, year);
            else if (keys[std::size_t(row)].program == shownProgram)
                figures.schoolYear = std::max(figures.schoolYear, year);
        }

        // Trends run over the years with student counts; classroom counts have their own chart.
        QList<int> studentYears(studentYearSet.cbegin(), studentYearSet.cend());
        std::sort(studentYears.begin(), studentYears.end());
        QList<Breakdown::Label> yearLabels;
        QHash<int, int> yearColumns;
        for (int year : std::as_const(studentYears)) {
            yearColumns.insert(year, int(yearLabels.size()));
            yearLabels.append({yearKey(year), SchoolYear::text(year)});
        }
        QString programName;
        for (const Breakdown::Label &label : std::as_const(figures.programs)) {
            if (label.key == figures.program)
                programName = label.text;
        }
        figures.totalsByYear = Breakdown(yearLabels, {{figures.program, programName}});
        figures.trendByDistrict = Breakdown(yearLabels, {});
        figures.trendByProgram = Breakdown(yearLabels, {});
        figures.byDistrict = Breakdown({}, {{figures.program, programName}});
        figures.byProgram = Breakdown({}, {{QStringLiteral("students"), EnrollmentFigures::tr("Students")}});
        figures.classroomsByProgram
            = Breakdown({}, {{QStringLiteral("classrooms"), EnrollmentFigures::tr("Classrooms")}});

        // Each breakdown's category or series of a text's number, labelled as its first row spells it.
        QList<int> classroomColumns(texts.programs.count(), -1);
        QList<int> programSeries(texts.programs.count(), -1);
        QList<int> programColumns(texts.programs.count(), -1);
        QList<int> districtSeries(texts.districts.count(), -1);
        QList<int> districtColumns(texts.districts.count(), -1);
        const auto place = [](int &slot, Breakdown &breakdown, bool series, const Breakdown::Label &label) {
            if (slot < 0)
                slot = series ? breakdown.addSeries(label) : breakdown.addCategory(label);
            return slot;
        };
        for (int row = 0; row < int(records.size()); ++row) {
            if (!used[std::size_t(row)])
                continue;
            const auto &record = records.at(row);
            const RowKeys &rowKeys = keys[std::size_t(row)];
            const int year = yearOfRow[std::size_t(row)];
            const bool sample = record.illustrative;
            const QString &key = texts.programs.key(rowKeys.program);
            const bool current = year == figures.schoolYear;
            if (record.unit == Unit::Classrooms) {
                if (year == figures.classroomsYear)
                    figures.classroomsByProgram
                        .at(0, place(classroomColumns[rowKeys.program], figures.classroomsByProgram, false,
                                     {key, record.program.trimmed()}))
                        .add(record.count, row, sample);
                continue;
            }
            const int yearColumn = yearColumns.value(year);
            figures.trendByProgram
                .at(place(programSeries[rowKeys.program], figures.trendByProgram, true, {key, record.program.trimmed()}),
                    yearColumn)
                .add(record.count, row, sample);
            if (current)
                figures.byProgram
                    .at(0, place(programColumns[rowKeys.program], figures.byProgram, false, {key, record.program.trimmed()}))
                    .add(record.count, row, sample);
            if (rowKeys.program != shownProgram)
                continue;
            figures.totalsByYear.at(0, yearColumn).add(record.count, row, sample);
            const Breakdown::Label district{texts.districts.key(rowKeys.district), record.localDistrict.trimmed()};
            figures.trendByDistrict.at(place(districtSeries[rowKeys.district], figures.trendByDistrict, true, district), yearColumn)
                .add(record.count, row, sample);
            if (current) {
                figures.total.add(record.count, row, sample);
                figures.byDistrict.at(0, place(districtColumns[rowKeys.district], figures.byDistrict, false, district))
                    .add(record.count, row, sample);
            } else if (year == figures.schoolYear - 1) {
                figures.previousTotal.add(record.count, row, sample);
            }
        }
        // Like for like: the Local Districts with the program's students in both years.
        const int currentColumn = figures.trendByDistrict.categoryIndex(yearKey(figures.schoolYear));
        const int previousColumn = figures.trendByDistrict.categoryIndex(yearKey(figures.schoolYear - 1));
        if (currentColumn >= 0 && previousColumn >= 0) {
            for (int series = 0; series < figures.trendByDistrict.seriesCount(); ++series) {
                const Figure &now = figures.trendByDistrict.at(series, currentColumn);
                const Figure &before = figures.trendByDistrict.at(series, previousColumn);
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
        std::sort(excluded.begin(), excluded.end());
        figures.notCounted.reserve(qsizetype(excluded.size()));
        for (const auto &[row, reason] : excluded)
            figures.notCounted.append({row, reasons.text(reason)});
        excluded = {};
        for (const EnrollmentFigures::Exclusion &notCounted : std::as_const(figures.notCounted))
            figures.notAdded.add(1, notCounted.row, records.at(notCounted.row).illustrative);
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

private:
    // A row's texts by the numbers of their folded keys.
    struct RowKeys
    {
        int district = 0;
        int school = 0;
        int program = 0;
        int grade = 0;
    };
    struct Texts
    {
        FoldedTexts districts;
        FoldedTexts schools;
        FoldedTexts programs;
        FoldedTexts grades;
    };
    // Rows that may count the same students: school year, Local District, program, unit.
    struct Scope
    {
        int year = 0;
        int district = 0;
        int program = 0;
        int unit = 0;

        friend bool operator==(const Scope &, const Scope &) = default;
        friend size_t qHash(const Scope &scope, size_t seed = 0)
        {
            return qHashMulti(seed, scope.year, scope.district, scope.program, scope.unit);
        }
    };
    // The texts of the reasons, numbered, one per reason and line: rows under the same row
    // share it.
    class Reasons final
    {
    public:
        int of(EnrollmentFigures::Why why, qint64 line)
        {
            const std::pair<int, qint64> key{int(why), line};
            auto number = m_numbers.constFind(key);
            if (number == m_numbers.constEnd()) {
                number = m_numbers.insert(key, int(m_texts.size()));
                m_texts.append(EnrollmentFigures::reason(why, line));
            }
            return *number;
        }
        const QString &text(int number) const { return m_texts.at(number); }

    private:
        QHash<std::pair<int, qint64>, int> m_numbers;
        QList<QString> m_texts;
    };
    // Rows not added and the numbers of their reasons: 8 bytes a row until the rows are sorted.
    using Excluded = std::vector<std::pair<int, int>>;

    static QString yearKey(int year) { return QString::number(year); }

    template<typename Record>
    static bool passes(const DashboardFilter &filter, const Record &record)
    {
        return DashboardFilter::same(filter.localDistrict, record.localDistrict)
            && DashboardFilter::same(filter.school, record.school) && DashboardFilter::same(filter.source, record.source);
    }

    // Of rows at one level (all of one school, or of the Local District itself), the ones to
    // add: the first all-grades row when there is one, else the first row of each grade.
    template<typename Records>
    static void pickWithinLevel(const Records &records, const std::vector<RowKeys> &keys, const Texts &texts,
                                const QList<int> &rows, std::vector<bool> &used, Reasons &reasons, Excluded &excluded)
    {
        using Why = EnrollmentFigures::Why;
        const auto allGradesRow = [&](int row) { return texts.grades.key(keys[std::size_t(row)].grade).isEmpty(); };
        const auto allGrades = std::find_if(rows.cbegin(), rows.cend(), allGradesRow);
        if (allGrades != rows.cend()) {
            used[std::size_t(*allGrades)] = true;
            const qint64 line = records.at(*allGrades).sourceLine;
            for (int row : rows) {
                if (row != *allGrades)
                    excluded.push_back({row, reasons.of(allGradesRow(row) ? Why::SameStudents : Why::AllGradesRow, line)});
            }
            return;
        }
        QHash<int, int> byGrade;
        for (int row : rows) {
            const int grade = keys[std::size_t(row)].grade;
            if (const auto first = byGrade.constFind(grade); first != byGrade.constEnd()) {
                excluded.push_back({row, reasons.of(Why::SameStudents, records.at(*first).sourceLine)});
                continue;
            }
            byGrade.insert(grade, row);
            used[std::size_t(row)] = true;
        }
    }

    // rows all have the same school year, Local District, program and unit.
    template<typename Records>
    static void pickScope(const Records &records, const std::vector<RowKeys> &keys, const Texts &texts,
                          const QList<int> &rows, std::vector<bool> &used, Reasons &reasons, Excluded &excluded)
    {
        QList<int> own;
        QList<int> schools;
        QHash<int, QList<int>> bySchool;
        for (int row : rows) {
            const int school = keys[std::size_t(row)].school;
            if (texts.schools.key(school).isEmpty()) {
                own.append(row);
                continue;
            }
            auto members = bySchool.find(school);
            if (members == bySchool.end()) {
                schools.append(school);
                members = bySchool.insert(school, QList<int>());
            }
            members->append(row);
        }
        if (!own.isEmpty()) {
            pickWithinLevel(records, keys, texts, own, used, reasons, excluded);
            const int reason = reasons.of(EnrollmentFigures::Why::DistrictRow, records.at(own.constFirst()).sourceLine);
            for (int school : std::as_const(schools)) {
                for (int row : std::as_const(*bySchool.constFind(school)))
                    excluded.push_back({row, reason});
            }
            return;
        }
        for (int school : std::as_const(schools))
            pickWithinLevel(records, keys, texts, *bySchool.constFind(school), used, reasons, excluded);
    }
};

} // namespace milepost
