// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catchcompat.h"

#include "plan/planreader.h"

#include <QColor>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

#include <cstdlib>

namespace milepost::test {

inline Plan bundledPlan()
{
    const auto read = PlanReader::readFile(QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt"));
    REQUIRE(read.ok);
    return read.plan;
}

// A plan of milestoneCount milestones, ten to an objective, spread over two years, with long
// titles now and then so that table rows differ in height.
inline Plan generatedPlan(int milestoneCount)
{
    Plan plan;
    plan.title = QStringLiteral("Generated plan");
    plan.source = QStringLiteral("generated.txt");
    const QDate origin(2022, 1, 3);
    for (int i = 0; i < milestoneCount; ++i) {
        if (i % 10 == 0) {
            Objective objective;
            objective.phase = allPhases[std::size_t(i / 10 % 4)];
            objective.title = QStringLiteral("Objective %1").arg(i / 10 + 1);
            objective.status = ObjectiveStatus::parse(i % 30 == 0 ? QStringLiteral("Completed") : QStringLiteral("In Progress"));
            plan.objectives.append(objective);
        }
        Milestone milestone;
        milestone.title = QStringLiteral("Milestone %1").arg(i + 1);
        if (i % 7 == 3)
            milestone.title += QStringLiteral(": a longer description that wraps onto a second line in the "
                                              "milestone column of the table, as real plans often do");
        const QDate start = origin.addDays((i * 37) % 600);
        milestone.start = PlanDate::exact(start);
        milestone.end = i % 11 == 5 ? PlanDate::ongoing() : PlanDate::exact(start.addDays(20 + (i * 13) % 200));
        milestone.sourceLine = i + 1;
        plan.objectives.last().milestones.append(milestone);
    }
    return plan;
}

// Runs a poppler tool; fails the test when it is not installed (.ci/install-deps.sh installs it).
inline QString popplerOutput(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    INFO(tool.toStdString() << " is in Debian's poppler-utils");
    REQUIRE_FALSE(program.isEmpty());
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline int pdfPageCount(const QString &path)
{
    const QString info = popplerOutput(QStringLiteral("pdfinfo"), {path});
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

// The text of every page, in order (pdftotext separates pages with a form feed).
inline QStringList pdfPageTexts(const QString &path)
{
    QStringList pages = popplerOutput(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// Whether some pixel of image is not a grey (its channels more than 3 apart).
inline bool hasColour(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - c.green()) > 3 || std::abs(c.green() - c.blue()) > 3)
                return true;
        }
    }
    return false;
}

inline QString testOutputPath(const QString &name)
{
    QDir().mkpath(QStringLiteral(MILEPOST_TEST_OUTPUT_DIR));
    return QDir(QStringLiteral(MILEPOST_TEST_OUTPUT_DIR)).filePath(name);
}

} // namespace milepost::test
