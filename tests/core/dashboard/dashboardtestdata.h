// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small builders for hand-made dashboard data, and the bundled sample data read through the
// importer into a database, as the app reads it.
#include "catchcompat.h"

#include "datasets/builtinprofiles.h"
#include "datasets/capitalproject.h"
#include "datasets/datasetimporter.h"
#include "datasets/enrollmentrecord.h"
#include "datasets/staffingrecord.h"
#include "store/database.h"
#include "store/datasetrepository.h"

#include <QDate>

#include <memory>
#include <optional>

namespace milepost::test {

inline std::unique_ptr<Database> memoryDatabase()
{
    QString error;
    auto database = Database::open(QStringLiteral(":memory:"), &error);
    INFO(error.toStdString());
    REQUIRE(database);
    return database;
}

// Imports data/<file> with Milepost's own CSV profile for dataset.
inline void importData(Database &database, Dataset::Id dataset, const char *file)
{
    DatasetImporter importer(database);
    DatasetImporter::Request request;
    request.path = QStringLiteral(MILEPOST_DATA_DIR "/") + QString::fromLatin1(file);
    request.profile = BuiltInProfiles::milepostCsv(dataset);
    const ImportReport report = importer.run(request);
    INFO(file << ": " << report.error.toStdString());
    REQUIRE(report.ok);
    REQUIRE(report.rejected == 0);
}

inline StaffingRecord staffing(const char *period, const char *district, const char *site,
                               StaffingRecord::EmployeeGroup group, const char *category,
                               std::optional<qint64> positions, std::optional<qint64> vacancies,
                               std::optional<qint64> hires, qint64 line, bool illustrative = false)
{
    StaffingRecord record;
    record.period = Period::parse(QString::fromUtf8(period));
    REQUIRE(record.period.isValid());
    record.localDistrict = QString::fromUtf8(district);
    record.site = QString::fromUtf8(site);
    record.employeeGroup = group;
    record.jobCategory = QString::fromUtf8(category);
    record.positions = positions;
    record.vacancies = vacancies;
    record.hires = hires;
    record.sourceLine = line;
    record.illustrative = illustrative;
    return record;
}

inline EnrollmentRecord enrollment(const char *year, const char *district, const char *school, const char *program,
                                   const char *grade, qint64 count, qint64 line, bool illustrative = false,
                                   EnrollmentRecord::Unit unit = EnrollmentRecord::Unit::Students)
{
    EnrollmentRecord record;
    record.schoolYear = Period::parse(QString::fromUtf8(year));
    REQUIRE(record.schoolYear.isValid());
    record.localDistrict = QString::fromUtf8(district);
    record.school = QString::fromUtf8(school);
    record.program = QString::fromUtf8(program);
    record.grade = QString::fromUtf8(grade);
    record.count = count;
    record.sourceLine = line;
    record.illustrative = illustrative;
    record.unit = unit;
    return record;
}

inline Applicable<QDate> day(int year, int month, int dayOfMonth)
{
    return Applicable<QDate>::known(QDate(year, month, dayOfMonth));
}

inline Applicable<Money> dollars(qint64 amount)
{
    return Applicable<Money>::known(Money::fromCents(amount * 100));
}

inline CapitalPhase phase(const char *name, const char *status, Applicable<QDate> plannedEnd,
                          Applicable<QDate> actualStart, Applicable<QDate> actualEnd, Applicable<Money> budget = {},
                          Applicable<Money> estimate = {}, Applicable<Money> spent = {})
{
    CapitalPhase result;
    result.name = QString::fromUtf8(name);
    result.status = QString::fromUtf8(status);
    result.plannedEnd = plannedEnd;
    result.actualStart = actualStart;
    result.actualEnd = actualEnd;
    result.budget = budget;
    result.estimateAtCompletion = estimate;
    result.spent = spent;
    return result;
}

inline CapitalProject project(const char *key, const char *region, const char *board, const char *school,
                              const char *type, QList<CapitalPhase> phases)
{
    CapitalProject result;
    result.key = QString::fromUtf8(key);
    result.region = QString::fromUtf8(region);
    result.boardDistrict = QString::fromUtf8(board);
    result.schoolName = QString::fromUtf8(school);
    result.projectType = QString::fromUtf8(type);
    result.phases = phases;
    return result;
}

} // namespace milepost::test
