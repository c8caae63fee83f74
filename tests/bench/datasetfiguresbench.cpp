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
//   milepost_bench_datasetfigures --generate FILE N     (a database of N rows of each, kept)
//   milepost_bench_datasetfigures --measure FILE memory|counted|listed
//
// The rows are generated in SQL (SQLite's printf and date): staffing by month and school year
// over ten years, six Local Districts with up to 150 sites (one with its own rows), ten job
// categories; enrollment by school year, six Local Districts with up to 300 schools, six
// programs, all grades and three grades. Linux only (fork, wait4).

#include "childprocess.h"
#include "datasetrows.h"

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
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("--generate")) // a database to look into
        return milepost::bench::writeDatasetRows(arguments.at(2), arguments.at(3).toLongLong()) ? 0 : 1;
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
        if (!milepost::bench::writeDatasetRows(db, rows))
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
