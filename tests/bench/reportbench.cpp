// SPDX-License-Identifier: GPL-3.0-or-later
// A PDF milestone report of 1,000 milestones with the timeline against LibreOffice's headless
// CSV-to-PDF conversion of the same milestone table, in the same run: wall and CPU time of
// each as child processes (`milepost report --pdf` and `soffice --headless --convert-to pdf`),
// interleaved, medians and ratio; and the in-process time of laying out and painting the
// report alone. Not a test: it prints figures (tests/bench/README.md records them).
//
//   milepost_bench_report [--milestones N] [--runs N] [--dir DIR]
//
// LibreOffice is not a build dependency: install Debian's libreoffice-calc-nogui (or
// libreoffice-calc) to run the comparison; without it only Milepost is measured.
// Linux only (fork, wait4).

#include "childprocess.h"

#include "report/milestonereport.h"
#include "report/reportprinter.h"
#include "store/database.h"
#include "store/planrepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace milepost;
using milepost::bench::ChildRun;
using milepost::bench::median;
using milepost::bench::runChild;

namespace {

int pdfPages(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    if (!process.waitForFinished(60000))
        return -1;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

// Ten milestones to an objective, dates over two school years, some long titles, some Ongoing
// or unreadable ends, quarter marks: what a large district plan holds.
Plan generatedPlan(int milestones)
{
    Plan plan;
    plan.title = QStringLiteral("Generated District Plan");
    plan.source = QStringLiteral("generated-plan.txt");
    const QDate origin(2022, 7, 1);
    for (int i = 0; i < milestones; ++i) {
        if (i % 10 == 0) {
            Objective objective;
            objective.phase = allPhases[std::size_t(i / 10 % 4)];
            objective.title = QStringLiteral("Objective %1: improve outcomes in area %2").arg(i / 10 + 1).arg(i / 40 + 1);
            objective.status = ObjectiveStatus::parse(i % 30 == 0 ? QStringLiteral("Completed") : QStringLiteral("In Progress"));
            objective.sourceLine = i + 1;
            plan.objectives.append(objective);
        }
        Milestone milestone;
        milestone.title = QStringLiteral("Milestone %1").arg(i + 1);
        if (i % 7 == 3)
            milestone.title += QStringLiteral(": convene the working group, review the data with principals and "
                                              "publish the findings to families");
        const QDate start = origin.addDays((i * 37) % 600);
        const QDate end = start.addDays(20 + (i * 13) % 200);
        milestone.start = PlanDate::exact(start);
        milestone.end = i % 11 == 5 ? PlanDate::ongoing() : i % 97 == 0 ? PlanDate::parse(QStringLiteral("9/31/23"))
                                                                         : PlanDate::exact(end);
        for (YearQuarter q{start.year(), (start.month() - 1) / 3 + 1}; q <= YearQuarter{end.year(), (end.month() - 1) / 3 + 1};
             q = q.next())
            milestone.quarters.append(q);
        milestone.sourceLine = i + 2;
        plan.objectives.last().milestones.append(milestone);
    }
    return plan;
}

} // namespace

int main(int argc, char *argv[])
{
    // Both tools print progress and warnings; only their times count.
    const bench::ChildFiles quiet{{}, {}, true};
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    auto value = [&](const char *name, const QString &fallback) {
        const qsizetype i = arguments.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < arguments.size() ? arguments.at(i + 1) : fallback;
    };
    const int milestones = value("--milestones", QStringLiteral("1000")).toInt();
    const int runs = value("--runs", QStringLiteral("5")).toInt();
    QTemporaryDir temporary;
    const QString dir = value("--dir", temporary.path());
    QDir().mkpath(dir);
    const QString database = QDir(dir).filePath(QStringLiteral("report-bench.sqlite"));
    const QString milepostPdf = QDir(dir).filePath(QStringLiteral("milepost-report.pdf"));
    const QString csv = QDir(dir).filePath(QStringLiteral("milestones.csv"));
    const QString milepost = QStringLiteral(MILEPOST_EXECUTABLE);
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));

    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(database + suffix);
    const Plan plan = generatedPlan(milestones);
    {
        QString error;
        const auto db = Database::open(database, &error);
        if (!db || !PlanRepository(*db).replacePlan(plan, {}, &error)) {
            std::fprintf(stderr, "cannot store the plan: %s\n", qPrintable(error));
            return 1;
        }
    }
    // The same milestone table for LibreOffice, as Milepost exports it.
    if (!runChild(milepost, {QStringLiteral("export"), QStringLiteral("--dataset"), QStringLiteral("milestones"),
                             QStringLiteral("--csv"), csv, QStringLiteral("--db"), database},
                  quiet)
             .ok) {
        std::fprintf(stderr, "milepost export failed\n");
        return 1;
    }

    // In process: layout and painting alone, without starting a program.
    std::vector<double> inProcess;
    int pages = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        MilestoneReport::Input input;
        input.plan = plan;
        input.asOf = QDate(2023, 1, 1);
        input.printedAt = QDateTime::currentDateTime();
        MilestoneReport report(input);
        QString error;
        if (!ReportPrinter::writePdf(report, QDir(dir).filePath(QStringLiteral("in-process.pdf")), &error)) {
            std::fprintf(stderr, "writePdf failed: %s\n", qPrintable(error));
            return 1;
        }
        inProcess.push_back(double(timer.nsecsElapsed()) / 1e9);
        pages = report.pageCount();
    }

    const QStringList reportArguments{QStringLiteral("report"), QStringLiteral("--pdf"), milepostPdf, QStringLiteral("--as-of"),
                                      QStringLiteral("2023-01-01"), QStringLiteral("--db"), database};
    const QString profile = QUrl::fromLocalFile(QDir(dir).filePath(QStringLiteral("libreoffice-profile"))).toString();
    // The CSV filter told what the file is (comma, quote, UTF-8, from line 1), as a person would
    // in the import dialog: left to guess, LibreOffice reads the UTF-8 file as Latin-1.
    const QStringList officeArguments{QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                                      QStringLiteral("--infilter=CSV:44,34,76,1"), QStringLiteral("--convert-to"),
                                      QStringLiteral("pdf"), QStringLiteral("--outdir"), dir, csv};
    // Untimed first runs: LibreOffice creates its profile, both get the files into the cache.
    runChild(milepost, reportArguments, quiet);
    if (!soffice.isEmpty())
        runChild(soffice, officeArguments, quiet);

    std::vector<double> milepostWall, milepostCpu, officeWall, officeCpu;
    for (int run = 0; run < runs; ++run) {
        for (int turn = 0; turn < 2; ++turn) {
            if ((run + turn) % 2 == 0) {
                const ChildRun child = runChild(milepost, reportArguments, quiet);
                if (!child.ok) {
                    std::fprintf(stderr, "milepost report failed\n");
                    return 1;
                }
                milepostWall.push_back(child.wall);
                milepostCpu.push_back(child.cpu);
            } else if (!soffice.isEmpty()) {
                const ChildRun child = runChild(soffice, officeArguments, quiet);
                if (!child.ok) {
                    std::fprintf(stderr, "soffice failed\n");
                    return 1;
                }
                officeWall.push_back(child.wall);
                officeCpu.push_back(child.cpu);
            }
        }
        std::printf("run %d: milepost report %.2f s (CPU %.2f s)", run + 1, milepostWall.back(), milepostCpu.back());
        if (!officeWall.empty())
            std::printf(", LibreOffice %.2f s (CPU %.2f s)", officeWall.back(), officeCpu.back());
        std::printf(", in process %.2f s\n", inProcess[std::size_t(run)]);
        std::fflush(stdout);
    }

    std::printf("\n%d milestones: Milepost's report has %d pages (pdfinfo: %d)", milestones, pages, pdfPages(milepostPdf));
    if (!soffice.isEmpty())
        std::printf("; LibreOffice's PDF of the table has %d pages",
                    pdfPages(QDir(dir).filePath(QStringLiteral("milestones.pdf"))));
    std::printf("\nmedian of %d: milepost report %.2f s wall, %.2f s CPU (target < 2 s); layout and painting in "
                "process %.2f s\n",
                runs, median(milepostWall), median(milepostCpu), median(inProcess));
    if (soffice.isEmpty()) {
        std::printf("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui to compare\n");
        return 0;
    }
    std::printf("median of %d: soffice --convert-to pdf %.2f s wall, %.2f s CPU\n", runs, median(officeWall),
                median(officeCpu));
    std::printf("ratio milepost / LibreOffice: %.2f wall, %.2f CPU\n", median(milepostWall) / median(officeWall),
                median(milepostCpu) / median(officeCpu));
    return 0;
}
