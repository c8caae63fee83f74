// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetrows.h"

#include "store/database.h"
#include "store/statement.h"

#include <cstdio>

namespace milepost::bench {

bool writeDatasetRows(const QString &path, qint64 rows)
{
    QString error;
    const std::unique_ptr<Database> database = Database::open(path, &error);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    const QString sql = QStringLiteral(
        "BEGIN; "
        "INSERT INTO dataset_sources (id, dataset, name) VALUES (1, 'staffing', 'bench'), (2, 'enrollment', 'bench'); "
        "INSERT INTO staffing (source_id, record_key, period, period_first, period_last, local_district, site, "
        "  employee_group, job_category, positions, vacancies, hires, illustrative, note, source_line, created_run, "
        "  changed_run, seen_run) "
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1 - 1), "
        "s AS (SELECT i, i % 120 AS m, i / 120 AS r FROM n), "
        "t AS (SELECT i, r, 2015 + m / 12 AS y, m % 12 AS k, r % 6 AS d, (r / 6) % 150 AS site, (r / 900) % 10 AS c FROM s) "
        "SELECT 1, 'k' || i, "
        "  CASE WHEN r % 5 = 0 THEN printf('%04d-%02d', y, (y + 1) % 100) "
        "    ELSE printf('%04d-%02d', CASE WHEN k < 6 THEN y ELSE y + 1 END, (k + 6) % 12 + 1) END, "
        "  CASE WHEN r % 5 = 0 THEN printf('%04d-07-01', y) "
        "    ELSE printf('%04d-%02d-01', CASE WHEN k < 6 THEN y ELSE y + 1 END, (k + 6) % 12 + 1) END, "
        "  CASE WHEN r % 5 = 0 THEN printf('%04d-06-30', y + 1) "
        "    ELSE date(printf('%04d-%02d-01', CASE WHEN k < 6 THEN y ELSE y + 1 END, (k + 6) % 12 + 1), "
        "      '+1 month', '-1 day') END, "
        "  'LD ' || d, CASE WHEN site = 0 AND d <> 0 THEN NULL ELSE 'School ' || site END, "
        "  CASE WHEN c % 2 = 0 THEN 'certificated' ELSE 'classified' END, 'Category ' || c, "
        "  CASE WHEN i % 4 = 0 THEN NULL ELSE 20 + i % 13 END, CASE WHEN i % 3 = 0 THEN NULL ELSE i % 5 END, i % 7, "
        "  CASE WHEN i % 50 = 0 THEN 1 ELSE 0 END, NULL, i + 2, 1, 1, 1 FROM t; "
        "INSERT INTO enrollment (source_id, record_key, school_year, school_year_first, school_year_last, "
        "  local_district, school, program, grade, unit, count, illustrative, note, source_line, created_run, "
        "  changed_run, seen_run) "
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1 - 1), "
        "t AS (SELECT i, 2015 + i % 10 AS y, (i / 10) % 6 AS d, (i / 60) % 300 AS school, (i / 18000) % 6 AS p, "
        "  (i / 108000) % 4 AS g FROM n) "
        "SELECT 2, 'k' || i, printf('%04d-%02d', y, (y + 1) % 100), printf('%04d-07-01', y), printf('%04d-06-30', y + 1), "
        "  'LD ' || d, CASE WHEN school = 0 THEN NULL ELSE 'School ' || school END, "
        "  CASE p WHEN 0 THEN 'All' WHEN 1 THEN 'Magnet' WHEN 2 THEN 'TK' WHEN 3 THEN 'UTK' WHEN 4 THEN 'Dual language' "
        "    ELSE 'English learners' END, "
        "  CASE g WHEN 0 THEN NULL WHEN 1 THEN 'K' WHEN 2 THEN '1' ELSE '2' END, "
        "  CASE WHEN p = 3 THEN 'classrooms' ELSE 'students' END, i % 500, 0, NULL, i + 2, 1, 1, 1 FROM t; "
        "COMMIT;")
                            .arg(rows);
    if (!Statement::execute(database->handle(), sql, &error)) {
        std::fprintf(stderr, "generating failed: %s\n", qPrintable(error));
        return false;
    }
    return true;
}

} // namespace milepost::bench
