// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Staffing and enrollment rows written straight into the store, and generated ones that mix
// every case the figures' rules tell apart (spellings that differ in case and spaces, sites and
// schools with and without a Local District row, whole-year and part-year periods that overlap
// or cross June 30, counts of the same day, grades and all-grades rows, sample rows, lines
// repeated), for the SQL figures to be compared with the C++ ones (the oracle).
#include "catchcompat.h"

#include "datasets/enrollmentrecord.h"
#include "datasets/staffingrecord.h"
#include "store/database.h"
#include "store/statement.h"

#include <QRandomGenerator>

namespace milepost::test {

inline void runSql(Database &database, const QString &sql)
{
    QString error;
    INFO(sql.toStdString());
    REQUIRE(Statement::execute(database.handle(), sql, &error));
}

inline qint64 figuresSource(Database &database, const char *dataset, const char *name)
{
    Statement insert(database.handle(), QStringLiteral("INSERT INTO dataset_sources (dataset, name) VALUES (?1, ?2)"));
    insert.bindText(1, QString::fromLatin1(dataset));
    insert.bindText(2, QString::fromLatin1(name));
    REQUIRE(insert.run());
    return insert.lastInsertRowId();
}

inline void bindOptional(Statement &statement, int index, const std::optional<qint64> &value)
{
    if (value)
        statement.bindInt64(index, *value);
    else
        statement.bindNull(index);
}

inline void bindText(Statement &statement, int index, const QString &text)
{
    if (text.isNull())
        statement.bindNull(index);
    else
        statement.bindText(index, text);
}

// Stores records as a source's rows (an import would), in order; periodText, when given, is
// stored instead of a record's canonical period (to store one that does not read back).
inline void storeStaffing(Database &database, const QList<StaffingRecord> &records, const char *name = "hand",
                          const QStringList &periodText = {})
{
    const qint64 source = figuresSource(database, "staffing", name);
    Statement insert(database.handle(),
                     QStringLiteral("INSERT INTO staffing (source_id, record_key, period, period_first, period_last, "
                                    "local_district, site, employee_group, job_category, positions, vacancies, hires, "
                                    "illustrative, note, source_line, created_run, changed_run, seen_run) VALUES "
                                    "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, NULL, ?14, 1, 1, 1)"));
    for (qsizetype i = 0; i < records.size(); ++i) {
        const StaffingRecord &record = records.at(i);
        insert.reset();
        insert.bindInt64(1, source);
        insert.bindText(2, QStringLiteral("row %1").arg(i));
        insert.bindText(3, i < periodText.size() && !periodText.at(i).isEmpty() ? periodText.at(i) : record.period.canonical());
        insert.bindText(4, record.period.first().toString(Qt::ISODate));
        insert.bindText(5, record.period.last().toString(Qt::ISODate));
        insert.bindText(6, record.localDistrict);
        bindText(insert, 7, record.site);
        insert.bindText(8, record.employeeGroup == StaffingRecord::EmployeeGroup::Classified ? QStringLiteral("classified")
                                                                                            : QStringLiteral("certificated"));
        insert.bindText(9, record.jobCategory);
        bindOptional(insert, 10, record.positions);
        bindOptional(insert, 11, record.vacancies);
        bindOptional(insert, 12, record.hires);
        insert.bindInt64(13, record.illustrative ? 1 : 0);
        insert.bindInt64(14, record.sourceLine);
        INFO(insert.error().toStdString());
        REQUIRE(insert.run());
    }
}

inline void storeEnrollment(Database &database, const QList<EnrollmentRecord> &records, const char *name = "hand",
                            const QStringList &yearText = {})
{
    const qint64 source = figuresSource(database, "enrollment", name);
    Statement insert(database.handle(),
                     QStringLiteral("INSERT INTO enrollment (source_id, record_key, school_year, school_year_first, "
                                    "school_year_last, local_district, school, program, grade, unit, count, illustrative, "
                                    "note, source_line, created_run, changed_run, seen_run) VALUES "
                                    "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, NULL, ?13, 1, 1, 1)"));
    for (qsizetype i = 0; i < records.size(); ++i) {
        const EnrollmentRecord &record = records.at(i);
        insert.reset();
        insert.bindInt64(1, source);
        insert.bindText(2, QStringLiteral("row %1").arg(i));
        insert.bindText(3, i < yearText.size() && !yearText.at(i).isEmpty() ? yearText.at(i) : record.schoolYear.canonical());
        insert.bindText(4, record.schoolYear.first().toString(Qt::ISODate));
        insert.bindText(5, record.schoolYear.last().toString(Qt::ISODate));
        insert.bindText(6, record.localDistrict);
        bindText(insert, 7, record.school);
        insert.bindText(8, record.program);
        bindText(insert, 9, record.grade);
        insert.bindText(10, record.unit == EnrollmentRecord::Unit::Classrooms ? QStringLiteral("classrooms")
                                                                              : QStringLiteral("students"));
        insert.bindInt64(11, record.count);
        insert.bindInt64(12, record.illustrative ? 1 : 0);
        insert.bindInt64(13, record.sourceLine);
        INFO(insert.error().toStdString());
        REQUIRE(insert.run());
    }
}

template<typename T>
const T &pick(QRandomGenerator &random, const QList<T> &values)
{
    return values.at(random.bounded(int(values.size())));
}

// A period among school years 2019-20 to 2023-24: whole years, months, and ranges that may cross
// June 30.
inline Period randomPeriod(QRandomGenerator &random)
{
    const int year = 2019 + random.bounded(5);
    switch (random.bounded(4)) {
    case 0:
        return Period::schoolYear(year);
    case 1: {
        const int month = 1 + random.bounded(12);
        return Period::month(month >= 7 ? year : year + 1, month);
    }
    default: {
        const QDate first = QDate(year, 7, 1).addDays(random.bounded(365));
        return Period::range(first, first.addDays(random.bounded(random.bounded(2) ? 40 : 200)));
    }
    }
}

inline QList<StaffingRecord> randomStaffing(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    const QList<QString> districts{QStringLiteral("NE"), QStringLiteral(" ne"), QStringLiteral("NW"),
                                   QStringLiteral("LD 10"), QStringLiteral("LD 2"), QStringLiteral("Süd")};
    const QList<QString> sites{QString(), QString(), QStringLiteral("Roosevelt HS"), QStringLiteral("roosevelt hs "),
                               QStringLiteral("Garfield"), QStringLiteral(" "), QStringLiteral("Lincoln")};
    const QList<QString> categories{QStringLiteral("Teacher"), QStringLiteral("teacher "), QStringLiteral("Bus driver"),
                                    QStringLiteral("Counselor")};
    QList<StaffingRecord> records;
    for (int i = 0; i < count; ++i) {
        StaffingRecord record;
        record.period = randomPeriod(random);
        record.localDistrict = pick(random, districts);
        record.site = pick(random, sites);
        record.employeeGroup = random.bounded(2) ? StaffingRecord::EmployeeGroup::Classified
                                                 : StaffingRecord::EmployeeGroup::Certificated;
        record.jobCategory = pick(random, categories);
        const auto maybe = [&](int percent) {
            return random.bounded(100) < percent ? std::optional<qint64>(random.bounded(50)) : std::nullopt;
        };
        record.hires = maybe(70);
        record.vacancies = maybe(40);
        record.positions = maybe(40);
        if (!record.hires && !record.vacancies && !record.positions)
            record.hires = 1;
        record.illustrative = random.bounded(10) == 0;
        // Lines repeat now and then (a wide file gives several records one line).
        record.sourceLine = 2 + i - (random.bounded(8) == 0 ? 1 : 0);
        records.append(record);
    }
    return records;
}

inline QList<EnrollmentRecord> randomEnrollment(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    const QList<QString> districts{QStringLiteral("C"), QStringLiteral(" c"), QStringLiteral("E"),
                                   QStringLiteral("LD 10"), QStringLiteral("LD 2")};
    const QList<QString> schools{QString(), QString(), QStringLiteral("Roosevelt HS"), QStringLiteral("roosevelt hs "),
                                 QStringLiteral("Garfield"), QStringLiteral(" ")};
    const QList<QString> programs{QStringLiteral("All"), QStringLiteral("all "), QStringLiteral("Magnet"),
                                  QStringLiteral("TK"), QStringLiteral("Dual language"), QStringLiteral("UTK/CC")};
    const QList<QString> grades{QString(), QString(), QStringLiteral("K"), QStringLiteral(" k"), QStringLiteral("1"),
                                QStringLiteral("2"), QStringLiteral(" ")};
    QList<EnrollmentRecord> records;
    for (int i = 0; i < count; ++i) {
        EnrollmentRecord record;
        const int year = 2019 + random.bounded(5);
        // Mostly school years; now and then a range within one, or across June 30.
        switch (random.bounded(10)) {
        case 0:
            record.schoolYear = Period::range(QDate(year, 9, 1), QDate(year + 1, 5, 31));
            break;
        case 1:
            record.schoolYear = Period::range(QDate(year, 3, 1), QDate(year, 9, 30));
            break;
        default:
            record.schoolYear = Period::schoolYear(year);
        }
        record.localDistrict = pick(random, districts);
        record.school = pick(random, schools);
        record.program = pick(random, programs);
        record.grade = pick(random, grades);
        record.unit = random.bounded(8) == 0 ? EnrollmentRecord::Unit::Classrooms : EnrollmentRecord::Unit::Students;
        record.count = random.bounded(2000);
        record.illustrative = random.bounded(10) == 0;
        record.sourceLine = 2 + i - (random.bounded(8) == 0 ? 1 : 0);
        records.append(record);
    }
    return records;
}

} // namespace milepost::test
