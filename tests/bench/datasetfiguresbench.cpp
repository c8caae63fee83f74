// SPDX-License-Identifier: GPL-3.0-or-later
// The staffing and enrollment figures of `milepost figures` and the dashboard on 10,000 to
// 1,000,000 stored rows of each, computed three ways, each in a process of its own (peak memory
// is that of one computation), interleaved:
//   memory (peer, what Milepost did before): every row read into memory
//           (DatasetRepository::staffing, enrollment) and StaffingFigures::compute,
//           EnrollmentFigures::compute;
//   counted: StaffingFiguresQuery and EnrollmentFiguresQuery, figures counted (`milepost figures`);
//   listed:  the same listing each figure's rows and each row not added with its reason (the
//           dashboard's worker, whose pages drill into the rows).
// All three print the same figures (hires, vacancies, positions, students, classrooms, rows not
// added), checked here. Not a test: it prints figures (tests/bench/README.md records them).
//
//   milepost_bench_datasetfigures [--rows N,N,...] [--runs N] [--dir DIR]
//
// The rows are generated in SQL (SQLite's printf and date): staffing by month and school year
// over ten years, six Local Districts with up to 150 sites (one with its own rows), ten job
// categories; enrollment by school year, six Local Districts with up to 300 schools, six
// programs, all grades and three grades. Linux only (fork, wait4).

#include "childprocess.h"

#include "dashboard/enrollmentfigures.h"
#include "dashboard/staffingfigures.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "store/enrollmentfiguresquery.h"
#include "store/staffingfiguresquery.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace milepost;
using milepost::bench::ChildRun;
using milepost::bench::median;
using milepost::bench::runChild;

namespace {

bool generate(const QString &path, qint64 rows)
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

// In this process: the figures as of 2024-10-01, one way; prints them and the time taken.
int measure(const QString &path, const QString &mode)
{
    QString error;
    QElapsedTimer clock;
    clock.start();
    const std::unique_ptr<Database> database = Database::open(path, &error);
    if (!database)
        return 1;
    DashboardFilter filter;
    filter.asOf = QDate(2024, 10, 1);
    std::optional<StaffingFigures> staffing;
    std::optional<EnrollmentFigures> enrollment;
    if (mode == QLatin1String("memory")) {
        const DatasetRepository datasets(*database);
        staffing = StaffingFigures::compute(datasets.staffing(), filter);
        enrollment = EnrollmentFigures::compute(datasets.enrollment(), filter);
    } else {
        const bool listed = mode == QLatin1String("listed");
        staffing = StaffingFiguresQuery(*database).compute(
            filter, listed ? StaffingFiguresQuery::Rows::Listed : StaffingFiguresQuery::Rows::Counted, &error);
        enrollment = EnrollmentFiguresQuery(*database).compute(
            filter, {}, listed ? EnrollmentFiguresQuery::Rows::Listed : EnrollmentFiguresQuery::Rows::Counted, &error);
    }
    if (!staffing || !enrollment) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("RESULT %.1f %lld %lld %lld %lld %lld %lld %lld\n", double(clock.nsecsElapsed()) / 1e6,
                qlonglong(staffing->hires.value), qlonglong(staffing->vacancies.value),
                qlonglong(staffing->positions.value), qlonglong(staffing->notAdded.value),
                qlonglong(enrollment->total.value), qlonglong(enrollment->classroomsByProgram.total().value),
                qlonglong(enrollment->notAdded.value));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("--measure"))
        return measure(arguments.at(2), arguments.at(3));
    auto value = [&](const char *name, const QString &fallback) {
        const qsizetype i = arguments.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < arguments.size() ? arguments.at(i + 1) : fallback;
    };
    const int runs = value("--runs", QStringLiteral("3")).toInt();
    QTemporaryDir temporary(value("--dir", QDir::tempPath()) + QStringLiteral("/milepost-bench-XXXXXX"));
    if (!temporary.isValid())
        return 1;
    const QString self = QCoreApplication::applicationFilePath();
    const QStringList modes{QStringLiteral("memory"), QStringLiteral("counted"), QStringLiteral("listed")};
    std::printf("%9s  %-8s  %10s  %10s  %10s  %s\n", "rows", "how", "wall", "CPU", "peak RSS", "figures");
    for (const QString &size : value("--rows", QStringLiteral("10000,100000,1000000")).split(QLatin1Char(','))) {
        const qint64 rows = size.toLongLong();
        const QString db = temporary.filePath(QStringLiteral("figures-%1.milepost").arg(rows));
        if (!generate(db, rows))
            return 1;
        std::vector<double> wall[3], cpu[3], peak[3];
        QByteArray figures[3];
        for (int run = 0; run < runs; ++run) {
            for (int turn = 0; turn < 3; ++turn) {
                const int mode = (run + turn) % 3;
                const QString out = temporary.filePath(QStringLiteral("out.txt"));
                const ChildRun child = runChild(self, {QStringLiteral("--measure"), db, modes.at(mode)}, {{}, out});
                QFile file(out);
                if (!child.ok || !file.open(QIODevice::ReadOnly)) {
                    std::fprintf(stderr, "measuring failed\n");
                    return 1;
                }
                const QList<QByteArray> fields = file.readAll().trimmed().split(' ');
                if (fields.size() != 9 || fields.at(0) != "RESULT")
                    return 1;
                wall[mode].push_back(child.wall);
                cpu[mode].push_back(child.cpu);
                peak[mode].push_back(child.peakMiB);
                figures[mode] = fields.mid(2).join(' ');
            }
        }
        for (int mode = 0; mode < 3; ++mode)
            std::printf("%9lld  %-8s  %8.2f s  %8.2f s  %6.1f MiB  %s\n", qlonglong(rows), qPrintable(modes.at(mode)),
                        median(wall[mode]), median(cpu[mode]), median(peak[mode]), figures[mode].constData());
        std::printf("%9s  figures %s; medians of %d runs; ratios to memory: counted wall %.2f CPU %.2f peak %.2f, "
                    "listed wall %.2f CPU %.2f peak %.2f\n",
                    "", figures[0] == figures[1] && figures[0] == figures[2] ? "equal" : "DIFFERENT", runs,
                    median(wall[1]) / median(wall[0]), median(cpu[1]) / median(cpu[0]), median(peak[1]) / median(peak[0]),
                    median(wall[2]) / median(wall[0]), median(cpu[2]) / median(cpu[0]), median(peak[2]) / median(peak[0]));
        std::fflush(stdout);
        QFile::remove(db);
    }
    return 0;
}
